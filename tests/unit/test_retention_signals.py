"""Signals and advice under the retention rules: due the organisation's dossier period after
their date, held back until the report covering that date was exported, erased for real
(with their themes, notes gone from the decrypted file) and logged as counts and dates only."""

from __future__ import annotations

from datetime import date

from vp_desk.domain import retention
from vp_desk.domain.catalog import profile
from vp_desk.domain.signals import Signal
from vp_desk.storage.retention import RetentionStore
from vp_desk.storage.signals import SignalStore

TODAY = date(2026, 11, 23)
BE, NL = profile("BE"), profile("NL")
NOTE = "Directie gewaarschuwd over okapiregenboog"


def _export(vault, org_id: int, year: int) -> None:
    with vault.transaction() as c:
        c.execute("INSERT INTO report_exports(org_id, period_start, period_end, exported_at, figures) "
                  "VALUES (?, ?, ?, ?, '{}')", (org_id, f"{year}-01-01", f"{year}-12-31", f"{year + 1}-01-10"))


def _signal(vault, org_id: int, day: date, note: str = NOTE, addressee: str = "management") -> Signal:
    s = Signal(org_id=org_id, date=day, addressee=addressee, asked=True, note=note, themes=("stress", "conflict"))
    SignalStore(vault).save(s)
    return s


def test_signal_delete_by_follows_the_dossier_period():
    assert retention.signal_delete_by(BE, None, date(2020, 6, 30)) == date(2025, 6, 30)
    assert retention.signal_delete_by(NL, None, date(2024, 2, 29)) == date(2025, 2, 28)
    assert retention.signal_delete_by(NL, 3, date(2020, 6, 30)) == date(2023, 6, 30)


def test_review_signal_due_held_back_or_not_yet():
    day, by = date(2020, 5, 4), date(2021, 5, 4)
    assert retention.review_signal(3, 1, "hr", day, by, [], date(2021, 5, 3)) is None
    held = retention.review_signal(3, 1, "hr", day, by, [], TODAY)
    assert held.held_back and not held.due and held.record_type == retention.RECORD_SIGNAL
    assert "report for 2020 was not exported yet" in held.render()
    assert not retention.review_signal(3, 1, "hr", day, by, [(date(2021, 1, 1), date(2021, 12, 31))], TODAY).due
    due = retention.review_signal(3, 1, "hr", day, by, [(date(2020, 1, 1), date(2020, 12, 31))], TODAY)
    assert due.due and not due.held_back and due.label == "hr"
    assert retention.review_signal(3, 1, "hr", day, by, [(date(2020, 1, 1), date(2020, 12, 31))], by).due


def test_review_lists_old_signals_with_the_organisation_period(vault, service, be_org, nl_org):
    old_be = _signal(vault, be_org.id, date(2020, 3, 1))
    _signal(vault, be_org.id, date(2022, 3, 1))  # BE: 5 years, not yet
    old_nl = _signal(vault, nl_org.id, date(2024, 3, 1))  # NL: 1 year
    nl_org.retention_years = 3
    service.save_organisation(nl_org)
    within = _signal(vault, nl_org.id, date(2023, 12, 1))  # within the 3 years, past the default 1
    store = RetentionStore(vault)
    items = store.review(TODAY)
    assert {(i.record_id, i.held_back) for i in items} == {(old_be.id, True)}
    nl_org.retention_years = None
    service.save_organisation(nl_org)
    assert {i.record_id for i in store.review(TODAY)} == {old_be.id, old_nl.id, within.id}
    assert all(NOTE not in i.render() and NOTE not in i.label for i in store.review(TODAY))


def test_held_back_signal_is_not_erased_until_the_report_is_exported(vault, service, be_org):
    s = _signal(vault, be_org.id, date(2020, 3, 1))
    store = RetentionStore(vault)
    items = store.review(TODAY)
    assert [i.due for i in items] == [False]
    assert store.erase(items, TODAY) == {}
    assert SignalStore(vault).signal(s.id).note == NOTE
    _export(vault, be_org.id, 2020)
    items = store.review(TODAY)
    assert [(i.record_type, i.due) for i in items] == [("signal", True)]
    assert "was exported" in items[0].render()


def test_erasure_removes_signal_themes_and_note_and_logs_counts_only(vault, service, be_org, tmp_path):
    gone = [_signal(vault, be_org.id, date(2020, 3, 1)),
            _signal(vault, be_org.id, date(2020, 9, 15), note="Advies aan de CPBW over tapirfluit", addressee="hr")]
    keep = _signal(vault, be_org.id, date(2024, 1, 10), note="Dit signaal blijft bewaard")
    _export(vault, be_org.id, 2020)
    store = RetentionStore(vault)
    items = store.review(TODAY)
    assert store.erase(items, TODAY) == {"signal": 2}
    conn = vault.conn
    assert [r[0] for r in conn.execute("SELECT id FROM signals")] == [keep.id]
    assert {r[0] for r in conn.execute("SELECT signal_id FROM signal_themes")} == {keep.id}
    assert store.review(TODAY) == []
    log = store.log()
    assert [(r.record_type, r.count, r.period_from, r.period_to) for r in log] == [
        ("signal", 2, date(2020, 3, 1), date(2020, 9, 15))]
    log_text = " ".join(str(v) for r in conn.execute("SELECT * FROM deletion_log") for v in r).lower()
    for word in ("okapiregenboog", "tapirfluit", "management", "hr", "stress", "conflict"):
        assert word not in log_text
    # the rebuilt, decrypted file holds none of the erased notes
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    out = tmp_path / "plain.db"
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    raw = out.read_bytes().lower()
    assert b"blijft bewaard" in raw
    assert b"okapiregenboog" not in raw and b"tapirfluit" not in raw
    for s in gone:
        assert not conn.execute("SELECT 1 FROM signals WHERE id = ?", (s.id,)).fetchone()


def test_erasing_signals_with_dossiers_logs_each_kind(vault, service, be_org, make_dossier):
    d = make_dossier(be_org, request_date=date(2019, 2, 1), intake_date=date(2019, 2, 2))
    service.close_dossier(d.id, date(2019, 6, 1), "resolved_informally")
    _signal(vault, be_org.id, date(2019, 4, 1))
    _export(vault, be_org.id, 2019)
    store = RetentionStore(vault)
    items = store.review(TODAY)
    assert sorted(i.record_type for i in items) == ["dossier", "signal"]
    assert store.erase(items, TODAY) == {"dossier": 1, "signal": 1}
    assert sorted((r.record_type, r.count) for r in store.log()) == [("dossier", 1), ("signal", 1)]
