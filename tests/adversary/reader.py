"""The outside reader of issue 12, written independently of the app's own audit.

The reader holds every PDF an organisation ever exported (as the flat ``published()``
mapping) and knows the rules anyone can read in the README: which tables add up to the
number of new requests, that themes are multi-choice, that outcomes add up to the closed
dossiers, that the dossier flow links adjacent periods, that a multi-year summary is the
sum of its years, and that between two exports the only change was late registrations
(counts never go down). From that it builds one integer program (HiGHS via ``highspy``):

* unknowns: every count of every *atom* (the stretches of time between any two period
  boundaries that occur in the exports) for every *data version* (the vault as it was at
  one export), plus the number of open dossiers at every boundary;
* one row per published value ("<t" -> 1..t-1, "x" -> >= 0, numbers exact, a category
  that a printed table does not list -> 0, a withheld table -> nothing).

Then it minimises and maximises every group count whose true value is small: an atom's
cell, a published cell, and the difference between two data versions of either. A small
count (1..t-1) whose minimum equals its maximum is *pinned*: the reader knows it exactly.
The true values come from the vault (``figures.compute`` per atom), so only counts that
are really small are solved, and every interval is checked to contain the truth (a model
that excludes the truth is a bug in this reader or a report that prints a wrong number).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import highspy
import numpy as np

from vp_desk.domain.catalog import profile as get_profile

UB = 1_000  # no count in these small vaults comes near this; keeps every MIP bounded

SCALARS = ("new_requests", "closed", "contacts", "senior_involved", "group_problem", "formal_referrals",
           "register_entries")
STOCKS = ("open_at_start", "open_at_end")
SUM_TO_NEW = ("channel", "sphere", "relation")
BREAKDOWNS = ("gender", "age_band", "role")
SINGLE_CHOICE = SUM_TO_NEW + BREAKDOWNS
CATALOG_LIST = {"channel": "channels", "sphere": "spheres", "relation": "relations", "themes": "themes",
                "interventions": "intervention_types", "referrals": "referral_destinations",
                "outcomes": "outcomes", "register": "register_types", "gender": "genders",
                "age_band": "age_bands", "role": "roles"}
TABLES = (*CATALOG_LIST, "theme_groups")
UNKNOWN = "_unknown"
META = ("period.start", "period.end", "threshold")


# --------------------------------------------------------------------------- truth
def truth_of(figures: object) -> dict[tuple[str, str], int]:
    """The true counts of one atom as (table, category) -> n; scalars under table "@"."""
    out: dict[tuple[str, str], int] = {}
    for name in SCALARS:
        out[("@", name)] = int(getattr(figures, name, 0) or 0)
    new = out[("@", "new_requests")]
    for table in CATALOG_LIST:
        counts = getattr(figures, table, None) or {}
        for k, v in counts.items():
            out[(table, str(k))] = int(v)
        if table in BREAKDOWNS:
            out[(table, UNKNOWN)] = new - sum(int(v) for k, v in counts.items() if k != UNKNOWN)
    groups = getattr(figures, "theme_groups", None)
    if isinstance(groups, Mapping):
        for k, v in groups.items():
            out[("theme_groups", str(k))] = int(v)
    return out


@dataclass
class Snapshot:
    """The vault's true counts at one data version: per atom, and open dossiers per cut."""

    atoms: list[dict[tuple[str, str], int]]
    stocks: list[int]  # open dossiers at the start of each atom, then at the end of the last


Versions = int | Mapping[int, int]  # one data version, or one per atom


@dataclass
class Edition:
    """One PDF the reader holds."""

    version: int  # the data version its figures describe
    start: date
    end: date
    published: dict[str, str]
    label: str  # how the export was asked for, for the failure message
    atom_versions: dict[int, int] | None = None  # when its years come from different versions

    @property
    def versions(self) -> Versions:
        return self.atom_versions or self.version


@dataclass
class Finding:
    what: str
    true_value: int
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.what}: true {self.true_value}, reader proves [{self.low:g}, {self.high:g}]"


class ReaderModelError(AssertionError):
    """The reader's model excludes the truth: a wrong assumption here, or a wrong number printed."""


