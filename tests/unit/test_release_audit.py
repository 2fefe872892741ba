"""Reporting periods, the release ledger and the audit: what a reader holding every export
of an organisation can work out must never pin a small number about a group of people."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import Dossier
from vp_desk.domain.periods import Period, ReportingCalendar
from vp_desk.report import api, disclosure
from vp_desk.report import tables as tb
from vp_desk.report.audit import ReaderModel, disclosed
from vp_desk.report.document import Options
from vp_desk.report.figures import YearFigures
from vp_desk.report.reader import (
    ReleaseSpec,
    add_edition,
    add_group_targets,
    add_release,
    release_expr,
)
from vp_desk.storage import releases


def test_calendar_years_school_years_and_summaries():
    cal = ReportingCalendar(9)
    assert cal.period(2025) == Period(date(2025, 9, 1), date(2026, 8, 31))
    assert cal.year_of(date(2026, 8, 31)) == 2025 and cal.year_of(date(2026, 9, 1)) == 2026
    assert cal.label(cal.period(2025)) == "2025\u20132026"
    s = cal.summary(2022, 3)
    assert cal.base_years(s) == [2022, 2023, 2024] and cal.match(s.start, s.end) == s
    plain = ReportingCalendar()
    assert plain.label(plain.period(2025)) == "2025" and plain.label(plain.summary(2021, 5)) == "2021\u20132025"
    # a year minus one day, half a year, six years: not a reporting period
    assert plain.match(date(2025, 1, 1), date(2025, 12, 30)) is None
    assert plain.match(date(2025, 7, 1), date(2025, 12, 31)) is None
    assert plain.match(date(2020, 1, 1), date(2025, 12, 31)) is None
    with pytest.raises(ValueError):
        plain.summary(2020, 6)


def _dossiers(service, org, n, year=2026, **kw):
    for i in range(n):
        service.save_dossier(Dossier(org_id=org.id, code=f"{year}-{i}-{kw.get('channel', 'x')}",
                                     request_date=date(year, 2, 1 + i % 25), intake_date=date(year, 2, 2 + i % 25),
                                     channel=kw.get("channel", "phone"), sphere=kw.get("sphere", "work"),
                                     relation=kw.get("relation", "colleague"),
                                     themes=kw.get("themes", ("stress",))))


def _export(vault, org, start, end, tmp_path, **kw):
    p = api.prepare(vault, org.id, start, end, **kw)
    api.write(vault, p, tmp_path / f"{start}-{end}-{len(list(tmp_path.iterdir()))}.pdf")
    return p


def test_arbitrary_ranges_are_refused(vault, service, be_org):
    _dossiers(service, be_org, 8)
    with pytest.raises(api.PeriodRefused):
        api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 30))
    releases.set_start_month(vault, be_org.id, 9)
    with pytest.raises(api.PeriodRefused):
        api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31))
    api.prepare(vault, be_org.id, date(2025, 9, 1), date(2026, 8, 31))


def test_calendar_is_frozen_once_exported(vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 8)
    _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    with pytest.raises(releases.CalendarFrozen):
        releases.set_start_month(vault, be_org.id, 9)


def test_one_small_cell_gets_a_partner_and_the_audit_finds_nothing(vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 11, channel="phone", themes=("stress", "conflict"))
    _dossiers(service, be_org, 1, channel="email", themes=("stress", "conflict"))
    _dossiers(service, be_org, 6, channel="in_person", sphere="individual", themes=("burnout",))
    p = _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    pub = p.document.published()
    # the partner is drawn in the vault's secret order: beside phone (11) the "<5" keeps
    # enough room; beside in person (6) it would be 1 or 2, so the table is left out
    if pub.get("channel.__withheld__") == "1":
        assert "channel.email" not in pub and p.document.reasons["channel.email"] == "withheld"
    else:
        assert pub["channel.email"] == "<5" and p.document.reasons["channel.email"] == "small"
        assert pub["channel.phone"] == "x" and p.document.reasons["channel.phone"] == "partner"
        assert pub["channel.in_person"] == "6"
    # a fresh reader model of everything released pins nothing
    assert _ledger_findings(vault, be_org) == []


def _ledger_findings(vault, org):
    prof = profile(org.profile)
    book = api._Ledger(vault, org.id, prof, api.calendar(vault, org.id), 5)
    return disclosed(book.model({}, None))


def test_reexport_after_a_late_request_reissues_and_a_correction_by_one_is_refused(
        vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 9, channel="phone")
    _dossiers(service, be_org, 7, channel="email", sphere="individual")
    first = _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    _dossiers(service, be_org, 1, year=2026, channel="video", themes=("violence",))
    again = api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31))
    assert again.reissue and again.document.published() == first.document.published()
    assert "new_requests" in again.changes and "channel.video" in again.changes
    with pytest.raises(api.ReleaseRefused):
        api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31), corrected=True)


def test_a_correction_of_a_whole_group_passes_and_shows_what_changed(vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 9, channel="phone")
    _dossiers(service, be_org, 7, channel="email", sphere="individual")
    _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    _dossiers(service, be_org, 8, year=2026, channel="in_person", themes=("burnout",))
    p = _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path, corrected=True)
    assert p.corrected and p.document.published()["new_requests"] == "24"
    assert p.editions == {2026: 2}
    assert _ledger_findings(vault, be_org) == []


def test_threshold_and_breakdowns_are_frozen_per_released_period(vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 12)
    _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path, options=Options(threshold=5))
    p = api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31),
                    Options(threshold=3, breakdowns=("gender",)))
    assert p.reissue and p.document.threshold == 5 and "gender.woman" not in p.document.published()


def test_a_summary_cannot_unmask_a_year_that_said_fewer_than_five(vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 3, year=2025)
    _dossiers(service, be_org, 10, year=2026)
    small = _export(vault, be_org, date(2025, 1, 1), date(2025, 12, 31), tmp_path)
    assert small.document.reduced
    _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    with pytest.raises(api.ReleaseRefused):  # 13 - 10 would give 2025's 3 requests away
        api.prepare(vault, be_org.id, date(2025, 1, 1), date(2026, 12, 31))


def test_all_requesters_sharing_a_category_is_not_printed(vault, service, be_org, tmp_path):
    _dossiers(service, be_org, 7, sphere="work", channel="phone")
    _dossiers(service, be_org, 6, sphere="work", channel="email")
    p = api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31))
    pub = p.document.published()
    assert pub.get("sphere.__withheld__") == "1" and "sphere.work" not in pub
    assert p.document.reasons["sphere.work"] == "withheld"


def test_an_unknown_category_refuses_the_export(vault, service, be_org):
    _dossiers(service, be_org, 8)
    with vault.transaction() as c:
        c.execute("UPDATE dossiers SET channel = 'carrier_pigeon' WHERE id = (SELECT min(id) FROM dossiers)")
    with pytest.raises(tb.UnknownCategory):
        api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31))


# -- replaying the protection --------------------------------------------------------------

BE = profile("BE")
CHANNELS = tb.categories(BE, "channel")


def _stats(channel: dict[str, int]) -> dict[str, int]:
    n = sum(channel.values())
    fig = YearFigures(profile="BE", start=date(2026, 1, 1), end=date(2026, 12, 31), new_requests=n,
                      open_at_start=0, open_at_end=n, closed=0, contacts=0, minutes=0, channel=channel,
                      sphere={"work": n // 2, "individual": n - n // 2},
                      relation={"colleague": n // 2, "supervisor": n - n // 2},
                      themes={"stress": n // 2 + 1, "conflict": n - n // 2})
    return tb.statistics(fig, BE)


def _protect(channel: dict[str, int], secret: bytes = b"fixed secret key") -> dict[str, str]:
    return _protect_table(_stats(channel), "channel", secret)


def _protect_table(stats: dict[str, int], table: str, secret: bytes = b"fixed secret key") -> dict[str, str]:
    """What the app publishes of ``table`` for these statistics of one year."""
    values = api._printed(BE, stats, Options(), 5)
    editions = [(2026, "1")]

    def model_of(published):
        m = ReaderModel(5)
        add_edition(m, BE, 2026, "1", stats)
        if published is not None:
            add_release(m, BE, ReleaseSpec("new", editions, published, 5))
            add_group_targets(m, BE, [ReleaseSpec("new", editions, published, 5)])
        return m

    truth = {k: api._truth(BE, stats, k) for k in values}
    pub = disclosure.protect(values, truth, 5, model_of, secret, "salt",
                             lambda key: release_expr(BE, editions, key))
    return {k: v for k, v in pub.published().items() if k.startswith(f"{table}.")}


def _assert_replay_keeps_two_values(table: str, counts: dict[str, int], protect) -> None:
    """Replay ``protect`` on every ``table`` consistent with what it published for ``counts``
    (which sum to the headline): each hidden count keeps at least two possible values."""
    shown = protect(counts)
    if shown.get(f"{table}.__withheld__") == "1":
        return
    hidden = [k.partition(".")[2] for k, v in shown.items() if v in ("x", "<5")]
    if not hidden:
        return
    known = sum(counts.values()) - sum(int(v) for v in shown.values() if v not in ("x", "<5"))
    ranges = [range(1, 5) if shown[f"{table}.{k}"] == "<5" else range(5, known + 1) for k in hidden]
    possible: dict[str, set[int]] = {k: set() for k in hidden}
    for combo in itertools.product(*ranges):
        if sum(combo) != known:
            continue
        candidate = {**{k.partition(".")[2]: int(v) for k, v in shown.items() if v not in ("x", "<5")},
                     **dict(zip(hidden, combo, strict=True))}
        if protect(candidate) == shown:
            for k, v in zip(hidden, combo, strict=True):
                possible[k].add(v)
    assert all(counts[k] in possible[k] for k in hidden)
    assert all(len(v) >= 2 for v in possible.values()), possible


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from([0, 0, 1, 2, 3, 5, 6, 8]), min_size=len(CHANNELS), max_size=len(CHANNELS))
       .filter(lambda v: 5 <= sum(v) <= 15 and any(0 < x < 5 for x in v)))
@example(counts=[0, 0, 0, 0, 1, 1, 5])  # pinned both small cells to 1 under cell-by-cell suppression
@example(counts=[0, 0, 0, 0, 1, 3, 6])  # pinned the 6 under cell-by-cell suppression
def test_replaying_the_protection_leaves_every_hidden_cell_two_values(counts):
    """A reader who knows the code, and even the vault's secret key, tries every channel
    table consistent with the published one and keeps those the app would have published
    the same way: each hidden count must still have at least two possible values."""
    _assert_replay_keeps_two_values("channel", dict(zip(CHANNELS, counts, strict=True)), _protect)


def test_the_reporting_year_is_set_with_the_organisation_and_then_frozen(vault, service, be_org, tmp_path):
    be_org.report_start_month = 9
    service.save_organisation(be_org)
    assert api.calendar(vault, be_org.id).period(2025) == Period(date(2025, 9, 1), date(2026, 8, 31))
    _dossiers(service, be_org, 8, year=2026)
    _export(vault, be_org, date(2025, 9, 1), date(2026, 8, 31), tmp_path)
    assert service.calendar_frozen(be_org.id)
    be_org.report_start_month = 1
    with pytest.raises(releases.CalendarFrozen):
        service.save_organisation(be_org)
    assert api.calendar(vault, be_org.id).start_month == 9


def test_a_left_out_themes_table_does_not_claim_no_theme_recurred():
    from vp_desk.report.document import build

    values = {"new_requests": "12", "themes.__withheld__": "1", "threshold": "5"}
    doc = build(values, "Org", "en", "BE", date(2026, 1, 1), date(2026, 12, 31), Options(), date(2027, 1, 5))
    rec = next(s for s in doc.sections if s.key == "recurring")
    assert "not shown" in rec.paragraphs[0] and not rec.facts


def test_exports_made_before_the_ledger_are_read_as_releases(tmp_path):
    """A vault of format 2 with an old export migrates; the old export's figures join the
    reader's model (as if every count of t or more had been shown) and a new export of
    another year still works."""
    import sqlcipher3

    from vp_desk.storage.keys import quote_passphrase
    from vp_desk.storage.vault import Vault, build_at_version

    from ..conftest import PASSPHRASE

    path = tmp_path / "v2.vpvault"
    build_at_version(path, PASSPHRASE, 2)
    c = sqlcipher3.connect(str(path))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    c.execute("INSERT INTO organisations(id, name, profile) VALUES (1, 'Oude Org', 'BE')")
    for i in range(12):
        c.execute("INSERT INTO dossiers(org_id, code, request_date, intake_date, channel, sphere, relation) "
                  "VALUES (1, ?, '2025-03-01', '2025-03-02', ?, 'work', 'colleague')",
                  (f"K-{i}", "phone" if i < 9 else "email"))
        c.execute("INSERT INTO dossier_themes VALUES (last_insert_rowid(), 'stress')")
    old = YearFigures(profile="BE", start=date(2025, 1, 1), end=date(2025, 12, 31), new_requests=12,
                      open_at_start=0, open_at_end=12, closed=0, contacts=0, minutes=0,
                      channel={"phone": 9, "email": 3}, sphere={"work": 12}, relation={"colleague": 12},
                      themes={"stress": 12})
    c.execute("INSERT INTO report_exports(org_id, period_start, period_end, exported_at, figures) "
              "VALUES (1, '2025-01-01', '2025-12-31', '2026-01-10', ?)", (old.to_json(),))
    c.commit()
    c.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert releases.legacy_exports(v, 1) and releases.has_releases(v, 1)
        book = api._Ledger(v, 1, profile("BE"), api.calendar(v, 1), 5)
        assert any(s.key == "legacy0" for s in book.specs)
        p = api.prepare(v, 1, date(2025, 1, 1), date(2025, 12, 31))
        assert p.document.published()["new_requests"] == "12"
        assert p.prior  # the old export showed email 3 next to phone 9: already given away


def test_the_command_line_names_what_it_left_out(vault_path, vault, service, be_org, tmp_path, capsys):
    from vp_desk import cli

    from ..conftest import PASSPHRASE

    _dossiers(service, be_org, 13, sphere="work", channel="phone")
    vault.close()
    phrase = tmp_path / "pw"
    phrase.write_text(PASSPHRASE)
    out = tmp_path / "r.pdf"
    rc = cli.main(["report", str(vault_path), "--org", be_org.name, "--year", "2026", "--out", str(out),
                   "--passphrase-file", str(phrase)])
    line = capsys.readouterr().out
    assert rc == 0 and out.exists()
    assert "left out so that no small number can be worked out:" in line and "sphere" in line, line


# -- issue 15: who asks, the risk domains, the requests per theme group --------------------

def _asked(service, org, n, year=2026, requester="concerned", domains=(), themes=("stress",), tag=""):
    for i in range(n):
        service.save_dossier(Dossier(org_id=org.id, code=f"{year}-{requester}-{tag}{i}",
                                     request_date=date(year, 3, 1 + i % 25), intake_date=date(year, 3, 2 + i % 25),
                                     channel="phone" if i % 2 else "email", sphere="work" if i % 3 else "individual",
                                     relation="colleague" if i % 2 else "supervisor", themes=themes,
                                     requester=requester, domains=domains))


def test_who_asks_domains_and_group_subtotals_are_printed_and_pass_the_audit(vault, service, be_org, tmp_path):
    _asked(service, be_org, 9, domains=("work_organisation",), themes=("stress", "burnout"))
    _asked(service, be_org, 7, requester="witness", domains=("interpersonal_relations", "work_content"),
           themes=("bullying", "conflict"))
    _asked(service, be_org, 6, requester=None, themes=("bullying", "stress"))  # not recorded (older habit)
    p = _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    pub = p.document.published()
    assert pub["new_requests"] == "22"
    assert (pub["requester.concerned"], pub["requester.witness"], pub["requester._unknown"]) == ("9", "7", "6")
    assert pub["requester.manager"] == pub["requester.former_employee"] == "0"
    assert (pub["domains.work_organisation"], pub["domains.interpersonal_relations"], pub["domains._unknown"]) == (
        "9", "7", "6")
    # a request counts once per group: 7 + 6 ask about bullying or conflict (behaviour), each
    # with two themes; the theme-group table adds the themes up instead
    assert pub["group_requests.behaviour"] == "13" and pub["theme_groups.behaviour"] == "20"
    assert pub["group_requests.psychosocial"] == "15"
    titles = [title for sec in p.document.sections for title, _t, _l in sec.tables]
    assert any(t.startswith("Wie vraagt") for t in titles) and any(t.startswith("Risicodomeinen") for t in titles)
    assert _ledger_findings(vault, be_org) == []


def test_the_netherlands_gets_subtotals_and_no_risk_domains(vault, service, nl_org, tmp_path):
    _asked(service, nl_org, 8, themes=("bullying", "conflict"))
    _asked(service, nl_org, 7, requester="manager", themes=("theft_fraud", "corruption"), tag="b")
    _asked(service, nl_org, 5, requester="witness", themes=("intimidation", "corruption"), tag="c")
    p = _export(vault, nl_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    pub = p.document.published()
    assert not any(k.startswith("domains.") for k in pub)
    # a request about both counts once in each group; the theme-group table adds themes up
    assert (pub["group_requests.behaviour"], pub["group_requests.integrity"]) == ("13", "12")
    assert (pub["theme_groups.behaviour"], pub["theme_groups.integrity"]) == ("21", "19")
    titles = [title for sec in p.document.sections for title, _t, _l in sec.tables]
    assert "Subtotalen: verzoeken over ongewenste omgangsvormen en over integriteit" in " ".join(titles)
    labels = {lab for sec in p.document.sections for _t, _x, ls in sec.tables for lab in ls.values()}
    assert {"Ongewenste omgangsvormen", "Integriteit", "Leidinggevende die advies vraagt"} <= labels
    assert _ledger_findings(vault, nl_org) == []


def test_a_small_who_asks_count_is_not_pinned_by_the_headline(vault, service, be_org, tmp_path):
    """Who asks adds up to the new requests: one witness beside 12 of the person concerned
    would be 13 - 12 = 1 if both were printed; the "<5" gets an "x" partner or the table
    is left out, and a fresh reader model of the release pins nothing."""
    _asked(service, be_org, 12, domains=("work_organisation",))
    _asked(service, be_org, 1, requester="witness", domains=("work_organisation",), tag="w")
    p = _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    pub = p.document.published()
    if pub.get("requester.__withheld__") != "1":
        assert pub["requester.witness"] == "<5" and pub["requester.concerned"] == "x"
    assert pub.get("domains.work_organisation") != "13"  # "every request is about one domain": not printed
    assert _ledger_findings(vault, be_org) == []


def test_a_small_domain_count_is_not_pinned_by_subtraction(vault, service, be_org, tmp_path):
    """The domains are several per request: no sum gives one away, and their own rule (each
    domain plus the requests without one is at most the headline) is in the reader's model."""
    _asked(service, be_org, 9, domains=("work_organisation", "work_content"))
    _asked(service, be_org, 2, domains=("work_content", "interpersonal_relations"), tag="d")
    _asked(service, be_org, 5, tag="u")  # no domain recorded
    p = _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    pub = p.document.published()
    if pub.get("domains.__withheld__") != "1":
        assert pub["domains.interpersonal_relations"] == "<5"
    assert _ledger_findings(vault, be_org) == []
    # the model knows the multi-select rules: d + U <= N and sum(d) + U >= N hold for the truth
    book = api._Ledger(vault, be_org.id, BE, api.calendar(vault, be_org.id), 5)
    m = book.model({}, None)
    rules = [c for c in m.constraints if "2026.1:domains._unknown" in c.expr and "2026.1:new_requests" in c.expr]
    assert len(rules) == 1 + len(BE.keys("risk_domains")) + 1


