"""The passphrase dialogs under hostile conditions: a full disk and a locked keychain
while changing the passphrase (real widgets, real SQLCipher files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vp_desk import demo
from vp_desk.paths import Config
from vp_desk.security.keychain import Keychain
from vp_desk.storage.backup import passphrase_matches as key_opens
from vp_desk.storage.vault import Vault
from vp_desk.ui import seams
from vp_desk.ui.main_window import MainWindow

from ..conftest import PASSPHRASE
from ..keyring_double import MemoryKeyring

NEW_PHRASE = "nieuwe lente op het dak 42"


def _window(qtbot, tmp_path: Path, path: Path) -> tuple[MainWindow, MemoryKeyring]:
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, 30, orgs=2, years=2, seed=5, today=date(2026, 11, 23))
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    w.unlock_now(PASSPHRASE)
    ring = MemoryKeyring()
    w.security.keychain = Keychain(backend=ring, config=w.config)
    w.security.keychain.remember(path, PASSPHRASE)
    return w, ring


def _change(qtbot, w: MainWindow):
    w.security.change_action.trigger()
    dlg = w.security.change_dialog
    qtbot.keyClicks(dlg.old, PASSPHRASE)
    qtbot.keyClicks(dlg.new1, NEW_PHRASE)
    qtbot.keyClicks(dlg.new2, NEW_PHRASE)
    return dlg, dlg.buttons.button(dlg.buttons.StandardButton.Ok)


def test_change_on_a_full_disk_says_so_and_the_session_goes_on(qtbot, tmp_path, small_disk):
    path = small_disk.root / "full.vpvault"
    w, ring = _window(qtbot, tmp_path, path)
    try:
        dlg, ok = _change(qtbot, w)
        with small_disk.full():
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
        assert "disk is full" in dlg.error.text() and dlg.error.isVisible()
        assert not seams.shown  # no "changed" message
        assert w.security.keychain.recall(path) == PASSPHRASE  # the entry is kept
        assert key_opens(path, PASSPHRASE) and not key_opens(path, NEW_PHRASE)
        # the open vault goes on working with the old key: an edit is saved
        w.service.repo.set_setting("after-full-disk", "1")
        assert w.vault_view.model.total() == 30
        dlg.reject()
    finally:
        w.lock("manual")
    w.unlock_now(PASSPHRASE)
    assert w.service.repo.get_setting("after-full-disk") == "1"
    w.lock("test-end")


def test_change_is_refused_while_the_keychain_cannot_forget(qtbot, tmp_path):
    path = tmp_path / "kc.vpvault"
    w, ring = _window(qtbot, tmp_path, path)
    try:
        ring.refuse_delete = True
        dlg, ok = _change(qtbot, w)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dlg.isVisible() and "keychain" in dlg.error.text().lower()
        assert key_opens(path, PASSPHRASE) and not key_opens(path, NEW_PHRASE)
        assert w.security.keychain.recall(path) == PASSPHRASE
        # the user unlocks the keychain and tries again
        ring.refuse_delete = False
        seams.preset_answer(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dlg.result() == QDialog.DialogCode.Accepted
        assert ring.store == {} and not w.security.keychain.is_remembered(path)
        assert key_opens(path, NEW_PHRASE) and not key_opens(path, PASSPHRASE)
    finally:
        w.lock("test-end")
