"""Pure domain: catalog, rules, validation."""

from __future__ import annotations

from datetime import date

import pytest

from vp_desk.domain import rules
from vp_desk.domain.catalog import LANGUAGES, LIST_NAMES, load_catalog, profile
from vp_desk.domain.models import (
    Consent,
    ConsentParty,
    Contact,
    Dossier,
    Intervention,
    Organisation,
    PaperDocument,
    Referral,
)
from vp_desk.domain.validation import (
    MAX_NOTE_CHARS,
    validate_contact,
    validate_dossier,
    validate_intervention,
    validate_organisation,
    validate_paper,
    validate_referral,
)

TODAY = date(2026, 11, 23)


def test_catalog_has_both_profiles_with_complete_labels():
    cat = load_catalog()
    assert set(cat) == {"BE", "NL"}
    for prof in cat.values():
        for name in LIST_NAMES:
            keys = prof.keys(name)
            assert len(keys) == len(set(keys)), f"duplicate key in {prof.code}.{name}"
            for item in prof.items(name):
                for lang in LANGUAGES:
                    assert item.labels.get(lang), f"{prof.code}.{name}.{item.key} lacks {lang}"
    be, nl = cat["BE"], cat["NL"]
    assert "sexual_harassment" in be.keys("themes") and be.item("themes", "sexual_harassment").flag("paps_mandatory")
    assert {"theft_fraud", "corruption", "conflict_of_interest"} <= set(nl.keys("themes"))
    assert be.keys("intervention_types") == ("conversation", "intervention_other", "reconciliation")
    assert be.first_hearing_days == 10 and nl.first_hearing_days is None
    assert be.retention_years_after_closure == 5 and nl.retention_years_after_closure == 1
    assert be.has_register and not nl.has_register
    assert be.word("confidant", "fr") == "personne de confiance"
    with pytest.raises(ValueError):
        profile("DE")


def test_labels_differ_by_jurisdiction_where_wording_differs():
    be, nl = profile("BE"), profile("NL")
    assert be.label("referral_destinations", "occupational_physician") == "Arbeidsarts"
    assert nl.label("referral_destinations", "occupational_physician") == "Bedrijfsarts"
    assert be.label("themes", "bullying") == "Pesterijen" and nl.label("themes", "bullying") == "Pesten"


@pytest.mark.parametrize(("start", "years", "expected"), [
    (date(2024, 2, 29), 1, date(2025, 2, 28)),
    (date(2024, 2, 29), 4, date(2028, 2, 29)),
    (date(2023, 3, 1), 5, date(2028, 3, 1)),
    (date(2020, 12, 31), 2, date(2022, 12, 31)),
])
def test_add_years_is_leap_day_safe(start, years, expected):
    assert rules.add_years(start, years) == expected


def test_deadlines():
    be, nl = profile("BE"), profile("NL")
    assert rules.first_hearing_deadline(be, date(2026, 1, 25)) == date(2026, 2, 4)
    assert rules.first_hearing_deadline(nl, date(2026, 1, 25)) is None
    assert rules.delete_by(date(2026, 6, 30), rules.retention_years(be)) == date(2031, 6, 30)
    assert rules.delete_by(date(2026, 6, 30), rules.retention_years(nl)) == date(2027, 6, 30)
    assert rules.delete_by(date(2026, 6, 30), rules.retention_years(nl, 3)) == date(2029, 6, 30)
    assert rules.delete_by(None, 5) is None
    assert rules.basic_training_due(date(2024, 2, 29)) == date(2026, 2, 28)
    assert rules.register_expiry(be, date(2024, 2, 29)) == date(2029, 2, 28)


def _dossier(**kw) -> Dossier:
    base = dict(org_id=1, code="2026-001", request_date=date(2026, 3, 1), intake_date=date(2026, 3, 3),
                channel="phone", themes=("stress",), id=1)
    base.update(kw)
    return Dossier(**base)


def test_paps_support_mandatory_only_in_be_and_only_for_listed_cases():
    be, nl = profile("BE"), profile("NL")
    assert not rules.paps_support_mandatory(be, _dossier())
    assert rules.paps_support_mandatory(be, _dossier(themes=("sexual_harassment",)))
    assert rules.paps_support_mandatory(be, _dossier(senior_involved=True))
    assert rules.paps_support_mandatory(be, _dossier(group_problem=True))
    assert not rules.paps_support_mandatory(nl, _dossier(themes=("sexual_harassment",), group_problem=True))


def test_valid_dossier_has_no_messages():
    assert validate_dossier(_dossier(), profile("BE"), TODAY) == []


