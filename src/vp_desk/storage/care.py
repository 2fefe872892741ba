"""The aftercare ("nazorg") follow-up date of a dossier (``dossiers.aftercare_date``): read,
set or removed on its own, so saving an intake never touches it."""

from __future__ import annotations

from datetime import date

from vp_desk.storage.rows import NotFound, d2s, s2d
from vp_desk.storage.vault import Vault


def aftercare_date(vault: Vault, dossier_id: int) -> date | None:
    row = vault.conn.execute("SELECT aftercare_date FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()
    if row is None:
        raise NotFound()
    return s2d(row[0])


def set_aftercare_date(vault: Vault, dossier_id: int, day: date | None) -> None:
    """Plan (a date) or remove (None) the follow-up of a dossier, in one transaction."""
    with vault.transaction() as c:
        cur = c.execute("UPDATE dossiers SET aftercare_date = ?, updated_at = datetime('now') WHERE id = ?",
                        (d2s(day), dossier_id))
        if cur.rowcount == 0:
            raise NotFound()


def aftercare_until(vault: Vault, day: date, org_id: int | None = None) -> list[tuple[int, date]]:
    """(dossier id, date) of every follow-up planned on or before ``day``, open or closed
    dossiers alike (the partial index keeps this cheap at 10,000 dossiers)."""
    sql = "SELECT id, aftercare_date FROM dossiers WHERE aftercare_date IS NOT NULL AND aftercare_date <= ?"
    args: tuple = (d2s(day),)
    if org_id is not None:
        sql += " AND org_id = ?"
        args = (d2s(day), org_id)
    return [(int(r[0]), date.fromisoformat(r[1])) for r in vault.conn.execute(sql, args)]
