"""Screening of a report's "signals and recommendations" text against the vault: every word
that could identify someone is a hit, with its reason, so the confidant can rewrite it.

Hits are, all within the organisation the report is for:
- a pseudonym (dossier code) or a real name of one of its dossiers (the whole name, or one of
  its parts that is not a particle such as "van" or "de");
- a register entry's place or worker identity (the whole text or one part of it), and a word
  of a register description that is not common in the organisation's notes (below);
- a word that occurs in the notes of at least 1 and fewer than ``t`` dossiers of the
  organisation (t = the report's threshold); function words ("de", "het", "le", "the" …)
  and the words of the catalog's labels ("pesterijen", "werkdruk" …) are never hits of this
  kind.

The rare-word test asks the vault's full-text index (migration 2: every note, indexed per
dossier, case- and diacritics-insensitive) one question per distinct word and stops after
``t`` dossiers: no note is read, nothing is written, no text leaves this function but the
confidant's own words.
"""

from __future__ import annotations

from vp_desk.domain.signals import (
    FUNCTION_WORDS,
    PSEUDONYM,
    RARE_WORD,
    REAL_NAME,
    REGISTER_PLACE,
    REGISTER_WORDS,
    REGISTER_WORKER,
    Hit,
    find_sequence,
    name_parts,
    positions,
    tokens,
    words,
)
from vp_desk.storage.migrations import FTS_DOSSIER_SHIFT
from vp_desk.storage.vault import Vault

_DOSSIERS_WITH_WORD = (
    f"SELECT count(*) FROM (SELECT DISTINCT s.rowid >> {FTS_DOSSIER_SHIFT} FROM search_index s "
    f"WHERE search_index MATCH ? AND (s.rowid >> {FTS_DOSSIER_SHIFT}) IN "
    "(SELECT id FROM dossiers WHERE org_id = ?) LIMIT ?)")


def dossiers_with_word(vault: Vault, org_id: int, word: str, limit: int) -> int:
    """In how many of the organisation's dossiers the notes hold ``word`` (counted up to
    ``limit``)."""
    phrase = '"' + word.replace('"', '""') + '"'
    return int(vault.conn.execute(_DOSSIERS_WITH_WORD, (phrase, org_id, limit)).fetchone()[0])


class _Text:
    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.folded = [f for _w, f in self.tokens]
        self.where = positions(self.folded)
        self.hits: dict[str, Hit] = {}

    def phrase(self, name: str, reason: str, parts: bool) -> None:
        """A hit for ``name`` as a whole (and for each identifying part when ``parts``)."""
        seq = words(name)
        at = find_sequence(self.folded, seq, self.where)
        if at is not None:
            written = " ".join(w for w, _f in self.tokens[at:at + len(seq)])
            self.add(written, seq, reason)
        if parts:
            for part in name_parts(name):
                for i in self.where.get(part, ()):
                    self.add(self.tokens[i][0], [part], reason)

    def add(self, written: str, key: list[str], reason: str) -> None:
        """One hit per word (or name): the first, most specific reason found is kept."""
        self.hits.setdefault(" ".join(key), Hit(written, reason))


def screen(vault: Vault, org_id: int, text: str, threshold: int,
           common: frozenset[str] = frozenset()) -> list[Hit]:
    """Every identifying word of ``text`` for a report of organisation ``org_id``. Words in
    ``common`` (the catalog's own vocabulary) are never rare-word hits."""
    t = _Text(text)
    if not t.tokens:
        return []
    conn = vault.conn
    for code, real_name in conn.execute("SELECT code, real_name FROM dossiers WHERE org_id = ?", (org_id,)):
        t.phrase(code, PSEUDONYM, parts=False)
        if real_name:
            t.phrase(real_name, REAL_NAME, parts=True)
    described: set[str] = set()
    for place, identity, description in conn.execute(
            "SELECT place, worker_identity, description FROM register_entries WHERE org_id = ?", (org_id,)):
        if place:
            t.phrase(place, REGISTER_PLACE, parts=True)
        if identity:
            t.phrase(identity, REGISTER_WORKER, parts=True)
        described.update(words(description or ""))
    seen: set[str] = set(FUNCTION_WORDS) | common
    for w, f in t.tokens:
        if f in seen:
            continue
        seen.add(f)
        n = dossiers_with_word(vault, org_id, f, threshold)
        if 0 < n < threshold:
            t.add(w, [f], RARE_WORD)
        elif n < threshold and f in described:
            t.add(w, [f], REGISTER_WORDS)
    return sorted(t.hits.values(), key=lambda h: (t.folded.index(words(h.word)[0]), h.reason))
