"""Issue 15: consent only where it is needed, aftercare, the crisis card's data and the paper
trail (signed requests for every informal intervention type, training certificates)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlcipher3

from vp_desk.domain import care
from vp_desk.domain import obligations as ob
from vp_desk.domain.catalog import profile
from vp_desk.domain.models import (
    Consent,
    Dossier,
    Intervention,
    Organisation,
    OwnActivity,
    PaperDocument,
    Referral,
    Status,
)
from vp_desk.domain.validation import validate_referral
from vp_desk.storage.keys import quote_passphrase
from vp_desk.storage.vault import Vault, build_at_version
from vp_desk.usecases.care import CareDesk
from vp_desk.usecases.desk import Invalid
from vp_desk.usecases.dossiers import DossierFlow
from vp_desk.usecases.role import RoleDesk

from ..conftest import PASSPHRASE

TODAY = date(2026, 11, 23)  # the service fixture's today


def _dossier(**kw) -> Dossier:
    return Dossier(org_id=1, code="X", intake_date=date(2026, 3, 2), request_date=date(2026, 3, 2),
                   channel="phone", themes=("stress",), **kw)


# -- consent where it is needed --------------------------------------------------------

def test_advice_needs_no_consent_contacting_the_destination_does():
    be, d = profile("BE"), _dossier()
    advice = Referral(1, date(2026, 4, 1), "external_help", confidant_contacts=False)
    assert validate_referral(advice, d, be, [], TODAY) == []
    contact = Referral(1, date(2026, 4, 1), "paps", confidant_contacts=True)
    [msg] = validate_referral(contact, d, be, [], TODAY)
    assert msg.field == "consent" and "contact or inform" in msg.text and "alone needs no consent" in msg.text
    assert validate_referral(contact, d, be, [Consent(1, "referral", date(2026, 4, 1))], TODAY) == []
    # a referral that does not say (older code paths) is taken as contacting: the strict reading
    assert Referral(1, date(2026, 4, 1), "paps").confidant_contacts


def test_advice_referral_is_stored_without_consent_and_leaves_the_paps_uninvolved(service, be_org, make_dossier):
    flow = DossierFlow(service)
    d = make_dossier(be_org, themes=("sexual_harassment",))
    flow.save_referral(Referral(d.id, date(2026, 3, 6), "paps", confidant_contacts=False))
    [r] = service.referrals(d.id)
    assert r.confidant_contacts is False and r.consent_id is None
    assert not service.dossier(d.id).paps_involved and flow.paps_reminder(service.dossier(d.id))
    with pytest.raises(Invalid) as exc:
        flow.save_referral(Referral(d.id, date(2026, 3, 7), "paps", confidant_contacts=True))
    assert {m.field for m in exc.value.messages} == {"consent"}
    c = Consent(d.id, "referral", date(2026, 3, 7))
    service.save_consent(c)
    flow.save_referral(Referral(d.id, date(2026, 3, 7), "paps", confidant_contacts=True))
    second = service.referrals(d.id)[1]
    assert second.confidant_contacts and second.consent_id == c.id
    assert service.dossier(d.id).paps_involved


def test_referrals_made_before_the_choice_keep_contacting(tmp_path):
    """Migration 4: an existing referral reads as "the confidant contacted" (it had consent)."""
    path = tmp_path / "v3.vpvault"
    build_at_version(path, PASSPHRASE, 3)
    c = sqlcipher3.connect(str(path))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    c.execute("INSERT INTO organisations(id, name, profile) VALUES (1, 'Oud', 'BE')")
    c.execute("INSERT INTO dossiers(id, org_id, code, request_date, intake_date, channel, sphere, relation) "
              "VALUES (1, 1, 'K', '2024-02-01', '2024-02-01', 'phone', 'work', 'colleague')")
    c.execute("INSERT INTO referrals(dossier_id, date, destination) VALUES (1, '2024-02-03', 'paps')")
    c.execute("INSERT INTO own_activities(kind, date, hours) VALUES ('intervisie', '2024-05-01', 7)")
    c.commit()
    c.close()
    with Vault.open(path, PASSPHRASE) as v:
        from vp_desk.storage.repository import Repository

        repo = Repository(v)
        assert [r.confidant_contacts for r in repo.referrals(1)] == [True]
        assert repo.own_activities()[0].certificate_date is None
        assert repo.dossier(1).id == 1


# -- aftercare --------------------------------------------------------------------------

def test_aftercare_is_due_from_its_date_on_for_closed_dossiers_too(service, be_org, make_dossier):
    flow, care_desk = DossierFlow(service), CareDesk(service)
    d = make_dossier(be_org, code="NAZORG-1")
    flow.close(d.id, date(2026, 10, 1), "resolved_informally", aftercare=TODAY + timedelta(days=1),
               set_aftercare=True)
    assert service.dossier(d.id).status is Status.CLOSED
    assert care_desk.aftercare(d.id) == TODAY + timedelta(days=1)
    assert not [i for i in flow.due_items() if i.kind == "aftercare"]  # not before its date
    care_desk.set_aftercare(d.id, TODAY)
    [item] = [i for i in flow.due_items() if i.kind == "aftercare"]
    assert item.dossier_id == d.id and item.due == TODAY and not item.overdue
    care_desk.set_aftercare(d.id, TODAY - timedelta(days=3))
    [item] = [i for i in flow.due_items(be_org.id) if i.kind == "aftercare"]
    assert item.overdue
    assert flow.records(d.id).aftercare == TODAY - timedelta(days=3)
    care_desk.set_aftercare(d.id, None)  # done: removed
    assert not [i for i in flow.due_items() if i.kind == "aftercare"]
    assert flow.records(d.id).aftercare is None


def test_aftercare_date_is_checked_and_a_refused_closure_changes_nothing(service, be_org, make_dossier):
    flow, care_desk = DossierFlow(service), CareDesk(service)
    d = make_dossier(be_org)
    with pytest.raises(Invalid) as exc:
        care_desk.set_aftercare(d.id, date(2026, 1, 1))  # before the request of 2 March
    assert {m.field for m in exc.value.messages} == {"aftercare_date"}
    with pytest.raises(Invalid):
        care_desk.set_aftercare(d.id, date(2040, 1, 1))
    with pytest.raises(Invalid):
        flow.close(d.id, date(2026, 10, 1), "resolved_informally", aftercare=date(2026, 1, 1), set_aftercare=True)
    assert service.dossier(d.id).status is Status.OPEN and care_desk.aftercare(d.id) is None
    # saving the intake again keeps the planned date
    care_desk.set_aftercare(d.id, TODAY + timedelta(days=30))
    service.save_dossier(service.dossier(d.id))
    assert care_desk.aftercare(d.id) == TODAY + timedelta(days=30)


# -- crisis -----------------------------------------------------------------------------

def test_crisis_card_follows_the_flagged_theme_and_the_practice_switch():
    be, nl = profile("BE"), profile("NL")
    assert care.crisis_card_due(be, ("stress", "suicide"))
    assert not care.crisis_card_due(be, ("stress",))
    assert not care.crisis_card_due(be, ("suicide",), {"crisis_procedure": False})
    assert not care.crisis_card_due(nl, ("bullying",))
    lines = care.crisis_lines("BE")
    assert [c for c, _ in lines] == ["BE", "NL"]
    be_line, nl_line = lines[0][1], lines[1][1]
    assert be_line.extra["phones"] == ["1813"] and be_line.extra["web"] == "www.zelfmoord1813.be"
    assert nl_line.extra["phones"] == ["113", "0800-0113"] and nl_line.extra["web"] == "113.nl"
    assert [c for c, _ in care.crisis_lines("NL")] == ["NL", "BE"]


def test_crisis_steps_are_kept_per_organisation_and_checked(service, be_org, nl_org):
    steps = "Blijf bij de persoon\n\n  Bel de PAPS: 02 000 00 00  \nInformeer de leidinggevende met akkoord\n"
    service.save_organisation(be_org, crisis_steps=steps)
    desk = CareDesk(service)
    assert desk.crisis_steps(be_org.id) == ["Blijf bij de persoon", "Bel de PAPS: 02 000 00 00",
                                            "Informeer de leidinggevende met akkoord"]
    assert desk.crisis_steps(nl_org.id) == []
    with pytest.raises(Invalid) as exc:
        service.save_organisation(be_org, crisis_steps="x" * 400)
    assert {m.field for m in exc.value.messages} == {"crisis_steps"}
    with pytest.raises(Invalid):
        service.save_organisation(be_org, crisis_steps="\n".join(f"stap {i}" for i in range(25)))
    assert len(desk.crisis_steps(be_org.id)) == 3  # nothing changed by the refusals
    assert desk.crisis_card_due(be_org.id, ("suicide",)) and not desk.crisis_card_due(nl_org.id, ("bullying",))


# -- the paper trail ----------------------------------------------------------------------

def test_every_informal_intervention_type_needs_a_signed_request_in_belgium():
    be = profile("BE")
    talks = [Intervention(1, date(2026, 3, 5), "conversation", id=1),
             Intervention(1, date(2026, 3, 9), "intervention_other", id=2)]
    assert [i.id for i in care.missing_signed_requests(be, talks, [])] == [1, 2]
    signed = [PaperDocument(1, "request_informal", date(2026, 3, 5), intervention_type="conversation")]
    assert [i.id for i in care.missing_signed_requests(be, talks, signed)] == [2]
    confirmation = [PaperDocument(1, "confirmation_interview", date(2026, 3, 5))]
    assert len(care.missing_signed_requests(be, talks, confirmation)) == 2
    assert care.missing_signed_requests(profile("NL"), talks, []) == []
    rule = be.rule("signed_request")
    assert rule.kind == "law" and "check" in rule.source("en") and "domain.md" in rule.source("en")


def test_certificates_of_training_and_intervisie_are_tracked(service, be_org):
    org = Organisation("A", "BE", appointment_date=date(2024, 1, 1), id=be_org.id)
    acts = [OwnActivity("intervisie", date(2026, 5, 1), 7.0, org.id, id=1),
            OwnActivity("basic_training", date(2024, 3, 1), 35.0, None, id=2, certificate_date=date(2024, 3, 20)),
            OwnActivity("prevention", date(2026, 6, 1), 3.0, org.id, id=3)]
    [cert] = [o for o in ob.obligations(org, acts, TODAY) if o.kind == "certificates"]
    assert cert.status == ob.DUE and cert.rule == "certificates" and "01-05-2026" in cert.render()
    assert not any(o.kind == "certificates" for o in ob.obligations(org, acts, TODAY, {}, {"certificates": False}))
    role = RoleDesk(service)
    role.save_activity(acts[0].__class__("intervisie", date(2026, 5, 1), 7.0, org.id))
    [a] = [x for x in role.activities(org.id) if x.kind == "intervisie"]
    assert a.certificate_date is None and ob.needs_certificate(a)
    filed = role.file_certificate(a, TODAY)
    [b] = [x for x in role.activities(org.id) if x.kind == "intervisie"]
    assert b.certificate_date == TODAY == filed.certificate_date and not ob.needs_certificate(b)
    [done] = [o for o in ob.obligations(org, role.activities(org.id), TODAY) if o.kind == "certificates"]
    assert done.status == ob.DONE
    with pytest.raises(Invalid) as exc:
        role.file_certificate(b, date(2026, 4, 1))  # before the intervisie itself
    assert {m.field for m in exc.value.messages} == {"certificate_date"}


def test_a_deleted_organisations_crisis_steps_and_switches_go_with_it(service):
    """SQLite may give a new organisation the id of the last one deleted: it must not inherit
    that one's crisis procedure or rule switches."""
    gone = Organisation(name="Weg", profile="BE")
    service.save_organisation(gone, {"quiet_years": False}, crisis_steps="Bel 1813")
    service.delete_organisation(gone.id)
    new = Organisation(name="Nieuw", profile="BE")
    service.save_organisation(new)
    assert CareDesk(service).crisis_steps(new.id) == [] and service.rule_switches(new.id) == {}


