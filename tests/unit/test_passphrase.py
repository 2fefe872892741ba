"""Passphrase strength (zxcvbn fed with Dutch/French words, names and places): refuses the
guessable, accepts real passphrases, and one length limit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vp_desk.security.passphrase import (
    MAX_PASSPHRASE_LENGTH,
    MIN_GUESSES_LOG10,
    WeakPassphrase,
    check_strength_or_raise,
    estimate,
    local_words,
)

# issue 13, point 9: every one of these passed the old own estimate
ISSUE_WEAK = ["P@ssw0rdP@ssw0rd", "1qaz2wsx3edc4rfv", "Sunshine2024", "Jennifer1985!", "Amsterdam2024!",
              "Brussel1234!", "Mijnkat123!", "Tr0ub4dor&3"]


@pytest.mark.parametrize("weak", ISSUE_WEAK)
def test_the_weak_passphrases_of_issue_13_are_refused(weak):
    s = estimate(weak)
    assert not s.acceptable and s.score <= 2
    with pytest.raises(WeakPassphrase):
        check_strength_or_raise(weak)


@pytest.mark.parametrize("weak", [
    "", "demo", "wachtwoord", "Wachtwoord123", "Password1234", "Welkom2024!!", "qwertyuiop123",
    "aaaaaaaaaaaaaaaaaaaa", "abcabcabcabcabc", "1234567890123", "azertyuiop2025",
    "kwartel kwartel kwartel", "appelboom appelboom", "jan jan jan jan jan", "zomer2025zomer2025",
    "vertrouwenspersoon2026", "koffie met melk", "Antwerpen2023!", "Lotte2012", "motdepasse123",
    "Zr8!pQ2#mL",
])
def test_weak_passphrases_are_refused_with_a_reason(weak):
    s = estimate(weak)
    assert not s.acceptable and s.problems and s.score <= 2
    with pytest.raises(WeakPassphrase) as info:
        check_strength_or_raise(weak)
    assert s.problems[0] in str(info.value)


@pytest.mark.parametrize("strong", [
    "kwartel pinda regenjas 7", "correct horse battery staple", "Zr8!pQ2#mLx7@Kd",
    "benchmark archief tien jaar 2026", "le chat mange 3 poires vertes", "één kleine olifant fietst",
    "nieuwe lente op het dak 42", "nieuwe zin met woorden 42",
])
def test_real_passphrases_are_accepted(strong):
    s = estimate(strong)
    assert s.acceptable and s.score >= 3 and s.guesses_log10 >= MIN_GUESSES_LOG10
    check_strength_or_raise(strong)


def test_koffie_met_melk_is_not_called_strong():
    assert estimate("koffie met melk").score <= 2


def test_the_dutch_and_french_words_count():
    words = local_words()
    assert 1000 < len(words) < 5000 and len(set(words)) == len(words)
    for w in ("wachtwoord", "koffie", "brussel", "amsterdam", "jennifer", "mijn", "kat", "antwerpen", "lotte"):
        assert w in words


def test_repeating_a_word_lowers_the_estimate():
    assert estimate("kwartel kwartel kwartel").bits < estimate("kwartel pinda regenjas").bits
    assert estimate("kwartel").problems  # too short


def test_longer_than_the_limit_is_refused():
    long = "kwartel pinda regenjas zeven " * 10
    assert len(long) > MAX_PASSPHRASE_LENGTH and not estimate(long).acceptable
    assert estimate(long[:MAX_PASSPHRASE_LENGTH]).acceptable


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_estimate_is_total_and_consistent(text):
    s = estimate(text)
    assert 0 <= s.score <= 4 and s.bits >= 0
    if s.acceptable:
        assert 10 <= len(text) <= MAX_PASSPHRASE_LENGTH and s.score >= 3
    else:
        assert s.score <= 2