# --------------------------------------------------------------------------- the ILP
class Ilp:
    """Integer unknowns >= 0 with linear rows; min/max of a linear expression by HiGHS."""

    def __init__(self) -> None:
        self.lb: list[float] = []
        self.ub: list[float] = []
        self.rows: list[tuple[float, float, dict[int, float]]] = []
        self._h: highspy.Highs | None = None
        self.solves = 0
        self.undecided = 0
        self.lp_solves = 0
        self.pool: list[np.ndarray] = []
        self._lp: highspy.Highs | None = None

    def var(self, lb: float = 0, ub: float = UB) -> int:
        self.lb.append(lb)
        self.ub.append(ub)
        return len(self.lb) - 1

    def row(self, coefs: Mapping[int, float], lo: float, hi: float) -> None:
        coefs = {i: c for i, c in coefs.items() if c}
        if coefs:
            self.rows.append((lo, hi, dict(coefs)))
        elif not lo <= 0 <= hi:
            raise ReaderModelError(f"empty row with bounds [{lo}, {hi}]")

    def _highs(self, integer: bool = True) -> highspy.Highs:
        if integer and self._h is not None:
            return self._h
        if not integer and self._lp is not None:
            return self._lp
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 0.5)  # integer objectives: a gap below 1 is optimal
        h.setOptionValue("time_limit", 20.0)
        n = len(self.lb)
        inf = highspy.kHighsInf
        h.addVars(n, np.array(self.lb, dtype=np.float64), np.array(self.ub, dtype=np.float64))
        if integer:
            h.changeColsIntegrality(n, np.arange(n, dtype=np.int32),
                                    np.array([highspy.HighsVarType.kInteger] * n))
        starts, idx, vals, lo, hi = [], [], [], [], []
        for r_lo, r_hi, coefs in self.rows:
            starts.append(len(idx))
            idx += list(coefs)
            vals += list(coefs.values())
            lo.append(-inf if r_lo == -math.inf else r_lo)
            hi.append(inf if r_hi == math.inf else r_hi)
        h.addRows(len(lo), np.array(lo, dtype=np.float64), np.array(hi, dtype=np.float64), len(idx),
                  np.array(starts, dtype=np.int32), np.array(idx, dtype=np.int32),
                  np.array(vals, dtype=np.float64))
        if integer:
            self._h = h
        else:
            self._lp = h
        return h

    def possible(self, expr: Mapping[int, float], lo: float, hi: float) -> bool:
        """Whether some integer point of the model has lo <= expr <= hi.

        Every point found is kept: most questions are answered by an earlier point without
        a solve. A question HiGHS cannot settle within the time limit counts as possible
        (the reader is not credited with knowledge it could not prove)."""
        idx = np.fromiter(expr.keys(), dtype=np.int64)
        coef = np.fromiter(expr.values(), dtype=np.float64)
        if self.pool:
            values = np.stack(self.pool)[:, idx] @ coef
            if np.any((values >= lo - 1e-6) & (values <= hi + 1e-6)):
                return True
        inf = highspy.kHighsInf
        if not self._feasible(self._highs(integer=False), expr, lo, hi):
            return False  # not even the LP relaxation has such a point
        h = self._highs()
        n = len(self.lb)
        h.changeColsCost(n, np.arange(n, dtype=np.int32), np.zeros(n))
        h.addRow(-inf if lo == -math.inf else lo, inf if hi == math.inf else hi, len(idx),
                 idx.astype(np.int32), coef)
        try:
            h.run()
            self.solves += 1
            status = h.getModelStatus()
            if status == highspy.HighsModelStatus.kInfeasible:
                return False
            if status == highspy.HighsModelStatus.kOptimal:
                self.pool.append(np.rint(np.array(h.getSolution().col_value)))
            else:
                self.undecided += 1
            return True
        finally:
            h.deleteRows(1, np.array([h.getNumRow() - 1], dtype=np.int32))

    def _feasible(self, h: highspy.Highs, expr: Mapping[int, float], lo: float, hi: float) -> bool:
        n = len(self.lb)
        inf = highspy.kHighsInf
        h.changeColsCost(n, np.arange(n, dtype=np.int32), np.zeros(n))
        h.addRow(-inf if lo == -math.inf else lo, inf if hi == math.inf else hi, len(expr),
                 np.fromiter(expr.keys(), dtype=np.int32), np.fromiter(expr.values(), dtype=np.float64))
        try:
            h.run()
            self.lp_solves += 1
            return h.getModelStatus() != highspy.HighsModelStatus.kInfeasible
        finally:
            h.deleteRows(1, np.array([h.getNumRow() - 1], dtype=np.int32))

    def check_point(self, point: np.ndarray) -> list[str]:
        """The rows a point breaks (the true data must break none); a good point joins the pool."""
        broken = []
        for lo, hi, coefs in self.rows:
            value = sum(c * point[i] for i, c in coefs.items())
            if not lo - 1e-6 <= value <= hi + 1e-6:
                broken.append(f"[{lo}, {hi}] {coefs} = {value}")
        if not broken:
            self.pool.append(point)
        return broken

    def seed(self, rounds: int = 4, rng_seed: int = 0) -> None:
        """A few points with random objectives, so the pool starts out varied."""
        h = self._highs()
        n = len(self.lb)
        rng = np.random.default_rng(rng_seed)
        for _ in range(rounds):
            h.changeColsCost(n, np.arange(n, dtype=np.int32), rng.uniform(-1, 1, n))
            h.changeObjectiveSense(highspy.ObjSense.kMinimize)
            h.setOptionValue("mip_rel_gap", 0.5)
            h.run()
            self.solves += 1
            if h.getModelStatus() == highspy.HighsModelStatus.kInfeasible:
                raise ReaderModelError("the published figures and the reader's identities are inconsistent")
            if h.getModelStatus() == highspy.HighsModelStatus.kOptimal:
                self.pool.append(np.rint(np.array(h.getSolution().col_value)))
        h.setOptionValue("mip_rel_gap", 0.0)