def test_dutch_organisations_get_netherlands_dutch_certificate_wording():
    nl = Organisation("NL", "NL", id=2)
    acts = [OwnActivity("extra_training", date(2026, 5, 1), 7.0, 2)]
    [cert] = [o for o in ob.obligations(nl, acts, TODAY) if o.kind == "certificates"]
    assert "proof of attendance" in cert.text and "LVV" in cert.text and "certificate" not in cert.text
    assert profile("NL").rule("certificates").kind == "practice"


# -- each closing keeps its note -----------------------------------------------------------

def test_a_second_closing_keeps_the_first_closings_note(service, be_org, make_dossier):
    """Closing, reopening and closing again overwrote the first closing's note (one column):
    each closing now keeps its own, in its history event."""
    flow = DossierFlow(service)
    d = make_dossier(be_org)
    flow.close(d.id, date(2026, 4, 1), "resolved_informally", note="Eerste afsluiting: Reigersnest")
    flow.reopen(d.id, date(2026, 5, 1))
    flow.close(d.id, date(2026, 6, 1), "referred", note="Tweede afsluiting")
    closings = [e for e in service.status_events(d.id) if e.kind == "closed"]
    assert [e.note for e in closings] == ["Eerste afsluiting: Reigersnest", "Tweede afsluiting"]
    assert service.dossier(d.id).closure_note == "Tweede afsluiting"


