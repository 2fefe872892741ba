"""DossierFlow: the use-cases behind the dossier screens, on a real SQLCipher vault."""

from __future__ import annotations

from datetime import date

import pytest

from vp_desk.domain.models import Consent, Contact, Intervention, Referral, Status
from vp_desk.usecases.desk import Invalid
from vp_desk.usecases.dossiers import DEFAULT_LONG_OPEN_DAYS, DossierFlow


@pytest.fixture
def flow(service):
    return DossierFlow(service)


def _fields(exc: Invalid) -> set[str]:
    return {m.field for m in exc.messages}


def test_records_reads_everything_of_one_dossier(flow, service, be_org, make_dossier):
    d = make_dossier(be_org)
    other = make_dossier(be_org)
    service.save_contact(Contact(d.id, date(2026, 3, 5), "phone", 20, "eerste"))
    service.save_contact(Contact(other.id, date(2026, 3, 5), "phone", 20, "ander dossier"))
    service.save_consent(Consent(d.id, "referral", date(2026, 3, 5)))
    service.close_dossier(d.id, date(2026, 4, 1), "referred")
    rec = flow.records(d.id)
    assert rec.dossier.id == d.id and rec.dossier.status is Status.CLOSED
    assert [c.notes for c in rec.contacts] == ["eerste"]
    assert len(rec.consents) == 1 and [e.kind for e in rec.events] == ["closed"]


def test_referral_to_paps_marks_paps_involved_and_settles_the_reminder(flow, service, be_org, make_dossier):
    d = make_dossier(be_org, themes=("sexual_harassment",))
    assert flow.paps_reminder(service.repo.dossier(d.id))
    assert any(i.kind == "paps_support" and i.dossier_id == d.id for i in flow.due_items())
    service.save_consent(Consent(d.id, "referral", date(2026, 3, 5)))
    flow.save_referral(Referral(d.id, date(2026, 3, 6), "paps", formal_request=True))
    d2 = service.repo.dossier(d.id)
    assert d2.paps_involved and not flow.paps_reminder(d2)
    assert not any(i.kind == "paps_support" and i.dossier_id == d.id for i in flow.due_items())


def test_referral_without_consent_is_refused_and_nothing_changes(flow, service, be_org, make_dossier):
    d = make_dossier(be_org, themes=("sexual_harassment",))
    with pytest.raises(Invalid) as exc:
        flow.save_referral(Referral(d.id, date(2026, 3, 6), "paps"))
    assert _fields(exc.value) == {"consent"}
    assert service.repo.referrals(d.id) == []
    assert not service.repo.dossier(d.id).paps_involved


def test_referral_elsewhere_leaves_paps_flag_alone(flow, service, be_org, make_dossier):
    d = make_dossier(be_org)
    service.save_consent(Consent(d.id, "referral", date(2026, 3, 5)))
    flow.save_referral(Referral(d.id, date(2026, 3, 6), "union"))
    assert not service.repo.dossier(d.id).paps_involved


def test_reopen_checks_its_date(flow, service, be_org, make_dossier):
    d = make_dossier(be_org)
    service.close_dossier(d.id, date(2026, 5, 1), "resolved_informally")
    with pytest.raises(Invalid) as exc:
        flow.reopen(d.id, date(2026, 12, 1))  # service.today is 2026-11-23
    assert _fields(exc.value) == {"reopen_date"}
    with pytest.raises(Invalid) as exc:
        flow.reopen(d.id, date(2026, 4, 30))
    assert "01-05-2026" in exc.value.messages[0].render()
    assert service.repo.dossier(d.id).status is Status.CLOSED
    flow.reopen(d.id, date(2026, 6, 1))
    d2 = service.repo.dossier(d.id)
    assert d2.status is Status.OPEN and d2.closed_date is None
    assert [(e.kind, e.date) for e in service.repo.status_events(d.id)] == [
        ("closed", date(2026, 5, 1)), ("reopened", date(2026, 6, 1))]


