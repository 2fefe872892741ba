"""Parameterised queries over an open vault, in and out of domain dataclasses.

Repository gathers them: settings, drafts, organisations and search here, dossiers in
:mod:`vp_desk.storage.dossiers`, a dossier's records in :mod:`vp_desk.storage.records`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from vp_desk.domain.models import Organisation
from vp_desk.settings import VaultKey
from vp_desk.storage.dossiers import DossierQueries
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError
from vp_desk.storage.migrations import FTS_DOSSIER_SHIFT, FTS_ID_SHIFT, FTS_SOURCES
from vp_desk.storage.records import RecordQueries
from vp_desk.storage.rows import NotFound, d2s, s2d

_SOURCE_BY_K = {v[0]: name for name, v in FTS_SOURCES.items()}


class OrganisationInUse(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This organisation still has dossiers ({count}). Archive it instead, or "
        "erase its dossiers first.")


@dataclass(frozen=True)
class SearchHit:
    dossier_id: int
    source: str
    ref_id: int
    rank: float


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User text → a safe FTS5 query: every word must match, the last as a prefix
    (results appear as you type). Operators typed by the user are treated as words."""
    words = _WORD.findall(text)
    if not words:
        return None
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    parts[-1] += "*"
    return " AND ".join(parts)


class Repository(DossierQueries, RecordQueries):
    # -- settings & drafts --------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.vault.transaction() as c:
            c.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def rule_switches(self, org_id: int) -> dict[str, bool]:
        """An organisation's own on/off choices for practice rules (settings key
        ``rules.<org id>``, JSON); empty when none were made or the value is unreadable."""
        raw = self.get_setting(f"{VaultKey.RULE_SWITCHES}.{org_id}")
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return {str(k): bool(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def set_rule_switches(self, org_id: int, switches: dict[str, bool]) -> None:
        self.set_setting(f"{VaultKey.RULE_SWITCHES}.{org_id}",
                         json.dumps({k: bool(v) for k, v in sorted(switches.items())}))

    def crisis_steps(self, org_id: int) -> str:
        """The organisation's crisis procedure as typed (settings key ``crisis.<org id>``)."""
        return self.get_setting(f"{VaultKey.CRISIS_STEPS}.{org_id}") or ""

    def set_crisis_steps(self, org_id: int, text: str) -> None:
        self.set_setting(f"{VaultKey.CRISIS_STEPS}.{org_id}", text)

    def save_draft(self, key: str, text: str) -> None:
        with self.vault.transaction() as c:
            c.execute("INSERT INTO drafts(key, text, updated_at) VALUES (?, ?, datetime('now')) "
                      "ON CONFLICT(key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                      (key, text))

    def get_draft(self, key: str) -> str | None:
        row = self.conn.execute("SELECT text FROM drafts WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def delete_draft(self, key: str) -> None:
        with self.vault.transaction() as c:
            c.execute("DELETE FROM drafts WHERE key = ?", (key,))

    # -- organisations ------------------------------------------------------------
    _ORG_COLS = "id, name, profile, language, appointment_date, retention_years, archived, report_start_month"

    def _org(self, row: Sequence) -> Organisation:
        return Organisation(id=row[0], name=row[1], profile=row[2], language=row[3],
                            appointment_date=s2d(row[4]), retention_years=row[5],
                            archived=bool(row[6]), report_start_month=int(row[7]))

    def organisations(self, include_archived: bool = False) -> list[Organisation]:
        sql = f"SELECT {self._ORG_COLS} FROM organisations"
        if not include_archived:
            sql += " WHERE archived = 0"
        sql += " ORDER BY name COLLATE NOCASE"
        return [self._org(r) for r in self.conn.execute(sql)]

    def organisation(self, org_id: int) -> Organisation:
        row = self.conn.execute(f"SELECT {self._ORG_COLS} FROM organisations WHERE id = ?",
                                (org_id,)).fetchone()
        if row is None:
            raise NotFound()
        return self._org(row)

    def organisation_by_name(self, name: str) -> Organisation | None:
        row = self.conn.execute(f"SELECT {self._ORG_COLS} FROM organisations WHERE name = ? "
                                "COLLATE NOCASE", (name.strip(),)).fetchone()
        return self._org(row) if row else None

    def save_organisation(self, org: Organisation) -> int:
        values = (org.name.strip(), org.profile, org.language, d2s(org.appointment_date),
                  org.retention_years, int(org.archived))
        with self.vault.transaction() as c:
            if org.id is None:
                cur = c.execute("INSERT INTO organisations(name, profile, language, appointment_date, "
                                "retention_years, archived) VALUES (?, ?, ?, ?, ?, ?)", values)
                org.id = int(cur.lastrowid)
            else:
                c.execute("UPDATE organisations SET name = ?, profile = ?, language = ?, "
                          "appointment_date = ?, retention_years = ?, archived = ? WHERE id = ?",
                          (*values, org.id))
        return org.id

    def delete_organisation(self, org_id: int) -> None:
        n = self.conn.execute("SELECT count(*) FROM dossiers WHERE org_id = ?", (org_id,)).fetchone()[0]
        n += self.conn.execute("SELECT count(*) FROM register_entries WHERE org_id = ?", (org_id,)).fetchone()[0]
        if n:
            raise OrganisationInUse(count=n)
        with self.vault.transaction() as c:
            c.execute("DELETE FROM organisations WHERE id = ?", (org_id,))
            # its own settings go with it: a new organisation may get the same id
            c.execute("DELETE FROM settings WHERE key IN (?, ?)",
                      (f"{VaultKey.RULE_SWITCHES}.{org_id}", f"{VaultKey.CRISIS_STEPS}.{org_id}"))

    def has_organisations(self) -> bool:
        return self.conn.execute("SELECT 1 FROM organisations LIMIT 1").fetchone() is not None

    # -- search -------------------------------------------------------------------
    def search(self, text: str, org_id: int | None = None, limit: int = 500) -> list[SearchHit]:
        """Full-text search over pseudonyms and every note (FTS5, inside the vault), best first."""
        q = fts_query(text)
        if q is None:
            return []
        sql = "SELECT s.rowid, s.rank FROM search_index s "
        args: list = [q]
        if org_id is not None:
            sql += f"JOIN dossiers d ON d.id = (s.rowid >> {FTS_DOSSIER_SHIFT}) AND d.org_id = ? "
            args.insert(0, org_id)
        sql += "WHERE s.search_index MATCH ? ORDER BY s.rank LIMIT ?"
        args.append(limit)
        out = []
        for rowid, rank in self.conn.execute(sql, args):
            rowid = int(rowid)
            out.append(SearchHit(rowid >> FTS_DOSSIER_SHIFT, _SOURCE_BY_K.get(rowid & 7, "?"),
                                 (rowid & 0xFFFFFFFF) >> FTS_ID_SHIFT, float(rank)))
        return out

    def search_dossier_ids(self, text: str, org_id: int | None = None) -> list[int]:
        """Ids of the dossiers whose pseudonym or notes match (what the list filter needs:
        no ranking, no text read back — rowids alone carry the dossier id)."""
        q = fts_query(text)
        if q is None:
            return []
        sql = f"SELECT DISTINCT rowid >> {FTS_DOSSIER_SHIFT} FROM search_index WHERE search_index MATCH ?"
        args: tuple = (q,)
        if org_id is not None:
            sql = (f"SELECT id FROM dossiers WHERE org_id = ? AND id IN ({sql})")
            args = (org_id, q)
        return [int(r[0]) for r in self.conn.execute(sql, args)]

    def snippet(self, text: str, dossier_id: int) -> str:
        """A short excerpt around the first match, for the search result list (screen only)."""
        q = fts_query(text)
        if q is None:
            return ""
        row = self.conn.execute(
            "SELECT snippet(search_index, 0, '«', '»', '…', 10) FROM search_index "
            "WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT 1",
            (q, dossier_id << FTS_DOSSIER_SHIFT, ((dossier_id + 1) << FTS_DOSSIER_SHIFT) - 1)).fetchone()
        return row[0] if row else ""
