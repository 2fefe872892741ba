"""Security in the main window: backups (manual; automatic on quit, and at a lock once the
newest automatic one is a day old; restore), change passphrase, settings (idle lock,
backups to keep, keychain), unlocking from the keychain, the idle/OS-session auto-lock and
clearing the clipboard on lock."""

from __future__ import annotations

import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vp_desk.paths import VAULT_SUFFIX, backup_dir, default_vault_path
from vp_desk.security import clipboard
from vp_desk.security.autolock import MAX_MINUTES, MIN_MINUTES, AutoLock, clamp_minutes
from vp_desk.security.keychain import Keychain, KeychainUnavailable, change_passphrase
from vp_desk.storage import backup
from vp_desk.storage.errors import WrongPassphrase
from vp_desk.ui import seams
from vp_desk.ui.lock_view import StrengthMeter, passphrase_field, too_easy, translate_error
from vp_desk.ui.main_window import MainWindow, window_hook
from vp_desk.ui.worker import run_async

ERROR_STYLE = "color: #b00020;"
MAX_KEEP = 100
AUTO_BACKUP_EVERY = timedelta(days=1)  # at an idle or manual lock, when the newest automatic backup is older


def _password_field(name: str) -> QLineEdit:
    f = passphrase_field(name)
    f.setMinimumWidth(280)
    return f


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class _Relay(QObject):
    progress = Signal(int, str)


