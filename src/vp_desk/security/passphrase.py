"""Passphrase strength: an own, conservative estimate (no extra dependency).

The estimate counts guesses an attacker who knows common patterns would need:
characters drawn from the classes present (lower, upper, digits, symbols, other letters),
discounted for repeats, keyboard/alphabet runs, years and very common words. A vault key
derivation (PBKDF2-HMAC-SHA512, 256,000 rounds in SQLCipher 4) makes each guess slow, so
we ask for at least 50 bits — roughly a 4-word random passphrase or 10 mixed characters.
A chunk of 3+ characters repeated from earlier in the passphrase counts as one and a
half characters, and a passphrase that only repeats one word is refused outright.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError

MIN_BITS = 50.0
MIN_LENGTH = 10

COMMON = {
    "password", "wachtwoord", "motdepasse", "welkom", "welcome", "bienvenue", "qwerty", "azerty",
    "letmein", "geheim", "secret", "admin", "vertrouwen", "vertrouwenspersoon", "confiance", "iloveyou",
    "zomer", "winter", "lente", "herfst", "summer", "monkey", "dragon", "football", "voetbal", "12345",
    "123456", "abc123", "passw0rd", "hallo", "bonjour", "test", "demo",
}
RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop")


class WeakPassphrase(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "This passphrase is too easy to guess: {reason}")


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0..4, for a meter
    problems: tuple[str, ...]  # English source texts (context "Passphrase")

    @property
    def acceptable(self) -> bool:
        return not self.problems


def _pool(p: str) -> int:
    pool = 0
    if re.search(r"[a-z]", p):
        pool += 26
    if re.search(r"[A-Z]", p):
        pool += 26
    if re.search(r"[0-9]", p):
        pool += 10
    if re.search(r"[ !-/:-@\[-`{-~]", p):
        pool += 33
    if re.search(r"[^\x00-\x7f]", p):
        pool += 40
    return max(pool, 1)


MAX_CONSIDERED = 256  # longer input is judged on its first 256 characters


def _repeat_at(low: str, i: int) -> int:
    """Length of the longest chunk (3+ characters) starting at ``i`` seen earlier."""
    for k in range(min(len(low) - i, i), 2, -1):
        if low[i:i + k] in low[:i]:
            return k
    return 0


def _effective_length(p: str) -> float:
    low = p.lower()[:MAX_CONSIDERED]
    length = 0.0
    i = 0
    while i < len(low):
        # a chunk repeated from earlier ("kwartel kwartel", "abcabc") adds almost nothing
        rep = _repeat_at(low, i)
        if rep:
            length += 1.5
            i += rep
            continue
        # a run of the same character, or along the alphabet/keyboard, counts as ~1.5 chars
        j = i + 1
        while j < len(low) and (low[j] == low[i] or any(low[j - 1:j + 1] in r for r in RUNS)):
            j += 1
        run = j - i
        length += 1 if run == 1 else 1.5
        i = j
    for word in COMMON:
        if word in low:
            length -= max(len(word) - 2, 0)
    length -= 2.5 * len(re.findall(r"(19|20)\d\d", low))
    return max(length, 0.0)


def estimate(passphrase: str) -> Strength:
    bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(QT_TRANSLATE_NOOP("Passphrase", "use at least 10 characters (a short sentence is best)"))
    elif len(words := re.findall(r"\w+", passphrase.lower())) > 1 and len(set(words)) == 1:
        problems.append(QT_TRANSLATE_NOOP("Passphrase", "it repeats the same word; use different, unrelated words"))
    elif bits < MIN_BITS:
        problems.append(QT_TRANSLATE_NOOP(
            "Passphrase", "it is made of common words, repeats or keyboard runs; add unrelated words"))
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < MIN_BITS else 3 if bits < 70 else 4
    if problems:
        score = min(score, 2)
    return Strength(bits=bits, score=score, problems=tuple(problems))


def check_strength_or_raise(passphrase: str) -> None:
    s = estimate(passphrase)
    if not s.acceptable:
        raise WeakPassphrase(reason=s.problems[0])
