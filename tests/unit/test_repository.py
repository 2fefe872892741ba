"""Repository and services over a real vault."""

from __future__ import annotations

from datetime import date

import pytest

from vp_desk import demo
from vp_desk.domain.models import Consent, Contact, Intervention, Organisation, Referral, Status
from vp_desk.storage.repository import OrganisationInUse, Repository, fts_query
from vp_desk.usecases.desk import Invalid


def test_dossier_round_trip(service, be_org, make_dossier):
    d = make_dossier(be_org, real_name="Échte Naam", intake_notes="emoji 🙂 en עברית", themes=("stress", "conflict"),
                     senior_involved=True)
    got = service.repo.dossier(d.id)
    assert got.real_name == "Échte Naam" and got.intake_notes == "emoji 🙂 en עברית"
    assert got.themes == ("conflict", "stress") and got.senior_involved
    assert got.status is Status.OPEN


def test_suggest_code_is_unique_per_year(service, be_org, make_dossier):
    first = service.suggest_code(be_org.id, date(2026, 3, 1))
    make_dossier(be_org, code=first)
    assert service.suggest_code(be_org.id, date(2026, 3, 1)) != first


def test_duplicate_pseudonym_is_refused(service, be_org, make_dossier):
    make_dossier(be_org, code="K-7")
    with pytest.raises(Invalid) as info:
        make_dossier(be_org, code="K-7")
    assert info.value.messages[0].field == "code"


def test_consent_enforced_by_service(service, be_org, make_dossier):
    d = make_dossier(be_org)
    with pytest.raises(Invalid):
        service.save_intervention(Intervention(d.id, date(2026, 4, 1), "intervention_other"))
    c = Consent(d.id, "intervention_other", date(2026, 3, 30))
    service.save_consent(c)
    i = Intervention(d.id, date(2026, 4, 1), "intervention_other")
    service.save_intervention(i)
    assert service.repo.interventions(d.id)[0].consent_id == c.id
    service.withdraw_consent(c, date(2026, 4, 5))
    with pytest.raises(Invalid):
        service.save_intervention(Intervention(d.id, date(2026, 4, 6), "intervention_other"))
    history = service.repo.consents(d.id)
    assert history[0].withdrawn_date == date(2026, 4, 5)
    with pytest.raises(Invalid):
        service.save_referral(Referral(d.id, date(2026, 4, 6), "paps"))


def test_close_and_reopen_keep_history(service, be_org, make_dossier):
    d = make_dossier(be_org)
    service.close_dossier(d.id, date(2026, 6, 1), "resolved_informally")
    closed = service.repo.dossier(d.id)
    assert closed.status is Status.CLOSED
    assert service.delete_by(closed) == date(2031, 6, 1)
    with pytest.raises(Invalid):
        service.close_dossier(d.id, date(2026, 6, 2), "referred")
    service.reopen_dossier(d.id, date(2026, 7, 1))
    assert service.repo.dossier(d.id).status is Status.OPEN
    assert [e.kind for e in service.repo.status_events(d.id)] == ["closed", "reopened"]


def test_search_scoped_to_organisation(service, be_org, nl_org, make_dossier):
    a = make_dossier(be_org, intake_notes="gesprek over de vergaderzaal")
    b = make_dossier(nl_org, intake_notes="vergaderzaal en parkeerplaats")
    service.save_contact(Contact(a.id, date(2026, 3, 10), "phone", 30, "pannenkoek besproken"))
    assert set(service.repo.search_dossier_ids("vergader")) == {a.id, b.id}
    assert service.repo.search_dossier_ids("vergaderzaal", be_org.id) == [a.id]
    assert service.repo.search_dossier_ids("pannenkoek") == [a.id]
    assert service.repo.search_dossier_ids("pannenkoek", nl_org.id) == []
    assert service.repo.search_dossier_ids('"') == []
    assert service.repo.search_dossier_ids("NOT OR AND *") == []
    assert "«" in service.repo.snippet("pannenkoek", a.id)


def test_fts_query_quotes_user_text():
    assert fts_query("abc") == '"abc"*'
    assert fts_query('a "b') == '"a" AND "b"*'
    assert fts_query("  ") is None


def test_organisation_with_dossiers_cannot_be_deleted(service, be_org, make_dossier):
    make_dossier(be_org)
    with pytest.raises(OrganisationInUse) as info:
        service.repo.delete_organisation(be_org.id)
    assert "1" in info.value.render()
    empty = Organisation("Leeg", "NL")
    service.save_organisation(empty)
    service.repo.delete_organisation(empty.id)


def test_demo_fill_is_deterministic(tmp_path):
    from vp_desk.storage.vault import Vault

    counts = []
    for i in range(2):
        with Vault.create(tmp_path / f"d{i}.vpvault", "demo demo demo") as v:
            demo.fill(v, 60, orgs=3, years=2, seed=9, today=date(2026, 11, 23))
            r = Repository(v)
            counts.append((r.count_dossiers(), [s.code for s in r.dossier_summaries()]))
    assert counts[0] == counts[1] and counts[0][0] == 60


def test_due_items(service, be_org, nl_org, make_dossier):
    late = make_dossier(be_org, request_date=date(2026, 11, 1), intake_date=None)
    make_dossier(nl_org, request_date=date(2026, 11, 1), intake_date=None)
    paps = make_dossier(be_org, request_date=date(2026, 11, 20), intake_date=date(2026, 11, 21),
                        themes=("sexual_harassment",))
    items = service.due_items()
    kinds = {(i.kind, i.dossier_id) for i in items}
    assert ("first_hearing", late.id) in kinds
    assert ("paps_support", paps.id) in kinds
    fh = [i for i in items if i.kind == "first_hearing"]
    assert len(fh) == 1 and fh[0].overdue and fh[0].due == date(2026, 11, 11)