def test_dossier_messages_point_at_fields():
    be = profile("BE")
    msgs = validate_dossier(_dossier(code="  ", request_date=date(2027, 1, 1), themes=(), channel="fax"), be, TODAY)
    fields = {m.field for m in msgs}
    assert {"code", "request_date", "themes", "channel"} <= fields
    msgs = validate_dossier(_dossier(intake_date=date(2026, 2, 1)), be, TODAY)
    assert [m.field for m in msgs] == ["intake_date"]
    assert "01-03-2026" in msgs[0].render()
    assert validate_dossier(_dossier(themes=("theft_fraud",)), be, TODAY)[0].field == "themes"


def test_huge_note_is_refused_with_a_message_not_an_exception():
    d = _dossier(intake_notes="x" * (MAX_NOTE_CHARS + 1))
    msgs = validate_dossier(d, profile("BE"), TODAY)
    assert msgs and msgs[0].field == "intake_notes"
    assert str(MAX_NOTE_CHARS) in msgs[0].render()


def test_emoji_and_rtl_text_are_fine():
    d = _dossier(code="🙂 كود", intake_notes="שלום 🙂 مرحبا")
    assert validate_dossier(d, profile("NL") if False else profile("BE"), TODAY) == []


def test_contact_dates_and_minutes():
    be, d = profile("BE"), _dossier()
    ok = Contact(1, date(2026, 3, 10), "phone", 45, "")
    assert validate_contact(ok, d, be, TODAY) == []
    assert validate_contact(Contact(1, date(2026, 2, 1), "phone", 45), d, be, TODAY)[0].field == "date"
    assert validate_contact(Contact(1, date(2027, 2, 1), "phone", 45), d, be, TODAY)[0].field == "date"
    assert validate_contact(Contact(1, date(2026, 3, 10), "phone", -5), d, be, TODAY)[0].field == "minutes"


def test_intervention_with_third_party_needs_active_consent():
    be, d = profile("BE"), _dossier()
    i = Intervention(1, date(2026, 4, 1), "intervention_other")
    msgs = validate_intervention(i, d, be, [], TODAY)
    assert [m.field for m in msgs] == ["consent"]
    consent = Consent(1, "intervention_other", date(2026, 3, 20), ConsentParty.REQUESTER, id=5)
    assert validate_intervention(i, d, be, [consent], TODAY) == []
    consent.withdrawn_date = date(2026, 3, 25)
    assert [m.field for m in validate_intervention(i, d, be, [consent], TODAY)] == ["consent"]
    # a plain conversation needs no consent
    assert validate_intervention(Intervention(1, date(2026, 4, 1), "conversation"), d, be, [], TODAY) == []


def test_reconciliation_needs_consent_and_other_party():
    be, d = profile("BE"), _dossier()
    c = Consent(1, "reconciliation", date(2026, 3, 20), id=1)
    msgs = validate_intervention(Intervention(1, date(2026, 4, 1), "reconciliation"), d, be, [c], TODAY)
    assert [m.field for m in msgs] == ["other_party_agreed"]
    ok = Intervention(1, date(2026, 4, 1), "reconciliation", other_party_agreed=True)
    assert validate_intervention(ok, d, be, [c], TODAY) == []


def test_referral_needs_consent():
    be, d = profile("BE"), _dossier()
    r = Referral(1, date(2026, 4, 1), "paps")
    assert [m.field for m in validate_referral(r, d, be, [], TODAY)] == ["consent"]
    assert validate_referral(r, d, be, [Consent(1, "referral", date(2026, 4, 1))], TODAY) == []


def test_organisation_validation():
    assert validate_organisation(Organisation("Acme", "BE"), ["Other"]) == []
    assert validate_organisation(Organisation("acme", "BE"), ["ACME"])[0].field == "name"
    assert validate_organisation(Organisation(" ", "XX"))[0].field == "name"
    assert any(m.field == "profile" for m in validate_organisation(Organisation("A", "XX")))


def test_paper_document_validation():
    types = profile("BE").keys("intervention_types")
    start = date(2026, 3, 2)
    ok = PaperDocument(1, "request_informal", date(2026, 3, 5), intervention_type=types[0])
    assert validate_paper(ok, types, TODAY, start) == []
    assert validate_paper(PaperDocument(1, "confirmation_interview", date(2026, 3, 5)), types, TODAY, start) == []
    fields = lambda p: {m.field for m in validate_paper(p, types, TODAY, start)}  # noqa: E731
    assert fields(PaperDocument(1, "request_informal", date(2026, 3, 5))) == {"intervention_type"}
    assert fields(PaperDocument(1, "request_informal", date(2026, 3, 5), intervention_type="nonsense")) == {
        "intervention_type"}
    assert fields(PaperDocument(1, "letter", date(2026, 3, 5))) == {"kind"}
    assert fields(PaperDocument(1, "confirmation_interview", date(2026, 3, 1))) == {"signed_date"}
    assert fields(PaperDocument(1, "confirmation_interview", date(2026, 12, 1))) == {"signed_date"}
