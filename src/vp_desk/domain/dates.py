"""The one way VP Desk writes a day for people: ``dd-mm-yyyy`` (screens and reports), and
the one way it writes a decimal on screen (``3,5`` in Dutch and French, ``3.5`` in English:
the separator follows the UI language, set by ``vp_desk.i18n.install``)."""

from __future__ import annotations

from datetime import date


def format_day(day: date | None) -> str:
    """``23-11-2026``; empty for no date."""
    return day.strftime("%d-%m-%Y") if day else ""


def format_span(start: date, end: date) -> str:
    """``01-09-2025 – 31-08-2026`` (an en dash between the two days)."""
    return f"{format_day(start)} \u2013 {format_day(end)}"


_decimal_separator = ","


def set_decimal_separator(sep: str) -> None:
    """The UI language's decimal separator ("," or ".")."""
    global _decimal_separator
    _decimal_separator = sep


def format_number(value: float) -> str:
    """``3,5`` / ``3.5`` (the UI language's separator); whole numbers without decimals."""
    return f"{value:g}".replace(".", _decimal_separator)


def day_params(params: dict[str, object]) -> dict[str, object]:
    """A message's ``params`` with every date written by :func:`format_day` and every
    decimal by :func:`format_number`: messages (validation, errors, questions) show days and
    hours as the screens do, never as ISO or with a foreign decimal point."""
    return {k: format_day(v) if isinstance(v, date) else format_number(v) if isinstance(v, float) else v
            for k, v in params.items()}