def test_migration_gives_each_dossiers_closing_note_to_its_last_closing(tmp_path):
    path = tmp_path / "v3.vpvault"
    build_at_version(path, PASSPHRASE, 3)
    c = sqlcipher3.connect(str(path))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    c.execute("INSERT INTO organisations(id, name, profile) VALUES (1, 'Oud', 'BE')")
    c.execute("INSERT INTO dossiers(id, org_id, code, request_date, intake_date, channel, sphere, relation, status, "
              "closed_date, outcome, closure_note) VALUES (1, 1, 'K', '2024-02-01', '2024-02-01', 'phone', 'work', "
              "'colleague', 'closed', '2024-06-01', 'resolved', 'Laatste noot')")
    c.executemany("INSERT INTO status_events(dossier_id, kind, date, outcome) VALUES (1, ?, ?, ?)",
                  [("closed", "2024-03-01", "resolved"), ("reopened", "2024-04-01", None),
                   ("closed", "2024-06-01", "resolved")])
    c.commit()
    c.close()
    with Vault.open(path, PASSPHRASE) as v:
        from vp_desk.storage.repository import Repository

        events = Repository(v).status_events(1)
        assert [(e.kind, e.note) for e in events] == [("closed", ""), ("reopened", ""), ("closed", "Laatste noot")]
