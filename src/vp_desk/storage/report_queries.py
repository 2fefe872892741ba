"""Aggregate queries for the yearly report: COUNT and SUM over keys and dates.

No query here selects a text column (notes, names, descriptions, pseudonyms): what leaves
these functions is integers per catalog key. Periods are inclusive ISO dates.
"""

from __future__ import annotations

from datetime import date

from vp_desk.storage.signals import signal_counts
from vp_desk.storage.vault import Vault

_NEW = "d.org_id = ? AND d.request_date BETWEEN ? AND ?"


def _grouped(vault: Vault, sql: str, args: tuple) -> dict[str, int]:
    return {str(k): int(n) for k, n in vault.conn.execute(sql, args) if k is not None}


def _scalar(vault: Vault, sql: str, args: tuple) -> int:
    row = vault.conn.execute(sql, args).fetchone()
    return int(row[0] or 0)


def period_counts(vault: Vault, org_id: int, start: date, end: date,
                  theme_groups: dict[str, list[str]] | None = None) -> dict[str, object]:
    """Every count the report needs, for one organisation and period; ``theme_groups`` (the
    catalog's groups of theme keys) for the requests per group."""
    s, e = start.isoformat(), end.isoformat()
    new = (org_id, s, e)
    out: dict[str, object] = {}
    out["new_requests"] = _scalar(vault, f"SELECT count(*) FROM dossiers d WHERE {_NEW}", new)
    # A dossier counts as closed on its closing day only while it is closed (a reopened one
    # is open again), and never before its request date; with these definitions
    # open_at_end == open_at_start + new_requests - closed holds exactly, as readers assume.
    closed_on = "(CASE WHEN status = 'closed' AND closed_date IS NOT NULL THEN max(closed_date, request_date) END)"
    out["open_at_start"] = _scalar(
        vault, f"SELECT count(*) FROM dossiers WHERE org_id = ? AND request_date < ? "
        f"AND ({closed_on} IS NULL OR {closed_on} >= ?)", (org_id, s, s))
    out["open_at_end"] = _scalar(
        vault, f"SELECT count(*) FROM dossiers WHERE org_id = ? AND request_date <= ? "
        f"AND ({closed_on} IS NULL OR {closed_on} > ?)", (org_id, e, e))
    out["contacts"] = _scalar(
        vault, "SELECT count(*) FROM contacts c JOIN dossiers d ON d.id = c.dossier_id "
        "WHERE d.org_id = ? AND c.date BETWEEN ? AND ?", new)
    out["minutes"] = _scalar(
        vault, "SELECT sum(c.minutes) FROM contacts c JOIN dossiers d ON d.id = c.dossier_id "
        "WHERE d.org_id = ? AND c.date BETWEEN ? AND ?", new)
    for column in ("channel", "sphere", "relation", "gender", "age_band", "role"):
        out[column] = _grouped(vault, f"SELECT d.{column}, count(*) FROM dossiers d WHERE {_NEW} "
                                      f"GROUP BY d.{column}", new)
    out["themes"] = _grouped(vault, "SELECT t.theme, count(*) FROM dossier_themes t JOIN dossiers d "
                                    f"ON d.id = t.dossier_id WHERE {_NEW} GROUP BY t.theme", new)
    out["senior_involved"] = _scalar(vault, f"SELECT count(*) FROM dossiers d WHERE {_NEW} "
                                            "AND d.senior_involved = 1", new)
    out["group_problem"] = _scalar(vault, f"SELECT count(*) FROM dossiers d WHERE {_NEW} "
                                          "AND d.group_problem = 1", new)
    out["interventions"] = _grouped(
        vault, "SELECT i.type, count(*) FROM interventions i JOIN dossiers d ON d.id = i.dossier_id "
        "WHERE d.org_id = ? AND i.date BETWEEN ? AND ? GROUP BY i.type", new)
    out["referrals"] = _grouped(
        vault, "SELECT r.destination, count(*) FROM referrals r JOIN dossiers d ON d.id = r.dossier_id "
        "WHERE d.org_id = ? AND r.date BETWEEN ? AND ? GROUP BY r.destination", new)
    out["formal_referrals"] = _scalar(
        vault, "SELECT count(*) FROM referrals r JOIN dossiers d ON d.id = r.dossier_id "
        "WHERE d.org_id = ? AND r.date BETWEEN ? AND ? AND r.formal_request = 1", new)
    out["outcomes"] = _grouped(
        vault, f"SELECT coalesce(outcome, 'other'), count(*) FROM dossiers WHERE org_id = ? "
        f"AND {closed_on} BETWEEN ? AND ? GROUP BY coalesce(outcome, 'other')", new)
    out["closed"] = sum(out["outcomes"].values())  # type: ignore[union-attr]
    out["register"] = _grouped(
        vault, "SELECT t.type, count(*) FROM register_entry_types t JOIN register_entries r "
        "ON r.id = t.entry_id WHERE r.org_id = ? AND r.registered_date BETWEEN ? AND ? GROUP BY t.type", new)
    out["register_entries"] = _scalar(
        vault, "SELECT count(*) FROM register_entries WHERE org_id = ? AND registered_date BETWEEN ? AND ?",
        new)
    out.update(_intake_counts(vault, new, theme_groups or {}))
    hours = vault.conn.execute(
        "SELECT kind, sum(hours), count(*) FROM own_activities WHERE (org_id = ? OR org_id IS NULL) "
        "AND date BETWEEN ? AND ? GROUP BY kind", new).fetchall()
    out["own_hours"] = {str(k): float(h or 0) for k, h, _n in hours}
    out["own_count"] = {str(k): int(n) for k, _h, n in hours}
    out.update(signal_counts(vault.conn, org_id, start, end))  # the confidant's own activity
    return out



def _intake_counts(vault: Vault, new: tuple, theme_groups: dict[str, list[str]]) -> dict[str, object]:
    """Who asks, the risk domains (``_unknown``: new requests without a domain) and the new
    requests with at least one theme of each group."""
    out: dict[str, object] = {}
    out["requester"] = _grouped(vault, f"SELECT d.requester, count(*) FROM dossiers d WHERE {_NEW} "
                                       "GROUP BY d.requester", new)
    domains = _grouped(vault, "SELECT m.domain, count(*) FROM dossier_domains m JOIN dossiers d "
                              f"ON d.id = m.dossier_id WHERE {_NEW} GROUP BY m.domain", new)
    domains["_unknown"] = _scalar(vault, f"SELECT count(*) FROM dossiers d WHERE {_NEW} AND NOT EXISTS "
                                         "(SELECT 1 FROM dossier_domains m WHERE m.dossier_id = d.id)", new)
    out["domains"] = domains
    groups = {}
    for group, keys in theme_groups.items():
        marks = ", ".join("?" * len(keys))
        groups[group] = _scalar(vault, f"SELECT count(*) FROM dossiers d WHERE {_NEW} AND EXISTS (SELECT 1 "
                                       f"FROM dossier_themes t WHERE t.dossier_id = d.id AND t.theme IN ({marks}))",
                                (*new, *keys))
    out["group_requests"] = groups
    return out
