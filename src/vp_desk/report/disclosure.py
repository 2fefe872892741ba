"""Disclosure control: small counts hidden, hidden cells protected against subtraction.

Rules (domain.md, "Disclosure control"):
- counts 1..t-1 are shown as "<t"; 0 stays 0; t defaults to 5 and is never below 3;
- in every table the hidden cells are none, or at least two that sum to at least t. The
  table's total is known (single-choice tables add up to the headline number of new
  requests; multi-select tables to their own shown total), so the sum of the hidden cells
  is known too. A reader also knows bounds: zeros are shown, so a hidden cell is >= 1; a
  cell shown "<t" is 1..t-1; a cell hidden only to protect another ("secondary", shown
  "x") is >= t. We keep hiding the smallest visible non-zero cells until no hidden cell's
  value is pinned by those bounds and the known sum (interval check in ``exposed``), and
  hide the whole table when that is impossible;
- the dossier flow (open at start + new - closed = open at end) is one more known sum:
  ``protect_flow`` hides both open counts when a small one could be worked out from it;
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


SECONDARY = "x"
INF = float("inf")


@dataclass(frozen=True)
class Cell:
    key: str
    value: int  # the true count; only the renderer's ``shown`` is ever printed
    hidden: bool
    secondary: bool = False  # hidden only to protect another cell (its value may be >= t)

    def shown(self, t: int) -> str:
        if not self.hidden:
            return str(self.value)
        return SECONDARY if self.secondary else f"<{t}"


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


def bounds(value: int, secondary: bool, t: int) -> tuple[float, float]:
    """What a reader of the report knows about a hidden cell."""
    return (t, INF) if secondary else (1, t - 1)


def exposed(terms: list[tuple[int, float, float]], known: float) -> list[bool]:
    """For the equation sum(sign_i * x_i) == known with lo_i <= x_i <= hi_i, whether each
    unknown x_i is pinned to a single value by the others' bounds (interval reasoning)."""
    ranges = [(s * lo, s * hi) if s > 0 else (s * hi, s * lo) for s, lo, hi in terms]
    out = []
    for i, (s, lo, hi) in enumerate(terms):
        others_lo = sum(r[0] for j, r in enumerate(ranges) if j != i)
        others_hi = sum(r[1] for j, r in enumerate(ranges) if j != i)
        # s * x_i = known - others, so s * x_i lies in [known - others_hi, known - others_lo]
        a, b = known - others_hi, known - others_lo
        xa, xb = (a / s, b / s) if s > 0 else (b / s, a / s)
        out.append(max(lo, xa) >= min(hi, xb))
    return out


def protect(name: str, counts: dict[str, int], order: list[str], t: int, total: int | None = None,
            show_total: bool = True) -> ProtectedTable:
    """Protect one table. ``total`` is the known total the cells add up to (single choice:
    the number of new requests); by default the sum of the cells, shown as the total row."""
    t = clamp_threshold(t)
    keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in order)
    values = {k: int(counts.get(k, 0)) for k in keys}
    total = sum(values.values()) if total is None else int(total)
    primary = [k for k, v in values.items() if 0 < v < t]
    secondary: list[str] = []
    withheld = False
    if primary:
        candidates = sorted((v, k) for k, v in values.items() if v > 0 and k not in primary)

        def unsafe() -> bool:
            hidden = primary + secondary
            hidden_sum = sum(values[k] for k in hidden)
            if hidden_sum < t or len(hidden) < 2:
                return True
            terms = [(1, *bounds(values[k], k in secondary, t)) for k in hidden]
            return any(exposed(terms, hidden_sum))

        while unsafe():
            if not candidates:
                withheld = True
                break
            secondary.append(candidates.pop(0)[1])
    cells = tuple(Cell(k, values[k], k in primary or k in secondary, k in secondary) for k in keys)
    return ProtectedTable(name, cells, total, show_total and not withheld, withheld, t)


def protect_scalar(value: int, t: int) -> str:
    """A lone count (e.g. contacts): hidden as "<t" when 1..t-1."""
    t = clamp_threshold(t)
    return f"<{t}" if 0 < value < t else str(value)


def protect_flow(open_start: int, new: int, closed: int, open_end: int, t: int) -> tuple[str, str, str]:
    """Shown values of (open at start, closed, open at end). They are tied by
    open_start + new - closed == open_end with ``new`` shown: if a small count among them
    could be worked out from the others, both open counts are shown "x" (no bounds)."""
    t = clamp_threshold(t)
    shown = [protect_scalar(v, t) for v in (open_start, closed, open_end)]
    small = [0 < v < t for v in (open_start, closed, open_end)]
    if open_start + new - closed != open_end or not any(small):
        return shown[0], shown[1], shown[2]
    # unknowns: the small ones, with their bounds; the rest are known
    signs = (1, -1, -1)  # open_start - closed - open_end == -new
    known = -new
    terms = []
    for sign, v, is_small in zip(signs, (open_start, closed, open_end), small, strict=True):
        if is_small:
            terms.append((sign, 1, t - 1))
        else:
            known -= sign * v
    if any(exposed(terms, known)):
        shown[0] = shown[2] = SECONDARY
    return shown[0], shown[1], shown[2]
