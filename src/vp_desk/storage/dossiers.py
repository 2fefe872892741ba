"""Parameterised queries over an open vault: dossiers, their themes, closure and reopening."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from vp_desk.domain.models import Dossier, DossierSummary, Status, StatusEvent
from vp_desk.storage.rows import NotFound, VaultRows, d2s, s2d


class DossierQueries(VaultRows):
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
        return self._with_intake_extras(self._dossier(row, self.themes_of(dossier_id)))

    def _with_intake_extras(self, d: Dossier) -> Dossier:
        """Who asks and the risk domains (migration 4), read beside the base columns."""
        row = self.conn.execute("SELECT requester FROM dossiers WHERE id = ?", (d.id,)).fetchone()
        d.requester = row[0] if row else None
        d.domains = tuple(r[0] for r in self.conn.execute(
            "SELECT domain FROM dossier_domains WHERE dossier_id = ? ORDER BY domain", (d.id,)))
        return d

    @staticmethod
    def _save_intake_extras(c, d: Dossier) -> None:
        """Write who asks and the risk domains in the dossier's own transaction."""
        c.execute("UPDATE dossiers SET requester = ? WHERE id = ?", (d.requester or None, d.id))
        c.execute("DELETE FROM dossier_domains WHERE dossier_id = ?", (d.id,))
        c.executemany("INSERT INTO dossier_domains(dossier_id, domain) VALUES (?, ?)",
                      [(d.id, k) for k in sorted(set(d.domains))])

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
            self._save_intake_extras(c, d)
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

    def count_dossiers_requested_in(self, org_id: int, year: int) -> int:
        """Dossiers of ``org_id`` whose request date lies in ``year`` (for pseudonym suggestions)."""
        return self.conn.execute(
            "SELECT count(*) FROM dossiers WHERE org_id = ? AND substr(request_date, 1, 4) = ?",
            (org_id, f"{year:04d}")).fetchone()[0]

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
            c.execute("INSERT INTO status_events(dossier_id, kind, date, outcome, note) VALUES (?, 'closed', ?, ?, ?)",
                      (dossier_id, d2s(closed), outcome, note))

    def reopen_dossier(self, dossier_id: int, day: date) -> None:
        with self.vault.transaction() as c:
            cur = c.execute("UPDATE dossiers SET status = 'open', closed_date = NULL, outcome = NULL, "
                            "updated_at = datetime('now') WHERE id = ?", (dossier_id,))
            if cur.rowcount == 0:
                raise NotFound()
            c.execute("INSERT INTO status_events(dossier_id, kind, date) VALUES (?, 'reopened', ?)",
                      (dossier_id, d2s(day)))

    def status_events(self, dossier_id: int) -> list[StatusEvent]:
        return [StatusEvent(id=r[0], dossier_id=dossier_id, kind=r[1], date=s2d(r[2]), outcome=r[3], note=r[4])
                for r in self.conn.execute("SELECT id, kind, date, outcome, note FROM status_events "
                                           "WHERE dossier_id = ? ORDER BY date, id", (dossier_id,))]
