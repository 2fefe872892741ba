"""The replay attacker: a reader who knows the protection rule and the code.

For one published table it enumerates every table consistent with what is printed (the
known total, the exact cells, "<t" = 1..t-1, "x" = anything, a category that is not
printed = 0), runs the app's own protection on each candidate and keeps the candidates
that print exactly the same thing. A hidden cell whose kept candidates all agree is pinned.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date

from tests.adversary.reader import parse_value
from vp_desk.report import disclosure

Shown = dict[str, str]  # printed cells (category -> "7" | "<5" | "x"); {"__withheld__": "1"} when left out
Protect = Callable[[str, dict[str, int], list[str], int, int], Shown]


def table_protect_exists() -> bool:
    """Whether ``disclosure.protect`` protects one table on its own (the rule before issue 12);
    the issue-12 protection audits a whole release against the ledger (see ``replay_export``)."""
    params = list(inspect.signature(disclosure.protect).parameters)
    return params[:3] == ["name", "counts", "order"]


def app_protect() -> Protect:
    """The app's own protection of one table (the rule before issue 12)."""
    if table_protect_exists():
        def run(name: str, counts: dict[str, int], order: list[str], t: int, total: int) -> Shown:
            present = {k: v for k, v in counts.items() if v}  # the app's queries only return non-zero rows
            table = disclosure.protect(name, present, order, t, total=total)
            if table.withheld:
                return {"__withheld__": "1"}
            return {c.key: c.shown(t) for c in table.cells}
        return run
    raise NotImplementedError("no known protection entry point in vp_desk.report.disclosure")


@dataclass
class Replay:
    candidates: int  # tables consistent with the publication (before replaying the rule)
    reproducing: int  # of those, the ones the rule publishes exactly the same way
    values: dict[str, set[int]]  # per hidden cell, the values among the reproducing candidates

    def pinned(self) -> list[str]:
        return [k for k, vals in self.values.items() if len(vals) < 2]


def _fill(ranges: list[tuple[int, int]], total: int) -> Iterator[tuple[int, ...]]:
    if not ranges:
        if total == 0:
            yield ()
        return
    (lo, hi), rest = ranges[0], ranges[1:]
    rest_lo = sum(r[0] for r in rest)
    rest_hi = sum(r[1] for r in rest)
    for v in range(max(lo, total - rest_hi), min(hi, total - rest_lo) + 1):
        for tail in _fill(rest, total - v):
            yield (v, *tail)


def replay(name: str, shown: Mapping[str, str], order: list[str], t: int, total: int,
           protect: Protect | None = None, limit: int = 200_000) -> Replay | None:
    """Replay ``protect`` on every table consistent with ``shown``; None when there are more
    than ``limit`` candidates (the caller skips such a table)."""
    protect = protect or app_protect()
    fixed: dict[str, int] = {}
    hidden: list[str] = []
    ranges: list[tuple[int, int]] = []
    for key in order:
        s = shown.get(key)
        if s is None:
            fixed[key] = 0
            continue
        b = parse_value(s)
        if b is not None and b[0] == b[1]:
            fixed[key] = int(b[0])
        else:
            hidden.append(key)
            ranges.append((int(b[0]), int(b[1])) if b is not None else (0, total))
    rest = total - sum(fixed.values())
    count = 0
    kept = 0
    values: dict[str, set[int]] = {k: set() for k in hidden}
    for combo in _fill(ranges, rest):
        count += 1
        if count > limit:
            return None
        counts = {**fixed, **dict(zip(hidden, combo, strict=True))}
        if protect(name, counts, order, t, total) == dict(shown):
            kept += 1
            for k, v in zip(hidden, combo, strict=True):
                values[k].add(v)
    return Replay(count, kept, values)


def _fill_counts(order: list[str], shown: Mapping[str, str], total: int, x_low: int = 0) -> Iterator[dict[str, int]]:
    fixed: dict[str, int] = {}
    hidden: list[str] = []
    ranges: list[tuple[int, int]] = []
    for key in order:
        b = parse_value(shown.get(key, "0"))
        if b is not None and b[0] == b[1]:
            fixed[key] = int(b[0])
        else:
            hidden.append(key)
            ranges.append((int(b[0]), int(b[1])) if b is not None else (x_low, total))
    for combo in _fill(ranges, total - sum(fixed.values())):
        yield {**fixed, **dict(zip(hidden, combo, strict=True))}


def replay_export(archive: object, start: date, end: date, table: str, order: list[str],
                  set_secret: Callable[[bytes], None], keys: list[bytes], limit: int = 60) -> Replay | None:
    """Replay the issue-12 protection of one release through ``api.prepare``.

    The reader holds the release of ``start..end``; for every ``table`` consistent with it
    (the other tables as they truly are, which only helps the reader) the dossiers' values
    are rewritten to match, the release is prepared again under each of ``keys`` (secret
    keys that order the extra hidden cells; passing the vault's own key gives a reader who
    even knows it) and the candidate is kept when one of them prints exactly the same
    release. None when there are more than ``limit`` candidates."""
    from tests.adversary.archive import TODAY, published
    from vp_desk.report import api

    a = archive
    opts = api.Options()

    def release() -> dict[str, str]:
        return published(api.prepare(a.vault, a.org.id, start, end, opts, today=TODAY).document)  # type: ignore[attr-defined]

    truth_pub = release()
    total = int(truth_pub["new_requests"])
    shown = {k.partition(".")[2]: v for k, v in truth_pub.items() if k.startswith(table + ".")}
    if "__withheld__" in shown:
        return None  # the table is left out: nothing to replay
    hidden = [k for k in order if not shown.get(k, "0").isdigit()]
    from tests.adversary.archive import X_AT_LEAST_T

    x_low = int(truth_pub.get("threshold", 5)) if X_AT_LEAST_T else 0  # what an "x" tells the reader
    candidates = list(_fill_counts(order, shown, total, x_low))
    if len(candidates) > limit:
        return None
    repo = a.service.repo  # type: ignore[attr-defined]
    ids = [d for (d,) in repo.conn.execute(
        "SELECT id FROM dossiers WHERE org_id = ? AND request_date BETWEEN ? AND ? ORDER BY id",
        (a.org.id, start.isoformat(), end.isoformat()))]  # type: ignore[attr-defined]
    originals = {i: repo.dossier(i) for i in ids}
    true_counts = {k: sum(1 for d in originals.values() if getattr(d, table) == k) for k in order}
    values: dict[str, set[int]] = {k: {true_counts[k]} for k in hidden}  # possible with the vault's own key
    kept = 1
    try:
        for counts in candidates:
            if counts == true_counts:
                continue
            wanted = [k for k in order for _ in range(counts[k])]
            for i, value in zip(ids, wanted, strict=True):
                current = repo.dossier(i)
                if getattr(current, table) != value:
                    a.service.save_dossier(replace(current, **{table: value}))  # type: ignore[attr-defined]
            for key in keys:
                set_secret(key)
                if release() == truth_pub:
                    kept += 1
                    for k in hidden:
                        values[k].add(counts[k])
                    break
    finally:
        for d in originals.values():
            a.service.save_dossier(d)  # type: ignore[attr-defined]
    return Replay(len(candidates), kept, values)
