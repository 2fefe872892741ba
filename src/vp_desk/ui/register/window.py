"""Register of facts by third parties (BE), its read-only inspection view, and the hook
that adds every screen of this area to the main window (register, My role, due for
erasure, paper documents, access view, blank forms)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
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

from vp_desk.domain.catalog import profile
from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.list_view import enter_opens_row, list_view, sort_proxy
from vp_desk.ui.register.entry_dialog import RegisterEntryDialog
from vp_desk.ui.register.inspection import OPEN_INSPECTIONS, InspectionView
from vp_desk.ui.register.table_model import ID_ROLE, SORT_ROLE, RegisterTableModel
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.errors import NotLastEntry, VaultError
from vp_desk.usecases.register import RegisterBook


class RegisterWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.store = RegisterBook(service)
        self.inspection: InspectionView | None = None
        self.setWindowTitle(self.tr("Register of facts by third parties"))
        fit_to_screen(self, 900, 560)
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        for o in service.organisations():
            if profile(o.profile).has_register:
                self.org.addItem(o.name, o.id)
        if org_id is not None and self.org.findData(org_id) >= 0:
            self.org.setCurrentIndex(self.org.findData(org_id))
        self.model = RegisterTableModel(self)
        self.proxy = sort_proxy(self.model, self, SORT_ROLE)
        self.table = list_view(self.proxy, self.tr("Register entries"), wrap=True,
                               sort_by=(0, Qt.SortOrder.DescendingOrder))
        self.table.activated.connect(lambda _i: self.edit_entry())
        self.rule = QLabel(self.tr(
            "Each entry gets the next number; numbers are never changed. Only the last entry can be deleted "
            "(to correct a mistake), so the numbering has no gaps. Entries are kept 5 years from registration "
            "and then erased (Tools → Due for erasure). The register is shown on screen only, never exported."))
        self.rule.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Register status"))
        self.new_button = QPushButton(self.tr("&New entry…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete last entry…"))
        self.inspect_button = QPushButton(self.tr("&Inspection view…"))
        close = QPushButton(self.tr("Close"))
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_last)
        self.inspect_button.clicked.connect(self.open_inspection)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_entry)
        enter_opens_row(self.table, self.edit_entry,
                        [self.new_button, self.edit_button, self.delete_button, self.inspect_button, close])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Organisation:"), buddy=self.org))
        top.addWidget(self.org, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.inspect_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        box.addWidget(self.rule)
        box.addLayout(buttons)
        self.org.currentIndexChanged.connect(self.reload)
        self.reload()
        self.table.setFocus()

    def org_id(self) -> int | None:
        return self.org.currentData()

    def reload(self) -> None:
        has = self.org_id() is not None
        rows = self.store.entries(self.org_id()) if has else []
        self.model.set_rows(rows)
        if not has:
            self.empty.setText(self.tr("The register exists for Belgian organisations only; there is none in this "
                                       "vault."))
        elif not rows:
            self.empty.setText(self.tr("No entries yet for this organisation. Choose New entry (Alt+N) when a "
                                       "worker reports violence, harassment or unwanted sexual behaviour by a third "
                                       "party (a client, patient, pupil, supplier…)."))
        self.empty.setVisible(not rows)
        self.new_button.setEnabled(has)
        self.inspect_button.setEnabled(has)
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def new_entry(self) -> RegisterEntryDialog | None:
        if self.org_id() is None:
            return None
        dlg = RegisterEntryDialog(self.service, self.org_id(), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        return dlg

    def edit_entry(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        dlg = RegisterEntryDialog(self.service, self.org_id(), self.store.entry(entry_id), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def delete_last(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        seq = self.store.entry(entry_id).seq
        last = self.store.last_seq(self.org_id())
        if seq != last:
            seams.inform(self, self.tr("Delete register entry"), NotLastEntry(last=last).render(_translate),
                         QMessageBox.Icon.Warning)
            return
        answer = seams.ask(self, self.tr("Delete register entry"), self.tr(
            "Delete entry no. %1? Only the last entry can be deleted, to correct a mistake; the next entry will "
            "get its number again.").replace("%1", str(seq)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.delete_last(entry_id)
        except VaultError as exc:
            seams.inform(self, self.tr("Delete register entry"), exc.render(_translate), QMessageBox.Icon.Warning)
            return
        self.reload()

    def open_inspection(self) -> InspectionView | None:
        if self.org_id() is None:
            return None
        self.inspection = InspectionView(self.service, self.org_id())
        view = self.inspection
        OPEN_INSPECTIONS.append(view)
        view.destroyed.connect(lambda *_: OPEN_INSPECTIONS.remove(view) if view in OPEN_INSPECTIONS else None)
        view.showFullScreen()
        return self.inspection

    def shutdown(self) -> None:
        if self.inspection is not None:
            with contextlib.suppress(RuntimeError):
                self.inspection.clear()
                self.inspection.close()
            self.inspection = None
        self.model.clear()
        self.close()


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


