"""First-run, create-vault and unlock screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desk import APP_NAME
from vp_desk.paths import VAULT_SUFFIX, default_vault_path
from vp_desk.ui.common import seams
from vp_desk.ui.common.buttons import ok_cancel
from vp_desk.ui.common.passphrase import NewPassphrase, passphrase_field
from vp_desk.ui.common.styles import error_label, icon


def _title(text: str) -> QLabel:
    label = QLabel(text)
    f = QFont(label.font())
    f.setPointSizeF(f.pointSizeF() * 1.6)
    f.setBold(True)
    label.setFont(f)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _logo() -> QLabel:
    """The app's icon above a start screen's title."""
    label = QLabel()
    label.setPixmap(icon("vp-desk").pixmap(72, 72))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(APP_NAME)
    return label


class WelcomeView(QWidget):
    """First run: create a vault or open an existing one."""

    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = _title("")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton()
        self.open_button = QPushButton()
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.open_requested)
        box = QVBoxLayout(self)
        box.addStretch(2)
        box.addWidget(_logo())
        box.addWidget(self.title)
        box.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.create_button)
        row.addWidget(self.open_button)
        row.addStretch()
        box.addLayout(row)
        box.addStretch(3)
        self.setMaximumWidth(16777215)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to VP Desk"))
        self.text.setText(self.tr(
            "VP Desk keeps your notes as a confidant in one encrypted file on this computer: "
            "the vault. Nothing is sent anywhere. Create a new vault, or open one you already have."))
        self.create_button.setText(self.tr("&Create a new vault…"))
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.open_button.setText(self.tr("&Open an existing vault…"))
        self.open_button.setAccessibleName(self.tr("Open an existing vault"))


class UnlockView(QWidget):
    """Passphrase entry for a known vault. Errors appear inline; the field is re-selected."""

    unlock_requested = Signal(str)
    other_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent=None) -> None:
        """Long: builds the unlock form, one statement per widget, row and connection, top to bottom as shown."""
        super().__init__(parent)
        self.title = _title("")
        self.path_label = QLabel()
        self.path_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = passphrase_field("")
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self._submit)
        self.passphrase.textEdited.connect(self.clear_error)
        self.unlock_button = QPushButton(icon("lock"), "")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.error = error_label()
        self.error.setObjectName("error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(320)
        self.busy.hide()
        self.other_button = QPushButton()
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self.other_requested)
        self.new_button = QPushButton()
        self.new_button.setFlat(True)
        self.new_button.clicked.connect(self.create_requested)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.hide()

        box = QVBoxLayout(self)
        box.addStretch(2)
        box.addWidget(_logo())
        box.addWidget(self.title)
        box.addWidget(self.path_label)
        box.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        row.addStretch()
        box.addLayout(row)
        brow = QHBoxLayout()
        brow.addStretch()
        brow.addWidget(self.busy)
        brow.addStretch()
        box.addLayout(brow)
        box.addWidget(self.error)
        links = QHBoxLayout()
        links.addStretch()
        links.addWidget(self.other_button)
        links.addWidget(self.new_button)
        links.addStretch()
        box.addLayout(links)
        box.addStretch(3)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.other_button)
        self.setTabOrder(self.other_button, self.new_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("VP Desk is locked"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.error.setAccessibleName(self.tr("Error message"))
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.other_button.setText(self.tr("Open another vault…"))
        self.new_button.setText(self.tr("Create a new vault…"))

    def set_vault(self, path: Path) -> None:
        self.path_label.setText(str(path))
        self.clear_error()
        self.passphrase.setText("")  # unlike clear(), keeps no undo history of the typed keys

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.show_error(self.tr("Please type your passphrase."))
            return
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.show()
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def focus(self) -> None:
        self.passphrase.setFocus()


class CreateVaultDialog(QDialog):
    """Location, passphrase twice, a strength meter and the plain-words warning."""

    def __init__(self, parent=None, suggested: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a new vault"))
        self.path_edit = QLineEdit(str(suggested or default_vault_path()))
        self.path_edit.setAccessibleName(self.tr("Vault location"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.new_passphrase = NewPassphrase(self.tr("Passphrase"), self.tr("Repeat passphrase"))
        self.pass1, self.pass2, self.meter = (self.new_passphrase.first, self.new_passphrase.repeat,
                                              self.new_passphrase.meter)
        self.warning = QLabel(self.tr(
            "<b>Write your passphrase down and keep it somewhere safe.</b> It is the only key to "
            "the vault: if you lose it, nobody — not even the makers of VP Desk — can open your "
            "notes again."))
        self.warning.setWordWrap(True)
        self.error = error_label(self.tr("Error message"))
        for field in (self.path_edit, self.pass1, self.pass2):  # an old message goes once the user types
            field.textEdited.connect(self.error.hide)
        buttons = self.buttons = ok_cancel(self, self._accept, self.tr("Create vault"))

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(QLabel(self.tr("&Location:"), buddy=self.path_edit), row)  # a row has no buddy of its own
        self.new_passphrase.add_rows(form, self.tr("&Passphrase:"), self.tr("&Repeat:"), self.tr("Strength:"))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.warning)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.pass1.setFocus()

    def _browse(self) -> None:
        path = seams.save_path(self, self.tr("Where should the vault be kept?"), self.path_edit.text(),
                               self.tr("VP Desk vault (*%s)") % VAULT_SUFFIX)
        if path:
            if not path.endswith(VAULT_SUFFIX):
                path += VAULT_SUFFIX
            self.path_edit.setText(path)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _accept(self) -> None:
        path = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            self.show_error(self.tr("Please choose where the vault is kept."))
            return
        if path.exists():
            self.show_error(self.tr("A file already exists there. Choose another name, or open it instead."))
            return
        refused = self.new_passphrase.refusal(self.tr("The two passphrases are not the same."))
        if refused:
            self.show_error(refused[0])
            refused[1].setFocus()
            refused[1].selectAll()
            return
        self.accept()

    def values(self) -> tuple[Path, str]:
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix != VAULT_SUFFIX:
            path = path.with_name(path.name + VAULT_SUFFIX)
        return path, self.pass1.text()
