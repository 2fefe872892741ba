"""Issue 15: the theme lists, the risk domains (BE) and who asks, from the catalog to the
vault and back."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vp_desk.domain.catalog import profile
from vp_desk.report import tables as tb
from vp_desk.usecases.desk import Invalid


def test_the_catalog_holds_the_new_lists_with_their_source():
    be, nl = profile("BE"), profile("NL")
    assert "discrimination" in be.keys("themes")
    assert be.keys("risk_domains") == ("work_organisation", "work_content", "employment_conditions",
                                       "working_conditions", "interpersonal_relations")
    assert [i.label("nl") for i in be.items("risk_domains")][-1] == "Interpersoonlijke relaties op het werk"
    for lang in ("nl", "fr", "en"):
        assert "32/1" in be.list_source("risk_domains", lang)
    assert nl.keys("risk_domains") == () and nl.list_source("risk_domains") == ""
    # a conflict theme for the Netherlands, counted with unwanted behaviour (not integrity)
    assert "conflict" in nl.keys("themes") and "conflict" in tb.theme_groups(nl)["behaviour"]
    assert set(tb.theme_groups(nl)) == {"behaviour", "integrity"}
    keys = ("concerned", "witness", "manager", "former_employee")
    assert be.keys("requester_positions") == nl.keys("requester_positions") == keys
    # Netherlands Dutch where it differs ("omstaander", "gewezen" are Flemish)
    assert be.label("requester_positions", "witness") == "Getuige of omstaander"
    assert nl.label("requester_positions", "witness") == "Getuige of omstander"
    assert nl.label("requester_positions", "former_employee") == "Oud-medewerker"
    for p in (be, nl):
        for item in p.items("requester_positions") + p.items("risk_domains"):
            assert all(item.label(lang) for lang in ("nl", "fr", "en"))


def test_who_asks_and_the_domains_are_kept(service, be_org, make_dossier):
    d = make_dossier(be_org, requester="manager", domains=("work_content", "interpersonal_relations"),
                     themes=("discrimination",))
    back = service.repo.dossier(d.id)
    assert back.requester == "manager"
    assert back.domains == ("interpersonal_relations", "work_content")
    assert back.themes == ("discrimination",)
    service.save_dossier(replace(back, requester=None, domains=("work_organisation",)))
    again = service.repo.dossier(d.id)
    assert again.requester is None and again.domains == ("work_organisation",)


def test_an_older_dossier_reads_as_not_recorded(service, be_org, make_dossier):
    d = make_dossier(be_org)
    back = service.repo.dossier(d.id)
    assert back.requester is None and back.domains == ()


def test_choices_outside_the_profile_are_refused_and_nothing_is_written(service, be_org, nl_org, make_dossier):
    with pytest.raises(Invalid) as exc:
        make_dossier(nl_org, domains=("work_content",))  # the Netherlands has no risk domains
    assert {m.field for m in exc.value.messages} == {"domains"}
    with pytest.raises(Invalid) as exc:
        make_dossier(be_org, requester="neighbour")
    assert {m.field for m in exc.value.messages} == {"requester"}
    assert service.repo.count_dossiers() == 0


def test_erasing_a_dossier_erases_its_domains(service, vault, be_org, make_dossier):
    d = make_dossier(be_org, domains=("work_content",))
    service.repo.delete_dossier(d.id)
    assert vault.conn.execute("SELECT count(*) FROM dossier_domains").fetchone()[0] == 0


def test_demo_data_fills_who_asks_and_the_belgian_domains(vault):
    from datetime import date

    from vp_desk import demo

    demo.fill(vault, 120, orgs=2, years=2, today=date(2026, 11, 23))  # one NL, one BE organisation
    rows = dict(vault.conn.execute("SELECT requester, count(*) FROM dossiers GROUP BY requester").fetchall())
    assert set(rows) == {"concerned", "witness", "manager", "former_employee"}
    assert rows["concerned"] > sum(rows.values()) / 2  # mostly the person concerned
    by_profile = dict(vault.conn.execute(
        "SELECT o.profile, count(m.domain) FROM dossiers d JOIN organisations o ON o.id = d.org_id "
        "LEFT JOIN dossier_domains m ON m.dossier_id = d.id GROUP BY o.profile").fetchall())
    assert by_profile["NL"] == 0 and by_profile["BE"] > 0
