"""Locking (Ctrl+L, idle timer, OS session signals), clipboard clearing, backups from the
menu, restore wizard, change passphrase, settings and the keychain — real widgets."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from vp_desk import demo
from vp_desk.paths import Config, backup_dir
from vp_desk.security import clipboard
from vp_desk.security.keychain import Keychain
from vp_desk.storage import backup, restore
from vp_desk.storage.vault import Vault
from vp_desk.ui.common import seams
from vp_desk.ui.security.dialogs import ChangePassphraseDialog, RestoreDialog, SettingsDialog
from vp_desk.ui.shell.window import MainWindow

from ..conftest import PASSPHRASE

REAL_KEYRING = bool(os.environ.get("VP_DESK_REAL_KEYRING"))
NEW_PHRASE = "nieuwe lente op het dak 42"


def _make(path: Path, n: int = 30) -> None:
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, n, orgs=2, years=2, seed=5, today=date(2026, 11, 23))


@pytest.fixture
def win(qtbot, tmp_path):
    path = tmp_path / "lock.vpvault"
    _make(path)
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    w.unlock_now(PASSPHRASE)
    yield w
    w.features.security.autolock.stop()
    w.lock("test-end")


def _assert_locked(w: MainWindow, vault: Vault) -> None:
    assert w.stack.currentWidget() is w.unlock_view
    assert w.vault is None and w.service is None and not vault.is_open
    assert w.vault_view.model.rowCount() == 0 and w.vault_view.model.total() == 0
    assert not w.features.security.autolock.timer.isActive()
    Vault.open(vault.path, PASSPHRASE).close()  # the file is closed and unlocked for others


def test_ctrl_l_closes_dialogs_clears_clipboard_models_and_connection(qtbot, win):
    w = win
    vault = w.vault
    assert w.vault_view.model.total() == 30
    assert w.features.security.autolock.timer.isActive()
    clipboard.copy_text("DOS-2026-007 gesprek")
    QGuiApplication.clipboard().setText("iets van een ander programma")  # not ours: kept
    clipboard.copy_text("DOS-2026-008")
    w.features.security.settings_action.trigger()
    dlg = w.features.security.settings_dialog
    assert dlg.isVisible()
    qtbot.keyClick(dlg.idle, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # from inside the dialog
    _assert_locked(w, vault)
    assert not dlg.isVisible()
    assert QGuiApplication.clipboard().text() == ""


def test_locking_forgets_typed_search_text_and_the_passphrase_field_history(qtbot, win):
    """A search is often a name. Emptying a field keeps what was typed in its undo history
    (Ctrl+Z brings it back, and it stays in memory); the lock and the unlock drop it."""
    w = win
    qtbot.keyClicks(w.vault_view.search, "Janssens")
    w.lock("manual")
    assert w.vault_view.search.text() == "" and not w.vault_view.search.isUndoAvailable()
    field = w.unlock_view.passphrase
    qtbot.keyClicks(field, PASSPHRASE)
    field.setEchoMode(field.EchoMode.Normal)  # Qt offers no undo in password mode; the history is there
    assert field.isUndoAvailable()
    field.setEchoMode(field.EchoMode.Password)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    field.setEchoMode(field.EchoMode.Normal)
    assert field.text() == "" and not field.isUndoAvailable()
    field.setEchoMode(field.EchoMode.Password)
    # the unlock brings the search back from inside the vault (issue 16: your place), without
    # the typing history
    assert w.vault_view.search.text() == "Janssens" and not w.vault_view.search.isUndoAvailable()
    qtbot.keyClicks(w.vault_view.search, "x")
    w.vault_view.search.undo()
    assert w.vault_view.search.text() == "Janssens"  # undo stops at the restored text, not at "Janssen"


def test_clipboard_from_someone_else_is_left_alone(qtbot, win):
    clipboard.copy_text("DOS-2026-009")
    QGuiApplication.clipboard().setText("boodschappenlijst")
    win.lock("manual")
    assert QGuiApplication.clipboard().text() == "boodschappenlijst"


def test_idle_timer_locks(qtbot, win):
    w = win
    vault = w.vault
    assert w.features.security.autolock.timer.interval() == 5 * 60_000  # the default setting
    w.features.security.autolock.set_interval_ms(30)
    qtbot.waitUntil(lambda: w.vault is None, timeout=5000)
    _assert_locked(w, vault)
    w.unlock_now(PASSPHRASE)
    assert w.features.security.autolock.timer.isActive() and w.features.security.autolock.timer.interval() == 5 * 60_000


def test_session_signals_lock(qtbot, win):
    w = win
    w.features.security.autolock.on_prepare_for_sleep(False)  # waking up: nothing
    assert w.vault is not None
    vault = w.vault
    w.features.security.autolock.on_prepare_for_sleep(True)
    _assert_locked(w, vault)
    w.unlock_now(PASSPHRASE)
    vault = w.vault
    w.features.security.autolock.on_screensaver(True)
    _assert_locked(w, vault)
    w.unlock_now(PASSPHRASE)
    w.features.security.autolock.on_session_lock()
    assert w.vault is None


def test_screensaver_dbus_signal_locks(qtbot, win):
    qtdbus = pytest.importorskip("PySide6.QtDBus", reason="a PySide6 build without QtDBus")
    QDBusConnection, QDBusMessage = qtdbus.QDBusConnection, qtdbus.QDBusMessage  # noqa: N806 - Qt class names

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus (python3 dev.py test runs one)")
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in win.features.security.autolock.session_signals
    msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
    msg.setArguments([True])
    assert bus.send(msg)
    qtbot.waitUntil(lambda: win.vault is None, timeout=5000)


def test_settings_change_idle_minutes_and_keep(qtbot, win):
    w = win
    w.features.security.keychain = Keychain(backend=fail.Keyring(), config=w.config)
    w.features.security.settings_action.trigger()
    dlg = w.features.security.settings_dialog
    assert not dlg.remember.isEnabled()
    assert "No keychain" in dlg.keychain_note.text() or "sleutelhanger" in dlg.keychain_note.text().lower()
    dlg.idle.setValue(2)
    dlg.keep.setValue(4)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert Config(w.config.path).get("idle_minutes") == 2 and Config(w.config.path).get("backups_keep") == 4
    assert w.features.security.autolock.timer.interval() == 2 * 60_000
    # the unlock screen greys out "remember" with the reason
    w.lock("manual")
    qtbot.waitUntil(lambda: bool(w.features.security.remember_box.toolTip()))  # the keychain is asked off the GUI thread
    assert w.features.security.remember_box.isVisible() and not w.features.security.remember_box.isEnabled()
    assert w.features.security.remember_box.toolTip()
    assert not w.features.security.keychain_button.isVisible()


def test_quit_makes_a_rotating_verified_backup(qtbot, tmp_path):
    path = tmp_path / "q.vpvault"
    _make(path, 5)
    cfg = Config(tmp_path / "c.json")
    cfg.set("backups_keep", 2)
    made = []
    for _ in range(3):
        w = MainWindow(cfg, vault_path=path)
        qtbot.addWidget(w)
        w.show()
        w.unlock_now(PASSPHRASE)
        w.close()
        assert w.vault is None and w.features.security.last_backup is not None
        made.append(w.features.security.last_backup.path)
    kept = backup.automatic_backups(path)
    assert kept == made[-2:] and all(p.parent == backup_dir() for p in kept)
    assert all(restore.verify_file(p, PASSPHRASE).counts["dossiers"] == 5 for p in kept)


def test_a_lock_makes_the_daily_backup_for_laptops_that_only_sleep(qtbot, tmp_path, monkeypatch):
    from datetime import datetime, timedelta

    path = tmp_path / "s.vpvault"
    _make(path, 4)
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    w.unlock_now(PASSPHRASE)
    w.lock("session")  # the machine may be about to sleep: no backup then
    assert backup.automatic_backups(path) == []
    w.unlock_now(PASSPHRASE)
    seen = []
    real = backup.automatic_backup

    def watching(*args, **kwargs):
        seen.append((w.stack.currentWidget() is w.unlock_view, w.vault_view.model.rowCount()))
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "automatic_backup", watching)
    w.lock("idle")  # none yet: the idle lock makes one, once nothing is on screen any more
    assert seen == [(True, 0)]
    first = backup.automatic_backups(path)
    assert len(first) == 1 and restore.verify_file(first[0], PASSPHRASE).counts["dossiers"] == 4
    w.unlock_now(PASSPHRASE)
    w.lock("manual")  # the newest is minutes old: nothing new
    assert backup.automatic_backups(path) == first
    w.unlock_now(PASSPHRASE)
    made = backup.latest_automatic_backup(path)
    assert not w.features.security.automatic_backup_due(made + timedelta(hours=23))
    assert w.features.security.automatic_backup_due(made + timedelta(days=1))
    assert abs(datetime.now() - made) < timedelta(minutes=5)
    w.lock("manual")


def test_back_up_to_a_folder_from_the_menu(qtbot, win, tmp_path):
    stick = tmp_path / "usb"
    seams.preset_path(stick)
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    win.features.security.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(seams.shown), timeout=20_000)
    files = list(stick.iterdir())
    assert len(files) == 1 and restore.verify_file(files[0], PASSPHRASE).dossiers == 30
    assert str(files[0]) in seams.shown[-1][1]


def test_restore_wizard_checks_first_and_keeps_the_old_vault(qtbot, win, tmp_path):
    w = win
    snap = backup.backup_to(w.vault, tmp_path / "bk").path
    w.service.repo.set_setting("after-backup", "1")
    live = w.vault_path
    # a damaged candidate is refused, nothing replaced
    bad = tmp_path / "bad.vpvault"
    bad.write_bytes(snap.read_bytes()[:8192])
    w.features.security.restore_action.trigger()
    dlg = w.features.security.restore_dialog
    assert isinstance(dlg, RestoreDialog) and dlg.isVisible() and not dlg.restore_button.isEnabled()
    seams.preset_path(bad)
    qtbot.mouseClick(dlg.browse, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.passphrase, PASSPHRASE)
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.check_button.isEnabled(), timeout=10_000)
    assert not dlg.restore_button.isEnabled() and "#b00020" in dlg.result.styleSheet()
    # the good one
    dlg.file.setText(str(snap))
    dlg.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.restore_button.isEnabled(), timeout=10_000)
    assert "30" in dlg.result.text()
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(str(live) + ".before-restore" in text for _, text in seams.shown), timeout=20_000)
    assert w.vault is None and w.stack.currentWidget() is w.unlock_view
    w.unlock_now(PASSPHRASE)
    assert w.service.repo.get_setting("after-backup") is None  # the backup's state
    with Vault.open(Path(str(live) + ".before-restore"), PASSPHRASE) as old:
        assert old.conn.execute("SELECT value FROM settings WHERE key='after-backup'").fetchone() == ("1",)


def test_change_passphrase_dialog(qtbot, win):
    w = win
    w.features.security.change_action.trigger()
    dlg = w.features.security.change_dialog
    assert isinstance(dlg, ChangePassphraseDialog) and dlg.isVisible()
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    qtbot.keyClicks(dlg.old, "fout fout fout fout")
    qtbot.keyClicks(dlg.new1, NEW_PHRASE)
    qtbot.keyClicks(dlg.new2, NEW_PHRASE)
    assert dlg.meter.value() >= 3
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.error.isVisible() and dlg.old.hasFocus() or dlg.error.text()
    dlg.old.setText(PASSPHRASE)
    dlg.new1.setText("wachtwoord1")
    dlg.new2.setText("wachtwoord1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.error.text()
    dlg.new1.setText(NEW_PHRASE)
    dlg.new2.setText(NEW_PHRASE + "x")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible()
    dlg.new2.setText(NEW_PHRASE)
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible() and dlg.result() == QDialog.DialogCode.Accepted
    path = w.vault_path
    w.lock("manual")
    assert restore.passphrase_matches(path, NEW_PHRASE) and not restore.passphrase_matches(path, PASSPHRASE)
    w.unlock_now(NEW_PHRASE)
    assert w.vault_view.model.total() == 30


@pytest.mark.skipif(not REAL_KEYRING, reason="needs a real Secret Service (python3 dev.py test runs one)")
def test_keychain_remember_on_unlock_unlock_from_it_and_forget_on_change(qtbot, win):
    w = win
    path = w.vault_path
    w.lock("manual")
    sec = w.features.security
    qtbot.waitUntil(sec.remember_box.isEnabled, timeout=10_000)  # the keychain answers off the GUI thread
    assert sec.remember_box.isVisible() and sec.remember_box.isEnabled() and not sec.keychain_button.isVisible()
    sec.remember_box.setChecked(True)
    qtbot.keyClicks(w.unlock_view.passphrase, PASSPHRASE)
    qtbot.keyClick(w.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    assert sec.keychain.recall(path) == PASSPHRASE
    w.lock("idle")
    assert sec.keychain_button.isVisible() and not sec.remember_box.isVisible()
    assert w.vault is None  # never unlocked automatically
    qtbot.mouseClick(sec.keychain_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    # changing the passphrase forgets the keychain entry
    sec.change_action.trigger()
    dlg = sec.change_dialog
    dlg.old.setText(PASSPHRASE)
    dlg.new1.setText(NEW_PHRASE)
    dlg.new2.setText(NEW_PHRASE)
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert sec.keychain.recall(path) is None and not sec.keychain.is_remembered(path)
    import keyring

    from vp_desk.security.keychain import SERVICE
    assert keyring.get_keyring().get_password(SERVICE, Keychain.key_for(path)) is None


@pytest.mark.skipif(not REAL_KEYRING, reason="needs a real Secret Service (python3 dev.py test runs one)")
def test_settings_remember_checks_the_passphrase(qtbot, win):
    w = win
    w.features.security.settings_action.trigger()
    dlg: SettingsDialog = w.features.security.settings_dialog
    assert dlg.remember.isEnabled() and not dlg.remember.isChecked()
    dlg.remember.setChecked(True)
    assert dlg.passphrase.isVisible()
    dlg.passphrase.setText("niet de juiste zin")
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.error.isVisible()
    assert w.features.security.keychain.recall(w.vault_path) is None
    dlg.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    assert w.features.security.keychain.recall(w.vault_path) == PASSPHRASE
    w.features.security.settings_action.trigger()
    dlg = w.features.security.settings_dialog
    dlg.remember.setChecked(False)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert w.features.security.keychain.recall(w.vault_path) is None


def test_uncaught_exception_shows_a_dialog_without_case_data(qtbot, win):
    from vp_desk.app import _install_excepthook

    old = sys.excepthook
    _install_excepthook()
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    try:
        secret = "Jan Janssens werd gepest door zijn chef"
        try:
            raise ValueError(secret)
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    title, text = seams.shown[-1]
    assert "ValueError" in text and secret not in text and "Jan" not in title + text
    assert win.vault is not None and win.vault.integrity_errors() == []


def test_ctrl_c_in_a_field_is_cleared_on_lock(qtbot, win):
    field = win.vault_view.search
    field.setText("Pesterijen afdeling X")
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Pesterijen afdeling X"
    win.lock("manual")
    assert QGuiApplication.clipboard().text() == ""


def test_background_check_after_unlock_reports_damage_and_stops_writes(qtbot, tmp_path):
    """Damage in a page that unlocking does not read is found by the check that runs in the
    background after unlock: the user is told to restore a backup, nothing more is written."""
    from vp_desk.domain.models import Organisation
    from vp_desk.storage.errors import VaultDamaged
    from vp_desk.storage.files import PAGE_SIZE
    from vp_desk.storage.repository import Repository

    path = tmp_path / "damaged.vpvault"
    with Vault.create(path, PASSPHRASE) as v:
        Repository(v).save_organisation(Organisation("Org", "BE"))
        root = v.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE_SIZE + 300] ^= 0x10
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    w.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(w.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("damaged" in t.lower() for t, _ in seams.shown), timeout=20_000)
    text = next(x for t, x in seams.shown if "damaged" in t.lower())
    assert "Restore a backup" in text
    with pytest.raises(VaultDamaged):
        Repository(w.vault).save_organisation(Organisation("After", "NL"))
    seams.preset_answer(QMessageBox.StandardButton.Ok)  # the automatic backup at the lock refuses the damaged vault
    w.lock()
    assert any("could not be made" in x for _t, x in seams.shown)
    assert path.read_bytes() == before


def test_unlock_says_when_the_last_change_before_a_crash_was_lost(qtbot, tmp_path):
    from vp_desk.storage.files import PAGE_SIZE

    from ..unit.test_vault_hostile import _flip_in_frame, crash_after_commits, wal_of

    path = tmp_path / "crashed.vpvault"
    Vault.create(path, PASSPHRASE).close()
    crash_after_commits(path, PASSPHRASE, 1)
    _flip_in_frame(path, (wal_of(path).stat().st_size - 32) // (24 + PAGE_SIZE) - 1)
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    w.unlock_now(PASSPHRASE)
    assert any("crash" in t.lower() for t, _ in seams.shown)
    w.lock()
