"""The confidant's own activity as the report publishes it: training, intervisie and
prevention work (count and hours), and the signals and advice given (per addressee kind,
asked or not). About the confidant, not about requesters: shown exactly, outside the
audit's reader model (``reader.add_release`` skips the ``own`` and ``signals`` keys)."""

from __future__ import annotations

from collections.abc import Iterable

from vp_desk.report.figures import YearFigures


def own_values(figs: Iterable[YearFigures]) -> dict[str, str]:
    hours: dict[str, float] = {}
    count: dict[str, int] = {}
    for f in figs:
        for k, h in f.own_hours.items():
            hours[k] = hours.get(k, 0.0) + h
        for k, n in f.own_count.items():
            count[k] = count.get(k, 0) + n
    out = {}
    for k in count:
        out[f"own.{k}.count"] = str(count[k])
        out[f"own.{k}.hours"] = f"{hours.get(k, 0.0):.1f}"
    return out


def signal_values(figs: Iterable[YearFigures]) -> dict[str, str]:
    """Signals and advice given in the period, exactly: the confidant's own activity (how
    often the confidant spoke to management, the works council or the prevention adviser),
    not a count of requests or requesters, so no threshold applies and the audit's reader
    model leaves them out (``reader.add_release``)."""
    to: dict[str, int] = {}
    asked = 0
    for f in figs:
        for k, n in f.signals.items():
            to[k] = to.get(k, 0) + n
        asked += f.signals_asked
    total = sum(to.values())
    out = {"signals.total": str(total), "signals.asked": str(asked), "signals.unasked": str(total - asked)}
    out.update({f"signals.to.{k}": str(n) for k, n in to.items() if n})
    return out
