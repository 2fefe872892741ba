"""Aftercare, crisis and the paper trail of a dossier (issue 15). Pure functions.

- **Aftercare** ("nazorg", seed 001: "Ook bied ik nazorg"): a follow-up date on an open or
  closed dossier; from that day on it is a due item until the confidant removes it.
- **Crisis**: a theme flagged ``crisis`` in the catalog (BE: zelfdoding(sgedachten)) shows a
  calm card with the national help lines and the organisation's own crisis procedure
  (seed 000: "Zo weet iedereen wat te doen als zich een mentale crisis voordoet"), as the
  practice rule ``crisis_procedure`` of the profile says. Nothing is sent or dialled.
- **Paper trail** (BE, rule ``signed_request``): every informal psychosocial intervention
  type the requester chose (conversation, intervention with another person, reconciliation)
  needs a dated request signed by the confidant and the requester.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from vp_desk.domain import rules
from vp_desk.domain.catalog import Item, Profile, profile
from vp_desk.domain.models import Dossier, Intervention, PaperDocument
from vp_desk.domain.validation import (
    BEFORE_DOSSIER,
    QT_TRANSLATE_NOOP,
    Message,
    _text_problems,
    dossier_start,
)

AFTERCARE = "aftercare"
MAX_CRISIS_STEPS = 20
MAX_STEP_CHARS = 300
MAX_AFTERCARE_YEARS = 5


# -- aftercare ----------------------------------------------------------------------
def validate_aftercare(day: date | None, dossier: Dossier) -> list[Message]:
    """A follow-up date lies on or after the start of the dossier and within five years (it
    is a plan, so it may lie in the future)."""
    if day is None:
        return []
    start = dossier_start(dossier)
    if day < start:
        return [Message("aftercare_date", BEFORE_DOSSIER, {"start": start})]
    if day > rules.add_years(max(start, dossier.closed_date or start), MAX_AFTERCARE_YEARS):
        return [Message("aftercare_date", QT_TRANSLATE_NOOP(
            "Validation", "Choose an aftercare date within {years} years."), {"years": MAX_AFTERCARE_YEARS})]
    return []


def aftercare_due(planned: Iterable[tuple[int, date]], today: date) -> list[rules.DueItem]:
    """Due items for the follow-up dates (dossier id, date) that have come: on the day
    itself it is due, after it overdue."""
    return [rules.DueItem(AFTERCARE, dossier_id, day, day < today)
            for dossier_id, day in planned if day <= today]


# -- crisis -------------------------------------------------------------------------
def crisis_card_due(prof: Profile, themes: Iterable[str], switches: Mapping[str, bool] | None = None) -> bool:
    """Whether a dossier with ``themes`` shows the crisis card: a theme flagged ``crisis`` in
    the profile's catalog, and the practice rule ``crisis_procedure`` not switched off."""
    if not rules.rule_on(prof, "crisis_procedure", switches):
        return False
    flagged = {i.key for i in prof.items("themes") if i.flag("crisis")}
    return bool(flagged & set(themes))


def crisis_lines(profile_code: str) -> list[tuple[str, Item]]:
    """The national help lines as (country code, line), the organisation's country first:
    a requester may live across the border."""
    codes = [profile_code] + [c for c in ("BE", "NL") if c != profile_code]
    return [(c, line) for c in codes for line in profile(c).items("crisis_lines")]


def crisis_steps(text: str | None) -> list[str]:
    """The steps of an organisation's crisis procedure: one per non-empty line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def validate_crisis_steps(text: str) -> list[Message]:
    out = _text_problems("crisis_steps", text, MAX_CRISIS_STEPS * (MAX_STEP_CHARS + 1))
    steps = crisis_steps(text)
    if len(steps) > MAX_CRISIS_STEPS:
        out.append(Message("crisis_steps", QT_TRANSLATE_NOOP(
            "Validation", "At most {max} steps, one per line."), {"max": MAX_CRISIS_STEPS}))
    if any(len(s) > MAX_STEP_CHARS for s in steps):
        out.append(Message("crisis_steps", QT_TRANSLATE_NOOP(
            "Validation", "A step is longer than {max} characters: split it over two lines."),
            {"max": MAX_STEP_CHARS}))
    return out


# -- the paper trail (BE) -------------------------------------------------------------
def missing_signed_requests(prof: Profile, interventions: Iterable[Intervention],
                            papers: Iterable[PaperDocument]) -> list[Intervention]:
    """Interventions whose type has no signed "request for an informal psychosocial
    intervention" of that type (every type, not only those with a third person); none where
    the profile has no such rule (NL)."""
    if prof.rule("signed_request") is None:
        return []
    signed = {p.intervention_type for p in papers if p.kind == "request_informal"}
    return [i for i in interventions if i.type not in signed]
