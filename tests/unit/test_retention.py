"""Retention: delete-by dates (leap years), held back until the covering report was
exported or erasure confirmed, and erasure that leaves no trace of the texts in the
decrypted database (every table, the FTS index, free pages) nor in the deletion log."""

from __future__ import annotations

from datetime import date

import sqlcipher3

from vp_desk.domain import retention
from vp_desk.domain.catalog import profile
from vp_desk.domain.models import (
    Consent,
    Contact,
    Intervention,
    Organisation,
    PaperDocument,
    Referral,
    RegisterEntry,
)
from vp_desk.storage.keys import quote_passphrase
from vp_desk.storage.register import RegisterStore
from vp_desk.storage.retention import RetentionStore

TODAY = date(2026, 11, 23)
BE, NL = profile("BE"), profile("NL")


# -- pure rules ---------------------------------------------------------------------
def test_delete_by_defaults_and_override():
    assert retention.dossier_delete_by(BE, None, date(2020, 6, 30)) == date(2025, 6, 30)
    assert retention.dossier_delete_by(NL, None, date(2020, 6, 30)) == date(2021, 6, 30)
    assert retention.dossier_delete_by(NL, 3, date(2020, 6, 30)) == date(2023, 6, 30)
    assert retention.dossier_delete_by(BE, None, None) is None


def test_expiry_across_leap_years():
    assert retention.register_delete_by(BE, date(2024, 2, 29)) == date(2029, 2, 28)
    assert retention.register_delete_by(BE, date(2023, 3, 1)) == date(2028, 3, 1)
    assert retention.dossier_delete_by(BE, 4, date(2024, 2, 29)) == date(2028, 2, 29)
    assert retention.dossier_delete_by(NL, None, date(2024, 2, 29)) == date(2025, 2, 28)
    # due exactly on the day, not the day before
    assert retention.review_register(1, 1, 1, date(2024, 2, 29), date(2029, 2, 28), date(2029, 2, 27)) is None
    assert retention.review_register(1, 1, 1, date(2024, 2, 29), date(2029, 2, 28), date(2029, 2, 28)).due


def test_held_back_until_report_exported_or_confirmed():
    args = (7, 1, "2020-001", date(2020, 5, 4), date(2021, 5, 4))
    held = retention.review_dossier(*args, False, [], TODAY)
    assert held.held_back and not held.due
    assert "report for 2020 was not exported yet" in held.render()
    assert not retention.review_dossier(*args, False, [(date(2021, 1, 1), date(2021, 12, 31))], TODAY).due
    exported = retention.review_dossier(*args, False, [(date(2020, 1, 1), date(2020, 12, 31))], TODAY)
    assert exported.due and not exported.held_back
    assert retention.review_dossier(*args, True, [], TODAY).due
    assert retention.review_dossier(*args, False, [], date(2021, 5, 3)) is None


# -- storage ------------------------------------------------------------------------
CANARIES = ["zebraxylofoon", "kwikzilverpeer", "oranjeflamingo", "tijgerlelievaas", "mosgroenanker",
            "pimpelmeesbeker", "walvisharmonica", "basiliekvijver", "granaatbloesem",
            "kolibriewaaier", "zeepaardjesfluit"]


def _fill(service, org, keep_org):
    repo = service.repo
    from vp_desk.domain.models import Dossier

    d = Dossier(org_id=org.id, code="zebraxylofoon-01", request_date=date(2019, 3, 1), intake_date=date(2019, 3, 4),
                channel="phone", themes=("stress",), real_name="Kwikzilverpeer Jansen",
                intake_notes="Verzoeker vertelt over oranjeflamingo op de afdeling.")
    service.save_dossier(d)
    c = Consent(dossier_id=d.id, scope="intervention_other", given_date=date(2019, 3, 4),
                description="Akkoord tijgerlelievaas")
    service.save_consent(c)
    service.save_consent(Consent(dossier_id=d.id, scope="referral", given_date=date(2019, 3, 4)))
    service.save_contact(Contact(dossier_id=d.id, date=date(2019, 3, 10), kind="phone", minutes=30,
                                 notes="Gesprek over mosgroenanker"))
    service.save_intervention(Intervention(dossier_id=d.id, date=date(2019, 3, 12), type="intervention_other",
                                           notes="Met leidinggevende pimpelmeesbeker"))
    service.save_referral(Referral(dossier_id=d.id, date=date(2019, 3, 15), destination="paps",
                                   outcome="walvisharmonica", notes="Doorverwezen basiliekvijver"))
    repo.save_paper_document(PaperDocument(dossier_id=d.id, kind="request_informal", signed_date=date(2019, 3, 12),
                                           intervention_type="intervention_other"))
    repo.save_draft(f"intake:{d.id}", '{"notes": "granaatbloesem"}')
    repo.save_draft(f"contact:{d.id}:new", '{"notes": "kolibriewaaier"}')  # notes typed, not saved
    repo.save_draft(f"intervention:{d.id}:1", '{"notes": "zeepaardjesfluit"}')
    service.close_dossier(d.id, date(2019, 6, 1), "resolved_informally", "Afgesloten, granaatbloesem")
    # a dossier that must survive
    keep = Dossier(org_id=keep_org.id, code="blijft-01", request_date=date(2026, 1, 5), intake_date=None,
                   channel="phone", themes=("stress",), intake_notes="Deze tekst blijft bewaard")
    service.save_dossier(keep)
    return d, keep


