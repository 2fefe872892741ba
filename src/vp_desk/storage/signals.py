"""The log of signals and advice per organisation (date, addressee kind, asked or not,
theme keys, the confidant's own note) and the counts the report prints of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from vp_desk.domain.signals import Signal
from vp_desk.storage.rows import NotFound, VaultRows, d2s, s2d

_COLS = "id, org_id, date, addressee, asked, note"


class SignalStore(VaultRows):
    def _themes(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        if not ids:
            return {}
        out: dict[int, list[str]] = {}
        marks = ", ".join("?" * len(ids))
        for signal_id, theme in self.conn.execute(
                f"SELECT signal_id, theme FROM signal_themes WHERE signal_id IN ({marks}) ORDER BY theme", ids):
            out.setdefault(signal_id, []).append(theme)
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def _signal(r: Sequence, themes: tuple[str, ...]) -> Signal:
        return Signal(id=r[0], org_id=r[1], date=s2d(r[2]), addressee=r[3], asked=bool(r[4]), note=r[5],
                      themes=themes)

    def signals(self, org_id: int) -> list[Signal]:
        """One organisation's signals, newest first."""
        rows = self.conn.execute(f"SELECT {_COLS} FROM signals WHERE org_id = ? ORDER BY date DESC, id DESC",
                                 (org_id,)).fetchall()
        themes = self._themes([r[0] for r in rows])
        return [self._signal(r, themes.get(r[0], ())) for r in rows]

    def signal(self, signal_id: int) -> Signal:
        r = self.conn.execute(f"SELECT {_COLS} FROM signals WHERE id = ?", (signal_id,)).fetchone()
        if r is None:
            raise NotFound()
        return self._signal(r, self._themes([signal_id]).get(signal_id, ()))

    def save(self, s: Signal) -> int:
        """Insert or update the signal and its themes in one transaction."""
        values = (d2s(s.date), s.addressee, int(bool(s.asked)), s.note or "")
        with self.vault.transaction() as c:
            if s.id is None:
                cur = c.execute("INSERT INTO signals(org_id, date, addressee, asked, note) VALUES (?, ?, ?, ?, ?)",
                                (s.org_id, *values))
                s.id = int(cur.lastrowid)
            else:
                cur = c.execute("UPDATE signals SET date = ?, addressee = ?, asked = ?, note = ? WHERE id = ?",
                                (*values, s.id))
                if cur.rowcount == 0:
                    raise NotFound()
                c.execute("DELETE FROM signal_themes WHERE signal_id = ?", (s.id,))
            c.executemany("INSERT INTO signal_themes(signal_id, theme) VALUES (?, ?)",
                          [(s.id, t) for t in sorted(set(s.themes))])
        return s.id

    def delete(self, signal_id: int) -> None:
        with self.vault.transaction() as c:
            if c.execute("DELETE FROM signals WHERE id = ?", (signal_id,)).rowcount == 0:
                raise NotFound()


def signal_counts(conn, org_id: int, start: date, end: date) -> dict[str, object]:
    """The report's counts of the period: signals per addressee kind, and how many were asked
    for (numbers and catalog keys only)."""
    rows = conn.execute("SELECT addressee, count(*), sum(asked) FROM signals WHERE org_id = ? "
                        "AND date BETWEEN ? AND ? GROUP BY addressee", (org_id, d2s(start), d2s(end))).fetchall()
    return {"signals": {str(k): int(n) for k, n, _a in rows},
            "signals_asked": sum(int(a or 0) for _k, _n, a in rows)}
