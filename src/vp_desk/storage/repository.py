"""Parameterised queries over an open vault, in and out of domain dataclasses."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from vp_desk.domain.models import (
    Consent,
    ConsentParty,
    Contact,
    Dossier,
    DossierSummary,
    Intervention,
    Organisation,
    OwnActivity,
    PaperDocument,
    Referral,
    Status,
    StatusEvent,
)
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError
from vp_desk.storage.migrations import FTS_DOSSIER_SHIFT, FTS_ID_SHIFT, FTS_SOURCES
from vp_desk.storage.vault import Vault

_SOURCE_BY_K = {v[0]: name for name, v in FTS_SOURCES.items()}


class OrganisationInUse(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This organisation still has {count} dossier(s). Archive it instead, or "
        "erase its dossiers first.")


class NotFound(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "This record no longer exists.")


def d2s(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def s2d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


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


class Repository:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def conn(self):
        return self.vault.conn

    # -- settings & drafts --------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.vault.transaction() as c:
            c.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

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

    # -- dossiers -----------------------------------------------------------------
    _DOSSIER_COLS = ("id, org_id, code, real_name, status, request_date, intake_date, channel, sphere, "
                     "relation, gender, age_band, role, senior_involved, group_problem, "
                     "formal_request_considered, paps_involved, intake_notes, closed_date, outcome, "
                     "closure_note, erasure_confirmed")

    def _dossier(self, row: Sequence, themes: tuple[str, ...]) -> Dossier:
        return Dossier(
            id=row[0], org_id=row[1], code=row[2], real_name=row[3], status=Status(row[4]),
            request_date=s2d(row[5]), intake_date=s2d(row[6]), channel=row[7], sphere=row[8],
            relation=row[9], gender=row[10], age_band=row[11], role=row[12],
            senior_involved=bool(row[13]), group_problem=bool(row[14]),
            formal_request_considered=bool(row[15]), paps_involved=bool(row[16]),
            intake_notes=row[17], closed_date=s2d(row[18]), outcome=row[19], closure_note=row[20],
            erasure_confirmed=bool(row[21]), themes=themes,
        )

    def themes_of(self, dossier_id: int) -> tuple[str, ...]:
        return tuple(r[0] for r in self.conn.execute(
            "SELECT theme FROM dossier_themes WHERE dossier_id = ? ORDER BY theme", (dossier_id,)))

    def dossier(self, dossier_id: int) -> Dossier:
        row = self.conn.execute(f"SELECT {self._DOSSIER_COLS} FROM dossiers WHERE id = ?",
                                (dossier_id,)).fetchone()
        if row is None:
            raise NotFound()
        return self._dossier(row, self.themes_of(dossier_id))

    def save_dossier(self, d: Dossier) -> int:
        values = (d.org_id, d.code.strip(), (d.real_name or None), d.status.value, d2s(d.request_date),
                  d2s(d.intake_date), d.channel, d.sphere, d.relation, d.gender, d.age_band, d.role,
                  int(d.senior_involved), int(d.group_problem), int(d.formal_request_considered),
                  int(d.paps_involved), d.intake_notes, d2s(d.closed_date), d.outcome,
                  d.closure_note, int(d.erasure_confirmed))
        cols = ("org_id, code, real_name, status, request_date, intake_date, channel, sphere, relation, "
                "gender, age_band, role, senior_involved, group_problem, formal_request_considered, "
                "paps_involved, intake_notes, closed_date, outcome, closure_note, erasure_confirmed")
        with self.vault.transaction() as c:
            if d.id is None:
                marks = ", ".join("?" * len(values))
                cur = c.execute(f"INSERT INTO dossiers({cols}) VALUES ({marks})", values)
                d.id = int(cur.lastrowid)
            else:
                sets = ", ".join(f"{name.strip()} = ?" for name in cols.split(","))
                cur = c.execute(f"UPDATE dossiers SET {sets}, updated_at = datetime('now') WHERE id = ?",
                                (*values, d.id))
                if cur.rowcount == 0:
                    raise NotFound()
                c.execute("DELETE FROM dossier_themes WHERE dossier_id = ?", (d.id,))
            c.executemany("INSERT INTO dossier_themes(dossier_id, theme) VALUES (?, ?)",
                          [(d.id, t) for t in sorted(set(d.themes))])
        return d.id

    def delete_dossier(self, dossier_id: int) -> None:
        with self.vault.transaction() as c:
            c.execute("DELETE FROM dossiers WHERE id = ?", (dossier_id,))

    def count_dossiers(self, org_id: int | None = None) -> int:
        if org_id is None:
            return self.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM dossiers WHERE org_id = ?", (org_id,)).fetchone()[0]

    def _where(self, org_id: int | None, status: Status | None, year: int | None,
               ids: list[int] | None, alias: str = "d") -> tuple[str, list]:
        where, args = [], []
        if org_id is not None:
            where.append(f"{alias}.org_id = ?")
            args.append(org_id)
        if status is not None:
            where.append(f"{alias}.status = ?")
            args.append(status.value)
        if year is not None:
            where.append(f"substr(coalesce({alias}.intake_date, {alias}.request_date), 1, 4) = ?")
            args.append(f"{year:04d}")
        if ids is not None:
            where.append(f"{alias}.id IN ({', '.join('?' * len(ids))})")
            args.extend(ids)
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def _themes_by_dossier(self, where: str, args: list) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        sql = "SELECT t.dossier_id, t.theme FROM dossier_themes t"
        if where:
            sql += " JOIN dossiers d ON d.id = t.dossier_id" + where
        for dossier_id, theme in self.conn.execute(sql, args):
            out.setdefault(dossier_id, []).append(theme)
        return {k: tuple(sorted(v)) for k, v in out.items()}

    def dossier_summaries(self, org_id: int | None = None, status: Status | None = None,
                          year: int | None = None, ids: Iterable[int] | None = None) -> list[DossierSummary]:
        """Rows for the dossier list: pseudonym, dates, status, theme keys. No notes.
        (Themes are grouped here rather than with group_concat: measured 8x faster.)"""
        id_list = None if ids is None else list(ids)
        if id_list is not None and not id_list:
            return []
        where, args = self._where(org_id, status, year, id_list)
        themes = self._themes_by_dossier(where, args)
        names = {r[0]: r[1] for r in self.conn.execute("SELECT id, name FROM organisations")}
        sql = ("SELECT d.id, d.org_id, d.code, d.status, d.intake_date, d.request_date, d.closed_date, "
               "(SELECT max(date) FROM contacts c WHERE c.dossier_id = d.id) FROM dossiers d" + where)
        out = []
        iso = date.fromisoformat
        cache: dict[str, date] = {}  # 10,000 rows share a few thousand distinct dates

        def day(text: str | None) -> date | None:
            if not text:
                return None
            d = cache.get(text)
            if d is None:
                d = cache[text] = iso(text)
            return d

        open_status, closed_status = Status.OPEN, Status.CLOSED
        for r in self.conn.execute(sql, args):
            start = r[4] or r[5]
            last = max(start, r[6] or "", r[7] or "")
            out.append(DossierSummary(r[0], r[1], names.get(r[1], ""), r[2],
                                      open_status if r[3] == "open" else closed_status, day(r[4]), day(r[5]),
                                      themes.get(r[0], ()), day(last)))
        # newest first; sorted here rather than by SQL (a temp b-tree sort costs 3x more)
        out.sort(key=lambda x: (x.intake_date or x.request_date, x.id), reverse=True)
        return out

    def open_dossiers_for_rules(self, org_id: int | None = None) -> list[Dossier]:
        """Open dossiers with the fields the due-item rules need (no notes, no names)."""
        where, args = self._where(org_id, Status.OPEN, None, None)
        themes = self._themes_by_dossier(where, args)
        sql = ("SELECT d.id, d.org_id, d.code, d.request_date, d.intake_date, d.channel, d.senior_involved, "
               "d.group_problem, d.paps_involved FROM dossiers d" + where)
        return [Dossier(id=r[0], org_id=r[1], code=r[2], request_date=s2d(r[3]), intake_date=s2d(r[4]),
                        channel=r[5], senior_involved=bool(r[6]), group_problem=bool(r[7]),
                        paps_involved=bool(r[8]), themes=themes.get(r[0], ()))
                for r in self.conn.execute(sql, args)]

    def dossier_years(self, org_id: int | None = None) -> list[int]:
        sql = "SELECT DISTINCT CAST(substr(coalesce(intake_date, request_date), 1, 4) AS INTEGER) FROM dossiers"
        args: tuple = ()
        if org_id is not None:
            sql += " WHERE org_id = ?"
            args = (org_id,)
        return sorted((r[0] for r in self.conn.execute(sql, args)), reverse=True)

    def dossiers_per_year(self, org_id: int) -> dict[int, int]:
        rows = self.conn.execute(
            "SELECT CAST(substr(coalesce(intake_date, request_date), 1, 4) AS INTEGER), count(*) "
            "FROM dossiers WHERE org_id = ? GROUP BY 1", (org_id,))
        return {r[0]: r[1] for r in rows}

    def code_exists(self, org_id: int, code: str, exclude_id: int | None = None) -> bool:
        row = self.conn.execute("SELECT 1 FROM dossiers WHERE org_id = ? AND code = ? AND id IS NOT ?",
                                (org_id, code.strip(), exclude_id)).fetchone()
        return row is not None

    # -- closure / reopen ---------------------------------------------------------
    def close_dossier(self, dossier_id: int, closed: date, outcome: str, note: str = "") -> None:
        with self.vault.transaction() as c:
            cur = c.execute("UPDATE dossiers SET status = 'closed', closed_date = ?, outcome = ?, "
                            "closure_note = ?, updated_at = datetime('now') WHERE id = ?",
                            (d2s(closed), outcome, note, dossier_id))
            if cur.rowcount == 0:
                raise NotFound()
            c.execute("INSERT INTO status_events(dossier_id, kind, date, outcome) VALUES (?, 'closed', ?, ?)",
                      (dossier_id, d2s(closed), outcome))

    def reopen_dossier(self, dossier_id: int, day: date) -> None:
        with self.vault.transaction() as c:
            cur = c.execute("UPDATE dossiers SET status = 'open', closed_date = NULL, outcome = NULL, "
                            "updated_at = datetime('now') WHERE id = ?", (dossier_id,))
            if cur.rowcount == 0:
                raise NotFound()
            c.execute("INSERT INTO status_events(dossier_id, kind, date) VALUES (?, 'reopened', ?)",
                      (dossier_id, d2s(day)))

    def status_events(self, dossier_id: int) -> list[StatusEvent]:
        return [StatusEvent(id=r[0], dossier_id=dossier_id, kind=r[1], date=s2d(r[2]), outcome=r[3])
                for r in self.conn.execute("SELECT id, kind, date, outcome FROM status_events "
                                           "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    # -- contacts -----------------------------------------------------------------
    def contacts(self, dossier_id: int) -> list[Contact]:
        return [Contact(id=r[0], dossier_id=dossier_id, date=s2d(r[1]), kind=r[2], minutes=r[3], notes=r[4])
                for r in self.conn.execute("SELECT id, date, kind, minutes, notes FROM contacts "
                                           "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    def save_contact(self, x: Contact) -> int:
        values = (x.dossier_id, d2s(x.date), x.kind, int(x.minutes), x.notes)
        return self._save("contacts", ("dossier_id", "date", "kind", "minutes", "notes"), values, x)

    # -- consents -----------------------------------------------------------------
    def consents(self, dossier_id: int) -> list[Consent]:
        return [Consent(id=r[0], dossier_id=dossier_id, scope=r[1], given_by=ConsentParty(r[2]),
                        given_date=s2d(r[3]), description=r[4], withdrawn_date=s2d(r[5]))
                for r in self.conn.execute(
                    "SELECT id, scope, given_by, given_date, description, withdrawn_date FROM consents "
                    "WHERE dossier_id = ? ORDER BY given_date, id", (dossier_id,))]

    def save_consent(self, x: Consent) -> int:
        values = (x.dossier_id, x.scope, x.given_by.value, d2s(x.given_date), x.description,
                  d2s(x.withdrawn_date))
        return self._save("consents", ("dossier_id", "scope", "given_by", "given_date", "description",
                                       "withdrawn_date"), values, x)

    def withdraw_consent(self, consent_id: int, day: date) -> None:
        with self.vault.transaction() as c:
            cur = c.execute("UPDATE consents SET withdrawn_date = ? WHERE id = ?", (d2s(day), consent_id))
            if cur.rowcount == 0:
                raise NotFound()

    # -- interventions ------------------------------------------------------------
    def interventions(self, dossier_id: int) -> list[Intervention]:
        return [Intervention(id=r[0], dossier_id=dossier_id, date=s2d(r[1]), type=r[2], consent_id=r[3],
                             other_party_agreed=bool(r[4]), notes=r[5])
                for r in self.conn.execute(
                    "SELECT id, date, type, consent_id, other_party_agreed, notes FROM interventions "
                    "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    def save_intervention(self, x: Intervention) -> int:
        values = (x.dossier_id, d2s(x.date), x.type, x.consent_id, int(x.other_party_agreed), x.notes)
        return self._save("interventions", ("dossier_id", "date", "type", "consent_id",
                                            "other_party_agreed", "notes"), values, x)

    # -- referrals ----------------------------------------------------------------
    def referrals(self, dossier_id: int) -> list[Referral]:
        return [Referral(id=r[0], dossier_id=dossier_id, date=s2d(r[1]), destination=r[2], consent_id=r[3],
                         formal_request=bool(r[4]), outcome=r[5], notes=r[6])
                for r in self.conn.execute(
                    "SELECT id, date, destination, consent_id, formal_request, outcome, notes FROM referrals "
                    "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]

    def save_referral(self, x: Referral) -> int:
        values = (x.dossier_id, d2s(x.date), x.destination, x.consent_id, int(x.formal_request),
                  x.outcome, x.notes)
        return self._save("referrals", ("dossier_id", "date", "destination", "consent_id",
                                        "formal_request", "outcome", "notes"), values, x)

    # -- paper documents (BE) -----------------------------------------------------
    def paper_documents(self, dossier_id: int) -> list[PaperDocument]:
        return [PaperDocument(id=r[0], dossier_id=dossier_id, kind=r[1], intervention_type=r[2],
                              signed_date=s2d(r[3]), copy_given=bool(r[4]))
                for r in self.conn.execute(
                    "SELECT id, kind, intervention_type, signed_date, copy_given FROM paper_documents "
                    "WHERE dossier_id = ? ORDER BY signed_date, id", (dossier_id,))]

    def save_paper_document(self, x: PaperDocument) -> int:
        values = (x.dossier_id, x.kind, x.intervention_type, d2s(x.signed_date), int(x.copy_given))
        return self._save("paper_documents", ("dossier_id", "kind", "intervention_type", "signed_date",
                                              "copy_given"), values, x)

    # -- own activities -----------------------------------------------------------
    def own_activities(self, org_id: int | None = None) -> list[OwnActivity]:
        sql = "SELECT id, org_id, kind, date, hours, note FROM own_activities"
        args: tuple = ()
        if org_id is not None:
            sql += " WHERE org_id = ? OR org_id IS NULL"
            args = (org_id,)
        return [OwnActivity(id=r[0], org_id=r[1], kind=r[2], date=s2d(r[3]), hours=r[4], note=r[5])
                for r in self.conn.execute(sql + " ORDER BY date DESC, id DESC", args)]

    def save_own_activity(self, x: OwnActivity) -> int:
        values = (x.org_id, x.kind, d2s(x.date), float(x.hours), x.note)
        return self._save("own_activities", ("org_id", "kind", "date", "hours", "note"), values, x)

    # -- generic ------------------------------------------------------------------
    _DELETABLE = frozenset({"contacts", "consents", "interventions", "referrals", "paper_documents",
                            "own_activities"})

    def _save(self, table: str, cols: tuple[str, ...], values: tuple, obj) -> int:
        with self.vault.transaction() as c:
            if obj.id is None:
                cur = c.execute(f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                values)
                obj.id = int(cur.lastrowid)
            else:
                sets = ", ".join(f"{col} = ?" for col in cols)
                cur = c.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values, obj.id))
                if cur.rowcount == 0:
                    raise NotFound()
            if "dossier_id" in cols:
                c.execute("UPDATE dossiers SET updated_at = datetime('now') WHERE id = ?", (values[0],))
        return obj.id

    def delete(self, table: str, row_id: int) -> None:
        if table not in self._DELETABLE:
            raise ValueError(table)
        with self.vault.transaction() as c:
            c.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def consent_in_use(self, consent_id: int) -> bool:
        for table in ("interventions", "referrals"):
            if self.conn.execute(f"SELECT 1 FROM {table} WHERE consent_id = ? LIMIT 1",
                                 (consent_id,)).fetchone():
                return True
        return False

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