def _plaintext_dump(vault, tmp_path) -> bytes:
    """Decrypt a copy of the whole vault into a plain SQLite file and return its bytes."""
    out = tmp_path / "plain.db"
    conn = vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    return out.read_bytes()


def _all_text(vault) -> str:
    parts = []
    conn = vault.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for t in tables:
        for row in conn.execute(f'SELECT * FROM "{t}"'):
            for v in row:
                if isinstance(v, bytes):
                    parts.append(v.decode("utf-8", "replace"))
                elif v is not None:
                    parts.append(str(v))
    return "\n".join(parts).lower()


def test_erasure_removes_every_trace(vault, service, be_org, tmp_path, passphrase):
    other = Organisation(name="Ander BE", profile="BE")
    service.save_organisation(other)
    d, keep = _fill(service, be_org, other)
    store = RegisterStore(vault)
    reg = RegisterEntry(org_id=be_org.id, registered_date=date(2020, 2, 29), facts_from=date(2020, 2, 28),
                        facts_to=None, types=("violence",), third_party_capacity="client",
                        description="Feiten door een bezoeker, zebraxylofoon", worker_consent=True,
                        worker_identity="Kwikzilverpeer")
    store.save(reg)
    text_before = _all_text(vault)
    assert all(c in text_before for c in CANARIES)
    assert service.repo.search("oranjeflamingo")

    ret = RetentionStore(vault)
    items = ret.review(TODAY)
    assert {(i.record_type, i.record_id) for i in items} == {("dossier", d.id), ("register_entry", reg.id)}
    dossier_item = next(i for i in items if i.record_type == "dossier")
    assert dossier_item.held_back  # no report for 2019 exported
    assert ret.erase(items, TODAY) == {"register_entry": 1}  # held-back dossier untouched
    assert service.repo.dossier(d.id).code == "zebraxylofoon-01"

    ret.confirm_erasure([d.id])
    items = ret.review(TODAY)
    assert [i.due for i in items] == [True]
    assert ret.erase(items, TODAY) == {"dossier": 1}

    text_after = _all_text(vault)
    for c in CANARIES:
        assert c not in text_after, c
    for c in CANARIES:
        assert service.repo.search(c) == []
    assert "deze tekst blijft bewaard" in text_after
    assert service.repo.search("bewaard")
    # the rebuilt file has no free pages, and a decrypted copy of it holds none of the texts
    assert vault.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    raw = _plaintext_dump(vault, tmp_path).lower()
    assert b"bewaard" in raw
    for c in CANARIES:
        assert c.encode() not in raw, c
    # the deletion log: counts and dates only
    log = ret.log()
    assert sorted((r.record_type, r.count) for r in log) == [("dossier", 1), ("register_entry", 1)]
    log_text = " ".join(str(v) for r in vault.conn.execute("SELECT * FROM deletion_log") for v in r).lower()
    for c in CANARIES + ["2019-001", "zorgcentrum"]:
        assert c not in log_text
    assert next(r for r in log if r.record_type == "dossier").period_from == date(2019, 6, 1)
    # the vault still opens and checks out
    assert vault.integrity_errors() == []
    vault.close()
    conn = sqlcipher3.connect(str(vault.path))
    conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
    assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 1
    conn.close()


def test_exported_report_releases_the_dossier(vault, service, nl_org, make_dossier):
    d = make_dossier(nl_org, request_date=date(2024, 2, 1), intake_date=date(2024, 2, 2))
    service.close_dossier(d.id, date(2024, 5, 1), "resolved_informally")
    ret = RetentionStore(vault)
    item = ret.review(TODAY)[0]
    assert item.held_back and "2024" in item.render()
    with vault.transaction() as c:
        c.execute("INSERT INTO report_exports(org_id, period_start, period_end, exported_at, figures) "
                  "VALUES (?, '2024-01-01', '2024-12-31', '2025-01-10', '{}')", (nl_org.id,))
    item = ret.review(TODAY)[0]
    assert item.due and not item.held_back
    assert ret.erase([item], TODAY) == {"dossier": 1}
    assert service.repo.count_dossiers() == 0


def test_open_and_recent_dossiers_are_not_listed(vault, service, be_org, make_dossier):
    make_dossier(be_org)  # open
    d = make_dossier(be_org)
    service.close_dossier(d.id, date(2026, 5, 1), "resolved_informally")  # BE: 5 years
    assert RetentionStore(vault).review(TODAY) == []
