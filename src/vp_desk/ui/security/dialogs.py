"""The security dialogs: change passphrase, settings (idle lock, backups to keep, the
opt-in keychain) and restore from a checked backup. Each receives the shell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from vp_desk.paths import VAULT_SUFFIX, Config, backup_dir
from vp_desk.security.autolock import MAX_MINUTES, MIN_MINUTES, clamp_minutes
from vp_desk.security.keychain import Keychain, KeychainUnavailable
from vp_desk.settings import ConfigKey
from vp_desk.ui.common import seams
from vp_desk.ui.common.buttons import ok_cancel
from vp_desk.ui.common.messages import translate_error
from vp_desk.ui.common.passphrase import NewPassphrase, passphrase_field
from vp_desk.ui.common.shell import Shell
from vp_desk.ui.common.styles import ERROR_STYLE, error_label
from vp_desk.ui.common.worker import run_async
from vp_desk.usecases import backups
from vp_desk.usecases.errors import WrongPassphrase

MAX_KEEP = 100


def _password_field(name: str) -> QLineEdit:
    f = passphrase_field(name)
    f.setMinimumWidth(280)
    return f




class ChangePassphraseDialog(QDialog):
    """Current passphrase, the new one twice and a strength meter. Forgets the keychain entry."""

    def __init__(self, window: Shell, keychain: Keychain) -> None:
        super().__init__(window)
        self.window_ = window
        self.keychain = keychain
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old = _password_field(self.tr("Current passphrase"))
        self.new_passphrase = NewPassphrase(self.tr("New passphrase"), self.tr("Repeat new passphrase"), 280)
        self.new1, self.new2, self.meter = (self.new_passphrase.first, self.new_passphrase.repeat,
                                            self.new_passphrase.meter)
        self.note = QLabel(self.tr(
            "Write the new passphrase down and keep it somewhere safe. Backups made before now "
            "keep the old passphrase. A passphrase remembered in the keychain is forgotten."))
        self.note.setWordWrap(True)
        self.error = error_label()
        self.error.setAccessibleName(self.tr("Error message"))
        for field in (self.old, self.new1, self.new2):  # an old message goes once the user types
            field.textEdited.connect(self.error.hide)
        self.buttons = ok_cancel(self, self._accept, self.tr("Change passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.old)
        self.new_passphrase.add_rows(form, self.tr("&New passphrase:"), self.tr("&Repeat:"), self.tr("Strength:"))
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
        desk = self.window_.service
        if desk is None:
            self.reject()
            return
        old, new = self.old.text(), self.new1.text()
        if not old:
            self.show_error(self.tr("Please type your current passphrase."), self.old)
            return
        if new == old and new == self.new2.text():
            self.show_error(self.tr("The new passphrase is the same as the current one."), self.new1)
            return
        refused = self.new_passphrase.refusal(self.tr("The two new passphrases are not the same."))
        if refused:
            self.show_error(*refused)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backups.change_passphrase(desk, self.keychain, old, new)
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

    def __init__(self, window: Shell, keychain: Keychain) -> None:
        """Long: builds the form, one statement per widget, row and connection, top to bottom as shown."""
        super().__init__(window)
        self.window_ = window
        self.keychain = keychain
        self.setWindowTitle(self.tr("Settings"))
        cfg = window.config
        self.idle = QSpinBox()
        self.idle.setRange(MIN_MINUTES, MAX_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(clamp_minutes(cfg.get(ConfigKey.IDLE_MINUTES)))
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(backups_to_keep(cfg))
        self.keep.setAccessibleName(self.tr("Automatic backups to keep"))
        self.backup_folder = QLabel(str(backup_dir()))
        self.backup_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remember = QCheckBox(self.tr("Remember the passphrase of this vault on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the passphrase in the keychain"))
        self.keychain_note = QLabel()
        self.keychain_note.setWordWrap(True)
        self.passphrase = _password_field(self.tr("Passphrase to remember"))
        self.passphrase.setPlaceholderText(self.tr("Type the vault's passphrase to remember it"))
        self.error = error_label()
        self.error.setAccessibleName(self.tr("Error message"))
        self.passphrase.textEdited.connect(self.error.hide)  # an old message goes once the user types

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

        self.buttons = ok_cancel(self, self._accept)
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
                if not phrase or not backups.passphrase_matches(path, phrase):
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
        cfg.set(ConfigKey.IDLE_MINUTES, self.idle.value())
        cfg.set(ConfigKey.BACKUPS_KEEP, self.keep.value())
        self.accept()


class RestoreDialog(QDialog):
    """Choose a backup, type its passphrase, check it; only a checked backup can be restored."""

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Restore from backup"))
        self.checked: backups.VerifyReport | None = None
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
        self.buttons = ok_cancel(self, self._accept, self.tr("&Restore"))
        self.restore_button = self.buttons.button(self.buttons.StandardButton.Ok)
        self.restore_button.setEnabled(False)
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
        run_async(lambda: backups.check_backup(Path(path), phrase), self._checked, self._failed)

    def _checked(self, report: backups.VerifyReport) -> None:
        self.check_button.setEnabled(True)
        self.checked = report
        orgs = report.counts.get("organisations", 0)
        self._show(self.tr("The backup is complete and undamaged: %1 in %2.")
                   .replace("%1", self.tr("%n dossier(s)", "", report.dossiers))
                   .replace("%2", self.tr("%n organisation(s)", "", orgs)), ok=True)
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


def backups_to_keep(config: Config) -> int:
    """The number of automatic backups kept (Settings), 1 to MAX_KEEP."""
    try:
        return min(max(int(config.get(ConfigKey.BACKUPS_KEEP)), 1), MAX_KEEP)
    except (TypeError, ValueError):
        return 10
