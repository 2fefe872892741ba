"""Plain dataclasses for everything a vault holds. No behaviour that needs Qt or SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Status(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ConsentParty(StrEnum):
    REQUESTER = "requester"
    OTHER_PARTY = "other_party"


@dataclass
class Organisation:
    name: str
    profile: str  # "BE" | "NL"
    language: str = "nl"
    appointment_date: date | None = None
    retention_years: int | None = None  # None: the profile's default
    archived: bool = False
    id: int | None = None
    report_start_month: int = 1  # reporting year: 1 = calendar year; set through the report ledger


@dataclass
class Dossier:
    org_id: int
    code: str
    intake_date: date | None
    request_date: date
    channel: str
    sphere: str = "work"
    relation: str = "unknown"
    themes: tuple[str, ...] = ()
    real_name: str | None = None
    gender: str | None = None
    age_band: str | None = None
    role: str | None = None
    senior_involved: bool = False
    group_problem: bool = False
    formal_request_considered: bool = False
    paps_involved: bool = False
    intake_notes: str = ""
    status: Status = Status.OPEN
    closed_date: date | None = None
    outcome: str | None = None
    closure_note: str = ""
    erasure_confirmed: bool = False
    id: int | None = None
    requester: str | None = None  # who asks (catalog "requester_positions"); None: not recorded
    domains: tuple[str, ...] = ()  # BE: the risk domains (catalog "risk_domains"), several possible


@dataclass
class Contact:
    dossier_id: int
    date: date
    kind: str
    minutes: int
    notes: str = ""
    id: int | None = None


@dataclass
class Consent:
    dossier_id: int
    scope: str
    given_date: date
    given_by: ConsentParty = ConsentParty.REQUESTER
    description: str = ""
    withdrawn_date: date | None = None
    id: int | None = None

    def active_on(self, day: date) -> bool:
        return self.given_date <= day and (self.withdrawn_date is None or day < self.withdrawn_date)


@dataclass
class Intervention:
    dossier_id: int
    date: date
    type: str
    consent_id: int | None = None
    other_party_agreed: bool = False
    notes: str = ""
    id: int | None = None


@dataclass
class Referral:
    dossier_id: int
    date: date
    destination: str
    consent_id: int | None = None
    formal_request: bool = False
    outcome: str = ""
    notes: str = ""
    id: int | None = None
    # The confidant contacts or informs the destination (then the requester's consent is
    # needed); False: advice the requester acts on alone. Referrals before this was asked: True.
    confidant_contacts: bool = True


@dataclass
class StatusEvent:
    dossier_id: int
    kind: str  # "closed" | "reopened"
    date: date
    outcome: str | None = None
    id: int | None = None
    note: str = ""  # a closing's own note (kept when the dossier is reopened and closed again)


@dataclass
class PaperDocument:
    dossier_id: int
    kind: str  # "request_informal" | "confirmation_interview"
    signed_date: date
    intervention_type: str | None = None
    copy_given: bool = True
    id: int | None = None


@dataclass
class RegisterEntry:
    org_id: int
    registered_date: date
    facts_from: date
    facts_to: date | None
    types: tuple[str, ...]
    place: str = ""
    third_party_capacity: str = "other"
    description: str = ""
    worker_consent: bool = False
    worker_identity: str | None = None
    measures: str = ""
    follow_up: str = ""
    seq: int | None = None
    id: int | None = None


@dataclass
class OwnActivity:
    kind: str
    date: date
    hours: float
    org_id: int | None = None
    note: str = ""
    id: int | None = None
    certificate_date: date | None = None  # when the paper attendance certificate was filed


@dataclass
class DossierSummary:
    """One row of the dossier list: no free text beyond the pseudonym."""

    id: int
    org_id: int
    org_name: str
    code: str
    status: Status
    intake_date: date | None
    request_date: date
    themes: tuple[str, ...] = field(default_factory=tuple)
    last_activity: date | None = None
