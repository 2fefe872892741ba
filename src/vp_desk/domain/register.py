"""Register of facts by third parties (BE): validation and the numbering rule. Pure.

Numbering rule (shown in the register window):
- every entry of an organisation gets the next number (highest number ever given + 1);
- numbers are never changed and never given twice while entries after them exist;
- an entry can be deleted only if it is the last one (correcting a mistake: its number
  is given again to the next entry, so the sequence has no gap), or when it expires
  5 years after registration (then the oldest numbers go first);
- an entry's registration date stays between its neighbours', so numbers follow dates.
"""

from __future__ import annotations

from datetime import date

from vp_desk.domain.catalog import Profile
from vp_desk.domain.models import RegisterEntry
from vp_desk.domain.validation import (
    MAX_NOTE_CHARS,
    MAX_SHORT_CHARS,
    QT_TRANSLATE_NOOP,
    Message,
    _date_problems,
    _text_problems,
)


def validate_register_entry(e: RegisterEntry, prof: Profile, today: date,
                            earliest: date | None = None, latest: date | None = None) -> list[Message]:
    """``earliest``/``latest``: registration dates of the neighbouring entries."""
    out: list[Message] = []
    if not prof.has_register:
        out.append(Message("org", QT_TRANSLATE_NOOP(
            "Validation", "The register of facts by third parties exists only for Belgian organisations.")))
        return out
    out += _date_problems("registered_date", e.registered_date, today)
    if not out and earliest is not None and e.registered_date < earliest:
        out.append(Message("registered_date", QT_TRANSLATE_NOOP(
            "Validation", "The registration date cannot lie before that of the previous entry ({date}): "
            "numbers follow the order of registration."), {"date": earliest}))
    if not out and latest is not None and e.registered_date > latest:
        out.append(Message("registered_date", QT_TRANSLATE_NOOP(
            "Validation", "The registration date cannot lie after that of the next entry ({date})."),
            {"date": latest}))
    out += _date_problems("facts_from", e.facts_from, today)
    if e.facts_to is not None:
        out += _date_problems("facts_to", e.facts_to, today, e.facts_from, before_text=QT_TRANSLATE_NOOP(
            "Validation", "The facts cannot end before they started ({start})."))
    if e.facts_from is not None and e.registered_date is not None and e.facts_from > e.registered_date:
        out.append(Message("facts_from", QT_TRANSLATE_NOOP(
            "Validation", "The facts cannot start after the day they were registered.")))
    if not e.types:
        out.append(Message("types", QT_TRANSLATE_NOOP("Validation", "Choose at least one type.")))
    elif set(e.types) - set(prof.keys("register_types")):
        out.append(Message("types", QT_TRANSLATE_NOOP(
            "Validation", "This choice is not valid for the organisation's profile.")))
    if e.third_party_capacity not in prof.keys("third_party_capacities"):
        out.append(Message("third_party_capacity", QT_TRANSLATE_NOOP("Validation", "Please make a choice.")))
    if (e.worker_identity or "").strip() and not e.worker_consent:
        out.append(Message("worker_identity", QT_TRANSLATE_NOOP(
            "Validation", "The worker's identity may be recorded only with the worker's consent.")))
    out += _text_problems("place", e.place, MAX_SHORT_CHARS)
    out += _text_problems("worker_identity", e.worker_identity, MAX_SHORT_CHARS)
    if not (e.description or "").strip():
        out.append(Message("description", QT_TRANSLATE_NOOP("Validation", "Please describe the facts.")))
    for name in ("description", "measures", "follow_up"):
        out += _text_problems(name, getattr(e, name), MAX_NOTE_CHARS)
    return out
