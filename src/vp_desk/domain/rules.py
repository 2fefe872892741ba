"""Deadlines and periods the law and the profession ask for. Pure functions on dates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from vp_desk.domain.catalog import Profile, Rule
from vp_desk.domain.models import Consent, ConsentParty, Dossier


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def first_hearing_deadline(profile: Profile, request_date: date) -> date | None:
    """BE: the confidant hears the worker within 10 calendar days of the request."""
    if profile.first_hearing_days is None:
        return None
    return request_date + timedelta(days=profile.first_hearing_days)


def retention_years(profile: Profile, override: int | None = None) -> int:
    return profile.retention_years_after_closure if override is None else override


def delete_by(closed_date: date | None, years: int) -> date | None:
    """Erasure date of a closed dossier; an open dossier has none."""
    if closed_date is None:
        return None
    return add_years(closed_date, years)


def register_expiry(profile: Profile, registered: date) -> date:
    """BE register of third-party facts: kept 5 years from the day it was recorded."""
    return add_years(registered, profile.register_retention_years)


def basic_training_due(appointment: date) -> date:
    """The 5-day basic training is completed within 2 years of the appointment."""
    return add_years(appointment, 2)


def intervisie_done(year: int, intervisie_days: Iterable[tuple[date, float]]) -> float:
    """Hours of intervisie in a calendar year (at least one day = 7 hours is expected)."""
    return sum(hours for day, hours in intervisie_days if day.year == year)


INTERVISIE_HOURS_PER_YEAR = 7.0


def rule_on(profile: Profile, key: str, switches: Mapping[str, bool] | None = None) -> bool:
    """Whether the catalog rule ``key`` applies to an organisation of ``profile``: a rule of
    another profile never does, a law always does, a practice as the organisation's switch
    (``switches``) says, else as the catalog's default."""
    rule = profile.rule(key)
    if rule is None:
        return False
    if not rule.switchable:
        return True
    return bool((switches or {}).get(key, rule.default))


def paps_support_mandatory(profile: Profile, dossier: Dossier, switches: Mapping[str, bool] | None = None) -> bool:
    """Practice of the Flemish government (GDPB, seed 004), BE only and switchable per
    organisation: for unwanted sexual behaviour, cases involving a department head or senior
    official, and group problems, support by the PAPS is mandatory."""
    if not rule_on(profile, "paps_support", switches):
        return False
    mandatory_themes = {i.key for i in profile.items("themes") if i.flag("paps_mandatory")}
    return bool(mandatory_themes & set(dossier.themes)) or dossier.senior_involved or dossier.group_problem


def needs_consent(profile: Profile, intervention_type: str) -> bool:
    item = profile.item("intervention_types", intervention_type)
    return bool(item and item.flag("third_party"))


def needs_other_party(profile: Profile, intervention_type: str) -> bool:
    item = profile.item("intervention_types", intervention_type)
    return bool(item and item.flag("both_parties"))


def consent_scope_for(intervention_type: str) -> str:
    return "reconciliation" if intervention_type == "reconciliation" else "intervention_other"


def active_consent(consents: Iterable[Consent], scope: str, on: date,
                   party: ConsentParty = ConsentParty.REQUESTER) -> Consent | None:
    """The requester's consent for ``scope`` that is in force on ``on``, if any."""
    for c in consents:
        if c.scope == scope and c.given_by == party and c.active_on(on):
            return c
    return None


@dataclass(frozen=True)
class DueItem:
    kind: str  # "first_hearing" | "paps_support" | "long_open" | ...
    dossier_id: int | None
    due: date | None
    overdue: bool
    rule: Rule | None = None  # the catalog rule behind it (its source is shown), None for a user setting
