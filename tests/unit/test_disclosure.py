"""Disclosure control, property-based: no small count visible, no hidden cell derivable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vp_desk.report.disclosure import clamp_threshold, protect, protect_scalar

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


@settings(max_examples=400, deadline=None)
@given(counts, st.integers(3, 8))
def test_hidden_cells_cannot_be_derived_from_total(table, t):
    """The attacker knows every visible cell and the total; each hidden cell is >= 1. With
    at least two hidden cells summing to >= t, no hidden cell's value is determined."""
    p = protect("x", table, sorted(table), t)
    if p.withheld:
        return
    hidden = [c for c in p.cells if c.hidden]
    if not hidden:
        return
    known_sum = p.total - sum(c.value for c in p.cells if not c.hidden)
    assert known_sum == sum(c.value for c in hidden)
    # every hidden cell could take at least two values consistent with what is known
    for c in hidden:
        others = len(hidden) - 1
        low, high = 1, known_sum - others  # each other hidden cell is at least 1
        assert high > low, f"cell {c.key} is determined"


def test_known_total_from_headline():
    # single-choice table: the total (new requests) is known even if not printed
    p = protect("channel", {"a": 20, "b": 3, "c": 0}, ["a", "b", "c"], 5, total=23)
    shown = {c.key: c.shown(5) for c in p.cells}
    assert shown["b"] == "<5" and shown["a"] == "<5" and shown["c"] == "0"
    p = protect("channel", {"a": 20, "b": 3, "c": 2}, ["a", "b", "c"], 5, total=25)
    assert {c.key for c in p.cells if c.hidden} == {"b", "c"}  # 3 + 2 = 5 >= t


def test_impossible_table_is_withheld():
    p = protect("x", {"a": 2}, ["a"], 5)
    assert p.withheld and not p.total_shown


def test_threshold_never_below_three_and_scalars():
    assert clamp_threshold(1) == 3 and clamp_threshold(None) == 5 and clamp_threshold("x") == 5
    assert protect_scalar(0, 5) == "0" and protect_scalar(4, 5) == "<5" and protect_scalar(5, 5) == "5"
