"""Use-cases the UI and the command line call: validate with the domain rules, then store.

A failed validation raises :class:`Invalid` carrying domain messages (field + text); the
caller shows them inline. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from vp_desk.domain import rules
from vp_desk.domain.catalog import Profile, profile
from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    Intervention,
    Organisation,
    Referral,
    Status,
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
    def __init__(self, vault: Vault, today: Callable[[], date] = date.today) -> None:
        self.vault = vault
        self.repo = Repository(vault)
        self.today = today

    # -- organisations ------------------------------------------------------------
    def profile_of(self, org_id: int) -> Profile:
        return profile(self.repo.organisation(org_id).profile)

    def save_organisation(self, org: Organisation) -> int:
        """Saves the organisation and its reporting calendar (the month its reporting year
        starts in), which cannot change any more once a report was exported for it."""
        from vp_desk.storage import releases

        others = [o.name for o in self.repo.organisations(include_archived=True) if o.id != org.id]
        _raise_if(validate_organisation(org, others))
        if org.id is not None and org.report_start_month != releases.start_month(self.vault, org.id) \
                and releases.has_releases(self.vault, org.id):
            raise releases.CalendarFrozen()
        org_id = self.repo.save_organisation(org)
        releases.set_start_month(self.vault, org_id, org.report_start_month)
        return org_id

    def calendar_frozen(self, org_id: int | None) -> bool:
        from vp_desk.storage import releases

        return org_id is not None and releases.has_releases(self.vault, org_id)

    # -- dossiers -----------------------------------------------------------------
    def suggest_code(self, org_id: int, day: date | None = None) -> str:
        """A pseudonym suggestion such as ``2026-007`` (year and running number)."""
        year = (day or self.today()).year
        n = self.repo.conn.execute(
            "SELECT count(*) FROM dossiers WHERE org_id = ? AND substr(request_date, 1, 4) = ?",
            (org_id, f"{year:04d}")).fetchone()[0] + 1
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
        c = rules.active_consent(consents, "referral", r.date)
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
        profiles = {o.id: profile(o.profile) for o in self.repo.organisations(include_archived=True)}
        for d in self.repo.open_dossiers_for_rules(org_id):
            prof = profiles[d.org_id]
            if d.intake_date is None:
                deadline = rules.first_hearing_deadline(prof, d.request_date)
                if deadline is not None:
                    out.append(rules.DueItem("first_hearing", d.id, deadline, deadline < today))
            if rules.paps_support_mandatory(prof, d) and not d.paps_involved:
                out.append(rules.DueItem("paps_support", d.id, None, False))
            start = d.intake_date or d.request_date
            if (today - start) > timedelta(days=long_open_days):
                out.append(rules.DueItem("long_open", d.id, start + timedelta(days=long_open_days), True))
        return out
