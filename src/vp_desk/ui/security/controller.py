"""Security around the main window (the controller; its dialogs are in dialogs.py): backups (manual; automatic on quit, and at a lock once the
newest automatic one is a day old; restore), change passphrase, settings (idle lock,
backups to keep, keychain), unlocking from the keychain, the idle/OS-session auto-lock and
clearing the clipboard on lock."""

from __future__ import annotations

import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from vp_desk.paths import backup_start_folder, default_vault_path
from vp_desk.security import clipboard
from vp_desk.security.autolock import AutoLock, clamp_minutes
from vp_desk.security.keychain import Keychain, KeychainStatus, KeychainUnavailable
from vp_desk.settings import ConfigKey
from vp_desk.ui.common import seams
from vp_desk.ui.common.messages import translate_error
from vp_desk.ui.common.shell import Shell
from vp_desk.ui.common.worker import run_async

if TYPE_CHECKING:  # the dialogs and the backup code load when first used, not at start
    from vp_desk.ui.security.dialogs import RestoreDialog
    from vp_desk.usecases import backups
    from vp_desk.usecases.desk import DeskService

KEYCHAIN_ASK_DELAY_MS = 400  # the unlock screen shows first; nobody ticks "Remember" sooner
AUTO_BACKUP_EVERY = timedelta(days=1)  # at an idle or manual lock, when the newest automatic backup is older


class _Relay(QObject):
    progress = Signal(int, str)


