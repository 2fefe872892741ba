"""Passphrase strength: the `zxcvbn` estimator (Dropbox's model of how attackers guess:
dictionaries, names, l33t substitutions, keyboard walks in rows and columns, dates,
repeats, sequences), fed with Dutch and French words, first names and Belgian/Dutch place
names (``words_nl_fr.txt``, sources listed in its header) through its user-inputs hook.

The gate: zxcvbn score >= 3 and at least 10^12 guesses. Why 10^12: a vault key costs
PBKDF2-HMAC-SHA512 with 256,000 iterations per guess (SQLCipher 4); about 0.16 s on one
core of a 2020s laptop, and roughly 10^4 guesses per second on a high-end GPU (about
3·10^9 SHA-512 per second, two per iteration), so ~3·10^11 guesses per GPU-year. 10^12
guesses is about three GPU-years for the whole space; ten GPUs for a month have a few
per cent chance. zxcvbn's own "very strong" (10^10) would be a few GPU-days.

The same :func:`estimate` drives the meter and the gate in the GUI (create vault, change
passphrase) and the command line (``demo-data`` creating a vault). Accents are stripped
before estimating (an attacker tries both), and only the first 72 characters are judged
(zxcvbn's limit; more characters only add); a word repeated later in the passphrase is
left out of the estimate. One length limit holds for every input.

A phrase is also judged as an attacker who tries phrases guesses it: its words run
together in lower case ("Koffie met melk!" -> "koffiemetmelk"), plus what choosing the
separator, the capitals and a stripped sign costs (``PHRASE_DECORATION``); the lower of
the two estimates counts. zxcvbn alone sees the spaces and capitals as extra characters
and rated "Koffie met melk!" strong; well-known phrases and sayings are in the word list.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError

MAX_PASSPHRASE_LENGTH = 256  # characters; the GUI fields' maxLength and the CLI check
MIN_GUESSES_LOG10 = 12.0
MIN_SCORE = 3  # zxcvbn's 0..4
JUDGED_CHARS = 72
WORDS_FILE = Path(__file__).with_name("words_nl_fr.txt")
# separators (space, none, -, _, .) x capitals (none, first, all, each word) x a stripped sign
PHRASE_DECORATION = math.log10(5 * 4)
STRIPPED_SIGN = math.log10(30)  # ! ? . and the like, at the end or between the words
# meter levels (very weak .. very strong) by guesses_log10; "strong" starts at the gate
METER_STEPS = (6.0, 9.0, MIN_GUESSES_LOG10, 16.0)

TOO_SHORT = QT_TRANSLATE_NOOP("Passphrase", "use at least 10 characters (a short sentence is best)")
REPEATS = QT_TRANSLATE_NOOP("Passphrase", "it repeats the same word; use different, unrelated words")
KEYBOARD = QT_TRANSLATE_NOOP("Passphrase", "it follows the keyboard (such as qwerty, azerty or 1qaz2wsx); use unrelated words")
DATES = QT_TRANSLATE_NOOP("Passphrase", "it leans on a year or a date; add unrelated words instead")
SEQUENCES = QT_TRANSLATE_NOOP("Passphrase", "it contains a run such as abcd or 1234; use unrelated words")
LOOKALIKES = QT_TRANSLATE_NOOP(
    "Passphrase", "it is a common word or name with look-alike digits or symbols (P@ssw0rd); those fool nobody")
WELL_KNOWN = QT_TRANSLATE_NOOP("Passphrase", "it is on the lists of well-known passwords attackers try first")
TOO_FEW = QT_TRANSLATE_NOOP(
    "Passphrase", "it is too short to be safe; four or more unrelated words are best")
PHRASE = QT_TRANSLATE_NOOP(
    "Passphrase", "it is a well-known phrase or saying; add unrelated words")
COMMON = QT_TRANSLATE_NOOP(
    "Passphrase", "it is made of common words, names or places; add unrelated words")
PASSPHRASE_TOO_LONG = QT_TRANSLATE_NOOP("Passphrase", "a passphrase can have at most {n} characters")


class WeakPassphrase(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "This passphrase is too easy to guess: {reason}")


@dataclass(frozen=True)
class Strength:
    guesses_log10: float
    score: int  # 0..4, for the meter (0 very weak .. 4 very strong)
    problems: tuple[str, ...]  # English source texts (context "Passphrase")

    @property
    def acceptable(self) -> bool:
        return not self.problems

    @property
    def bits(self) -> float:
        return self.guesses_log10 * math.log2(10)


@lru_cache(maxsize=1)
def local_words() -> tuple[str, ...]:
    """The shipped word list, most common first (comments and blank lines skipped)."""
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _plain(passphrase: str) -> str:
    decomposed = unicodedata.normalize("NFKD", passphrase[:JUDGED_CHARS])
    # NFKD can lengthen a text ("℠" -> "SM"); zxcvbn refuses more than JUDGED_CHARS
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))[:JUDGED_CHARS]


def _without_repeated_words(text: str) -> tuple[str, bool]:
    """A word said again ("appelboom appelboom") adds next to nothing for an attacker;
    zxcvbn only sees repeats without a separator, so repeated words are left out."""
    seen: set[str] = set()
    out: list[str] = []
    dropped = False
    for part in re.split(r"(\W+)", text):
        key = part.lower()
        if len(key) >= 3 and key.isalnum():
            if key in seen:
                dropped = True
                continue
            seen.add(key)
        out.append(part)
    return "".join(out), dropped


def _reason(passphrase: str, result: dict, repeated: bool) -> str:
    patterns = [m.get("pattern") for m in result["sequence"]]
    if len(passphrase) < 10:
        return TOO_SHORT
    if repeated or "repeat" in patterns:
        return REPEATS
    if "spatial" in patterns:
        return KEYBOARD
    if any(m.get("l33t") for m in result["sequence"]):
        return LOOKALIKES
    if any(m.get("dictionary_name") == "passwords" and 2 * len(m["token"]) >= len(passphrase)
           for m in result["sequence"]):
        return WELL_KNOWN
    if "date" in patterns or any(m.get("regex_name") == "recent_year" for m in result["sequence"]):
        return DATES
    if "sequence" in patterns:
        return SEQUENCES
    if set(patterns) == {"bruteforce"}:
        return TOO_FEW
    return COMMON


def _phrase(plain: str) -> tuple[str, float] | None:
    """The passphrase's words run together in lower case, and what the separators,
    capitals and signs taken out cost an attacker (log10); None when it is not a phrase."""
    if not re.search(r"[0-9A-Za-z][\s\-_.]+[0-9A-Za-z]", plain):  # words apart: not "Zr8!pQ2#mL"
        return None
    words = [w for w in re.split(r"[^0-9A-Za-z]+", plain) if w]
    if not any(w.isalpha() for w in words):
        return None
    signs = re.sub(r"[0-9A-Za-z\s\-_.]", "", plain)
    return "".join(words).lower(), PHRASE_DECORATION + (STRIPPED_SIGN if signs else 0.0)


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, 0, (TOO_SHORT,))
    plain, repeated = _without_repeated_words(_plain(passphrase))
    from zxcvbn import zxcvbn  # loads its dictionaries: only when a new passphrase is judged

    result = zxcvbn(plain[:JUDGED_CHARS], user_inputs=local_words(), max_length=JUDGED_CHARS)
    log10 = float(result["guesses_log10"])
    phrase = _phrase(plain)
    if phrase is not None:
        joined = zxcvbn(phrase[0][:JUDGED_CHARS], user_inputs=local_words(), max_length=JUDGED_CHARS)
        if float(joined["guesses_log10"]) + phrase[1] < log10:
            log10 = float(joined["guesses_log10"]) + phrase[1]
            whole = len(joined["sequence"]) == 1 and joined["sequence"][0].get("pattern") == "dictionary"
            result = {**joined, "score": min(result["score"], joined["score"]), "phrase": whole}
    problems: tuple[str, ...] = ()
    if len(passphrase) > MAX_PASSPHRASE_LENGTH:
        problems = (PASSPHRASE_TOO_LONG,)
    elif result["score"] < MIN_SCORE or log10 < MIN_GUESSES_LOG10 or len(passphrase) < 10:
        problems = (PHRASE,) if result.get("phrase") and len(passphrase) >= 10 else (_reason(passphrase, result, repeated),)
    score = sum(log10 >= step for step in METER_STEPS)
    if problems:
        score = min(score, 2)
    return Strength(guesses_log10=log10, score=score, problems=problems)


METER_WORDS = (
    QT_TRANSLATE_NOOP("Passphrase", "very weak"), QT_TRANSLATE_NOOP("Passphrase", "weak"),
    QT_TRANSLATE_NOOP("Passphrase", "fair"), QT_TRANSLATE_NOOP("Passphrase", "strong"),
    QT_TRANSLATE_NOOP("Passphrase", "very strong"))


def render_problem(problem: str, translate=None) -> str:
    text = translate("Passphrase", problem) if translate else problem
    return text.replace("{n}", str(MAX_PASSPHRASE_LENGTH))


def check_strength_or_raise(passphrase: str) -> None:
    s = estimate(passphrase)
    if not s.acceptable:
        raise WeakPassphrase(reason=render_problem(s.problems[0]))
