"""The release ledger: what every export of an organisation published, and the counts of
each reporting year as they were frozen at its first release (numbers and catalog keys
only; the report code never hands this module text from a dossier)."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date

from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError
from vp_desk.storage.vault import Vault


class CalendarFrozen(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The reporting year of this organisation cannot change any more: reports were "
        "already exported for it, and a shifted year would let readers subtract one report from another.")


@dataclass(frozen=True)
class BaseFigures:
    year: int
    edition: int
    figures: str  # YearFigures JSON


@dataclass(frozen=True)
class Release:
    id: int
    start: date
    end: date
    editions: dict[int, int]  # reporting year -> edition of its base figures
    threshold: int
    options: dict
    published: dict[str, str]
    released_at: str
    signals_text: str = ""  # the screened "signals and recommendations" text it printed


@dataclass(frozen=True)
class LegacyExport:
    """An export made before the ledger existed: its true figures, not what it showed."""
    start: date
    end: date
    figures: str


def start_month(vault: Vault, org_id: int) -> int:
    row = vault.conn.execute("SELECT report_start_month FROM organisations WHERE id = ?", (org_id,)).fetchone()
    return int(row[0]) if row else 1


def has_releases(vault: Vault, org_id: int) -> bool:
    row = vault.conn.execute(
        "SELECT EXISTS(SELECT 1 FROM report_releases WHERE org_id = ?) OR "
        "EXISTS(SELECT 1 FROM report_exports WHERE org_id = ?)", (org_id, org_id)).fetchone()
    return bool(row[0])


def set_start_month(vault: Vault, org_id: int, month: int) -> None:
    if not 1 <= int(month) <= 12:
        raise ValueError(month)
    if start_month(vault, org_id) == month:
        return
    if has_releases(vault, org_id):
        raise CalendarFrozen()
    with vault.transaction() as c:
        c.execute("UPDATE organisations SET report_start_month = ? WHERE id = ?", (int(month), org_id))


def base_figures(vault: Vault, org_id: int) -> dict[int, list[BaseFigures]]:
    """Every frozen edition per reporting year, oldest edition first."""
    out: dict[int, list[BaseFigures]] = {}
    for y, e, f in vault.conn.execute(
            "SELECT year, edition, figures FROM report_base_figures WHERE org_id = ? ORDER BY year, edition",
            (org_id,)):
        out.setdefault(int(y), []).append(BaseFigures(int(y), int(e), f))
    return out


def releases(vault: Vault, org_id: int) -> list[Release]:
    rows = vault.conn.execute(
        "SELECT id, period_start, period_end, editions, threshold, options, published, released_at, "
        "signals_text FROM report_releases WHERE org_id = ? ORDER BY id", (org_id,)).fetchall()
    return [Release(int(r[0]), date.fromisoformat(r[1]), date.fromisoformat(r[2]),
                    {int(k): int(v) for k, v in json.loads(r[3]).items()}, int(r[4]), json.loads(r[5]),
                    json.loads(r[6]), r[7], r[8] or "") for r in rows]


def legacy_exports(vault: Vault, org_id: int) -> list[LegacyExport]:
    return [LegacyExport(date.fromisoformat(a), date.fromisoformat(b), f) for a, b, f in vault.conn.execute(
        "SELECT period_start, period_end, figures FROM report_exports WHERE org_id = ? ORDER BY id", (org_id,))]


def record_release(vault: Vault, org_id: int, start: date, end: date, editions: dict[int, int],
                   new_base: list[BaseFigures], threshold: int, options: dict,
                   published: dict[str, str], signals_text: str = "") -> int:
    """One transaction: the newly frozen base figures and the release itself (with the
    screened signals text it printed, the only text a release holds)."""
    for v in published.values():
        if not isinstance(v, str) or len(v) > 12:
            raise ValueError("a published value is a short number or mark")
    with vault.transaction() as c:
        for b in new_base:
            c.execute("INSERT INTO report_base_figures(org_id, year, edition, figures, frozen_at) "
                      "VALUES (?, ?, ?, ?, datetime('now'))", (org_id, b.year, b.edition, b.figures))
        cur = c.execute(
            "INSERT INTO report_releases(org_id, period_start, period_end, editions, threshold, options, "
            "published, released_at, signals_text) VALUES (?, ?, ?, ?, ?, ?, ?, datetime('now'), ?)",
            (org_id, start.isoformat(), end.isoformat(), json.dumps({str(k): v for k, v in editions.items()}),
             int(threshold), json.dumps(options, sort_keys=True), json.dumps(published, sort_keys=True),
             signals_text))
        return int(cur.lastrowid)


def secret_key(vault: Vault) -> bytes:
    """A random key kept in the vault that orders the choice of extra hidden cells, so a
    reader who knows the code cannot replay the choice (it never leaves the vault)."""
    row = vault.conn.execute("SELECT value FROM settings WHERE key = 'report.secret'").fetchone()
    if row:
        return bytes.fromhex(row[0])
    key = secrets.token_bytes(16)
    with vault.transaction() as c:
        c.execute("INSERT OR IGNORE INTO settings(key, value) VALUES ('report.secret', ?)", (key.hex(),))
    row = vault.conn.execute("SELECT value FROM settings WHERE key = 'report.secret'").fetchone()
    return bytes.fromhex(row[0])
