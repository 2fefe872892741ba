"""No case text ever reaches disk outside the vault: every text field gets its own canary,
the app's flows run (drafts, search, backups, lock/unlock, quit, the yearly report), then
the vault, its -wal/-shm, backups, config/data dirs, the temp dir and the report are
searched for every canary (UTF-8 and UTF-16): zero hits."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    Intervention,
    Organisation,
    OwnActivity,
    Referral,
    RegisterEntry,
)
from vp_desk.paths import Config, backup_dir, config_dir, data_dir
from vp_desk.storage import backup
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault
from vp_desk.ui.shell.window import MainWindow

from ..conftest import PASSPHRASE

FIELDS = ["org", "code", "realname", "intake", "closure", "contact", "consent", "intervention", "refoutcome",
          "refnotes", "own", "draft", "setting", "regplace", "regdesc", "regidentity", "regmeasures", "regfollow",
          "searchtyped", "crisis"]
CANARY = {f: f"Kanarie{f.capitalize()}Q7x" for f in FIELDS}


def _fill(vault: Vault) -> tuple[int, int]:
    repo = Repository(vault)
    org = repo.save_organisation(Organisation(CANARY["org"], "BE"))
    d = Dossier(org_id=org, code=CANARY["code"], request_date=date(2026, 3, 2), intake_date=date(2026, 3, 4),
                channel="phone", themes=("stress", "conflict"), real_name=CANARY["realname"],
                intake_notes=f"Verzoeker vertelt {CANARY['intake']} over de afdeling")
    repo.save_dossier(d)
    repo.save_contact(Contact(d.id, date(2026, 3, 10), "phone", 45, f"gesprek {CANARY['contact']}"))
    cid = repo.save_consent(Consent(d.id, "intervention", date(2026, 3, 11), description=CANARY["consent"]))
    repo.save_intervention(Intervention(d.id, date(2026, 3, 12), "intervention_other", consent_id=cid,
                                        notes=CANARY["intervention"]))
    repo.save_referral(Referral(d.id, date(2026, 3, 13), "paps", consent_id=cid, outcome=CANARY["refoutcome"],
                                notes=CANARY["refnotes"]))
    repo.save_own_activity(OwnActivity("intervision", date(2026, 4, 1), 3.5, org_id=org, note=CANARY["own"]))
    repo.close_dossier(d.id, date(2026, 5, 1), "resolved_informally", CANARY["closure"])
    repo.save_draft("intake:new", f'{{"notes": "{CANARY["draft"]}"}}')
    repo.set_setting("vp_name", CANARY["setting"])
    repo.set_crisis_steps(org, f"Bel {CANARY['crisis']}")  # the organisation's crisis procedure
    try:
        from vp_desk.storage.register import RegisterStore
    except ImportError:  # pragma: no cover - the register feature is optional
        return org, d.id
    RegisterStore(vault).save(RegisterEntry(
        org_id=org, registered_date=date(2026, 6, 1), facts_from=date(2026, 5, 30), facts_to=None,
        types=("violence",), place=CANARY["regplace"], description=CANARY["regdesc"], worker_consent=True,
        worker_identity=CANARY["regidentity"], measures=CANARY["regmeasures"], follow_up=CANARY["regfollow"]))
    return org, d.id


def _files(roots: list[Path]) -> list[Path]:
    out = []
    for root in roots:
        if root.is_file():
            out.append(root)
        elif root.is_dir():
            out += [p for p in root.rglob("*") if p.is_file()]
    return out


def _hits(files: list[Path]) -> list[str]:
    needles = {}
    for v in CANARY.values():
        needles[v.encode("utf-8")] = v
        needles[v.encode("utf-16-le")] = v
    found = []
    for p in files:
        try:
            data = p.read_bytes()
        except OSError:
            continue
        found += [f"{p}: {name}" for needle, name in needles.items() if needle in data]
    return found


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    t = tmp_path / "tmpdir"
    t.mkdir()
    monkeypatch.setenv("TMPDIR", str(t))
    monkeypatch.setattr(tempfile, "tempdir", str(t))
    return t


def test_no_canary_outside_the_vault(qtbot, tmp_path, private_tmp):
    vault_path = data_dir() / "vault.vpvault"
    with Vault.create(vault_path, PASSPHRASE) as v:
        org_id, dossier_id = _fill(v)
    cfg = Config()
    w = MainWindow(cfg)
    qtbot.addWidget(w)
    w.show()
    assert w.vault_path == vault_path or w.vault_path is None
    w.vault_path = vault_path
    w.show_unlock()
    qtbot.keyClicks(w.unlock_view.passphrase, PASSPHRASE)
    qtbot.keyClick(w.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    # search as you type, for a canary word
    w.vault_view.focus_search()
    qtbot.keyClicks(w.vault_view.search, CANARY["intake"][:12])
    qtbot.wait(400)
    assert w.service.repo.search_dossier_ids(CANARY["intake"]) == [dossier_id]
    # a typed-but-unsaved draft through the real intake dialog, saved into the vault on lock
    controller = getattr(w, "dossier_controller", None)
    if controller is not None:
        controller.new_intake_action.trigger()
        dlg = controller.dialog
        dlg.notes.setPlainText(f"half getypt {CANARY['searchtyped']}")
        w.lock("manual")
        w.unlock_now(PASSPHRASE)
        assert CANARY["searchtyped"] in (w.service.repo.get_draft("intake:new") or "")
    # backups: to a "stick" and automatic on quit
    stick = tmp_path / "stick"
    backup.backup_to(w.vault, stick)
    # the yearly report (only counts may leave)
    report_file = tmp_path / "report" / "jaarverslag.pdf"
    try:
        from vp_desk.report import api as report_api
    except ImportError:
        report_api = None
    if report_api is not None:
        report_file.parent.mkdir()
        report_api.export_pdf(w.vault, org_id, 2026, report_file)
        assert report_file.stat().st_size > 1000
    w.lock("idle")
    w.unlock_now(PASSPHRASE)
    w.close()  # quit: automatic backup
    assert w.features.security.last_backup is not None and w.features.security.last_backup.path.parent == backup_dir()

    files = _files([vault_path.parent, Path(str(vault_path) + "-wal"), Path(str(vault_path) + "-shm"),
                    stick, backup_dir(), config_dir(), data_dir(), private_tmp, report_file.parent])
    names = {p.name for p in files}
    assert "vault.vpvault" in names and "config.json" in names and len(list(stick.iterdir())) == 1
    assert _hits(files) == []
    # and the vault really holds them (the search is not vacuous)
    with Vault.open(vault_path, PASSPHRASE) as v:
        dump = "\n".join(str(row) for t in ("dossiers", "contacts", "settings", "drafts")
                         for row in v.conn.execute(f"SELECT * FROM {t}"))
    assert CANARY["intake"] in dump and CANARY["setting"] in dump
    assert os.listdir(private_tmp) == []
