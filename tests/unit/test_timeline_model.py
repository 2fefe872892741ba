"""The dossier timeline: order of entries and what the model shows, without widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import (
    Consent,
    ConsentParty,
    Contact,
    Dossier,
    Intervention,
    Referral,
    StatusEvent,
)
from vp_desk.ui.dossier.timeline_model import (
    ENTRY_ROLE,
    KIND_ROLE,
    RECORD_ID_ROLE,
    SORT_ROLE,
    TimelineModel,
    build_timeline,
)

BE = profile("BE")


def _dossier(**kw) -> Dossier:
    base = dict(id=7, org_id=1, code="2026-001", request_date=date(2026, 3, 1), intake_date=date(2026, 3, 4),
                channel="phone", themes=("stress", "conflict"), intake_notes="Eerste gesprek\ntweede regel")
    base.update(kw)
    return Dossier(**base)


def _records():
    d = _dossier()
    contacts = [Contact(id=11, dossier_id=7, date=date(2026, 3, 10), kind="phone", minutes=25, notes="Bel terug")]
    consents = [Consent(id=21, dossier_id=7, scope="intervention_other", given_date=date(2026, 3, 10),
                        description="akkoord", withdrawn_date=date(2026, 4, 2)),
                Consent(id=22, dossier_id=7, scope="referral", given_date=date(2026, 3, 12),
                        given_by=ConsentParty.OTHER_PARTY)]
    interventions = [Intervention(id=31, dossier_id=7, date=date(2026, 3, 11), type="intervention_other",
                                  consent_id=21, notes="gesprek met chef")]
    referrals = [Referral(id=41, dossier_id=7, date=date(2026, 3, 12), destination="paps", formal_request=True,
                          outcome="opgevolgd")]
    events = [StatusEvent(id=51, dossier_id=7, kind="closed", date=date(2026, 4, 2), outcome="referred"),
              StatusEvent(id=52, dossier_id=7, kind="reopened", date=date(2026, 5, 1))]
    return d, contacts, consents, interventions, referrals, events


def test_build_timeline_orders_by_date_then_by_what_happens_first():
    entries = build_timeline(*_records())
    assert [(e.kind, e.record_id) for e in entries] == [
        ("request", 7), ("intake", 7),
        ("consent", 21), ("contact", 11),  # same day: the consent is recorded before the contact
        ("intervention", 31),
        ("consent", 22), ("referral", 41),
        ("consent_withdrawn", 21), ("closed", 51),
        ("reopened", 52),
    ]
    assert [e.date for e in entries] == sorted(e.date for e in entries)


def test_request_on_the_intake_day_is_one_entry_and_unheard_request_has_no_intake():
    same = build_timeline(_dossier(request_date=date(2026, 3, 4)))
    assert [e.kind for e in same] == ["intake"]
    unheard = build_timeline(_dossier(intake_date=None))
    assert [e.kind for e in unheard] == ["request"]


def test_model_columns_roles_and_text(qapp):
    m = TimelineModel()
    m.set_entries(build_timeline(*_records()), BE, "nl")
    assert m.rowCount() == 10 and m.columnCount() == 3
    assert m.headerData(TimelineModel.COL_DATE, Qt.Orientation.Horizontal) == "Date"  # no translator installed
    row = m.row_of("contact", 11)
    idx = m.index(row, TimelineModel.COL_DATE)
    assert idx.data() == "10-03-2026"
    assert idx.data(KIND_ROLE) == "contact"
    assert idx.data(RECORD_ID_ROLE) == 11
    assert idx.data(ENTRY_ROLE).record.notes == "Bel terug"
    detail = m.index(row, TimelineModel.COL_DETAIL).data()
    assert "Telefoon" in detail and "25" in detail and "Bel terug" in detail
    # the intake shows the theme labels of the profile, in the chosen language, and the first note line
    intake = m.index(m.row_of("intake", 7), TimelineModel.COL_DETAIL)
    assert "Stress" in intake.data() and "Conflict" in intake.data() and "Eerste gesprek" in intake.data()
    assert "tweede regel" not in intake.data()
    assert "tweede regel" in intake.data(Qt.ItemDataRole.ToolTipRole)
    # consent given by the other party, and its withdrawal on its own line
    assert "withdrawn on 02-04-2026" in m.index(m.row_of("consent", 21), TimelineModel.COL_DETAIL).data()
    assert "by the other party" in m.index(m.row_of("consent", 22), TimelineModel.COL_DETAIL).data()
    assert m.index(m.row_of("consent_withdrawn", 21), TimelineModel.COL_KIND).data() == "Consent withdrawn"
    ref = m.index(m.row_of("referral", 41), TimelineModel.COL_DETAIL).data()
    assert "PAPS" in ref and "opgevolgd" in ref
    closed = m.index(m.row_of("closed", 51), TimelineModel.COL_DETAIL).data()
    assert closed == BE.label("outcomes", "referred", "nl")
    m.language = "fr"
    assert BE.label("outcomes", "referred", "fr") in m.index(m.row_of("closed", 51), 2).data()


def test_sort_role_keeps_date_order_and_long_notes_are_cut(qapp):
    m = TimelineModel()
    d = _dossier(intake_notes="x" * 5000)
    m.set_entries(build_timeline(d), BE)
    keys = [m.index(r, TimelineModel.COL_DATE).data(SORT_ROLE) for r in range(m.rowCount())]
    assert keys == sorted(keys)
    intake = m.index(m.row_of("intake", 7), TimelineModel.COL_DETAIL)
    assert len(intake.data()) < 200
    assert len(intake.data(Qt.ItemDataRole.ToolTipRole)) <= 2100


def test_clear_drops_every_row(qapp):
    m = TimelineModel()
    m.set_entries(build_timeline(*_records()), BE)
    m.clear()
    assert m.rowCount() == 0
    assert m.data(m.index(0, 0)) is None
