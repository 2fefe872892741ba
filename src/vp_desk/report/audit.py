"""The exact audit: what a reader holding every export of an organisation can work out.

The reader's unknowns are the counts of every reporting year (one set per *edition* of a
year's figures: a corrected edition is a new set), one integer per statistic and catalog
category. Everything the reader holds becomes a linear constraint over them:

- every published value of every release: a number is exact, "<t" is 1..t-1, "x" (hidden
  beside a small count) is t or more, a reduced report's "<t requests" is 0..t-1; a
  summary's cell is the sum of its years;
- the identities a reader knows from the catalog and the documented rules: single-choice
  tables add up to the new requests, each theme is named by at most every request and all
  requests name at least one, open at end = open at start + new - closed, outcomes add up
  to the closed dossiers, formal referrals are referrals, register types per entry;
- the links between releases: a year's next edition differs only where the data changed,
  and "open at start" of a year equals "open at end" of the year before when that is true.

For every *target* — a count about a group of requesters: a year's cell, a release's
cell, the difference between two editions, the carry-over between two years, or the share
of a category in a small population — the audit computes the interval of integer values
consistent with all of it (a MIP per bound, HiGHS via ``highspy``). The model splits into
independent blocks (a year whose headline count is known separates from the others), so
each MIP is small. A target is *disclosed* when the reader can pin it inside 1..t-1 (or
-(t-1)..-1) to fewer than ``width + 1`` values, or prove that all but fewer than t of a
small population share a category.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

SMALL, HOMOGENEOUS = "small", "homogeneous"


def protection_width(t: int) -> int:
    """How wide the interval of a hidden small count must stay: at least half the "<t"
    range (t // 2, at least 1). At the default t = 5 a reader can never narrow a count below
    three possible values (e.g. 1..3), so "one person" is never told apart from "three". The
    SDC handbook and tau-ARGUS set such protection levels as a share of the threshold for
    frequency tables; a wider interval hides more cells (measured in ``benchmarks/audit``)."""
    return max(1, t // 2)


def small_population(t: int) -> int:
    """Below this many requesters a period is a small group: no table may show that all of
    them, or all but fewer than t, share a category (group disclosure, SDC handbook)."""
    return 4 * t


Expr = dict[str, int]


@dataclass
class Constraint:
    expr: Expr
    lo: float
    hi: float


@dataclass
class Target:
    key: str  # e.g. "2025.1:channel.phone", "r3:themes.stress", "delta 2025:new_requests"
    expr: Expr
    kind: str  # SMALL or HOMOGENEOUS
    family: str  # which part of the report can be hidden to protect it
    bound: int = 0  # HOMOGENEOUS: disclosed when max(expr) <= bound ...
    const: int = 0
    members: Expr | None = None  # ... and the group sharing the category is surely not empty


@dataclass
class Finding:
    target: Target
    lo: int
    hi: int

    def describe(self) -> str:
        return f"{self.target.key} in [{self.lo}, {self.hi}]"


@dataclass
class ReaderModel:
    t: int
    truth: dict[str, int] = field(default_factory=dict)
    constraints: list[Constraint] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    big: int = 100_000

    def var(self, name: str, value: int) -> str:
        self.truth[name] = int(value)
        return name

    def value(self, expr: Expr, const: int = 0) -> int:
        return const + sum(c * self.truth[v] for v, c in expr.items())

    def add(self, expr: Expr, lo: float, hi: float) -> None:
        self.constraints.append(Constraint(dict(expr), lo, hi))

    def sensitive(self, target: Target) -> bool:
        """Whether a target must be solved. A small count's interval can only lie inside
        1..t-1 when its true value does, so others are skipped; a shared-category target is
        always checked, so that the decision depends on what was published, not on the
        hidden values (a reader replaying the rules learns nothing from it)."""
        if target.kind == SMALL:
            return 1 <= abs(self.value(target.expr, target.const)) <= self.t - 1
        return True


def untrue(model: ReaderModel) -> list[str]:
    """Constraints the true counts break (there must be none: the truth is always feasible)."""
    out = [f"{c.lo} <= {c.expr} <= {c.hi} (true {model.value(c.expr)})" for c in model.constraints
           if not c.lo <= model.value(c.expr) <= c.hi]
    return out


# -- solving ----------------------------------------------------------------------------

_quiet_done = False


def _highs():
    """A HiGHS instance with no output (its first construction prints a banner on the C
    stdout, which the command line must not show)."""
    global _quiet_done
    import highspy

    if _quiet_done:
        h = highspy.Highs()
    else:
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 1)
                h = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _quiet_done = True
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 0.0)
    with contextlib.suppress(Exception):
        h.setOptionValue("threads", 1)
    return h


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, names: Iterable[str]) -> None:
        names = list(names)
        for b in names[1:]:
            ra, rb = self.find(names[0]), self.find(b)
            if ra != rb:
                self.parent[rb] = ra


def _fixed_values(model: ReaderModel) -> dict[str, float]:
    """Variables a single equality pins (a count shown exactly), propagated through
    equalities that leave one unknown."""
    fixed: dict[str, float] = {}
    changed = True
    while changed:
        changed = False
        for c in model.constraints:
            if c.lo != c.hi:
                continue
            free = [v for v in c.expr if v not in fixed]
            if len(free) == 1:
                v = free[0]
                rest = sum(k * fixed[u] for u, k in c.expr.items() if u != v)
                fixed[v] = (c.lo - rest) / c.expr[v]
                changed = True
    return fixed


class Memo:
    """What earlier audits of the same blocks found: bounds per target and feasible points
    (the true counts are one; every MIP solution adds one). A feasible point that puts a
    target outside 1..t-1, or two that are ``width`` apart, prove it safe without a MIP."""

    def __init__(self) -> None:
        self.bounds: dict[tuple, int] = {}
        self.witnesses: dict[int, list[dict[str, float]]] = {}


class _Block:
    def __init__(self, members: list[str]) -> None:
        self.members = members
        self.rows: list[tuple[tuple[str, ...], tuple[float, ...], float, float]] = []
        self.highs = None
        self.index: dict[str, int] = {}

    def signature(self) -> int:
        return hash((tuple(self.members), tuple(self.rows)))


class Solver:
    """Interval bounds for targets; one MIP per bound over the target's block only."""

    def __init__(self, model: ReaderModel, memo: Memo | None = None) -> None:
        self.model = model
        self.memo = memo or Memo()
        self.fixed = _fixed_values(model)
        uf = _UnionFind()
        free = [([v for v in c.expr if v not in self.fixed], c) for c in model.constraints]
        for names, _c in free:
            if names:
                uf.union(names)
        for target in model.targets:  # a target joins the blocks it spans before any is built
            names = [v for v in target.expr if v not in self.fixed]
            if names:
                uf.union(names)
        self.uf = uf
        blocks: dict[str, _Block] = {}
        for v in model.truth:
            if v not in self.fixed:
                blocks.setdefault(uf.find(v), _Block([])).members.append(v)
        for names, c in free:
            if names:
                const = sum(k * self.fixed[u] for u, k in c.expr.items() if u in self.fixed)
                blocks[uf.find(names[0])].rows.append(
                    (tuple(names), tuple(float(c.expr[u]) for u in names), c.lo - const, c.hi - const))
        self.blocks = blocks
        self._sigs: dict[str, int] = {}

    def _root(self, expr: Expr) -> str | None:
        free = [v for v in expr if v not in self.fixed]
        if not free:
            return None
        roots = {self.uf.find(v) for v in free}
        if len(roots) > 1:
            raise ValueError("a target must be part of the model before solving")
        return roots.pop()

    def _sig(self, root: str) -> int:
        if root not in self._sigs:
            self._sigs[root] = self.blocks[root].signature()
            self.memo.witnesses.setdefault(self._sigs[root], [
                {v: float(self.model.truth[v]) for v in self.blocks[root].members}])
        return self._sigs[root]

    def _build(self, block: _Block) -> None:
        import highspy
        import numpy as np

        m = self.model
        index = {v: i for i, v in enumerate(block.members)}
        h = _highs()
        n = len(block.members)
        h.addVars(n, np.zeros(n), np.full(n, float(m.big)))
        h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n))
        inf = highspy.kHighsInf
        for names, vals, lo, hi in block.rows:
            idx = np.array([index[v] for v in names], dtype=np.int32)
            h.addRow(lo if lo > -inf else -inf, hi if hi < inf else inf, len(idx), idx, np.array(vals))
        block.highs, block.index = h, index

    def witness_range(self, target: Target) -> tuple[float, float]:
        root = self._root(target.expr)
        if root is None:
            v = self.exact(target)
            return v, v
        values = [target.const + sum(k * (self.fixed[u] if u in self.fixed else w[u])
                                     for u, k in target.expr.items())
                  for w in self.memo.witnesses[self._sig(root)]]
        return min(values), max(values)

    def exact(self, target: Target) -> int:
        return round(target.const + sum(k * self.fixed[v] for v, k in target.expr.items()))

    def bound(self, target: Target, maximize: bool) -> int:
        import highspy
        import numpy as np

        root = self._root(target.expr)
        if root is None:
            return self.exact(target)
        sig = self._sig(root)
        key = (sig, tuple(sorted(target.expr.items())), target.const, maximize)
        if key in self.memo.bounds:
            return self.memo.bounds[key]
        block = self.blocks[root]
        if block.highs is None:
            self._build(block)
        h = block.highs
        const = target.const + sum(k * self.fixed[v] for v, k in target.expr.items() if v in self.fixed)
        n = h.getNumCol()
        cost = np.zeros(n)
        for v, k in target.expr.items():
            if v not in self.fixed:
                cost[block.index[v]] = k
        h.changeColsCost(n, np.arange(n, dtype=np.int32), cost)
        h.changeObjectiveSense(highspy.ObjSense.kMaximize if maximize else highspy.ObjSense.kMinimize)
        h.run()
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kUnbounded:
            value = self.model.big if maximize else -self.model.big
        elif status != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError(f"audit model not solved: {h.modelStatusToString(status)}; "
                               f"untrue: {untrue(self.model)[:3]}")
        else:
            value = round(h.getInfo().objective_function_value + const)
            cols = h.getSolution().col_value
            self.memo.witnesses[sig].append({v: cols[i] for v, i in block.index.items()})
        self.memo.bounds[key] = value
        return value


