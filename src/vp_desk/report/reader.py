"""Builds the reader's model (see ``audit``) from editions of yearly figures and releases."""

from __future__ import annotations

from dataclasses import dataclass

from vp_desk.domain.catalog import Profile
from vp_desk.report import tables as tb
from vp_desk.report.audit import HOMOGENEOUS, SMALL, ReaderModel, Target, small_population

INF = float("inf")
Edition = tuple[int, str]  # (reporting year, edition label: "1", "2", "L0" for a legacy export)


def var(year: int, edition: str, stat: str) -> str:
    return f"{year}.{edition}:{stat}"


@dataclass
class ReleaseSpec:
    key: str  # "r12" for a recorded release, "new" for the candidate
    editions: list[Edition]  # in year order
    published: dict[str, str]
    threshold: int


def add_edition(model: ReaderModel, profile: Profile, year: int, edition: str, stats: dict[str, int]) -> None:
    """The year's unknowns and the identities every reader knows (added only where the true
    counts satisfy them, so the model always holds the truth)."""
    def n(stat: str) -> str:
        return var(year, edition, stat)

    for stat, value in stats.items():
        model.var(n(stat), value)

    def identity(expr: dict[str, int], lo: float, hi: float) -> None:
        if lo <= model.value(expr) <= hi:
            model.add(expr, lo, hi)

    N = n("new_requests")
    for table in (*tb.SINGLE, *tb.BREAKDOWNS):
        identity({**{n(f"{table}.{k}"): 1 for k in tb.categories(profile, table)}, N: -1}, 0, 0)
    themes = [n(f"themes.{k}") for k in tb.categories(profile, "themes")]
    for v in themes:
        identity({v: 1, N: -1}, -INF, 0)
    identity({**dict.fromkeys(themes, 1), N: -1}, 0, INF)
    _multi_select_identities(identity, profile, n, stats)
    for flag in ("senior_involved", "group_problem"):
        identity({n(flag): 1, N: -1}, -INF, 0)
    identity({n("open_at_end"): 1, n("open_at_start"): -1, N: -1, n("closed"): 1}, 0, 0)
    identity({**{n(f"outcomes.{k}"): 1 for k in tb.categories(profile, "outcomes")}, n("closed"): -1}, 0, 0)
    identity({**{n(f"referrals.{k}"): -1 for k in tb.categories(profile, "referrals")},
              n("formal_referrals"): 1}, -INF, 0)
    if profile.has_register:
        reg = [n(f"register.{k}") for k in tb.categories(profile, "register")]
        for v in reg:
            identity({v: 1, n("register_entries"): -1}, -INF, 0)
        identity({**dict.fromkeys(reg, 1), n("register_entries"): -1}, 0, INF)


def _multi_select_identities(identity, profile: Profile, n, stats: dict[str, int]) -> None:
    """What a reader knows of the multi-select tables of issue 15.

    Risk domains (several per request, "not recorded" U = the requests without one): each
    domain d and U are at most N, d + U <= N (a request without a domain has none), and the
    domains plus U cover every request (sum d + U >= N).
    Requests per theme group G (a request counts once per group): G <= N, G is at least
    each of its themes' counts and at most their sum (a request with two of its themes
    counts once)."""
    N = n("new_requests")
    if tb.applies(profile, "domains") and f"domains.{tb.UNKNOWN}" in stats:
        unknown = n(f"domains.{tb.UNKNOWN}")
        domains = [n(f"domains.{k}") for k in profile.keys("risk_domains")]
        identity({unknown: 1, N: -1}, -INF, 0)
        for v in domains:
            identity({v: 1, unknown: 1, N: -1}, -INF, 0)
        identity({**dict.fromkeys(domains, 1), unknown: 1, N: -1}, 0, INF)
    for group, members in tb.theme_groups(profile).items():
        if f"{tb.GROUP_REQUESTS}.{group}" not in stats:
            continue  # figures frozen before the requests per group were counted
        g = n(f"{tb.GROUP_REQUESTS}.{group}")
        identity({g: 1, N: -1}, -INF, 0)
        for k in members:
            identity({g: 1, n(f"themes.{k}"): -1}, 0, INF)
        identity({g: 1, **{n(f"themes.{k}"): -1 for k in members}}, -INF, 0)


def link(model: ReaderModel, a: str, b: str, key: str, family: str) -> None:
    """Two unknowns a reader may take as equal (a year's count in two editions, or the
    carry-over between years): equal in truth -> a constraint; otherwise the difference is a
    group of requesters (the late or corrected ones) and becomes a target."""
    expr = {a: 1, b: -1}
    if model.value(expr) == 0:
        model.add(expr, 0, 0)
    else:
        model.targets.append(Target(key, expr, SMALL, family))


def release_expr(profile: Profile, editions: list[Edition], key: str) -> dict[str, int]:
    table, _, cat = key.partition(".")
    if key == "open_at_start":
        return {var(*editions[0], key): 1}
    if key == "open_at_end":
        return {var(*editions[-1], key): 1}
    if cat == "__total__":
        stats = [f"{table}.{k}" for k in tb.categories(profile, table)]
    elif table == "theme_groups":
        stats = [f"themes.{k}" for k in tb.theme_groups(profile).get(cat, [])]
    else:
        stats = [key]
    return {var(y, e, s): 1 for y, e in editions for s in stats}


