"""Retention: when each kind of record must be erased, and whether it may be erased yet.

Pure functions. Defaults come from the jurisdiction profile (catalog.json); an
organisation may override the dossier period (``Organisation.retention_years``).

- dossiers: N years after closure (BE 5, NL 1 by default); an open dossier is kept;
- register entries (BE): 5 years after the day they were recorded;
- signals and advice: the organisation's dossier period (N years) after the signal's date;
- own activities: about the confidant, not about requesters; kept.

A dossier that is past its delete-by date is *held back* until the yearly report that
covers its closure was exported (so no report is short of cases it should count), unless
the confidant confirmed erasure for it (``Dossier.erasure_confirmed``). A signal is held
back the same way until the report covering its date was exported (the report counts it);
signals have no confirmation, so exporting that report releases them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vp_desk.domain import rules
from vp_desk.domain.catalog import Profile
from vp_desk.domain.dates import format_day


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


RECORD_DOSSIER = "dossier"
RECORD_REGISTER = "register_entry"
RECORD_SIGNAL = "signal"


def dossier_delete_by(prof: Profile, override_years: int | None, closed: date | None) -> date | None:
    return rules.delete_by(closed, rules.retention_years(prof, override_years))


def signal_delete_by(prof: Profile, override_years: int | None, day: date) -> date:
    """A signal is kept as long as the organisation keeps a closed dossier, from its date."""
    return rules.add_years(day, rules.retention_years(prof, override_years))


def register_delete_by(prof: Profile, registered: date) -> date:
    return rules.register_expiry(prof, registered)


def covered(day: date, periods: Iterable[tuple[date, date]]) -> bool:
    """Whether ``day`` lies in one of the exported report periods (inclusive)."""
    return any(start <= day <= end for start, end in periods)


@dataclass(frozen=True)
class RetentionItem:
    """One record reviewed for erasure. ``reason`` is an English source text marked for
    translation (context "Retention") with ``{placeholders}`` filled from ``params``."""

    record_type: str  # RECORD_DOSSIER | RECORD_REGISTER | RECORD_SIGNAL
    record_id: int
    org_id: int
    label: str  # pseudonym, "no. 12" or a signal's addressee key: what the confidant recognises, on screen only
    delete_by: date
    due: bool  # may be erased now
    held_back: bool  # past its date, but the report covering it was not exported
    reason: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, translate=None) -> str:
        text = translate("Retention", self.reason) if translate else self.reason
        try:
            return text.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return text


def review_dossier(record_id: int, org_id: int, label: str, closed: date | None, delete_by: date | None,
                   confirmed: bool, periods: Iterable[tuple[date, date]], today: date) -> RetentionItem | None:
    """The review line for a closed dossier past its delete-by date (None otherwise)."""
    if closed is None or delete_by is None or delete_by > today:
        return None
    periods = list(periods)
    base = (("delete_by", format_day(delete_by)), ("closed", format_day(closed)), ("year", closed.year))
    if covered(closed, periods):
        return RetentionItem(RECORD_DOSSIER, record_id, org_id, label, delete_by, True, False, QT_TRANSLATE_NOOP(
            "Retention", "Closed on {closed}; to be erased since {delete_by}. The yearly report for {year} "
            "was exported, so it has been counted."), base)
    if confirmed:
        return RetentionItem(RECORD_DOSSIER, record_id, org_id, label, delete_by, True, False, QT_TRANSLATE_NOOP(
            "Retention", "Closed on {closed}; to be erased since {delete_by}. You confirmed it may be erased "
            "although the yearly report for {year} was not exported."), base)
    return RetentionItem(RECORD_DOSSIER, record_id, org_id, label, delete_by, False, True, QT_TRANSLATE_NOOP(
        "Retention", "Held back: to be erased since {delete_by}, but the yearly report for {year} was not "
        "exported yet, so it would be missing from that report. Export the report, or confirm erasure."), base)


def review_register(record_id: int, org_id: int, seq: int, registered: date, delete_by: date,
                    today: date, years: int = 5) -> RetentionItem | None:
    """Register entries expire 5 years after registration, whatever was reported."""
    if delete_by > today:
        return None
    return RetentionItem(RECORD_REGISTER, record_id, org_id, str(seq), delete_by, True, False, QT_TRANSLATE_NOOP(
        "Retention", "Register entry no. {seq}, recorded on {registered}: kept {years} years, expired on {delete_by}."),
        (("seq", seq), ("years", years), ("registered", format_day(registered)), ("delete_by", format_day(delete_by))))


def review_signal(record_id: int, org_id: int, addressee: str, day: date, delete_by: date,
                  periods: Iterable[tuple[date, date]], today: date) -> RetentionItem | None:
    """The review line for a signal past its delete-by date (None otherwise); held back
    until the report covering its date was exported. ``addressee`` is the catalog key."""
    if delete_by > today:
        return None
    params = (("day", format_day(day)), ("delete_by", format_day(delete_by)), ("year", day.year),
              ("date", day.isoformat()))
    if covered(day, periods):
        return RetentionItem(RECORD_SIGNAL, record_id, org_id, addressee, delete_by, True, False, QT_TRANSLATE_NOOP(
            "Retention", "Signal or advice of {day}; to be erased since {delete_by}. The yearly report for {year} "
            "was exported, so it has been counted."), params)
    return RetentionItem(RECORD_SIGNAL, record_id, org_id, addressee, delete_by, False, True, QT_TRANSLATE_NOOP(
        "Retention", "Held back: this signal or advice of {day} is to be erased since {delete_by}, but the yearly "
        "report for {year} was not exported yet, so it would be missing from that report. Export that report "
        "first."), params)
