"""Retention: what is due for erasure, and erasure that really removes the data.

Erasure runs in one transaction with ``secure_delete`` on (freed pages are overwritten
with zeros inside the encrypted file); the search index (FTS5 with secure-delete) loses
the texts through the delete triggers; afterwards the WAL is checkpointed and the file
is rebuilt with ``VACUUM``, so no page of the vault still holds the erased records. The
deletion log keeps only a record type, a count, dates and the time of erasure. Records:
closed dossiers (with everything hanging from them), register entries, and signals and
advice (with their themes; the note goes with the row).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vp_desk.domain import retention
from vp_desk.domain.catalog import Profile, profile
from vp_desk.domain.retention import RetentionItem
from vp_desk.storage.rows import VaultRows, d2s, s2d

# Children first: interventions and referrals point at consents with ON DELETE RESTRICT.
_RECORD_DRAFTS = ("contact", "intervention")  # drafts keyed <kind>:<dossier>:<record or new>
_DOSSIER_CHILDREN = ("interventions", "referrals", "contacts", "consents", "status_events", "paper_documents",
                     "dossier_themes")


@dataclass(frozen=True)
class LogRow:
    done_at: str
    record_type: str
    count: int
    period_from: date | None
    period_to: date | None


class RetentionStore(VaultRows):
    def exported_periods(self, org_id: int) -> list[tuple[date, date]]:
        return [(s2d(a), s2d(b)) for a, b in self.conn.execute(
            "SELECT period_start, period_end FROM report_exports WHERE org_id = ? UNION "
            "SELECT period_start, period_end FROM report_releases WHERE org_id = ?", (org_id, org_id))]

    def review(self, today: date, org_id: int | None = None) -> list[RetentionItem]:
        """Every record past its delete-by date: due ones and held-back ones, with the reason."""
        orgs = self.conn.execute("SELECT id, profile, retention_years FROM organisations"
                                 + (" WHERE id = ?" if org_id is not None else ""),
                                 (org_id,) if org_id is not None else ()).fetchall()
        out: list[RetentionItem] = []
        for oid, code, override in orgs:
            prof = profile(code)
            periods = self.exported_periods(oid)
            out += self._review_dossiers(oid, prof, override, periods, today)
            if prof.has_register:
                out += self._review_register(oid, prof, today)
            out += self._review_signals(oid, prof, override, periods, today)
        out.sort(key=lambda i: (not i.due, i.delete_by, i.record_type, i.record_id))
        return out

    def _review_dossiers(self, oid: int, prof: Profile, override: int | None, periods: list[tuple[date, date]],
                         today: date) -> list[RetentionItem]:
        out = []
        for did, label, closed, confirmed in self.conn.execute(
                "SELECT id, code, closed_date, erasure_confirmed FROM dossiers "
                "WHERE org_id = ? AND status = 'closed' AND closed_date IS NOT NULL", (oid,)):
            closed_d = s2d(closed)
            out.append(retention.review_dossier(did, oid, label, closed_d,
                                                retention.dossier_delete_by(prof, override, closed_d),
                                                bool(confirmed), periods, today))
        return [i for i in out if i is not None]

    def _review_register(self, oid: int, prof: Profile, today: date) -> list[RetentionItem]:
        out = []
        for eid, seq, registered in self.conn.execute(
                "SELECT id, seq, registered_date FROM register_entries WHERE org_id = ? ORDER BY seq", (oid,)):
            reg = s2d(registered)
            out.append(retention.review_register(eid, oid, seq, reg, retention.register_delete_by(prof, reg),
                                                 today, prof.register_retention_years))
        return [i for i in out if i is not None]

    def _review_signals(self, oid: int, prof: Profile, override: int | None, periods: list[tuple[date, date]],
                        today: date) -> list[RetentionItem]:
        """Signals and advice past the organisation's period; the note is never read."""
        out = []
        for sid, day, addressee in self.conn.execute(
                "SELECT id, date, addressee FROM signals WHERE org_id = ? ORDER BY date, id", (oid,)):
            d = s2d(day)
            out.append(retention.review_signal(sid, oid, addressee, d, retention.signal_delete_by(prof, override, d),
                                               periods, today))
        return [i for i in out if i is not None]

    def confirm_erasure(self, dossier_ids: Iterable[int], confirmed: bool = True) -> None:
        ids = list(dossier_ids)
        with self.vault.transaction() as c:
            c.executemany("UPDATE dossiers SET erasure_confirmed = ? WHERE id = ?", [(int(confirmed), i) for i in ids])

    def erase(self, items: Iterable[RetentionItem], today: date) -> dict[str, int]:
        """Erase the given (due) records for real; returns counts per record type."""
        items = [i for i in items if i.due]
        counts: dict[str, int] = {}
        self.conn.execute("PRAGMA secure_delete = ON")
        with self.vault.transaction() as c:
            # Row-by-row FTS5 secure-delete rewrites every index entry a text touches (190 s
            # for 1,600 dossiers). Instead: delete with tombstones, then 'optimize' rebuilds the
            # index from live entries only; secure_delete zeroes the freed pages and compact()
            # VACUUMs them out of the file.
            c.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 0)")
            for kind, erase_one in ((retention.RECORD_DOSSIER, _erase_dossier),
                                    (retention.RECORD_REGISTER, _erase_register_entry),
                                    (retention.RECORD_SIGNAL, _erase_signal)):
                dates = [d for d in (erase_one(c, i.record_id) for i in items if i.record_type == kind) if d]
                if dates:
                    counts[kind] = len(dates)
                    c.execute("INSERT INTO deletion_log(done_at, record_type, count, period_from, period_to) "
                              "VALUES (?, ?, ?, ?, ?)", (d2s(today), kind, len(dates), d2s(min(dates)),
                                                         d2s(max(dates))))
            c.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
            c.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
        if counts:
            self.compact()
        return counts

    def compact(self) -> None:
        """Write the WAL back and rebuild the file so freed pages are gone (also from the WAL)."""
        c = self.conn
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c.execute("VACUUM")
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def log(self) -> list[LogRow]:
        return [LogRow(r[0], r[1], int(r[2]), s2d(r[3]), s2d(r[4])) for r in self.conn.execute(
            "SELECT done_at, record_type, count, period_from, period_to FROM deletion_log ORDER BY id DESC")]