def add_release(model: ReaderModel, profile: Profile, spec: ReleaseSpec, targets: bool = True) -> None:
    """What one release published, as constraints; its hidden cells and its small
    populations as targets."""
    t = spec.threshold
    reduced = spec.published.get("reduced") == "1"
    for key, shown in spec.published.items():
        if "." not in key and key not in tb.SCALARS:
            continue
        table, _, cat = key.partition(".")
        if cat == "__withheld__" or table in ("period", "own", "signals"):
            continue  # the confidant's own activity (signals and advice included): not about requesters
        expr = release_expr(profile, spec.editions, key)
        if shown == "x":  # hidden beside a small one: a count of t or more (disclosure step 2)
            model.add(expr, t, INF)
        elif shown.startswith("<"):
            model.add(expr, 0 if reduced and key == "new_requests" else 1, t - 1)
        else:
            model.add(expr, int(shown), int(shown))
        if targets and (shown == "x" or shown.startswith("<")):
            model.targets.append(Target(f"{spec.key}:{key}", expr, SMALL, tb.family(key)))
    if targets and not reduced:
        add_homogeneity(model, profile, spec)


SHARED_TABLES = [*((x, "new_requests") for x in (*tb.SINGLE, *tb.BREAKDOWNS, "themes", "domains", tb.GROUP_REQUESTS)),
                 ("outcomes", "closed")]


def add_homogeneity(model: ReaderModel, profile: Profile, spec: ReleaseSpec) -> None:
    """Group disclosure: in a printed table, "all requesters share this category" must not
    be provable, nor, for a population under ``small_population(t)``, "all but fewer than t"."""
    for table, total_key in SHARED_TABLES:
        if f"{table}.__withheld__" in spec.published:
            continue
        cats = [k for k in tb.categories(profile, table) if f"{table}.{k}" in spec.published]
        _shared_targets(model, profile, spec.editions, table, total_key, cats, spec.key)


def _shared_targets(model: ReaderModel, profile: Profile, editions: list[Edition], table: str, total_key: str,
                    cats: list[str], key: str) -> None:
    t = model.t
    total = release_expr(profile, editions, total_key)
    if not cats or not all(v in model.truth for v in total):
        return
    population = model.value(total)
    if population < 1:
        return
    bound = t - 1 if t <= population < small_population(t) else 0
    for k in cats:
        if k == tb.UNKNOWN:
            continue
        cell = release_expr(profile, editions, f"{table}.{k}")
        expr = dict(total)
        for v, c in cell.items():
            expr[v] = expr.get(v, 0) - c
        model.targets.append(Target(f"{key}:{table}.{k}:shared", expr, HOMOGENEOUS, tb.family(f"{table}.{k}"),
                                    bound=bound, members=cell))


def add_group_targets(model: ReaderModel, profile: Profile, specs: list[ReleaseSpec]) -> None:
    """Every run of consecutive years inside a release is a group too (a summary minus the
    years released on their own gives the rest, alone or together): for each such run, its
    share of every published statistic (cells, theme-group sums, totals) and, for the
    single-choice tables, whether the run's requesters provably share a category."""
    seen = {tuple(sorted(t.expr.items())) for t in model.targets}
    for name in list(model.truth):  # every year's own counts, printed or not (a neighbour may give them)
        stat = name.partition(":")[2]
        sig = ((name, 1),)
        if sig not in seen:
            model.targets.append(Target(name, {name: 1}, SMALL, tb.family(stat)))
            seen.add(sig)
    for spec in specs:
        eds = spec.editions
        runs = [eds[i:j] for i in range(len(eds)) for j in range(i + 1, len(eds) + 1) if j - i < len(eds)]
        if len(eds) == 1:
            runs = [eds]  # a year's own unknowns (the same sums as the release's cells)
        keys = [k for k in spec.published if _statistic(k)]
        for run in runs:
            name = f"{run[0][0]}-{run[-1][0]}" if len(run) > 1 else f"{run[0][0]}.{run[0][1]}"
            for key in keys:
                expr = release_expr(profile, run, key)
                if not all(v in model.truth for v in expr):
                    continue
                sig = tuple(sorted(expr.items()))
                if sig not in seen:
                    model.targets.append(Target(f"{name}:{key}", expr, SMALL, tb.family(key)))
                    seen.add(sig)
            if len(eds) > 1:
                for table, total_key in SHARED_TABLES:
                    cats = [k for k in tb.categories(profile, table)
                            if f"{table}.{k}" in spec.published or f"{table}.__withheld__" in spec.published]
                    _shared_targets(model, profile, run, table, total_key, cats, name)


def _statistic(key: str) -> bool:
    table, _, cat = key.partition(".")
    return not (table in ("period", "own") or cat == "__withheld__" or ("." not in key and key not in tb.SCALARS))