def test_delete_record_rules(flow, service, be_org, make_dossier):
    d = make_dossier(be_org)
    contact_id = service.save_contact(Contact(d.id, date(2026, 3, 5), "phone", 20, "weg ermee"))
    used = service.save_consent(Consent(d.id, "intervention_other", date(2026, 3, 5)))
    unused = service.save_consent(Consent(d.id, "other", date(2026, 3, 5)))
    service.save_intervention(Intervention(d.id, date(2026, 3, 6), "intervention_other"))
    flow.delete_record("contact", contact_id)
    assert service.repo.contacts(d.id) == []
    assert service.repo.search_dossier_ids("ermee") == []  # gone from the search index too
    with pytest.raises(Invalid) as exc:
        flow.delete_record("consent", used)
    assert "withdrawal" in exc.value.messages[0].render()
    flow.delete_record("consent", unused)
    assert [c.id for c in service.repo.consents(d.id)] == [used]
    for kind in ("intake", "request", "closed", "reopened"):
        with pytest.raises(Invalid):
            flow.delete_record(kind, d.id)
    assert service.repo.dossier(d.id).id == d.id


def test_delete_by_preview_uses_the_profile_or_the_organisation_override(flow, service, be_org, nl_org,
                                                                         make_dossier):
    d = make_dossier(be_org)
    assert flow.delete_by_if_closed(d, date(2026, 5, 1)) == date(2031, 5, 1)
    n = make_dossier(nl_org)
    assert flow.delete_by_if_closed(n, date(2026, 5, 1)) == date(2027, 5, 1)
    be_org.retention_years = 2
    service.save_organisation(be_org)
    assert flow.delete_by_if_closed(d, date(2026, 5, 1)) == date(2028, 5, 1)
    assert service.repo.dossier(d.id).closed_date is None  # a preview only


def test_long_open_setting_and_due_order(flow, service, be_org, make_dossier):
    assert flow.long_open_days() == DEFAULT_LONG_OPEN_DAYS
    old = make_dossier(be_org, request_date=date(2026, 1, 5), intake_date=date(2026, 1, 6))
    unheard = make_dossier(be_org, request_date=date(2026, 11, 20), intake_date=None)
    items = flow.due_items()
    assert [(i.kind, i.dossier_id) for i in items] == [("long_open", old.id), ("first_hearing", unheard.id)]
    assert items[0].overdue and not items[1].overdue and items[1].due == date(2026, 11, 30)
    flow.set_long_open_days(400)
    assert flow.long_open_days() == 400
    assert [i.kind for i in flow.due_items()] == ["first_hearing"]
    with pytest.raises(Invalid):
        flow.set_long_open_days(0)
    service.repo.set_setting("due.long_open_days", "rubbish")
    assert flow.long_open_days() == DEFAULT_LONG_OPEN_DAYS


def test_drafts_live_in_the_vault_and_round_trip_any_text(flow, service, vault_path):
    state = {"notes": "emoji 😀👩🏽‍⚕️ en RTL: שלום عليكم", "themes": ["stress"]}
    flow.save_draft(None, state)
    flow.save_draft(12, {"notes": "bestaand dossier"})
    assert flow.load_draft(None) == state
    assert flow.load_draft(12) == {"notes": "bestaand dossier"}
    flow.delete_draft(None)
    assert flow.load_draft(None) is None and flow.load_draft(12) is not None
    service.repo.save_draft(flow.draft_key(None), "{not json")
    assert flow.load_draft(None) is None
    # nothing readable outside the encrypted file
    raw = vault_path.read_bytes()
    assert b"bestaand dossier" not in raw


def test_close_checks_the_note_length_and_keeps_the_dossier_open(flow, service, be_org, make_dossier):
    d = make_dossier(be_org)
    with pytest.raises(Invalid) as exc:
        flow.close(d.id, date(2026, 5, 1), "referred", "x" * 100_001)
    assert _fields(exc.value) == {"closure_note"}
    assert service.repo.dossier(d.id).status is Status.OPEN
    flow.close(d.id, date(2026, 5, 1), "referred", "afgerond ✓")
    d2 = service.repo.dossier(d.id)
    assert d2.status is Status.CLOSED and d2.closure_note == "afgerond ✓"