def disclosed(model: ReaderModel, targets: Iterable[Target] | None = None,
              solver: Solver | None = None, memo: Memo | None = None) -> list[Finding]:
    """The targets a reader can pin. Only targets whose true value is sensitive are solved
    (a count whose true value is 0 or >= t is never inside 1..t-1, whatever is derived), and
    only where no known feasible point already proves them safe."""
    t = model.t
    w = protection_width(t)
    solver = solver or Solver(model, memo)
    out: list[Finding] = []
    for target in targets if targets is not None else model.targets:
        if not model.sensitive(target):
            continue
        if target.kind == HOMOGENEOUS:
            if solver.witness_range(target)[1] > target.bound:
                continue
            hi = solver.bound(target, maximize=True)
            if hi > target.bound:
                continue
            if target.members is not None:
                group = Target(target.key, target.members, SMALL, target.family)
                if solver.witness_range(group)[0] < 1 or solver.bound(group, maximize=False) < 1:
                    continue  # the reader cannot tell that anyone is in the category at all
            out.append(Finding(target, solver.bound(target, maximize=False), hi))
            continue
        sign = 1 if model.value(target.expr, target.const) > 0 else -1
        probe = Target(target.key, {v: sign * k for v, k in target.expr.items()}, SMALL, target.family,
                       const=sign * target.const)
        wlo, whi = solver.witness_range(probe)
        if whi >= t or wlo <= 0 or whi - wlo >= w:
            continue
        hi = solver.bound(probe, maximize=True)
        if hi >= t:
            continue
        lo = solver.bound(probe, maximize=False)
        if lo >= 1 and hi - lo < w:
            out.append(Finding(target, sign * lo if sign > 0 else sign * hi, sign * hi if sign > 0 else sign * lo))
    return out
