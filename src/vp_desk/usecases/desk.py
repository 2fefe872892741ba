"""Use-cases the UI and the command line call: validate with the domain rules, then store.

A failed validation raises :class:`Invalid` carrying domain messages (field + text); the
caller shows them inline. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from vp_desk.domain import rules
from vp_desk.domain.catalog import Profile, profile
from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    DossierSummary,
    Intervention,
    Organisation,
    PaperDocument,
    Referral,
    Status,
    StatusEvent,
)
from vp_desk.domain.validation import (
    QT_TRANSLATE_NOOP,
    Message,
    validate_closure,
    validate_consent,
    validate_contact,
    validate_dossier,
    validate_intervention,
    validate_organisation,
    validate_referral,
)
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault


class Invalid(Exception):
    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        super().__init__("; ".join(m.render() for m in messages))


def _raise_if(messages: list[Message]) -> None:
    if messages:
        raise Invalid(messages)


class DeskService:
    """The use cases of one unlocked vault. ``repo`` is for this package and the tests that
    check what was stored; screens call the methods below."""

    def __init__(self, vault: Vault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.repo = Repository(vault)
        self.today = today

    @property
    def vault_path(self) -> Path:
        return self.vault.path

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    @property
    def migrated_from(self) -> int | None:
        """The format version the vault was updated from at this opening, if it was."""
        return self.vault.migrated_from

    @property
    def journal_warning(self) -> bool:
        """The last change(s) before a crash could not be read back at this opening."""
        return bool(self.vault.journal_warning)

    def mark_damaged(self, detail: str) -> None:
        """Damage was found: nothing more is written to this vault."""
        self.vault.mark_damaged(detail)

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> DeskService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------
    def organisations(self, include_archived: bool = False) -> list[Organisation]:
        return self.repo.organisations(include_archived=include_archived)

    def organisation(self, org_id: int) -> Organisation:
        return self.repo.organisation(org_id)

    def organisation_by_name(self, name: str) -> Organisation | None:
        return self.repo.organisation_by_name(name)

    def has_organisations(self) -> bool:
        return self.repo.has_organisations()

    def organisation_names(self) -> dict[int, str]:
        """Every organisation's name by id, archived ones included."""
        return {o.id: o.name for o in self.repo.organisations(include_archived=True)}

    def delete_organisation(self, org_id: int) -> None:
        """Refused (``OrganisationInUse``) while the organisation still has dossiers."""
        self.repo.delete_organisation(org_id)

    def dossier(self, dossier_id: int) -> Dossier:
        return self.repo.dossier(dossier_id)

    def dossier_summaries(self, org_id: int | None = None, ids: Iterable[int] | None = None) -> list[DossierSummary]:
        return self.repo.dossier_summaries(org_id=org_id, ids=ids)

    def search_dossier_ids(self, text: str, org_id: int | None = None) -> list[int]:
        return self.repo.search_dossier_ids(text, org_id)

    def snippet(self, text: str, dossier_id: int) -> str:
        return self.repo.snippet(text, dossier_id)

    def contacts(self, dossier_id: int) -> list[Contact]:
        return self.repo.contacts(dossier_id)

    def consents(self, dossier_id: int) -> list[Consent]:
        return self.repo.consents(dossier_id)

    def interventions(self, dossier_id: int) -> list[Intervention]:
        return self.repo.interventions(dossier_id)

    def referrals(self, dossier_id: int) -> list[Referral]:
        return self.repo.referrals(dossier_id)

    def status_events(self, dossier_id: int) -> list[StatusEvent]:
        return self.repo.status_events(dossier_id)

    # -- paper documents (BE access to the file) ----------------------------------
    def paper_documents(self, dossier_id: int) -> list[PaperDocument]:
        return self.repo.paper_documents(dossier_id)

    def save_paper_document(self, p: PaperDocument) -> int:
        return self.repo.save_paper_document(p)

    def delete_paper_document(self, paper_id: int) -> None:
        self.repo.delete("paper_document", paper_id)

    # -- organisations ------------------------------------------------------------
    def profile_of(self, org_id: int) -> Profile:
        """The organisation's profile with its practice switches applied to the wording
        (NL: "Bemiddeling" only where it allows mediation)."""
        return profile(self.repo.organisation(org_id).profile).for_organisation(self.rule_switches(org_id))

    def save_organisation(self, org: Organisation, rule_switches: dict[str, bool] | None = None,
                          crisis_steps: str | None = None) -> int:
        """Saves the organisation, its reporting calendar (the month its reporting year
        starts in), which cannot change any more once a report was exported for it, and, when
        given, its practice-rule switches and its crisis procedure (one step a line), all in
        one transaction."""
        from vp_desk.domain.care import validate_crisis_steps
        from vp_desk.storage import releases

        others = [o.name for o in self.repo.organisations(include_archived=True) if o.id != org.id]
        _raise_if(validate_organisation(org, others)
                  + (validate_crisis_steps(crisis_steps) if crisis_steps is not None else []))
        if org.id is not None and org.report_start_month != releases.start_month(self.vault, org.id) \
                and releases.has_releases(self.vault, org.id):
            raise releases.CalendarFrozen()
        with self.vault.transaction():
            org_id = self.repo.save_organisation(org)
            releases.set_start_month(self.vault, org_id, org.report_start_month)
            if rule_switches is not None:
                self.set_rule_switches(org_id, rule_switches)
            if crisis_steps is not None:
                self.repo.set_crisis_steps(org_id, crisis_steps.strip())
        return org_id

    # -- practice rules switched per organisation (the vault's settings table) -----
    def rule_switches(self, org_id: int | None) -> dict[str, bool]:
        """The organisation's own choices for the practice rules of its profile (rules it
        did not set follow the catalog's default; laws are never switched)."""
        return {} if org_id is None else self.repo.rule_switches(org_id)

    def set_rule_switches(self, org_id: int, switches: dict[str, bool]) -> None:
        """Keeps the switches of the practice rules of the organisation's profile; a law or a
        rule of another profile cannot be switched (:class:`ValueError`)."""
        prof = self.profile_of(org_id)
        for key in switches:
            rule = prof.rule(key)
            if rule is None or not rule.switchable:
                raise ValueError(f"rule {key!r} cannot be switched for profile {prof.code}")
        self.repo.set_rule_switches(org_id, switches)

    def rule_on(self, org_id: int, key: str) -> bool:
        return rules.rule_on(self.profile_of(org_id), key, self.rule_switches(org_id))

    def calendar_frozen(self, org_id: int | None) -> bool:
        from vp_desk.storage import releases

        return org_id is not None and releases.has_releases(self.vault, org_id)

    # -- dossiers -----------------------------------------------------------------
    def suggest_code(self, org_id: int, day: date | None = None) -> str:
        """A pseudonym suggestion such as ``2026-007`` (year and running number)."""
        year = (day or self.today()).year
        n = self.repo.count_dossiers_requested_in(org_id, year) + 1
        while self.repo.code_exists(org_id, f"{year}-{n:03d}"):
            n += 1
        return f"{year}-{n:03d}"

    def save_dossier(self, d: Dossier) -> int:
        prof = self.profile_of(d.org_id)
        msgs = validate_dossier(d, prof, self.today())
        if d.code.strip() and self.repo.code_exists(d.org_id, d.code, d.id):
            msgs.append(Message("code", QT_TRANSLATE_NOOP(
                "Validation", "This pseudonym is already used in this organisation.")))
        _raise_if(msgs)
        return self.repo.save_dossier(d)

    def save_contact(self, c: Contact) -> int:
        d = self.repo.dossier(c.dossier_id)
        _raise_if(validate_contact(c, d, self.profile_of(d.org_id), self.today()))
        return self.repo.save_contact(c)

    def save_consent(self, c: Consent) -> int:
        d = self.repo.dossier(c.dossier_id)
        _raise_if(validate_consent(c, d, self.profile_of(d.org_id), self.today()))
        return self.repo.save_consent(c)

    def withdraw_consent(self, consent: Consent, day: date) -> None:
        d = self.repo.dossier(consent.dossier_id)
        _raise_if(validate_consent(replace(consent, withdrawn_date=day), d, self.profile_of(d.org_id),
                                   self.today()))
        self.repo.withdraw_consent(consent.id, day)

    def save_intervention(self, i: Intervention) -> int:
        d = self.repo.dossier(i.dossier_id)
        prof = self.profile_of(d.org_id)
        consents = self.repo.consents(d.id)
        _raise_if(validate_intervention(i, d, prof, consents, self.today()))
        if rules.needs_consent(prof, i.type):
            c = rules.active_consent(consents, rules.consent_scope_for(i.type), i.date)
            i.consent_id = c.id if c else None
        return self.repo.save_intervention(i)

    def save_referral(self, r: Referral) -> int:
        d = self.repo.dossier(r.dossier_id)
        consents = self.repo.consents(d.id)
        _raise_if(validate_referral(r, d, self.profile_of(d.org_id), consents, self.today()))
        # advice the requester acts on alone rests on no consent; contacting the destination does
        c = rules.active_consent(consents, "referral", r.date) if r.confidant_contacts else None
        r.consent_id = c.id if c else None
        return self.repo.save_referral(r)

    def close_dossier(self, dossier_id: int, closed: date | None, outcome: str | None, note: str = "") -> None:
        d = self.repo.dossier(dossier_id)
        msgs = validate_closure(d, closed, outcome, self.profile_of(d.org_id), self.today())
        if d.status is Status.CLOSED:
            msgs.append(Message("status", QT_TRANSLATE_NOOP("Validation", "This dossier is already closed.")))
        _raise_if(msgs)
        self.repo.close_dossier(dossier_id, closed, outcome, note)

    def reopen_dossier(self, dossier_id: int, day: date | None = None) -> None:
        d = self.repo.dossier(dossier_id)
        if d.status is not Status.CLOSED:
            _raise_if([Message("status", QT_TRANSLATE_NOOP("Validation", "This dossier is not closed."))])
        self.repo.reopen_dossier(dossier_id, day or self.today())

    def delete_by(self, d: Dossier) -> date | None:
        org = self.repo.organisation(d.org_id)
        years = rules.retention_years(profile(org.profile), org.retention_years)
        return rules.delete_by(d.closed_date, years)

    # -- due items ----------------------------------------------------------------
    def due_items(self, org_id: int | None = None, long_open_days: int = 180) -> list[rules.DueItem]:
        today = self.today()
        out: list[rules.DueItem] = []
        orgs = self.repo.organisations(include_archived=True)
        profiles = {o.id: profile(o.profile) for o in orgs}
        switches = {o.id: self.rule_switches(o.id) for o in orgs}
        for d in self.repo.open_dossiers_for_rules(org_id):
            prof = profiles[d.org_id]
            if d.intake_date is None:
                deadline = rules.first_hearing_deadline(prof, d.request_date)
                if deadline is not None:
                    out.append(rules.DueItem("first_hearing", d.id, deadline, deadline < today,
                                             prof.rule("first_hearing")))
            if rules.paps_support_mandatory(prof, d, switches[d.org_id]) and not d.paps_involved:
                out.append(rules.DueItem("paps_support", d.id, None, False, prof.rule("paps_support")))
            start = d.intake_date or d.request_date
            if (today - start) > timedelta(days=long_open_days):
                out.append(rules.DueItem("long_open", d.id, start + timedelta(days=long_open_days), True))
        return out
