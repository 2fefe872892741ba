"""Use-cases of the dossier screens on top of :class:`DeskService`: the timeline of one
dossier, deleting its records, reopening with a checked date, referrals that involve the
PAPS, the due-items setting and the forms' drafts. Nothing here imports Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date

from vp_desk.domain import care, rules
from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    Intervention,
    Referral,
    Status,
    StatusEvent,
)
from vp_desk.domain.validation import MAX_NOTE_CHARS, QT_TRANSLATE_NOOP, Message, dossier_start
from vp_desk.settings import VaultKey
from vp_desk.storage import care as care_store
from vp_desk.usecases.desk import DeskService, Invalid

LONG_OPEN_SETTING = VaultKey.LONG_OPEN_DAYS
DEFAULT_LONG_OPEN_DAYS = 180

# Record kinds that can be deleted from the timeline.
DELETABLE = frozenset({"contact", "consent", "intervention", "referral"})

# Record forms whose typed notes are kept as drafts (besides the intake).
DRAFT_KINDS = frozenset({"contact", "intervention"})


@dataclass
class DossierRecords:
    """Everything recorded in one dossier, read in one go for the dossier view."""

    dossier: Dossier
    contacts: list[Contact] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    events: list[StatusEvent] = field(default_factory=list)
    aftercare: date | None = None  # the planned follow-up conversation ("nazorg")


class DossierFlow:
    def __init__(self, service: DeskService) -> None:
        self.service = service
        self._repo = service.repo

    # -- reading ------------------------------------------------------------------
    def records(self, dossier_id: int) -> DossierRecords:
        r = self._repo
        return DossierRecords(r.dossier(dossier_id), r.contacts(dossier_id), r.consents(dossier_id),
                              r.interventions(dossier_id), r.referrals(dossier_id),
                              r.status_events(dossier_id), care_store.aftercare_date(self.service.vault, dossier_id))

    def consent_for(self, dossier_id: int, scope: str, on: date) -> Consent | None:
        """The requester's consent for ``scope`` in force on ``on``."""
        return rules.active_consent(self._repo.consents(dossier_id), scope, on)

    # -- writing ------------------------------------------------------------------
    def save_referral(self, r: Referral) -> int:
        """Save a referral; a referral to the PAPS (BE) that the confidant makes (contacting
        or informing the PAPS) means the PAPS is now involved, which settles the "PAPS support
        mandatory" reminder; advice to go to the PAPS alone does not involve it yet."""
        with self.service.vault.transaction():
            rid = self.service.save_referral(r)
            d = self._repo.dossier(r.dossier_id)
            if r.destination == "paps" and r.confidant_contacts and not d.paps_involved:
                d.paps_involved = True
                self._repo.save_dossier(d)
        return rid

    def close(self, dossier_id: int, closed: date, outcome: str | None, note: str = "",
              aftercare: date | None = None, set_aftercare: bool = False) -> None:
        """Close with the service's checks, plus the closing note's length; with
        ``set_aftercare`` the follow-up conversation becomes ``aftercare`` (None: none) in
        the same transaction."""
        msgs = []
        if len(note) > MAX_NOTE_CHARS:
            msgs.append(Message("closure_note", QT_TRANSLATE_NOOP(
                "Validation", "This text is too long ({length} characters; at most {limit}). "
                "Nothing was saved: shorten it and save again."), {"length": len(note), "limit": MAX_NOTE_CHARS}))
        d = self._repo.dossier(dossier_id)
        msgs += care.validate_aftercare(aftercare, replace(d, closed_date=closed))
        if msgs:
            raise Invalid(msgs)
        with self.service.vault.transaction():
            self.service.close_dossier(dossier_id, closed, outcome, note)
            if set_aftercare:
                care_store.set_aftercare_date(self.service.vault, dossier_id, aftercare)

    def reopen(self, dossier_id: int, day: date) -> None:
        d = self._repo.dossier(dossier_id)
        msgs: list[Message] = []
        if day > self.service.today():
            msgs.append(Message("reopen_date", QT_TRANSLATE_NOOP("Validation", "The date lies in the future.")))
        elif d.closed_date is not None and day < d.closed_date:
            msgs.append(Message("reopen_date", QT_TRANSLATE_NOOP(
                "Validation", "A dossier cannot be reopened before it was closed ({closed})."),
                {"closed": d.closed_date}))
        if msgs:
            raise Invalid(msgs)
        self.service.reopen_dossier(dossier_id, day)

    def delete_record(self, kind: str, record_id: int) -> None:
        if kind not in DELETABLE:
            raise Invalid([Message("kind", QT_TRANSLATE_NOOP(
                "Validation", "The intake, closures and reopenings are the history of the dossier "
                "and cannot be deleted."))])
        if kind == "consent" and self._repo.consent_in_use(record_id):
            raise Invalid([Message("consent", QT_TRANSLATE_NOOP(
                "Validation", "This consent is the basis of a recorded intervention or referral and "
                "cannot be deleted. Record its withdrawal instead: the history is kept."))])
        self._repo.delete(kind, record_id)

    # -- retention preview --------------------------------------------------------
    def delete_by_if_closed(self, d: Dossier, closed: date) -> date | None:
        return self.service.delete_by(replace(d, closed_date=closed, status=Status.CLOSED))

    def first_hearing_deadline(self, d: Dossier) -> date | None:
        return rules.first_hearing_deadline(self.service.profile_of(d.org_id), d.request_date)

    def paps_reminder(self, d: Dossier) -> bool:
        return rules.paps_support_mandatory(self.service.profile_of(d.org_id), d,
                                            self.service.rule_switches(d.org_id)) and not d.paps_involved

    def start_of(self, d: Dossier) -> date:
        return dossier_start(d)

    # -- due items ----------------------------------------------------------------
    def long_open_days(self) -> int:
        raw = self._repo.get_setting(LONG_OPEN_SETTING)
        try:
            value = int(raw) if raw is not None else DEFAULT_LONG_OPEN_DAYS
        except ValueError:
            value = DEFAULT_LONG_OPEN_DAYS
        return max(1, value)

    def set_long_open_days(self, days: int) -> None:
        if not 1 <= days <= 3650:
            raise Invalid([Message("long_open_days", QT_TRANSLATE_NOOP(
                "Validation", "Choose a number of days between 1 and 3650."))])
        self._repo.set_setting(LONG_OPEN_SETTING, str(days))

    def due_items(self, org_id: int | None = None) -> list[rules.DueItem]:
        """The rules' due items and the aftercare conversations whose date has come."""
        today = self.service.today()
        planned = care_store.aftercare_until(self.service.vault, today, org_id)
        items = self.service.due_items(org_id, self.long_open_days()) + care.aftercare_due(planned, today)
        return sorted(items, key=lambda i: (not i.overdue, i.due or date.max, i.dossier_id or 0))

    # -- drafts of the forms (inside the vault) -------------------------------------
    @staticmethod
    def draft_key(dossier_id: int | None, kind: str = "intake", record_id: int | None = None) -> str:
        """The intake's draft is ``intake:new`` or ``intake:<dossier>``; a record form's
        (contact, intervention) is ``<kind>:<dossier>:new`` or ``<kind>:<dossier>:<record>``,
        so that erasing a dossier finds its drafts."""
        if kind == "intake":
            return "intake:new" if dossier_id is None else f"intake:{dossier_id}"
        if kind not in DRAFT_KINDS or dossier_id is None:
            raise ValueError(kind)
        return f"{kind}:{dossier_id}:{'new' if record_id is None else record_id}"

    def save_draft(self, dossier_id: int | None, state: dict, kind: str = "intake",
                   record_id: int | None = None) -> None:
        self._repo.save_draft(self.draft_key(dossier_id, kind, record_id), json.dumps(state, ensure_ascii=False))

    def load_draft(self, dossier_id: int | None, kind: str = "intake", record_id: int | None = None) -> dict | None:
        raw = self._repo.get_draft(self.draft_key(dossier_id, kind, record_id))
        if not raw:
            return None
        try:
            state = json.loads(raw)
        except ValueError:
            return None
        return state if isinstance(state, dict) else None

    def delete_draft(self, dossier_id: int | None, kind: str = "intake", record_id: int | None = None) -> None:
        self._repo.delete_draft(self.draft_key(dossier_id, kind, record_id))