class _LockKeyFilter(QObject):
    """The Lock shortcut typed inside a dialog (where the window's action cannot fire)."""

    def __init__(self, window: Shell, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window

    def watch(self, on: bool) -> None:
        """Filter the app's key presses only while a vault is open."""
        app = QCoreApplication.instance()
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or self.window.service is None:
            return False
        if not isinstance(obj, QWidget) or obj.window() is self.window:
            return False
        shortcut = self.window.lock_action.shortcut()
        if not shortcut.isEmpty() and QKeySequence(event.keyCombination()) == shortcut:
            self.window.lock("manual")
            return True
        return False


class SecurityController(QObject):
    def __init__(self, window: Shell) -> None:

        super().__init__(window)
        self.window = window
        self.keychain = Keychain(config=window.config)
        self.clipboard: clipboard.ClipboardGuard | None = None  # from the first unlock on
        self.autolock = AutoLock(window.lock, clamp_minutes(window.config.get(ConfigKey.IDLE_MINUTES)), self)
        self.autolock.connect_session_signals(int(window.winId()) if sys.platform == "win32" else None)
        self._pending_phrase: str | None = None
        self._status_asked = 0  # the newest keychain question; older answers are ignored
        self._ask_keychain = QTimer(self)  # stops with the window
        self._ask_keychain.setSingleShot(True)
        self._ask_keychain.timeout.connect(lambda: None)
        self._busy = threading.Event()
        self._busy.set()
        self.last_backup: backups.BackupResult | None = None
        self.desk: DeskService | None = None  # the unlocked vault's use cases, until it closes

        self.backup_action = QAction(self.tr("&Back up to…"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup_to)
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        self.change_action = QAction(self.tr("Change &passphrase…"), window)
        self.change_action.triggered.connect(self.change_passphrase)
        self.settings_action = QAction(self.tr("&Settings…"), window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings)
        # the vault-only actions: enabled while a vault is unlocked (the shell places them)
        self.vault_actions = (self.backup_action, self.change_action)

        # Ctrl+L locks from inside any (modal) dialog too; the lock closes the dialogs
        self._lock_keys = _LockKeyFilter(window, self)
        self._build_unlock_extras()
        window.unlock_view.unlock_requested.connect(self._remember_pending)
        window.stack.currentChanged.connect(lambda _i: self.refresh_unlock_extras())
        self.refresh_unlock_extras()

    # -- unlock screen ----------------------------------------------------------------
    def _build_unlock_extras(self) -> None:
        view = self.window.unlock_view
        self.remember_box = QCheckBox(self.tr("&Remember on this computer"))
        self.remember_box.setAccessibleName(self.tr("Remember the passphrase in the keychain"))
        self.keychain_button = QPushButton(self.tr("Unlock with the &keychain"))
        self.keychain_button.setAccessibleName(self.tr("Unlock with the passphrase kept in the keychain"))
        self.keychain_button.clicked.connect(self.unlock_from_keychain)
        self.unlock_extras = QWidget()
        row = QHBoxLayout(self.unlock_extras)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch()
        row.addWidget(self.remember_box)
        row.addWidget(self.keychain_button)
        row.addStretch()
        layout = view.layout()
        layout.insertWidget(max(layout.indexOf(view.error), 0), self.unlock_extras)
        view.setTabOrder(view.unlock_button, self.remember_box)
        view.setTabOrder(self.remember_box, self.keychain_button)

    def refresh_unlock_extras(self) -> None:
        if self.window.stack.currentWidget() is not self.window.unlock_view:
            return
        path = self.window.vault_path
        remembered = bool(path) and self.keychain.is_remembered(path)
        self.keychain_button.setVisible(remembered)
        self.remember_box.setChecked(False)
        self.remember_box.setVisible(bool(path) and not remembered and not self.window.demo_notice)
        self._status_asked += 1
        if not path:
            self._show_keychain_status(None)
            return
        # the keychain is asked off the GUI thread (loading keyring and asking D-Bus takes a
        # while): the unlock screen shows at once, "Remember" is enabled once it answered
        self.remember_box.setEnabled(False)
        self.remember_box.setToolTip("")
        asked = self._status_asked
        # asked once the screen is up and painted: loading keyring takes longer than the screen
        self._ask_keychain.timeout.disconnect()
        self._ask_keychain.timeout.connect(lambda: run_async(
            self.keychain.status, lambda st: asked == self._status_asked and self._show_keychain_status(st),
            lambda _exc: None))
        self._ask_keychain.start(KEYCHAIN_ASK_DELAY_MS)

    def _show_keychain_status(self, status: KeychainStatus | None) -> None:
        if not shiboken6.isValid(self.remember_box):  # the window closed while the keychain answered
            return
        if status is not None and not status.available:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(status.render(QCoreApplication.translate))
        else:
            self.remember_box.setEnabled(True)
            self.remember_box.setToolTip(self.tr("Keeps the passphrase in %s") % (
                status.render(QCoreApplication.translate) if status else ""))

    def unlock_from_keychain(self) -> None:
        path = self.window.vault_path
        phrase = self.keychain.recall(path) if path else None
        if not phrase:
            self.window.unlock_view.show_error(self.tr(
                "The keychain holds no passphrase for this vault (it may be locked). Type the passphrase."))
            return
        self._pending_phrase = None
        self.window.unlock(phrase)

    def _remember_pending(self, phrase: str) -> None:
        self._pending_phrase = phrase if self.remember_box.isChecked() and self.remember_box.isVisible() else None

    def on_unlocked(self) -> None:
        self.desk = self.window.service
        self.clipboard = clipboard.guard()
        self._lock_keys.watch(True)
        phrase, self._pending_phrase = self._pending_phrase, None
        if phrase and self.desk is not None:
            try:
                self.keychain.remember(self.desk.vault_path, phrase)
                self.window.statusBar().showMessage(self.tr("The passphrase is now kept in the keychain."), 8000)
            except KeychainUnavailable as exc:
                seams.inform(self.window, self.tr("Keychain"), exc.status.render(QCoreApplication.translate),
                             QMessageBox.Icon.Warning)
        self.autolock.set_minutes(clamp_minutes(self.window.config.get(ConfigKey.IDLE_MINUTES)))
        self.autolock.start()

    # -- locking --------------------------------------------------------------------------
    def on_lock(self, reason: str) -> None:
        self.autolock.stop()
        self._pending_phrase = None
        self._busy.wait(120)  # a backup in progress finishes before the vault closes
        self._lock_keys.watch(False)
        if self.clipboard is not None:
            self.clipboard.clear_if_ours()

    def on_closing(self, reason: str) -> None:
        """The screen shows the unlock form by now; the vault is still open."""
        if self.desk is not None and not self.window.demo_notice and (
                reason == "quit" or (reason in ("idle", "manual") and self.automatic_backup_due())):
            self.window.repaint()  # the unlock form is painted before the backup takes its second
            self.automatic_backup()
        self.desk = None

    def automatic_backup_due(self, now: datetime | None = None) -> bool:
        """A confidant who never quits (the laptop only sleeps) still gets an automatic
        backup: at an idle or manual lock when the newest one is a day old or more. Not on a
        session lock or suspend, when the machine may stop within seconds."""
        from vp_desk.usecases import backups

        latest = backups.latest_automatic_backup(self.desk)
        return latest is None or (now or datetime.now()) - latest >= AUTO_BACKUP_EVERY

    def automatic_backup(self) -> backups.BackupResult | None:
        from vp_desk.ui.security.dialogs import backups_to_keep
        from vp_desk.usecases import backups

        try:
            self.last_backup = backups.automatic_backup(self.desk, backups_to_keep(self.window.config))
            return self.last_backup
        except Exception as exc:  # noqa: BLE001 - reported, the vault itself is safe
            seams.inform(self.window, self.tr("Automatic backup"),
                         self.tr("The automatic backup could not be made: %s") % translate_error(exc),
                         QMessageBox.Icon.Warning)
            return None

    # -- actions --------------------------------------------------------------------------
    def backup_to(self) -> None:
        from vp_desk.usecases import backups

        if self.desk is None:
            return
        folder = seams.directory(self.window, self.tr("Back up to which folder (e.g. a USB stick)?"),
                                 str(backup_start_folder(self.window.config.get(ConfigKey.BACKUP_FOLDER))))
        if not folder:
            return
        self.window.config.set(ConfigKey.BACKUP_FOLDER, folder)
        desk = self.desk
        self._run(self.tr("Making a verified backup…"), lambda step: backups.backup_to(desk, Path(folder), step),
                  self._backup_done)

    def _backup_done(self, result: backups.BackupResult) -> None:
        self.last_backup = result
        seams.inform(self.window, self.tr("Backup made"), self.tr(
            "A verified, encrypted backup was written to:\n%s\n\nIt opens with the passphrase the vault "
            "has now.") % str(result.path))

    def _run(self, title: str, work, on_done) -> None:
        dlg = QProgressDialog(title, "", 0, 100, self.window)
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.setAutoClose(False)
        dlg.setValue(0)
        relay = _Relay(self)
        relay.progress.connect(lambda p, s: (dlg.setValue(p), dlg.setLabelText(QCoreApplication.translate("Backup", s))))
        self._busy.clear()
        self.progress_dialog = dlg

        def work_fn():
            try:
                return work(relay.progress.emit)
            finally:
                self._busy.set()

        def done(result):
            dlg.close()
            relay.deleteLater()
            on_done(result)

        def failed(exc):
            dlg.close()
            relay.deleteLater()
            seams.inform(self.window, self.tr("Not done"), translate_error(exc), QMessageBox.Icon.Warning)

        dlg.show()
        run_async(work_fn, done, failed)

    def restore(self) -> None:
        from vp_desk.ui.security.dialogs import RestoreDialog

        dlg = RestoreDialog(self.window)
        self.restore_dialog = dlg
        dlg.accepted.connect(lambda: self._restore_chosen(dlg))
        dlg.open()
        dlg.file.setFocus()

    def _restore_chosen(self, dlg: RestoreDialog) -> None:
        from vp_desk.usecases import backups

        source, phrase = dlg.values()
        dlg.passphrase.clear()
        target = self.window.vault_path or default_vault_path()
        answer = seams.ask(self.window, self.tr("Restore from backup"), self.tr(
            "Replace the vault\n%1\nwith the checked backup? The current vault is kept beside it as "
            "“.before-restore”. The vault will then open with the backup's passphrase.")
            .replace("%1", str(target)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.lock("restore")
        self._run(self.tr("Restoring…"), lambda step: backups.restore(source, phrase, target, progress=step),
                  lambda kept: self._restored(target, kept))

    def _restored(self, target: Path, kept: Path | None) -> None:
        forgotten = self.keychain.forget(target)
        self.window.vault_path = target
        self.window.show_unlock()
        text = self.tr("The backup was restored. Unlock it with the backup's passphrase.")
        if not forgotten:
            text += "\n\n" + self.tr(
                "The keychain still remembers the previous passphrase and did not let VP Desk remove "
                "it (it may be locked). Untick “Remember” in Settings once the keychain is unlocked.")
        if kept is not None:
            text += "\n\n" + self.tr("The previous vault was kept as:\n%s") % str(kept)
        seams.inform(self.window, self.tr("Restore from backup"), text)

    def change_passphrase(self) -> None:
        from vp_desk.ui.security.dialogs import ChangePassphraseDialog

        if self.desk is None:
            return
        dlg = ChangePassphraseDialog(self.window, self.keychain)
        self.change_dialog = dlg
        dlg.accepted.connect(self._passphrase_changed)
        dlg.open()
        dlg.old.setFocus()

    def _passphrase_changed(self) -> None:
        for f in (self.change_dialog.old, self.change_dialog.new1, self.change_dialog.new2):
            f.clear()
        seams.inform(self.window, self.tr("Change passphrase"), self.tr(
                "The passphrase was changed. Use the new one from now on; older backups keep the old one."))

    def settings(self) -> None:
        from vp_desk.ui.security.dialogs import SettingsDialog

        dlg = SettingsDialog(self.window, self.keychain)
        self.settings_dialog = dlg
        dlg.accepted.connect(lambda: self.autolock.set_minutes(dlg.idle.value()))
        dlg.open()
        dlg.idle.setFocus()
