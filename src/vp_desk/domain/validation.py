"""Validation that returns messages, never raises into the UI.

Message texts are English source strings marked for Qt's lupdate with
``QT_TRANSLATE_NOOP("Validation", ...)``; the UI translates them with
``QCoreApplication.translate("Validation", text)`` and fills ``{placeholders}``.
This module stays free of Qt: the marker below is a plain identity function.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from vp_desk.domain import rules
from vp_desk.domain.catalog import Profile
from vp_desk.domain.dates import day_params
from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    Intervention,
    Organisation,
    PaperDocument,
    Referral,
)

MAX_NOTE_CHARS = 100_000
MAX_SHORT_CHARS = 200
MAX_MINUTES = 24 * 60


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


@dataclass(frozen=True)
class Message:
    field: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, translate=None) -> str:
        """The text in the user's language; a date among the params is written as every
        screen writes it (``dd-mm-yyyy``, :func:`format_day`), never as ISO."""
        t = translate("Validation", self.text) if translate else self.text
        try:
            return t.format(**day_params(self.params))
        except (KeyError, IndexError, ValueError):
            return t


def _text_problems(name: str, value: str | None, limit: int) -> list[Message]:
    if value is None:
        return []
    out: list[Message] = []
    if len(value) > limit:
        out.append(Message(name, QT_TRANSLATE_NOOP(
            "Validation", "This text is too long ({length} characters; at most {limit}). "
            "Nothing was saved: shorten it and save again."), {"length": len(value), "limit": limit}))
    if "\x00" in value:
        out.append(Message(name, QT_TRANSLATE_NOOP(
            "Validation", "This text contains an invalid control character.")))
    return out


BEFORE_DOSSIER = QT_TRANSLATE_NOOP("Validation", "The date lies before the start of the dossier ({start}).")


def _date_problems(name: str, day: date | None, today: date, not_before: date | None = None,
                   required: bool = True, before_text: str = BEFORE_DOSSIER) -> list[Message]:
    if day is None:
        return [Message(name, QT_TRANSLATE_NOOP("Validation", "Please enter a date."))] if required else []
    if day > today:
        return [Message(name, QT_TRANSLATE_NOOP("Validation", "The date lies in the future."))]
    if not_before is not None and day < not_before:
        return [Message(name, before_text, {"start": not_before})]
    return []


def _choice_problems(name: str, value: str | None, allowed: Iterable[str], required: bool = True) -> list[Message]:
    if value is None or value == "":
        return [Message(name, QT_TRANSLATE_NOOP("Validation", "Please make a choice."))] if required else []
    if value not in set(allowed):
        return [Message(name, QT_TRANSLATE_NOOP("Validation", "This choice is not valid for the organisation's profile."))]
    return []


def validate_organisation(org: Organisation, existing_names: Iterable[str] = ()) -> list[Message]:
    out: list[Message] = []
    name = (org.name or "").strip()
    if not name:
        out.append(Message("name", QT_TRANSLATE_NOOP("Validation", "Please enter a name.")))
    elif name.casefold() in {n.casefold() for n in existing_names}:
        out.append(Message("name", QT_TRANSLATE_NOOP("Validation", "An organisation with this name already exists.")))
    out += _text_problems("name", org.name, MAX_SHORT_CHARS)
    if org.profile not in ("BE", "NL"):
        out.append(Message("profile", QT_TRANSLATE_NOOP("Validation", "Please choose Belgium or the Netherlands.")))
    if org.retention_years is not None and not 0 <= org.retention_years <= 30:
        out.append(Message("retention_years", QT_TRANSLATE_NOOP("Validation", "The retention period must be between 0 and 30 years.")))
    return out


def dossier_start(d: Dossier) -> date:
    return min(x for x in (d.request_date, d.intake_date) if x is not None)


def validate_dossier(d: Dossier, profile: Profile, today: date) -> list[Message]:
    out: list[Message] = []
    code = (d.code or "").strip()
    if not code:
        out.append(Message("code", QT_TRANSLATE_NOOP("Validation", "Please enter a pseudonym or code.")))
    out += _text_problems("code", d.code, MAX_SHORT_CHARS)
    out += _text_problems("real_name", d.real_name, MAX_SHORT_CHARS)
    out += _date_problems("request_date", d.request_date, today)
    out += _date_problems("intake_date", d.intake_date, today, d.request_date, required=False)
    out += _choice_problems("channel", d.channel, profile.keys("channels"))
    out += _choice_problems("sphere", d.sphere, profile.keys("spheres"))
    out += _choice_problems("relation", d.relation, profile.keys("relations"))
    out += _choice_problems("gender", d.gender, profile.keys("genders"), required=False)
    out += _choice_problems("age_band", d.age_band, profile.keys("age_bands"), required=False)
    out += _choice_problems("role", d.role, profile.keys("roles"), required=False)
    if not d.themes:
        out.append(Message("themes", QT_TRANSLATE_NOOP("Validation", "Choose at least one theme.")))
    elif set(d.themes) - set(profile.keys("themes")):
        out.append(Message("themes", QT_TRANSLATE_NOOP("Validation", "This choice is not valid for the organisation's profile.")))
    out += _choice_problems("requester", d.requester, profile.keys("requester_positions"), required=False)
    if set(d.domains) - set(profile.keys("risk_domains")):
        out.append(Message("domains", QT_TRANSLATE_NOOP("Validation", "This choice is not valid for the organisation's profile.")))
    out += _text_problems("intake_notes", d.intake_notes, MAX_NOTE_CHARS)
    return out


def validate_contact(c: Contact, dossier: Dossier, profile: Profile, today: date) -> list[Message]:
    out = _date_problems("date", c.date, today, dossier_start(dossier))
    out += _choice_problems("kind", c.kind, profile.keys("contact_kinds"))
    if not isinstance(c.minutes, int) or not 0 <= c.minutes <= MAX_MINUTES:
        out.append(Message("minutes", QT_TRANSLATE_NOOP("Validation", "The duration must be between 0 and {max} minutes."), {"max": MAX_MINUTES}))
    out += _text_problems("notes", c.notes, MAX_NOTE_CHARS)
    return out


def validate_consent(c: Consent, dossier: Dossier, profile: Profile, today: date) -> list[Message]:
    out = _date_problems("given_date", c.given_date, today, dossier_start(dossier))
    out += _choice_problems("scope", c.scope, profile.keys("consent_scopes"))
    if c.withdrawn_date is not None:
        out += _date_problems("withdrawn_date", c.withdrawn_date, today, c.given_date)
    out += _text_problems("description", c.description, MAX_NOTE_CHARS)
    return out


def validate_intervention(i: Intervention, dossier: Dossier, profile: Profile,
                          consents: Iterable[Consent], today: date) -> list[Message]:
    consents = list(consents)
    out = _date_problems("date", i.date, today, dossier_start(dossier))
    out += _choice_problems("type", i.type, profile.keys("intervention_types"))
    if not out and rules.needs_consent(profile, i.type):
        scope = rules.consent_scope_for(i.type)
        if rules.active_consent(consents, scope, i.date) is None:
            out.append(Message("consent", QT_TRANSLATE_NOOP(
                "Validation", "This intervention involves a third person: it can only be saved "
                "once the requester's consent for it is recorded (and not withdrawn) on that date.")))
        if rules.needs_other_party(profile, i.type) and not i.other_party_agreed:
            out.append(Message("other_party_agreed", QT_TRANSLATE_NOOP(
                "Validation", "A reconciliation needs the agreement of both parties: record that "
                "the other party agreed.")))
    out += _text_problems("notes", i.notes, MAX_NOTE_CHARS)
    return out


def validate_referral(r: Referral, dossier: Dossier, profile: Profile,
                      consents: Iterable[Consent], today: date) -> list[Message]:
    """Consent is needed only when the confidant contacts or informs the destination
    (``confidant_contacts``); advice the requester acts on alone needs none."""
    out = _date_problems("date", r.date, today, dossier_start(dossier))
    out += _choice_problems("destination", r.destination, profile.keys("referral_destinations"))
    if not out and r.confidant_contacts and rules.active_consent(consents, "referral", r.date) is None:
        out.append(Message("consent", QT_TRANSLATE_NOOP(
            "Validation", "You contact or inform the destination of this referral: it can only be "
            "saved once the requester's consent for a referral is recorded (and not withdrawn) on "
            "that date. Advice the requester acts on alone needs no consent.")))
    out += _text_problems("outcome", r.outcome, MAX_NOTE_CHARS)
    out += _text_problems("notes", r.notes, MAX_NOTE_CHARS)
    return out


def validate_closure(dossier: Dossier, closed: date | None, outcome: str | None,
                     profile: Profile, today: date) -> list[Message]:
    out = _date_problems("closed_date", closed, today, dossier_start(dossier))
    out += _choice_problems("outcome", outcome, profile.keys("outcomes"))
    return out


PAPER_KINDS = ("request_informal", "confirmation_interview")


def validate_paper(p: PaperDocument, intervention_types: Iterable[str], today: date,
                   dossier_started: date) -> list[Message]:
    """A paper document signed by the requester (BE forms): the date lies within the dossier,
    the kind is known and an informal-intervention request names its type."""
    out = _date_problems("signed_date", p.signed_date, today, dossier_started)
    if p.kind not in PAPER_KINDS:
        out.append(Message("kind", QT_TRANSLATE_NOOP("Validation", "Please make a choice.")))
    if p.kind == "request_informal":
        out += _choice_problems("intervention_type", p.intervention_type, intervention_types)
    return out
