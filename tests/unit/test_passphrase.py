"""The own passphrase-strength estimate: refuses the guessable, accepts real passphrases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vp_desk.security.passphrase import (
    MIN_LENGTH,
    WeakPassphrase,
    check_strength_or_raise,
    estimate,
)


@pytest.mark.parametrize("weak", [
    "", "demo", "wachtwoord", "Wachtwoord123", "Password1234", "Welkom2024!!", "qwertyuiop123",
    "aaaaaaaaaaaaaaaaaaaa", "abcabcabcabcabc", "1234567890123", "azertyuiop2025",
    "kwartel kwartel kwartel", "appelboom appelboom", "jan jan jan jan jan", "zomer2025zomer2025",
    "vertrouwenspersoon2026",
])
def test_weak_passphrases_are_refused_with_a_reason(weak):
    s = estimate(weak)
    assert not s.acceptable and s.problems and s.score <= 2
    with pytest.raises(WeakPassphrase) as info:
        check_strength_or_raise(weak)
    assert s.problems[0] in str(info.value)


@pytest.mark.parametrize("strong", [
    "kwartel pinda regenjas 7", "correct horse battery staple", "Zr8!pQ2#mL", "Tr0ub4dor&3",
    "benchmark archief tien jaar 2026", "le chat mange 3 poires vertes", "één kleine olifant fietst",
])
def test_real_passphrases_are_accepted(strong):
    s = estimate(strong)
    assert s.acceptable and s.score >= 3
    check_strength_or_raise(strong)


def test_repeating_a_word_lowers_the_estimate():
    assert estimate("kwartel kwartel kwartel").bits < estimate("kwartel pinda regenjas").bits
    assert estimate("kwartel").problems  # too short


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_estimate_is_total_and_consistent(text):
    s = estimate(text)
    assert 0 <= s.score <= 4 and s.bits >= 0
    if s.acceptable:
        assert len(text) >= MIN_LENGTH and s.score >= 3
    else:
        assert s.score <= 2
