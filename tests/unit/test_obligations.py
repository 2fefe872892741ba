"""Mijn rol: basic training, intervisie, extra training, PAPS consultation, prevention
hours, and the three-quiet-years warning."""

from __future__ import annotations

from datetime import date

from vp_desk.domain import obligations as ob
from vp_desk.domain.models import Organisation, OwnActivity

TODAY = date(2026, 11, 23)


def org(**kw) -> Organisation:
    return Organisation(name="X", profile=kw.pop("profile", "BE"), id=1, **kw)


def by_kind(items):
    out = {}
    for i in items:
        out.setdefault(i.kind, []).append(i)
    return out


def test_basic_training_due_within_two_years_leap_safe():
    o = org(appointment_date=date(2024, 2, 29))
    bt = by_kind(ob.obligations(o, [], date(2026, 2, 27)))["basic_training"][0]
    assert bt.status == ob.DUE and bt.due == date(2026, 2, 28)
    bt = by_kind(ob.obligations(o, [], date(2026, 3, 1)))["basic_training"][0]
    assert bt.status == ob.OVERDUE
    done = [OwnActivity("basic_training", date(2025, 1, 10), 21.0, None),
            OwnActivity("basic_training", date(2025, 2, 10), 14.0, 1)]
    assert by_kind(ob.obligations(o, done, date(2026, 3, 1)))["basic_training"][0].status == ob.DONE
    # training recorded for another organisation does not count here
    elsewhere = [OwnActivity("basic_training", date(2025, 1, 10), 35.0, 2)]
    assert by_kind(ob.obligations(o, elsewhere, date(2026, 3, 1)))["basic_training"][0].status == ob.OVERDUE


def test_basic_training_without_appointment_asks_for_the_date():
    bt = by_kind(ob.obligations(org(), [], TODAY))["basic_training"][0]
    assert bt.status == ob.DUE and bt.due is None and "Appointment date" in bt.render()


def test_intervisie_one_day_per_calendar_year():
    o = org(appointment_date=date(2023, 1, 1))
    acts = [OwnActivity("intervisie", date(2025, 3, 1), 3.5, 1),
            OwnActivity("intervisie", date(2026, 3, 1), 3.5, None), OwnActivity("intervisie", date(2026, 9, 1), 3.5, 1)]
    items = by_kind(ob.obligations(o, acts, TODAY))["intervisie"]
    assert [(i.status, i.due) for i in items] == [(ob.OVERDUE, date(2025, 12, 31)), (ob.DONE, date(2026, 12, 31))]
    assert "3.5 h" in items[0].render()
    # appointed this year: last year is not held against them
    fresh = by_kind(ob.obligations(org(appointment_date=date(2026, 2, 1)), [], TODAY))["intervisie"]
    assert [i.status for i in fresh] == [ob.DUE]


def test_extra_training_recommended_and_prevention_hours():
    o = org(appointment_date=date(2023, 1, 1))
    acts = [OwnActivity("prevention", date(2026, 4, 1), 4.0, 1), OwnActivity("prevention", date(2026, 5, 1), 2.5, 1),
            OwnActivity("prevention", date(2026, 5, 1), 9.0, 2)]
    k = by_kind(ob.obligations(o, acts, TODAY))
    assert k["extra_training"][0].status == ob.RECOMMENDED
    assert "6.5 h" in k["prevention"][0].render()


def test_paps_consultation_yearly_for_belgium_only():
    o = org(appointment_date=date(2023, 1, 1))
    assert by_kind(ob.obligations(o, [], TODAY))["paps_consultation"][0].status == ob.OVERDUE
    recent = [OwnActivity("paps_consultation", date(2026, 2, 1), 1.0, 1)]
    item = by_kind(ob.obligations(o, recent, TODAY))["paps_consultation"][0]
    assert item.status == ob.DONE and item.due == date(2027, 2, 1)
    old = [OwnActivity("paps_consultation", date(2025, 2, 1), 1.0, 1)]
    assert by_kind(ob.obligations(o, old, TODAY))["paps_consultation"][0].status == ob.OVERDUE
    assert "paps_consultation" not in by_kind(ob.obligations(org(profile="NL"), [], TODAY))


def test_three_quiet_years_warning():
    o = org(appointment_date=date(2019, 1, 1))
    assert ob.quiet_warning(o, {2022: 3, 2023: 0}, TODAY).status == ob.WARNING
    assert "2022" in ob.quiet_warning(o, {2022: 3}, TODAY).render()
    assert ob.quiet_warning(o, {2025: 1}, TODAY) is None
    assert ob.quiet_warning(o, {2024: 1}, TODAY) is None
    # appointed less than three years ago: too early to tell
    assert ob.quiet_warning(org(appointment_date=date(2025, 1, 1)), {}, TODAY) is None
    assert ob.overdue_count(ob.obligations(o, [], TODAY, {2020: 2})) >= 1


def test_dossiers_per_year_from_the_vault(service, be_org, make_dossier):
    make_dossier(be_org, request_date=date(2022, 3, 1), intake_date=date(2022, 3, 2))
    make_dossier(be_org)
    per_year = service.repo.dossiers_per_year(be_org.id)
    assert per_year == {2022: 1, 2026: 1}
    assert ob.quiet_warning(be_org, per_year, TODAY) is None


def test_own_activity_validation():
    kinds = ("intervisie",)
    assert ob.validate_own_activity(OwnActivity("intervisie", TODAY, 7.0), kinds, TODAY) == []
    bad = ob.validate_own_activity(OwnActivity("bogus", date(2027, 1, 1), -1.0), kinds, TODAY)
    assert {m.field for m in bad} == {"date", "kind", "hours"}