# Each eraser deletes one record with everything hanging from it and returns the date the
# deletion log covers (closure, registration, the signal's date), or None if it was gone.
def _erase_dossier(c, did: int) -> date | None:
    row = c.execute("SELECT closed_date FROM dossiers WHERE id = ?", (did,)).fetchone()
    if row is None:
        return None
    for table in _DOSSIER_CHILDREN:
        c.execute(f"DELETE FROM {table} WHERE dossier_id = ?", (did,))
    c.execute("DELETE FROM drafts WHERE key = ?", (f"intake:{did}",))
    for kind in _RECORD_DRAFTS:  # contact and intervention notes typed but not saved
        c.execute("DELETE FROM drafts WHERE key LIKE ?", (f"{kind}:{did}:%",))
    return s2d(row[0]) if c.execute("DELETE FROM dossiers WHERE id = ?", (did,)).rowcount else None


def _erase_register_entry(c, eid: int) -> date | None:
    row = c.execute("SELECT registered_date FROM register_entries WHERE id = ?", (eid,)).fetchone()
    if row is None:
        return None
    return s2d(row[0]) if c.execute("DELETE FROM register_entries WHERE id = ?", (eid,)).rowcount else None


def _erase_signal(c, sid: int) -> date | None:
    row = c.execute("SELECT date FROM signals WHERE id = ?", (sid,)).fetchone()
    if row is None:
        return None
    c.execute("DELETE FROM signal_themes WHERE signal_id = ?", (sid,))
    return s2d(row[0]) if c.execute("DELETE FROM signals WHERE id = ?", (sid,)).rowcount else None
