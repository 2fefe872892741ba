"""Register of facts by third parties (BE): storage with unique, gap-free numbers.

See :mod:`vp_desk.domain.register` for the numbering rule. Numbers are assigned inside
the writing transaction (``BEGIN IMMEDIATE``: no other writer in between) and the table
has ``UNIQUE(org_id, seq)``; deletion is refused unless the entry is the last one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from vp_desk.domain.models import RegisterEntry
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError
from vp_desk.storage.rows import NotFound, VaultRows, d2s, s2d


class NotLastEntry(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "Only the last entry of the register (no. {last}) can be deleted, to correct a mistake: "
        "numbers must stay without gaps. Correct this entry instead; it is erased when it expires.")


_COLS = ("id, org_id, seq, registered_date, facts_from, facts_to, place, third_party_capacity, description, "
         "worker_consent, worker_identity, measures, follow_up")


class RegisterStore(VaultRows):
    def _types(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        for entry_id, t in self.conn.execute(
                f"SELECT entry_id, type FROM register_entry_types WHERE entry_id IN ({marks}) ORDER BY type", ids):
            out.setdefault(entry_id, []).append(t)
        return {k: tuple(v) for k, v in out.items()}

    def _entry(self, r: Sequence, types: tuple[str, ...]) -> RegisterEntry:
        return RegisterEntry(id=r[0], org_id=r[1], seq=r[2], registered_date=s2d(r[3]), facts_from=s2d(r[4]),
                             facts_to=s2d(r[5]), place=r[6], third_party_capacity=r[7], description=r[8],
                             worker_consent=bool(r[9]), worker_identity=r[10], measures=r[11],
                             follow_up=r[12], types=types)

    def entries(self, org_id: int, start: date | None = None, end: date | None = None) -> list[RegisterEntry]:
        """Entries of one organisation by number; ``start``/``end`` filter on the registration date."""
        sql = f"SELECT {_COLS} FROM register_entries WHERE org_id = ?"
        args: list = [org_id]
        if start is not None:
            sql += " AND registered_date >= ?"
            args.append(d2s(start))
        if end is not None:
            sql += " AND registered_date <= ?"
            args.append(d2s(end))
        rows = self.conn.execute(sql + " ORDER BY seq", args).fetchall()
        types = self._types([r[0] for r in rows])
        return [self._entry(r, types.get(r[0], ())) for r in rows]

    def entry(self, entry_id: int) -> RegisterEntry:
        r = self.conn.execute(f"SELECT {_COLS} FROM register_entries WHERE id = ?", (entry_id,)).fetchone()
        if r is None:
            raise NotFound()
        return self._entry(r, self._types([entry_id]).get(entry_id, ()))

    def last_seq(self, org_id: int) -> int:
        """The highest number ever given in this organisation (kept in settings, so the
        numbering continues after old entries expired)."""
        row = self.conn.execute("SELECT max(seq) FROM register_entries WHERE org_id = ?", (org_id,)).fetchone()
        kept = self.conn.execute("SELECT value FROM settings WHERE key = ?", (self._key(org_id),)).fetchone()
        return max(int(row[0] or 0), int(kept[0]) if kept else 0)

    @staticmethod
    def _key(org_id: int) -> str:
        return f"register_last_seq:{org_id}"

    def neighbours(self, org_id: int, seq: int | None) -> tuple[date | None, date | None]:
        """Registration dates of the entries before and after number ``seq`` (a new entry: the last)."""
        if seq is None:
            r = self.conn.execute("SELECT max(registered_date) FROM register_entries WHERE org_id = ?",
                                  (org_id,)).fetchone()
            return s2d(r[0]), None
        before = self.conn.execute("SELECT registered_date FROM register_entries WHERE org_id = ? AND seq < ? "
                                   "ORDER BY seq DESC LIMIT 1", (org_id, seq)).fetchone()
        after = self.conn.execute("SELECT registered_date FROM register_entries WHERE org_id = ? AND seq > ? "
                                  "ORDER BY seq LIMIT 1", (org_id, seq)).fetchone()
        return (s2d(before[0]) if before else None), (s2d(after[0]) if after else None)

    def save(self, e: RegisterEntry) -> int:
        identity = (e.worker_identity or "").strip() or None if e.worker_consent else None
        values = (d2s(e.registered_date), d2s(e.facts_from), d2s(e.facts_to), e.place.strip(),
                  e.third_party_capacity, e.description, int(e.worker_consent), identity, e.measures, e.follow_up)
        with self.vault.transaction() as c:
            if e.id is None:
                seq = self.last_seq(e.org_id) + 1
                cur = c.execute(
                    "INSERT INTO register_entries(org_id, seq, registered_date, facts_from, facts_to, place, "
                    "third_party_capacity, description, worker_consent, worker_identity, measures, follow_up) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (e.org_id, seq, *values))
                e.id, e.seq = int(cur.lastrowid), seq
                c.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                          "value = excluded.value", (self._key(e.org_id), str(seq)))
            else:
                cur = c.execute(
                    "UPDATE register_entries SET registered_date = ?, facts_from = ?, facts_to = ?, place = ?, "
                    "third_party_capacity = ?, description = ?, worker_consent = ?, worker_identity = ?, "
                    "measures = ?, follow_up = ? WHERE id = ?", (*values, e.id))
                if cur.rowcount == 0:
                    raise NotFound()
                c.execute("DELETE FROM register_entry_types WHERE entry_id = ?", (e.id,))
            c.executemany("INSERT INTO register_entry_types(entry_id, type) VALUES (?, ?)",
                          [(e.id, t) for t in sorted(set(e.types))])
        e.worker_identity = identity
        return e.id

    def delete_last(self, entry_id: int) -> None:
        """Delete an entry that is the organisation's last (a correction); its number is free again."""
        with self.vault.transaction() as c:
            row = c.execute("SELECT org_id, seq FROM register_entries WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise NotFound()
            org_id, seq = row
            last = self.last_seq(org_id)
            if seq != last:
                raise NotLastEntry(last=last)
            c.execute("DELETE FROM register_entries WHERE id = ?", (entry_id,))
            c.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                      "value = excluded.value", (self._key(org_id), str(seq - 1)))

    def counts_per_type(self, org_id: int, start: date, end: date) -> dict[str, int]:
        return {t: n for t, n in self.conn.execute(
            "SELECT t.type, count(*) FROM register_entry_types t JOIN register_entries r ON r.id = t.entry_id "
            "WHERE r.org_id = ? AND r.registered_date BETWEEN ? AND ? GROUP BY t.type", (org_id, d2s(start), d2s(end)))}
