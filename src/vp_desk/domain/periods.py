"""Reporting periods: the only periods a report may cover.

Each organisation reports per *reporting year* of its own calendar: the calendar year by
default, or a year that starts in a chosen month (a school year from September, a
contract year). A report covers exactly one reporting year, or a multi-year summary of 2
to 5 consecutive whole years for small employers. Arbitrary day ranges are never offered:
two overlapping ranges differ by a handful of requesters, and subtracting them would point
at people (domain.md, "What may leave the vault").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

MIN_SUMMARY, MAX_SUMMARY = 2, 5
FIRST_YEAR, LAST_YEAR = 1990, 2100


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date  # inclusive


@dataclass(frozen=True)
class ReportingCalendar:
    start_month: int = 1

    def __post_init__(self) -> None:
        if not 1 <= int(self.start_month) <= 12:
            raise ValueError(f"a reporting year starts in month 1..12, not {self.start_month}")

    def period(self, year: int) -> Period:
        """The reporting year that starts in ``year``."""
        start = date(year, self.start_month, 1)
        return Period(start, date(year + 1, self.start_month, 1) - timedelta(days=1))

    def year_of(self, day: date) -> int:
        """The reporting year (named by the year it starts in) that holds ``day``."""
        return day.year if day.month >= self.start_month else day.year - 1

    def summary(self, first_year: int, count: int) -> Period:
        if not MIN_SUMMARY <= count <= MAX_SUMMARY:
            raise ValueError(f"a summary covers {MIN_SUMMARY} to {MAX_SUMMARY} reporting years")
        return Period(self.period(first_year).start, self.period(first_year + count - 1).end)

    def base_years(self, period: Period) -> list[int]:
        """The reporting years a period is made of (it must be whole years)."""
        first, last = self.year_of(period.start), self.year_of(period.end)
        if self.period(first).start != period.start or self.period(last).end != period.end:
            raise ValueError("not a whole number of reporting years")
        return list(range(first, last + 1))

    def match(self, start: date, end: date) -> Period | None:
        """The period when ``start``..``end`` is exactly one reporting year or a summary of
        2..5 of them; otherwise None."""
        try:
            years = self.base_years(Period(start, end))
        except ValueError:
            return None
        if not years or len(years) > MAX_SUMMARY or years[0] < FIRST_YEAR or years[-1] > LAST_YEAR:
            return None
        return Period(start, end)

    def label(self, period: Period) -> str:
        """"2025", "2025–2026" (a reporting year from another month) or "2021–2025" (a summary)."""
        years = self.base_years(period)
        if self.start_month == 1:
            return str(years[0]) if len(years) == 1 else f"{years[0]}\u2013{years[-1]}"
        return f"{years[0]}\u2013{years[-1] + 1}"

    def is_single(self, period: Period) -> bool:
        return len(self.base_years(period)) == 1
