"""The one way VP Desk writes a day for people: ``dd-mm-yyyy`` (screens and reports)."""

from __future__ import annotations

from datetime import date


def format_day(day: date | None) -> str:
    """``23-11-2026``; empty for no date."""
    return day.strftime("%d-%m-%Y") if day else ""


def format_span(start: date, end: date) -> str:
    """``01-09-2025 – 31-08-2026`` (an en dash between the two days)."""
    return f"{format_day(start)} \u2013 {format_day(end)}"


def day_params(params: dict[str, object]) -> dict[str, object]:
    """A message's ``params`` with every date written by :func:`format_day`: messages
    (validation, errors, questions) show days as the screens do, never as ISO."""
    return {k: format_day(v) if isinstance(v, date) else v for k, v in params.items()}