class ChangePassphraseDialog(QDialog):
    """Current passphrase, the new one twice and a strength meter. Forgets the keychain entry."""

    def __init__(self, window: MainWindow, keychain: Keychain) -> None:
        super().__init__(window)
        self.window_ = window
        self.keychain = keychain
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = _password_field(self.tr("Current passphrase"))
        self.new1 = _password_field(self.tr("New passphrase"))
        self.new2 = _password_field(self.tr("Repeat new passphrase"))
        self.meter = StrengthMeter()
        self.new1.textChanged.connect(self.meter.update_for)
        self.note = QLabel(self.tr(
            "Write the new passphrase down and keep it somewhere safe. Backups made before now "
            "keep the old passphrase. A passphrase remembered in the keychain is forgotten."))
        self.note.setWordWrap(True)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Error message"))
        for field in (self.old, self.new1, self.new2):  # an old message goes once the user types
            field.textEdited.connect(self.error.hide)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.old)
        form.addRow(self.tr("&New passphrase:"), self.new1)
        form.addRow(self.tr("&Repeat:"), self.new2)
        form.addRow(self.tr("Strength:"), self.meter)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.note)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.old.setFocus()

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _accept(self) -> None:
        vault = self.window_.vault
        if vault is None:
            self.reject()
            return
        old, new = self.old.text(), self.new1.text()
        if not old:
            self.show_error(self.tr("Please type your current passphrase."), self.old)
            return
        if new != self.new2.text():
            self.show_error(self.tr("The two new passphrases are not the same."), self.new2)
            return
        if new == old:
            self.show_error(self.tr("The new passphrase is the same as the current one."), self.new1)
            return
        refused = too_easy(new)
        if refused:
            self.show_error(refused, self.new1)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            change_passphrase(vault, self.keychain, old, new)
        except WrongPassphrase:
            self.show_error(self.tr("The current passphrase is wrong. Nothing was changed."), self.old)
            return
        except Exception as exc:  # noqa: BLE001 - shown inline, nothing changed
            self.show_error(translate_error(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class SettingsDialog(QDialog):
    """Idle minutes, backups to keep, and the opt-in keychain for this vault."""

    def __init__(self, window: MainWindow, keychain: Keychain) -> None:
        super().__init__(window)
        self.window_ = window
        self.keychain = keychain
        self.setWindowTitle(self.tr("Settings"))
        cfg = window.config
        self.idle = QSpinBox()
        self.idle.setRange(MIN_MINUTES, MAX_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(clamp_minutes(cfg.get("idle_minutes")))
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(_keep(cfg))
        self.keep.setAccessibleName(self.tr("Automatic backups to keep"))
        self.backup_folder = QLabel(str(backup_dir()))
        self.backup_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remember = QCheckBox(self.tr("Remember the passphrase of this vault on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the passphrase in the keychain"))
        self.keychain_note = QLabel()
        self.keychain_note.setWordWrap(True)
        self.passphrase = _password_field(self.tr("Passphrase to remember"))
        self.passphrase.setPlaceholderText(self.tr("Type the vault's passphrase to remember it"))
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Error message"))

        status = keychain.status()
        path = window.vault_path
        self.was_remembered = bool(path) and keychain.is_remembered(path)
        self.remember.setChecked(self.was_remembered)
        if not status.available:
            self.remember.setEnabled(False)
            self.keychain_note.setText(self.tr("Not available: %s") % status.render(QCoreApplication.translate))
        elif path is None:
            self.remember.setEnabled(False)
            self.keychain_note.setText(self.tr("Open a vault first."))
        else:
            self.keychain_note.setText(self.tr(
                "Kept in %s. Anyone who can log in to this computer as you can then open the vault "
                "without typing the passphrase.") % status.render(QCoreApplication.translate))
        self.remember.toggled.connect(self._toggled)
        self._toggled(self.remember.isChecked())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Lock after no use for:"), self.idle)
        form.addRow(self.tr("&Automatic backups to keep:"), self.keep)
        form.addRow(self.tr("Backup folder:"), self.backup_folder)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.remember)
        box.addWidget(self.keychain_note)
        box.addWidget(self.passphrase)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        self.setTabOrder(self.idle, self.keep)
        self.setTabOrder(self.keep, self.remember)
        self.setTabOrder(self.remember, self.passphrase)
        self.resize(520, self.sizeHint().height())

    def _toggled(self, on: bool) -> None:
        need = on and not self.was_remembered
        self.passphrase.setVisible(need)
        self.passphrase.setEnabled(need)

    def _accept(self) -> None:
        cfg = self.window_.config
        path = self.window_.vault_path
        if self.remember.isEnabled() and path is not None:
            if self.remember.isChecked() and not self.was_remembered:
                phrase = self.passphrase.text()
                if not phrase or not backup.passphrase_matches(path, phrase):
                    self.error.setText(self.tr("This is not the passphrase of the vault."))
                    self.error.show()
                    self.passphrase.setFocus()
                    self.passphrase.selectAll()
                    return
                try:
                    self.keychain.remember(path, phrase)
                except KeychainUnavailable as exc:
                    self.error.setText(exc.status.render(QCoreApplication.translate))
                    self.error.show()
                    return
            elif not self.remember.isChecked() and self.was_remembered and not self.keychain.forget(path):
                self.error.setText(self.tr(
                    "The keychain did not let VP Desk remove the passphrase (it may be locked). "
                    "Unlock the keychain and try again."))
                self.error.show()
                return
        self.passphrase.clear()
        cfg.set("idle_minutes", self.idle.value())
        cfg.set("backups_keep", self.keep.value())
        self.accept()


class RestoreDialog(QDialog):
    """Choose a backup, type its passphrase, check it; only a checked backup can be restored."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Restore from backup"))
        self.checked: backup.VerifyReport | None = None
        self.intro = QLabel(self.tr(
            "Choose a backup and type the passphrase it was made with. VP Desk checks the backup "
            "completely before anything is replaced; the current vault is kept beside it as a "
            "“.before-restore” copy."))
        self.intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.passphrase = _password_field(self.tr("Passphrase of the backup"))
        self.check_button = QPushButton(self.tr("&Check backup"))
        self.check_button.clicked.connect(self.check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Check result"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.file.textChanged.connect(self._invalidate)
        self.passphrase.textChanged.connect(self._invalidate)
        self.passphrase.returnPressed.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(self.browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Backup:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.result)
        box.addWidget(self.buttons)
        self.resize(600, self.sizeHint().height())

    def _browse(self) -> None:
        path = seams.open_path(self, self.tr("Choose a backup"), str(backup_dir()),
                               self.tr("VP Desk vault (*%s);;All files (*)") % VAULT_SUFFIX)
        if path:
            self.file.setText(path)
            self.passphrase.setFocus()

    def _invalidate(self) -> None:
        self.checked = None
        self.restore_button.setEnabled(False)

    def check(self) -> None:
        path, phrase = self.file.text().strip(), self.passphrase.text()
        if not path or not phrase:
            self._show(self.tr("Choose a backup and type its passphrase."), ok=False)
            return
        self.check_button.setEnabled(False)
        self._show(self.tr("Checking the backup…"), ok=True)
        run_async(lambda: backup.check_backup(Path(path), phrase), self._checked, self._failed)

    def _checked(self, report: backup.VerifyReport) -> None:
        self.check_button.setEnabled(True)
        self.checked = report
        orgs = report.counts.get("organisations", 0)
        self._show(self.tr("The backup is complete and undamaged: %1 dossier(s) in %2 organisation(s).")
                   .replace("%1", str(report.dossiers)).replace("%2", str(orgs)), ok=True)
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.checked = None
        self._show(translate_error(exc), ok=False)

    def _show(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok else ERROR_STYLE)

    def values(self) -> tuple[Path, str]:
        return Path(self.file.text().strip()).expanduser(), self.passphrase.text()

    def _accept(self) -> None:
        if self.checked is not None:
            self.accept()


class _LockKeyFilter(QObject):
    """The Lock shortcut typed inside a dialog (where the window's action cannot fire)."""

    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or self.window.vault is None:
            return False
        if not isinstance(obj, QWidget) or obj.window() is self.window:
            return False
        shortcut = self.window.lock_action.shortcut()
        if not shortcut.isEmpty() and QKeySequence(event.keyCombination()) == shortcut:
            self.window.lock("manual")
            return True
        return False


class SecurityController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keychain = Keychain(config=window.config)
        self.clipboard = clipboard.guard()
        self.autolock = AutoLock(window.lock, clamp_minutes(window.config.get("idle_minutes")), self)
        self.autolock.connect_session_signals(int(window.winId()) if sys.platform == "win32" else None)
        self._pending_phrase: str | None = None
        self._busy = threading.Event()
        self._busy.set()
        self.last_backup: backup.BackupResult | None = None

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
        menu = window.file_menu
        for act in (self.backup_action, self.restore_action, self.change_action):
            menu.insertAction(window.file_menu_end, act)
        window.tools_menu.addAction(self.settings_action)
        window.add_vault_action(self.backup_action)
        window.add_vault_action(self.change_action)

        # Ctrl+L locks from inside any (modal) dialog too; the lock closes the dialogs
        self._lock_keys = _LockKeyFilter(window, self)
        self._build_unlock_extras()
        window.lock_callbacks.append(self.on_lock)
        window.closing_callbacks.append(self.on_closing)
        window.unlocked.connect(self.on_unlocked)
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
        status = self.keychain.status() if path else None
        self.keychain_button.setVisible(remembered)
        self.remember_box.setChecked(False)
        self.remember_box.setVisible(bool(path) and not remembered and not self.window.demo_notice)
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
        phrase, self._pending_phrase = self._pending_phrase, None
        if phrase and self.window.vault is not None:
            try:
                self.keychain.remember(self.window.vault.path, phrase)
                self.window.statusBar().showMessage(self.tr("The passphrase is now kept in the keychain."), 8000)
            except KeychainUnavailable as exc:
                seams.inform(self.window, self.tr("Keychain"), exc.status.render(QCoreApplication.translate),
                             QMessageBox.Icon.Warning)
        self.autolock.set_minutes(clamp_minutes(self.window.config.get("idle_minutes")))
        self.autolock.start()

    # -- locking --------------------------------------------------------------------------
    def on_lock(self, reason: str) -> None:
        self.autolock.stop()
        self._pending_phrase = None
        self._busy.wait(120)  # a backup in progress finishes before the vault closes
        self.clipboard.clear_if_ours()

    def on_closing(self, reason: str) -> None:
        """The screen shows the unlock form by now; the vault is still open."""
        if self.window.vault is not None and not self.window.demo_notice and (
                reason == "quit" or (reason in ("idle", "manual") and self.automatic_backup_due())):
            self.window.repaint()  # the unlock form is painted before the backup takes its second
            self.automatic_backup()

    def automatic_backup_due(self, now: datetime | None = None) -> bool:
        """A confidant who never quits (the laptop only sleeps) still gets an automatic
        backup: at an idle or manual lock when the newest one is a day old or more. Not on a
        session lock or suspend, when the machine may stop within seconds."""
        latest = backup.latest_automatic_backup(self.window.vault.path)
        return latest is None or (now or datetime.now()) - latest >= AUTO_BACKUP_EVERY

    def automatic_backup(self) -> backup.BackupResult | None:
        try:
            self.last_backup = backup.automatic_backup(self.window.vault, _keep(self.window.config))
            return self.last_backup
        except Exception as exc:  # noqa: BLE001 - reported, the vault itself is safe
            seams.inform(self.window, self.tr("Automatic backup"),
                         self.tr("The automatic backup could not be made: %s") % translate_error(exc),
                         QMessageBox.Icon.Warning)
            return None

    # -- actions --------------------------------------------------------------------------
    def backup_to(self) -> None:
        if self.window.vault is None:
            return
        folder = seams.directory(self.window, self.tr("Back up to which folder (e.g. a USB stick)?"),
                                 str(Path.home()))
        if not folder:
            return
        vault = self.window.vault
        self._run(self.tr("Making a verified backup…"), lambda step: backup.backup_to(vault, Path(folder), progress=step),
                  self._backup_done)

    def _backup_done(self, result: backup.BackupResult) -> None:
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
        dlg = RestoreDialog(self.window)
        self.restore_dialog = dlg
        dlg.accepted.connect(lambda: self._restore_chosen(dlg))
        dlg.open()
        dlg.file.setFocus()

    def _restore_chosen(self, dlg: RestoreDialog) -> None:
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
        self._run(self.tr("Restoring…"), lambda step: backup.restore(source, phrase, target, progress=step),
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
        if self.window.vault is None:
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
        dlg = SettingsDialog(self.window, self.keychain)
        self.settings_dialog = dlg
        dlg.accepted.connect(lambda: self.autolock.set_minutes(dlg.idle.value()))
        dlg.open()
        dlg.idle.setFocus()


def _keep(config) -> int:
    try:
        return min(max(int(config.get("backups_keep")), 1), MAX_KEEP)
    except (TypeError, ValueError):
        return 10


@window_hook
def _install(window: MainWindow) -> None:
    window.security = SecurityController(window)
