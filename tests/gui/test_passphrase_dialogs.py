"""The passphrase dialogs under hostile conditions: a full disk and a locked keychain
while changing the passphrase (real widgets, real SQLCipher files)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox

from vp_desk import demo
from vp_desk.paths import Config
from vp_desk.security.keychain import Keychain
from vp_desk.security.passphrase import MAX_PASSPHRASE_LENGTH
from vp_desk.storage.restore import passphrase_matches as key_opens
from vp_desk.storage.vault import Vault
from vp_desk.ui.common import seams
from vp_desk.ui.common.passphrase import StrengthMeter
from vp_desk.ui.shell.lock_screen import CreateVaultDialog
from vp_desk.ui.shell.window import MainWindow

from ..conftest import PASSPHRASE
from ..keyring_double import MemoryKeyring
from ..unit.test_passphrase import ISSUE_WEAK

NEW_PHRASE = "nieuwe lente op het dak 42"


def _window(qtbot, tmp_path: Path, path: Path) -> tuple[MainWindow, MemoryKeyring]:
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, 30, orgs=2, years=2, seed=5, today=date(2026, 11, 23))
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    w.unlock_now(PASSPHRASE)
    ring = MemoryKeyring()
    w.features.security.keychain = Keychain(backend=ring, config=w.config)
    w.features.security.keychain.remember(path, PASSPHRASE)
    return w, ring


def _change(qtbot, w: MainWindow):
    w.features.security.change_action.trigger()
    dlg = w.features.security.change_dialog
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
        assert w.features.security.keychain.recall(path) == PASSPHRASE  # the entry is kept
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
        assert w.features.security.keychain.recall(path) == PASSPHRASE
        # the user unlocks the keychain and tries again
        ring.refuse_delete = False
        seams.preset_answer(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dlg.result() == QDialog.DialogCode.Accepted
        assert ring.store == {} and not w.features.security.keychain.is_remembered(path)
        assert key_opens(path, NEW_PHRASE) and not key_opens(path, PASSPHRASE)
    finally:
        w.lock("test-end")


# -- the strength gate, the meter and the fields ------------------------------------------
def _contrast(a: str, b: str) -> float:
    def lum(hex_colour: str) -> float:
        c = QColor(hex_colour)
        chans = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            chans.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * chans[0] + 0.7152 * chans[1] + 0.0722 * chans[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("weak", ISSUE_WEAK)
def test_create_dialog_refuses_each_weak_passphrase_and_clears_the_message(qtbot, tmp_path, weak):
    dlg = CreateVaultDialog(suggested=tmp_path / "new.vpvault")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.pass1, weak)
    qtbot.keyClicks(dlg.pass2, weak)
    assert dlg.meter.value() <= 2
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error.isVisible() and "too easy to guess" in dlg.error.text()
    qtbot.keyClicks(dlg.pass1, " x")  # typing again: the old message goes
    assert not dlg.error.isVisible()


def test_change_dialog_uses_the_same_gate_and_clears_old_messages(qtbot, tmp_path):
    path = tmp_path / "gate.vpvault"
    w, _ring = _window(qtbot, tmp_path, path)
    try:
        w.features.security.change_action.trigger()
        dlg = w.features.security.change_dialog
        qtbot.keyClicks(dlg.old, PASSPHRASE)
        for weak in ISSUE_WEAK:
            dlg.new1.setText(weak)
            dlg.new2.setText(weak)
            qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
            assert dlg.isVisible() and "too easy to guess" in dlg.error.text() and dlg.error.isVisible()
            assert dlg.meter.value() <= 2
            qtbot.keyClicks(dlg.new2, "x")
            assert not dlg.error.isVisible()
        assert key_opens(path, PASSPHRASE)
        dlg.reject()
    finally:
        w.lock("test-end")


def test_meter_is_honest_and_readable(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("koffie met melk")
    assert meter.value() <= 2 and meter.text() not in ("strong", "very strong")
    for phrase in ("a", "wachtwoord", "koffie met melk", "nieuwe zin met woorden 42", PASSPHRASE, "x" * 40):
        meter.update_for(phrase)
        sheet = meter.styleSheet()
        text = re.search(r"QProgressBar\s*\{[^}]*?(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", sheet)
        text_colour = text.group(1) if text else meter.palette().color(meter.foregroundRole()).name()
        chunk = re.search(r"::chunk\s*\{[^}]*background:\s*(#[0-9a-fA-F]{6})", sheet).group(1)
        track = re.search(r"QProgressBar\s*\{[^}]*background:\s*(#[0-9a-fA-F]{6})", sheet)
        track_colour = track.group(1) if track else meter.palette().color(meter.backgroundRole()).name()
        assert _contrast(text_colour, chunk) >= 4.5, (phrase, text_colour, chunk)
        assert _contrast(text_colour, track_colour) >= 4.5, (phrase, text_colour, track_colour)


def test_every_passphrase_field_has_the_cli_limit(qtbot, tmp_path):
    path = tmp_path / "limit.vpvault"
    w, _ring = _window(qtbot, tmp_path, path)
    try:
        dlg = CreateVaultDialog(suggested=tmp_path / "other.vpvault")
        qtbot.addWidget(dlg)
        w.features.security.change_action.trigger()
        change = w.features.security.change_dialog
        fields = [dlg.pass1, dlg.pass2, change.old, change.new1, change.new2, w.unlock_view.passphrase]
        assert all(f.maxLength() == MAX_PASSPHRASE_LENGTH for f in fields)
        change.reject()
    finally:
        w.lock("test-end")
    # the unlock screen clears an old error once the user types again
    w.unlock_view.show_error("old message")
    qtbot.keyClicks(w.unlock_view.passphrase, "k")
    assert not w.unlock_view.error.isVisible()