# --------------------------------------------------------------------------- parsing published values
def parse_value(shown: str) -> tuple[float, float] | None:
    """What one printed value tells the reader: (low, high), or None for no information."""
    s = str(shown).strip()
    if s.isdigit():
        return int(s), int(s)
    if s.startswith("<=") and s[2:].strip().isdigit():  # "at most n" (0 included)
        return 0, int(s[2:].strip())
    if s.startswith("<") and s[1:].strip().isdigit():
        return 1, int(s[1:].strip()) - 1
    return None  # "x" (hidden for protection) or anything else: only >= 0, already a bound


def _period_key(start: date, end: date) -> tuple[date, date]:
    return start, end


class Reader:
    """The reader of one organisation: every edition it holds and the truth to judge it by."""

    def __init__(self, profile_code: str, cuts: list[date], snapshots: Mapping[int, Snapshot],
                 editions: list[Edition], linked: Iterable[tuple[int, int]], x_at_least_t: bool = False) -> None:
        self.prof = get_profile(profile_code)
        self.cuts = sorted(cuts)
        self.snapshots = dict(snapshots)
        self.editions = list(editions)
        self.linked = [(a, b) for a, b in linked if a in self.snapshots and b in self.snapshots]
        self.x_at_least_t = x_at_least_t
        self.ilp = Ilp()
        self.thresholds = [int(e.published.get("threshold", 5)) for e in self.editions] or [5]
        self.t = min(self.thresholds)
        # a theme group's count is the sum of its themes' counts (the catalog says which)
        self.groups: dict[str, list[str]] = {}
        for item in self.prof.items("themes"):
            if item.extra.get("group"):
                self.groups.setdefault(str(item.extra["group"]), []).append(item.key)
        self.tables = self._tables_used()
        self.cats = {t: self._categories(t) for t in self.tables}
        self.vars: dict[tuple, int] = {}  # (version, atom, table, cat) and (version, cut, "stock")
        self._build()

    # -- structure ----------------------------------------------------------------
    def atoms_of(self, start: date, end: date) -> list[int]:
        try:
            i, j = self.cuts.index(start), self.cuts.index(end + timedelta(days=1))
        except ValueError as exc:
            raise ReaderModelError(f"period {start}..{end} does not fall on the cuts {self.cuts}") from exc
        return list(range(i, j))

    def _tables_used(self) -> list[str]:
        used = set()
        for e in self.editions:
            for key in e.published:
                table, dot, _cat = key.partition(".")
                if dot and table in TABLES:
                    used.add(table)
        if "theme_groups" in used:
            used.add("themes")
        return [t for t in TABLES if t in used]

    def _categories(self, table: str) -> list[str]:
        keys: list[str] = list(self.groups) if table == "theme_groups" else []
        if table in CATALOG_LIST:
            keys = list(self.prof.keys(CATALOG_LIST[table]))
        if table in BREAKDOWNS:
            keys.append(UNKNOWN)
        for e in self.editions:
            for key in e.published:
                t, _dot, cat = key.partition(".")
                if t == table and not cat.startswith("__") and cat not in keys:
                    keys.append(cat)
        return keys

    def _v(self, version: int, atom: int, table: str, cat: str) -> int:
        return self.vars[(version, atom, table, cat)]

    def _stock(self, version: int, cut: int) -> int:
        return self.vars[(version, cut, "stock", "")]

    def _build(self) -> None:
        ilp = self.ilp
        n_atoms = len(self.cuts) - 1
        for v in self.snapshots:
            for a in range(n_atoms):
                for s in SCALARS:
                    self.vars[(v, a, "@", s)] = ilp.var()
                for t in self.tables:
                    if t == "theme_groups":
                        continue  # sums of theme cells, not unknowns of their own
                    for c in self.cats[t]:
                        self.vars[(v, a, t, c)] = ilp.var()
            for cut in range(n_atoms + 1):
                self.vars[(v, cut, "stock", "")] = ilp.var()
            for a in range(n_atoms):
                self._identities(v, a)
        for old, new in self.linked:  # only late registrations in between: nothing goes down
            for key, i in self.vars.items():
                if key[0] == new:
                    ilp.row({i: 1, self.vars[(old, *key[1:])]: -1}, 0, math.inf)
        for e in self.editions:
            self._publication(e)

    def _identities(self, v: int, a: int) -> None:
        ilp, new = self.ilp, self._v(v, a, "@", "new_requests")
        closed = self._v(v, a, "@", "closed")
        for t in self.tables:
            if t == "theme_groups":
                continue
            cells = [self._v(v, a, t, c) for c in self.cats[t]]
            if t in SINGLE_CHOICE:  # every requester has exactly one value (or "unknown")
                ilp.row({**{i: 1 for i in cells}, new: -1}, 0, 0)
            elif t == "themes":  # at least one theme each, each theme at most once per requester
                ilp.row({**{i: 1 for i in cells}, new: -1}, 0, math.inf)
                for i in cells:
                    ilp.row({i: 1, new: -1}, -math.inf, 0)
            elif t == "outcomes":
                ilp.row({**{i: 1 for i in cells}, closed: -1}, 0, 0)
            elif t == "register":
                reg = self._v(v, a, "@", "register_entries")
                ilp.row({**{i: 1 for i in cells}, reg: -1}, 0, math.inf)
                for i in cells:
                    ilp.row({i: 1, reg: -1}, -math.inf, 0)
            elif t == "referrals":
                ilp.row({**{i: 1 for i in cells}, self._v(v, a, "@", "formal_referrals"): -1}, 0, math.inf)
        for s in ("senior_involved", "group_problem"):
            ilp.row({self._v(v, a, "@", s): 1, new: -1}, -math.inf, 0)
        # the dossier flow: open at the next cut = open now + new - closed
        ilp.row({self._stock(v, a + 1): 1, self._stock(v, a): -1, new: -1, closed: 1}, 0, 0)

    @staticmethod
    def _at(versions: Versions, atom: int) -> int:
        return versions if isinstance(versions, int) else versions[atom]

    def expr(self, versions: Versions, start: date, end: date, key: str) -> dict[int, float] | None:
        """The linear expression of one published key over the atoms of a period."""
        atoms = self.atoms_of(start, end)
        at = self._at
        if key == "open_at_start":
            return {self._stock(at(versions, atoms[0]), atoms[0]): 1}
        if key == "open_at_end":
            return {self._stock(at(versions, atoms[-1]), atoms[-1] + 1): 1}
        if key in SCALARS:
            return {self._v(at(versions, a), a, "@", key): 1 for a in atoms}
        table, dot, cat = key.partition(".")
        if not dot or table not in self.tables:
            return None
        if table == "theme_groups":
            members = [m for g in (self.groups if cat == "__total__" else [cat]) for m in self.groups.get(g, [])]
            return {self._v(at(versions, a), a, "themes", m): 1 for a in atoms for m in members} if members else None
        if cat == "__total__":
            return {self._v(at(versions, a), a, table, c): 1 for a in atoms for c in self.cats[table]}
        if cat.startswith("__"):
            return None
        return {self._v(at(versions, a), a, table, cat): 1 for a in atoms}

    def _publication(self, e: Edition) -> None:
        pub = e.published
        withheld = {k.partition(".")[0] for k, v in pub.items() if k.endswith(".__withheld__")}
        printed = {k.partition(".")[0] for k in pub if "." in k and k.partition(".")[0] in self.tables}
        reduced = pub.get("reduced") == "1"
        t = int(pub.get("threshold", 5))
        for key, shown in pub.items():
            if key in META or key.partition(".")[0] in withheld:
                continue
            bounds = parse_value(shown)
            if shown == "x" and self.x_at_least_t:
                bounds = (t, UB)  # the README of the issue-12 report: an "x" is t or more
            if reduced and key == "new_requests" and bounds is not None:
                bounds = (0, bounds[1])  # "fewer than t requests" in a reduced report: 0 included
            expr = self.expr(e.versions, e.start, e.end, key)
            if bounds is None or expr is None:
                continue
            self.ilp.row(expr, *bounds)
        for table in printed - withheld:  # a printed table lists every category it has
            for cat in self.cats[table]:
                if f"{table}.{cat}" not in pub:
                    expr = self.expr(e.versions, e.start, e.end, f"{table}.{cat}")
                    assert expr is not None
                    self.ilp.row(expr, 0, 0)

    # -- truth ----------------------------------------------------------------------
    def true_value(self, versions: Versions, start: date, end: date, key: str) -> int | None:
        atoms = self.atoms_of(start, end)

        def snap(a: int) -> dict[tuple[str, str], int]:
            return self.snapshots[self._at(versions, a)].atoms[a]

        if key == "open_at_start":
            return self.snapshots[self._at(versions, atoms[0])].stocks[atoms[0]]
        if key == "open_at_end":
            return self.snapshots[self._at(versions, atoms[-1])].stocks[atoms[-1] + 1]
        if key in SCALARS:
            return sum(snap(a).get(("@", key), 0) for a in atoms)
        table, _dot, cat = key.partition(".")
        if table == "theme_groups":
            groups = self.groups if cat == "__total__" else [cat]
            return sum(snap(a).get(("themes", m), 0) for a in atoms for g in groups
                       for m in self.groups.get(g, []))
        if cat == "__total__":
            return sum(snap(a).get((table, c), 0) for a in atoms for c in self.cats.get(table, []))
        return sum(snap(a).get((table, cat), 0) for a in atoms)

    # -- the attack -----------------------------------------------------------------
    def _pinned(self, expr: Mapping[int, float], truth: int, what: str) -> bool:
        """Whether the reader knows ``expr`` == truth exactly (the truth itself must be possible)."""
        possible = self.ilp.possible
        if possible(expr, truth + 1, math.inf) or possible(expr, -math.inf, truth - 1):
            return False
        if not possible(expr, truth, truth):
            raise ReaderModelError(f"{what}: the reader's model excludes the true value {truth}")
        return True

    def true_point(self) -> np.ndarray | None:
        """The true data as a point of the model (None when a table has no true counts here)."""
        point = np.zeros(len(self.ilp.lb))
        for key, i in self.vars.items():
            v, a, table, cat = key
            if table == "stock":
                point[i] = self.snapshots[v].stocks[a]
            else:
                point[i] = self.snapshots[v].atoms[a].get((table, cat), 0)
        return point

    def check_truth(self) -> None:
        point = self.true_point()
        if point is None:
            return
        broken = self.ilp.check_point(point)
        if broken:
            raise ReaderModelError("the true data breaks the reader's model (a wrong assumption here or a "
                                   "wrong printed number):\n" + "\n".join(broken[:10]))

    def group_counts(self) -> list[tuple[str, dict[int, float], int]]:
        """Every group count worth attacking: (description, expression, true value), small ones only."""
        out: dict[frozenset, tuple[str, dict[int, float], int]] = {}

        def consider(what: str, expr: dict[int, float] | None, truth: int | None) -> None:
            if expr is None or truth is None or not 0 < truth < self.t:
                return
            out.setdefault(frozenset(expr.items()), (what, expr, truth))

        periods = {(e.start, e.end) for e in self.editions}
        keys = {k for e in self.editions for k in e.published if k not in META and ".__" not in k}
        keys |= set(SCALARS) | set(STOCKS)
        keys |= {f"{t}.{c}" for t in self.tables for c in self.cats[t]}
        # every run of consecutive atoms: the atoms themselves, the editions' periods and every
        # difference of two nested periods (a summary minus one of its years is a group too)
        n = len(self.cuts) - 1
        atom_periods = {(self.cuts[i], self.cuts[j] - timedelta(days=1)) for i in range(n) for j in range(i + 1, n + 1)}
        versions = sorted(self.snapshots)
        for v in versions:
            for start, end in sorted(periods | atom_periods):
                for key in sorted(keys):
                    consider(f"data v{v} {start}..{end} {key}", self.expr(v, start, end, key),
                             self.true_value(v, start, end, key))
        for e in self.editions:
            if e.atom_versions:
                for key in sorted(keys):
                    consider(f"{e.label} [{e.start}..{e.end}] {key}", self.expr(e.versions, e.start, e.end, key),
                             self.true_value(e.versions, e.start, e.end, key))
        for old, new in self.linked:
            for start, end in sorted(periods | atom_periods):
                for key in sorted(keys):
                    a, b = self.expr(old, start, end, key), self.expr(new, start, end, key)
                    ta, tb = self.true_value(old, start, end, key), self.true_value(new, start, end, key)
                    if a is None or b is None or ta is None or tb is None:
                        continue
                    diff = dict(b)
                    for i, c in a.items():
                        diff[i] = diff.get(i, 0) - c
                    consider(f"added between data v{old} and v{new}: {start}..{end} {key}", diff, tb - ta)
        return list(out.values())

    def pinned(self) -> list[Finding]:
        """Every small group count the reader knows exactly."""
        found = []
        self.check_truth()
        self.ilp.seed()
        for what, expr, truth in self.group_counts():
            if self._pinned(expr, truth, what):
                found.append(Finding(what, truth, truth, truth))
        return found

    def homogeneous(self, group_limit_factor: int = 4) -> list[Finding]:
        """Periods with fewer than 4*t requesters where the reader proves that all of them, or
        all but fewer than t, share one category of a single-choice table."""
        found = []
        seen = set()
        t = self.t
        for e in self.editions:
            key = (repr(e.versions), e.start, e.end)
            if key in seen:
                continue
            seen.add(key)
            new_true = self.true_value(e.versions, e.start, e.end, "new_requests") or 0
            if not 0 < new_true < group_limit_factor * t:
                continue
            new_expr = self.expr(e.versions, e.start, e.end, "new_requests")
            assert new_expr is not None
            for table in (x for x in self.tables if x in SINGLE_CHOICE):
                for cat in self.cats[table]:
                    if cat == UNKNOWN:
                        continue
                    truth = self.true_value(e.versions, e.start, e.end, f"{table}.{cat}") or 0
                    if new_true - truth >= t:
                        continue  # not even true: nothing to prove
                    cell = self.expr(e.versions, e.start, e.end, f"{table}.{cat}")
                    assert cell is not None
                    rest = dict(new_expr)
                    for i, c in cell.items():
                        rest[i] = rest.get(i, 0) - c
                    possible = self.ilp.possible
                    what = f"{e.label} [{e.start}..{e.end}, data v{e.version}] {table}.{cat}"
                    if not possible(rest, 1, math.inf) and not possible(new_expr, -math.inf, 0):
                        found.append(Finding(f"{what}: ALL requesters share it", new_true, new_true, 0))
                    # "all but fewer than t": a disclosure when the sharing group itself is proven
                    # to hold at least t requesters (else it is no bigger than the rest)
                    elif (not possible(rest, t, math.inf) and not possible(new_expr, -math.inf, t - 1)
                          and not possible(cell, -math.inf, t - 1)):
                        found.append(Finding(f"{what}: all but fewer than {t} share it", new_true, new_true,
                                             new_true - truth))
        return found


@dataclass
class Verdict:
    pinned: list[Finding] = field(default_factory=list)
    homogeneous: list[Finding] = field(default_factory=list)
    solves: int = 0

    @property
    def safe(self) -> bool:
        return not self.pinned and not self.homogeneous


def attack(reader: Reader, homogeneity: bool = True) -> Verdict:
    v = Verdict(reader.pinned(), reader.homogeneous() if homogeneity else [])
    v.solves = reader.ilp.solves
    return v
