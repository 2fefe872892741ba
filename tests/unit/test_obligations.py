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
    assert "3,5 h" in items[0].render()
    # appointed this year: last year is not held against them
    fresh = by_kind(ob.obligations(org(appointment_date=date(2026, 2, 1)), [], TODAY))["intervisie"]
    assert [i.status for i in fresh] == [ob.DUE]


def test_extra_training_recommended_and_prevention_hours():
    o = org(appointment_date=date(2023, 1, 1))
    acts = [OwnActivity("prevention", date(2026, 4, 1), 4.0, 1), OwnActivity("prevention", date(2026, 5, 1), 2.5, 1),
            OwnActivity("prevention", date(2026, 5, 1), 9.0, 2)]
    k = by_kind(ob.obligations(o, acts, TODAY))
    assert k["extra_training"][0].status == ob.RECOMMENDED
    assert "6,5 h" in k["prevention"][0].render()


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


# -- issue 15: every rule from the catalog, with its source and scope ---------------

def test_every_rule_has_a_source_a_scope_and_a_kind():
    from vp_desk.domain.catalog import LAW, PRACTICE, profile

    for code in ("BE", "NL"):
        for rule in profile(code).rules:
            assert rule.kind in (LAW, PRACTICE), rule.key
            assert rule.scope.split("/")[0] == code, rule.key
            for lang in ("nl", "fr", "en"):
                assert rule.source(lang) and rule.label(lang), (code, rule.key, lang)
            # a law has an article or is marked "check"; a practice names whose practice it is
            src = rule.source("en")
            assert ("check" in src or "art." in src) if rule.kind == LAW else (
                "ractice" in src or "Seed" in src), rule.key


def test_belgian_rules_are_not_applied_to_dutch_organisations():
    """Issue 15: the 2-year training, the yearly intervisie and the three quiet years are
    Belgian (the last one Flemish-government practice); a Dutch organisation follows the
    LVV's basic course and yearly further training, which are practice, not law."""
    nl = org(profile="NL", appointment_date=date(2020, 1, 1))
    items = ob.obligations(nl, [], TODAY, {})
    rules_used = {i.rule for i in items if i.rule}
    assert rules_used == {"lvv_basic_course", "lvv_further_training"}
    assert not any(i.status in (ob.OVERDUE, ob.WARNING) for i in items)
    assert "intervisie" not in by_kind(items)
    be = ob.obligations(org(appointment_date=date(2020, 1, 1)), [], TODAY, {})
    assert {"basic_training", "intervisie", "paps_consultation", "quiet_years", "extra_training"} <= {
        i.rule for i in be}


def test_practice_rules_switch_off_per_organisation_and_laws_do_not():
    o = org(appointment_date=date(2020, 1, 1))
    off = ob.obligations(o, [], TODAY, {}, {"quiet_years": False, "extra_training": False})
    assert {i.rule for i in off} >= {"basic_training", "intervisie"}
    assert not {"quiet_years", "extra_training"} & {i.rule for i in off}
    from vp_desk.domain import rules
    from vp_desk.domain.catalog import profile

    assert rules.rule_on(profile("BE"), "intervisie", {"intervisie": False})  # a law stays on
    assert not rules.rule_on(profile("NL"), "intervisie")  # another profile's rule never applies


def test_paps_support_is_flemish_practice_and_switchable():
    from vp_desk.domain import rules
    from vp_desk.domain.catalog import profile
    from vp_desk.domain.models import Dossier

    d = Dossier(org_id=1, code="A", intake_date=None, request_date=TODAY, channel="phone",
                themes=("sexual_harassment",))
    rule = profile("BE").rule("paps_support")
    assert rule.kind == "practice" and rule.scope == "BE/Flemish government"
    assert "Flemish government" in rule.source("en") and "seed 004" in rule.source("en")
    assert rules.paps_support_mandatory(profile("BE"), d)
    assert not rules.paps_support_mandatory(profile("BE"), d, {"paps_support": False})
    assert not rules.paps_support_mandatory(profile("NL"), d)


def test_training_hours_figure_is_marked_check_not_claimed_from_the_codex():
    """The seeds and domain.md give "5 days" (courses by Mensura, the GDPB) and "within 2
    years" (seed 003), but no Codex hour figure: the catalog must say "check"."""
    from vp_desk.domain.catalog import profile

    rule = profile("BE").rule("basic_training")
    assert rule.params["hours"] == 35 and rule.params["hours_checked"] is False
    assert "check" in rule.source("en") and "seed 003" in rule.source("en")
    bt = by_kind(ob.obligations(org(appointment_date=date(2026, 1, 1)), [], TODAY))["basic_training"][0]
    assert bt.rule == "basic_training" and "35 h" in bt.render()


def test_rule_switches_are_kept_per_organisation_in_the_vault(service, be_org):
    import pytest

    other = Organisation(name="Tweede", profile="BE")
    other_id = service.save_organisation(other)
    service.save_organisation(be_org, {"quiet_years": False})
    assert service.rule_switches(be_org.id) == {"quiet_years": False}
    assert service.rule_switches(other_id) == {}
    assert not service.rule_on(be_org.id, "quiet_years") and service.rule_on(other_id, "quiet_years")
    with pytest.raises(ValueError):
        service.set_rule_switches(be_org.id, {"intervisie": False})  # law: not switchable
    with pytest.raises(ValueError):
        service.set_rule_switches(be_org.id, {"lvv_basic_course": False})  # another profile's rule
    assert service.repo.get_setting(f"rules.{be_org.id}") == '{"quiet_years": false}'


def test_mediation_wording_only_where_the_organisation_allows_it(service, nl_org):
    """Seed 001: a Dutch confidant is "geen ... bemiddelaar": the NL profile says
    "Gesprek met beide partijen" unless the organisation switches mediation on."""
    assert service.profile_of(nl_org.id).label("intervention_types", "reconciliation").startswith(
        "Gesprek met beide partijen")
    service.set_rule_switches(nl_org.id, {"mediation": True})
    allowed = service.profile_of(nl_org.id)
    assert allowed.label("intervention_types", "reconciliation").startswith("Bemiddeling")
    assert allowed.keys("intervention_types") == service.profile_of(nl_org.id).keys("intervention_types")


def test_hours_are_written_with_the_ui_languages_decimal_separator():
    """Issue 16: "7.0" / "3.5" in Dutch and French; the separator follows the UI language."""
    from vp_desk.domain import dates

    o = ob.Obligation("prevention", 1, "info", None, "{hours} h", (("hours", 3.5),))
    try:
        assert o.render() == "3,5 h"
        dates.set_decimal_separator(".")
        assert o.render() == "3.5 h" and dates.format_number(7.0) == "7"
    finally:
        dates.set_decimal_separator(",")
