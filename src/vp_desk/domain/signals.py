"""Signals and advice: what the confidant tells management, the works council (BE: CPBW,
NL: OR), the prevention adviser or HR about the organisation, asked or unasked (seeds 000,
001, 003, 004), and the words of the "signals and recommendations" text of a report.

Pure Python. A signal's note is the confidant's own and stays in the vault; the report
counts signals per addressee kind and asked/unasked only. :func:`words` and :func:`fold`
define what "the same word" means when the report text is screened against the vault:
letters and digits, case and diacritics ignored, as the vault's search index
(``unicode61 remove_diacritics 2``) sees them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from vp_desk.domain.catalog import Profile
from vp_desk.domain.validation import (
    MAX_NOTE_CHARS,
    QT_TRANSLATE_NOOP,
    Message,
    _choice_problems,
    _date_problems,
    _text_problems,
)

ADDRESSEES = "signal_addressees"  # the catalog list
MAX_SIGNALS_TEXT = 5000  # the report's one free text (characters)


@dataclass
class Signal:
    org_id: int
    date: date
    addressee: str  # a key of the profile's ``signal_addressees``
    asked: bool = False  # the addressee asked for the advice
    themes: tuple[str, ...] = ()  # keys of the profile's ``themes``
    note: str = ""  # the confidant's own note: never leaves the vault
    id: int | None = None


def validate_signal(s: Signal, profile: Profile, today: date) -> list[Message]:
    """The date is not in the future, the addressee and every theme come from the
    organisation's profile, the note is not too long."""
    out = _date_problems("date", s.date, today)
    out += _choice_problems("addressee", s.addressee, profile.keys(ADDRESSEES))
    if set(s.themes) - set(profile.keys("themes")):
        out.append(Message("themes", QT_TRANSLATE_NOOP(
            "Validation", "This choice is not valid for the organisation's profile.")))
    out += _text_problems("note", s.note, MAX_NOTE_CHARS)
    return out


# -- screening words ---------------------------------------------------------------
_WORD = re.compile(r"[^\W_]+")
# name particles that are ordinary words on their own ("Jan Van Damme": "van" is no hit alone)
PARTICLES = frozenset({"van", "der", "den", "de", "het", "ten", "ter", "te", "le", "la", "les", "du", "des",
                       "da", "di", "del", "dos", "von", "vom", "zu", "op", "in", "t", "s", "d", "l", "y"})
# function words of nl, fr and en: they identify nobody, also where the notes of fewer than t
# dossiers hold them (a small organisation)
_FUNCTION_WORDS = """
de het een en of maar dat die dit deze er is zijn was waren wordt worden werd heeft hebben had
van in op aan met voor naar bij om uit over door als dan ook niet geen wel nog al te tot
we wij ze zij hij je u ik men ons onze hun hen zich wat wie waar hoe meer veel
le la les un une des du et ou mais que qui ce cette ces est sont ete a ont avait
dans sur avec pour par au aux pas ne plus se il elle ils elles nous vous on leur leurs
the an and or but that this these those are were be been has have of at with for to from
by as than not no more they he she it our their
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
MIN_NAME_PART = 3  # a single name part shorter than this is only a hit inside the whole name


def fold(word: str) -> str:
    """Case- and diacritics-insensitive form of a word ("Élodie" -> "elodie")."""
    if word.isascii():
        return word.lower()  # the common case, without decomposing
    # lower(), not casefold(): the search index keeps "ß" as it is, so must we
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[tuple[str, str]]:
    """The words of a text as (written, folded), in order (letters and digits; everything
    else separates)."""
    out = []
    for w in _WORD.findall(text or ""):
        f = fold(w)
        if f:
            out.append((w, f))
    return out


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return [f for _w, f in tokens(text)]


def catalog_words(profile: Profile) -> frozenset[str]:
    """Every word of the profile's catalog labels in every language ("pesterijen", "burn-out",
    "werkdruk", "harcèlement"): the report prints them anyway, so they identify nobody."""
    out: set[str] = set()
    for items in profile.lists.values():
        for item in items:
            for label in item.labels.values():
                out.update(words(label))
    return frozenset(out)


def name_parts(name: str) -> list[str]:
    """The parts of a name that identify on their own (not particles, not very short)."""
    return [w for w in words(name) if len(w) >= MIN_NAME_PART and w not in PARTICLES]


def find_sequence(text_words: list[str], phrase: list[str],
                  where: dict[str, list[int]] | None = None) -> int | None:
    """Where ``phrase`` first occurs as consecutive words of the text, or None. ``where``
    (from :func:`positions`) makes this a look-up instead of a scan."""
    n = len(phrase)
    if n == 0:
        return None
    starts = where.get(phrase[0], ()) if where is not None else range(len(text_words) - n + 1)
    return next((i for i in starts if text_words[i:i + n] == phrase), None)


def positions(text_words: list[str]) -> dict[str, list[int]]:
    """Each word of a text and where it occurs."""
    out: dict[str, list[int]] = {}
    for i, w in enumerate(text_words):
        out.setdefault(w, []).append(i)
    return out


@dataclass(frozen=True)
class Hit:
    """One identifying word of the report text: the word as written and why."""
    word: str
    reason: str  # one of REASONS

    def __lt__(self, other: Hit) -> bool:
        return (self.word, self.reason) < (other.word, other.reason)


PSEUDONYM, REAL_NAME, REGISTER_PLACE, REGISTER_WORKER, REGISTER_WORDS, RARE_WORD = (
    "pseudonym", "real_name", "register_place", "register_worker", "register_description", "rare_word")
REASONS = (PSEUDONYM, REAL_NAME, REGISTER_PLACE, REGISTER_WORKER, REGISTER_WORDS, RARE_WORD)
# in plain English for the command line (the screens translate their own wording)
REASON_WORDS = {
    PSEUDONYM: "is the pseudonym of a dossier",
    REAL_NAME: "is (part of) the real name of a requester",
    REGISTER_PLACE: "is the place of a register entry",
    REGISTER_WORKER: "is (part of) a worker's identity in the register",
    REGISTER_WORDS: "is a word of a register description that is rare in the notes",
    RARE_WORD: "occurs in the notes of fewer than {t} dossiers",
}
