"""Disclosure control: small counts hidden, hidden cells protected against subtraction.

Rules (domain.md, "Disclosure control"):
- counts 1..t-1 are shown as "<t"; 0 stays 0; t defaults to 5 and is never below 3;
- in every table the hidden cells are none, or sum to at least t — the table's total is
  known (single-choice tables add up to the headline number of new requests; multi-select
  tables to their own shown total), so the sum of the hidden cells is known too. We keep
  hiding the smallest visible non-zero cells until at least two cells are hidden, their sum
  reaches t and exceeds their number (zeros are shown, so a hidden cell is known to be at
  least 1), and hide the whole table when that is impossible;
- no percentages are produced at all; breakdowns by gender/age/role only on request and
  only one-dimensional; if the period's total is below t, the report shows only "<t
  requests" and the confidant's own activity.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3


def clamp_threshold(t: int | None) -> int:
    try:
        t = int(t) if t is not None else DEFAULT_THRESHOLD
    except (TypeError, ValueError):
        t = DEFAULT_THRESHOLD
    return max(MIN_THRESHOLD, t)


@dataclass(frozen=True)
class Cell:
    key: str
    value: int  # the true count; only the renderer's ``shown`` is ever printed
    hidden: bool

    def shown(self, t: int) -> str:
        return f"<{t}" if self.hidden else str(self.value)


@dataclass(frozen=True)
class ProtectedTable:
    name: str
    cells: tuple[Cell, ...]
    total: int
    total_shown: bool
    withheld: bool  # the whole table is hidden
    threshold: int

    @property
    def any_hidden(self) -> bool:
        return self.withheld or any(c.hidden for c in self.cells)

    def visible_values(self) -> dict[str, int]:
        return {c.key: c.value for c in self.cells if not c.hidden and not self.withheld}


def protect(name: str, counts: dict[str, int], order: list[str], t: int, total: int | None = None,
            show_total: bool = True) -> ProtectedTable:
    """Protect one table. ``total`` is the known total the cells add up to (single choice:
    the number of new requests); by default the sum of the cells, shown as the total row."""
    t = clamp_threshold(t)
    keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in order)
    values = {k: int(counts.get(k, 0)) for k in keys}
    total = sum(values.values()) if total is None else int(total)
    hidden = {k for k, v in values.items() if 0 < v < t}
    withheld = False
    if hidden:
        candidates = sorted((v, k) for k, v in values.items() if v > 0 and k not in hidden)
        # zeros stay visible, so every hidden cell is known to be >= 1: the hidden sum must
        # also exceed the number of hidden cells, or each of them would be exactly 1
        while (hidden_sum := sum(values[k] for k in hidden)) < t or len(hidden) < 2 or hidden_sum <= len(hidden):
            if not candidates:
                withheld = True
                break
            hidden.add(candidates.pop(0)[1])
    cells = tuple(Cell(k, values[k], k in hidden) for k in keys)
    return ProtectedTable(name, cells, total, show_total and not withheld, withheld, t)


def protect_scalar(value: int, t: int) -> str:
    """A lone count (e.g. contacts): hidden as "<t" when 1..t-1."""
    t = clamp_threshold(t)
    return f"<{t}" if 0 < value < t else str(value)
