"""The replay attacker: a reader who knows the protection rule and the code.

For one published table it enumerates every table consistent with what is printed (the
known total, the exact cells, "<t" = 1..t-1, "x" = anything, a category that is not
printed = 0), runs the app's own protection on each candidate and keeps the candidates
that print exactly the same thing. A hidden cell whose kept candidates all agree is pinned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from tests.adversary.reader import parse_value
from vp_desk.report import disclosure

Shown = dict[str, str]  # printed cells (category -> "7" | "<5" | "x"); {"__withheld__": "1"} when left out
Protect = Callable[[str, dict[str, int], list[str], int, int], Shown]


def app_protect() -> Protect:
    """The app's own protection of one table, whichever version of ``disclosure`` is installed."""
    if hasattr(disclosure, "protect"):
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
