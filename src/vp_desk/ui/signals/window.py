"""Tools → Signals and advice: one organisation's log of signals and advice given to
management, the works council (CPBW / OR) or the prevention adviser, asked or unasked.
The notes stay in the vault; the yearly report counts signals per addressee kind and
asked/unasked only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from vp_desk.domain.dates import format_day
from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.list_view import enter_opens_row, list_view, sort_proxy
from vp_desk.ui.signals.dialog import SignalDialog
from vp_desk.ui.signals.table_model import ID_ROLE, SORT_ROLE, SignalTableModel
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.errors import VaultError
from vp_desk.usecases.signals import SignalLog


class SignalsWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.log = SignalLog(service)
        self.setWindowTitle(self.tr("Signals and advice"))
        fit_to_screen(self, 900, 560)
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        for o in self.log.organisations():
            self.org.addItem(o.name, o.id)
        if org_id is not None and self.org.findData(org_id) >= 0:
            self.org.setCurrentIndex(self.org.findData(org_id))
        self.model = SignalTableModel(self)
        self.proxy = sort_proxy(self.model, self, SORT_ROLE)
        self.table = list_view(self.proxy, self.tr("Signals and advice"), sort_by=(0, Qt.SortOrder.DescendingOrder))
        self.table.activated.connect(lambda _i: self.edit_signal())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Signals status"))
        about = QLabel(self.tr(
            "Signals and advice you gave, asked or on your own initiative, to management, the works council or "
            "the prevention adviser. Your notes stay in the vault; the yearly report counts signals per "
            "addressee and asked/unasked only."))
        about.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        close = QPushButton(self.tr("Close"))
        self.new_button.clicked.connect(self.new_signal)
        self.edit_button.clicked.connect(self.edit_signal)
        self.delete_button.clicked.connect(self.delete_signal)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_signal)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_signal)
        enter_opens_row(self.table, self.edit_signal, [self.new_button, self.edit_button, self.delete_button, close])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Organisation:"), buddy=self.org))
        top.addWidget(self.org, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(about)
        box.addWidget(self.status)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.org.currentIndexChanged.connect(self.reload)
        self.reload()
        self.table.setFocus()

    def org_id(self) -> int | None:
        return self.org.currentData()

    def reload(self) -> None:
        org_id = self.org_id()
        rows = self.log.signals(org_id) if org_id is not None else []
        self.model.set_signals(rows, self.log.profile_of(org_id) if org_id is not None else None)
        if org_id is None:
            self.status.setText(self.tr("There is no organisation yet."))
        elif not rows:
            self.status.setText(self.tr("No signals yet for this organisation. Choose New (Ctrl+N) after you "
                                        "gave advice or signalled a trend."))
        self.status.setVisible(not rows)
        self.new_button.setEnabled(org_id is not None)
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def _open(self, dlg: SignalDialog) -> SignalDialog:
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        return dlg

    def new_signal(self) -> SignalDialog | None:
        if self.org_id() is None:
            return None
        return self._open(SignalDialog(self.service, self.org_id(), parent=self))

    def edit_signal(self) -> SignalDialog | None:
        signal_id = self.selected_id()
        if signal_id is None:
            return None
        return self._open(SignalDialog(self.service, self.org_id(), self.log.signal(signal_id), parent=self))

    def delete_signal(self) -> None:
        signal_id = self.selected_id()
        if signal_id is None:
            return
        s = self.log.signal(signal_id)
        title = self.tr("Delete signal")
        answer = seams.ask(self, title, self.tr("Delete the signal of %1, with its note? This cannot be undone.")
                           .replace("%1", format_day(s.date)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.log.delete(signal_id)
        except VaultError as exc:
            seams.inform(self, title, exc.render(QCoreApplication.translate), QMessageBox.Icon.Warning)
        self.reload()

    def shutdown(self) -> None:
        """At a lock: forget every row."""
        self.model.clear()
