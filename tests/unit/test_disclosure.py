"""Disclosure control, property-based: no small count visible, no hidden cell derivable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vp_desk.report.disclosure import clamp_threshold, protect, protect_flow, protect_scalar

counts = st.dictionaries(st.sampled_from([f"k{i}" for i in range(10)]), st.integers(0, 40), min_size=1, max_size=10)


@settings(max_examples=400, deadline=None)
@given(counts, st.integers(1, 12))
def test_no_visible_small_count_and_hidden_sum_reaches_threshold(table, t):
    p = protect("x", table, sorted(table), t)
    t = clamp_threshold(t)
    assert p.threshold >= 3
    if p.withheld:
        assert not p.total_shown
        return
    for c in p.cells:
        if not c.hidden:
            assert c.value == 0 or c.value >= t, "a visible count below the threshold"
    hidden = [c.value for c in p.cells if c.hidden]
    assert not hidden or (sum(hidden) >= t and len(hidden) >= 2)


def _feasible(bounds: list[tuple[int, int]], total: int, i: int) -> set[int]:
    """Brute force: every value hidden cell ``i`` can take so that all hidden cells stay in
    what the report says about them and add up to the known total."""
    reach = {0}
    for j, (lo, hi) in enumerate(bounds):
        if j != i:
            reach = {r + v for r in reach for v in range(lo, min(hi, total) + 1) if r + v <= total}
    lo, hi = bounds[i]
    return {v for v in range(lo, min(hi, total) + 1) if total - v in reach}


small_counts = st.dictionaries(st.sampled_from([f"k{i}" for i in range(7)]), st.integers(0, 14),
                               min_size=1, max_size=7)


@settings(max_examples=400, deadline=None)
@given(small_counts, st.integers(3, 7))
def test_hidden_cells_cannot_be_derived_from_total(table, t):
    """The reader knows every visible cell and the total, that a cell shown "<t" is 1..t-1,
    that a cell shown "x" is at least t and that a hidden cell is not 0. Enumerating every
    consistent table, each hidden cell can still take at least two values."""
    p = protect("x", table, sorted(table), t)
    if p.withheld:
        return
    hidden = [c for c in p.cells if c.hidden]
    if not hidden:
        return
    known_sum = p.total - sum(c.value for c in p.cells if not c.hidden)
    assert known_sum == sum(c.value for c in hidden)
    shown = [c.shown(t) for c in hidden]
    bounds = [(1, t - 1) if s == f"<{t}" else (t, known_sum) for s in shown]
    for i, c in enumerate(hidden):
        options = _feasible(bounds, known_sum, i)
        assert c.value in options
        assert len(options) >= 2, f"cell {c.key}={c.value} is determined: {shown}"


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 12), st.integers(0, 12), st.integers(0, 12), st.integers(3, 6))
def test_dossier_flow_cannot_reveal_a_small_count(open_start, new, closed_part, t):
    """open at start + new - closed = open at end: a small count among the three must not be
    recoverable from the others (new requests is always shown)."""
    closed = min(closed_part, open_start + new)
    open_end = open_start + new - closed
    shown = protect_flow(open_start, new, closed, open_end, t)
    t = clamp_threshold(t)

    def options(s: str) -> range:
        return range(1, t) if s == f"<{t}" else range(0, 40) if s == "x" else range(int(s), int(s) + 1)

    consistent = [(a, b, c) for a in options(shown[0]) for b in options(shown[1]) for c in options(shown[2])
                  if a + new - b == c]
    assert (open_start, closed, open_end) in consistent
    for i, (value, s) in enumerate(zip((open_start, closed, open_end), shown, strict=True)):
        assert s not in {str(v) for v in range(1, t)}, "a small count printed"
        if s in (f"<{t}", "x"):
            assert len({row[i] for row in consistent}) >= 2, f"{value} recoverable from {shown} and new={new}"


def test_known_total_from_headline():
    # single-choice table: the total (new requests) is known even if not printed
    p = protect("channel", {"a": 20, "b": 3, "c": 0}, ["a", "b", "c"], 5, total=23)
    shown = {c.key: c.shown(5) for c in p.cells}
    assert shown["b"] == "<5" and shown["a"] == "x" and shown["c"] == "0"  # 20 is not "<5"
    p = protect("channel", {"a": 20, "b": 3, "c": 2}, ["a", "b", "c"], 5, total=25)
    assert {c.key for c in p.cells if c.hidden} == {"b", "c"}  # 3 + 2 = 5 >= t


def test_impossible_table_is_withheld():
    p = protect("x", {"a": 2}, ["a"], 5)
    assert p.withheld and not p.total_shown


def test_threshold_never_below_three_and_scalars():
    assert clamp_threshold(1) == 3 and clamp_threshold(None) == 5 and clamp_threshold("x") == 5
    assert protect_scalar(0, 5) == "0" and protect_scalar(4, 5) == "<5" and protect_scalar(5, 5) == "5"


def test_two_small_cells_at_the_upper_bound_get_a_partner():
    # 4 + 4 = 8 with both "<5" would pin both to 4: a third cell must be hidden
    p = protect("x", {"a": 4, "b": 4, "c": 30, "d": 12}, ["a", "b", "c", "d"], 5)
    assert [c.shown(5) for c in p.cells] == ["<5", "<5", "30", "x"]


def test_recurring_signals_never_give_back_a_hidden_theme_count():
    from datetime import date

    from vp_desk.report.document import Options, build
    from vp_desk.report.figures import YearFigures

    # stress 2 is hidden; conflict 6 is the smallest partner and hidden too ("x"). Printing
    # "conflict 6" among the recurring themes would give stress = 2 back from the total.
    fig = YearFigures(profile="BE", start=date(2025, 1, 1), end=date(2025, 12, 31), new_requests=30,
                      open_at_start=10, open_at_end=12, closed=28, contacts=40, minutes=600,
                      channel={"in_person": 30}, themes={"stress": 2, "conflict": 6, "burnout": 20, "violence": 9})
    doc = build(fig, "Org", "en", Options(threshold=5, recurring_min=5), date(2026, 1, 1))
    themes = next(t for s in doc.sections if s.key == "themes" for _n, t, _l in s.tables if t.name == "themes")
    assert {c.key: c.shown(5) for c in themes.cells}["conflict"] == "x"
    recurring = next(s for s in doc.sections if s.key == "recurring")
    assert ("Conflict", "6") not in recurring.facts and all(v != "6" for _label, v in recurring.facts)
    assert len(recurring.facts) == 2  # burnout and violence, both visible in the themes table