def test_a_summary_does_not_give_away_a_year_of_the_new_tables(vault, service, be_org, tmp_path):
    """A summary minus the years released on their own is a group too: the witnesses of
    2025 (2) and the managers of 2026 (1) stay hidden whatever is subtracted."""
    _asked(service, be_org, 10, year=2025, domains=("work_organisation",))
    _asked(service, be_org, 2, year=2025, requester="witness", domains=("work_content",), tag="w")
    _asked(service, be_org, 11, year=2026, domains=("work_content",))
    _asked(service, be_org, 1, year=2026, requester="manager", domains=("interpersonal_relations",), tag="m")
    _export(vault, be_org, date(2025, 1, 1), date(2025, 12, 31), tmp_path)
    _export(vault, be_org, date(2026, 1, 1), date(2026, 12, 31), tmp_path)
    try:
        summary = _export(vault, be_org, date(2025, 1, 1), date(2026, 12, 31), tmp_path)
    except api.ReleaseRefused:
        summary = None
    assert _ledger_findings(vault, be_org) == []
    if summary is not None:
        pub = summary.document.published()
        assert pub.get("requester.witness") != "2" and pub.get("requester.manager") != "1"


def test_figures_frozen_before_these_tables_read_as_not_recorded(vault, service, be_org, tmp_path):
    """A year released before issue 15 has no who-asks, domain or group figures: its requests
    count as "not recorded", and a summary over it prints no requests per group."""
    import json

    _asked(service, be_org, 12, year=2025, requester=None, themes=("stress", "conflict"))
    _export(vault, be_org, date(2025, 1, 1), date(2025, 12, 31), tmp_path)
    with vault.transaction() as c:  # as an older VP Desk froze it
        raw = json.loads(c.execute("SELECT figures FROM report_base_figures WHERE year = 2025").fetchone()[0])
        for name in ("requester", "domains", "group_requests"):
            raw.pop(name)
        c.execute("UPDATE report_base_figures SET figures = ? WHERE year = 2025", (json.dumps(raw),))
    _asked(service, be_org, 12, year=2026, requester="witness", domains=("work_content",))
    again = api.prepare(vault, be_org.id, date(2025, 1, 1), date(2025, 12, 31))
    assert again.reissue and not again.changes  # a statistic the frozen year lacks is no change
    summary = _export(vault, be_org, date(2025, 1, 1), date(2026, 12, 31), tmp_path)
    pub = summary.document.published()
    assert not any(k.startswith("group_requests.") for k in pub)
    if pub.get("requester.__withheld__") != "1":
        assert (pub["requester._unknown"], pub["requester.witness"]) == ("12", "12")
    assert _ledger_findings(vault, be_org) == []


