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
    stats = _stats(channel)
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
    return {k: v for k, v in pub.published().items() if k.startswith("channel.")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(st.sampled_from([0, 0, 1, 2, 3, 5, 6, 8]), min_size=len(CHANNELS), max_size=len(CHANNELS))
       .filter(lambda v: 5 <= sum(v) <= 15 and any(0 < x < 5 for x in v)))
@example(counts=[0, 0, 0, 0, 1, 1, 5])  # pinned both small cells to 1 under cell-by-cell suppression
@example(counts=[0, 0, 0, 0, 1, 3, 6])  # pinned the 6 under cell-by-cell suppression
def test_replaying_the_protection_leaves_every_hidden_cell_two_values(counts):
    """A reader who knows the code, and even the vault's secret key, tries every channel
    table consistent with the published one and keeps those the app would have published
    the same way: each hidden count must still have at least two possible values."""
    channel = dict(zip(CHANNELS, counts, strict=True))
    shown = _protect(channel)
    n = sum(counts)
    hidden = [k.partition(".")[2] for k, v in shown.items() if v in ("x", "<5")]
    if not hidden:
        return
    known = n - sum(int(v) for v in shown.values() if v not in ("x", "<5"))
    ranges = [range(1, 5) if shown[f"channel.{k}"] == "<5" else range(5, known + 1) for k in hidden]
    possible: dict[str, set[int]] = {k: set() for k in hidden}
    for combo in itertools.product(*ranges):
        if sum(combo) != known:
            continue
        candidate = {**{k.partition(".")[2]: int(v) for k, v in shown.items() if v not in ("x", "<5")},
                     **dict(zip(hidden, combo, strict=True))}
        if _protect(candidate) == shown:
            for k, v in zip(hidden, combo, strict=True):
                possible[k].add(v)
    assert all(channel[k] in possible[k] for k in hidden)
    assert all(len(v) >= 2 for v in possible.values()), possible


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