REQUESTERS = tb.categories(BE, "requester")  # with "not recorded"


def _protect_requester(requester: dict[str, int], secret: bytes = b"fixed secret key") -> dict[str, str]:
    n = sum(requester.values())
    fig = YearFigures(profile="BE", start=date(2026, 1, 1), end=date(2026, 12, 31), new_requests=n,
                      open_at_start=0, open_at_end=n, closed=0, contacts=0, minutes=0,
                      channel={"phone": n // 2, "email": n - n // 2}, sphere={"work": n // 2, "individual": n - n // 2},
                      relation={"colleague": n // 2, "supervisor": n - n // 2},
                      themes={"stress": n // 2 + 1, "conflict": n - n // 2},
                      requester={k: v for k, v in requester.items() if k != tb.UNKNOWN},
                      domains={"work_content": n // 2, "_unknown": n - n // 2},
                      group_requests={"psychosocial": n // 2 + 1, "behaviour": n - n // 2})
    return _protect_table(tb.statistics(fig, BE), "requester", secret)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from([0, 0, 1, 2, 3, 5, 6, 8]), min_size=len(REQUESTERS), max_size=len(REQUESTERS))
       .filter(lambda v: 5 <= sum(v) <= 15 and any(0 < x < 5 for x in v)))
@example(counts=[12, 1, 0, 0, 0])  # one witness beside the people concerned
def test_replaying_the_protection_of_who_asks_leaves_every_hidden_cell_two_values(counts):
    """As for the channels above: a reader who replays the code with the key on every
    who-asks table consistent with the print keeps at least two values for each hidden count."""
    _assert_replay_keeps_two_values("requester", dict(zip(REQUESTERS, counts, strict=True)), _protect_requester)


def test_two_small_themes_of_one_group_keep_the_themes_table(vault, service, be_org):
    """The theme-group table prints each group's sum of theme counts. With two small themes in
    one group and the table's one "x" in another group, that sum pinned both (seen on the demo
    data after discriminatie joined the behaviour group): the whole themes table was left out.
    Now every group with a "<t" theme gets its own "x", and the themes stay in the report."""
    _dossiers(service, be_org, 9, themes=("bullying",))
    _dossiers(service, be_org, 7, themes=("violence",), channel="email")
    _dossiers(service, be_org, 4, themes=("conflict",), channel="in_person")
    _dossiers(service, be_org, 4, themes=("discrimination",), channel="video")
    _dossiers(service, be_org, 8, themes=("stress",), channel="via_hr")
    _dossiers(service, be_org, 3, themes=("burnout",), channel="via_supervisor")
    p = api.prepare(vault, be_org.id, date(2026, 1, 1), date(2026, 12, 31))
    pub = p.document.published()
    assert "themes.__withheld__" not in pub and "theme_groups.__withheld__" not in pub
    assert pub["themes.conflict"] == pub["themes.discrimination"] == "<5"
    behaviour = [k for k in tb.theme_subtotals(BE)["behaviour"] if k in pub]
    assert [pub[k] for k in behaviour].count("x") == 1
    psychosocial = [k for k in tb.theme_subtotals(BE)["psychosocial"] if k in pub]
    assert [pub[k] for k in psychosocial].count("x") == 1  # burnout is small there: its own partner
    # the reader's subtraction: the group's printed sum minus its printed themes leaves the
    # hidden ones; every combination of "<5" (1..4) and "x" (5 or more) that fits is possible
    for group, keys in ((g, [k for k in tb.theme_subtotals(BE)[g] if k in pub]) for g in ("behaviour", "psychosocial")):
        hidden = [k for k in keys if pub[k] in ("x", "<5")]
        rest = int(pub[f"theme_groups.{group}"]) - sum(int(pub[k]) for k in keys if k not in hidden)
        ranges = [range(5, rest + 1) if pub[k] == "x" else range(1, 5) for k in hidden]
        possible = {k: {v for combo in itertools.product(*ranges) if sum(combo) == rest
                        for k2, v in zip(hidden, combo, strict=True) if k2 == k} for k in hidden}
        assert all(len(v) >= 2 for k, v in possible.items() if pub[k] == "<5"), possible


def test_group_partners_follow_only_what_is_printed():
    """The second step's choice is a function of the printed pattern (which cells are small,
    which are 0, which the first step hid), never of a hidden value: two truths that print
    the same small/zero pattern get the same "x" cells."""
    groups = {"g1": ["themes.a", "themes.b", "themes.c", "themes.d"], "g2": ["themes.e", "themes.f"]}
    a = {"themes.a": "<5", "themes.b": "<5", "themes.c": "9", "themes.d": "7", "themes.e": "6", "themes.f": "8"}
    b = {**a, "themes.c": "12", "themes.d": "5", "themes.e": "30"}
    hide_a = {k for k, v in disclosure.partner_cells(a, b"k" * 32, "s", groups).items() if v == "x"}
    hide_b = {k for k, v in disclosure.partner_cells(b, b"k" * 32, "s", groups).items() if v == "x"}
    assert hide_a == hide_b and len(hide_a) in (1, 2)
    assert hide_a & set(groups["g1"])  # the group with the small cells has its own partner
