"""Register of facts by third parties (BE), its read-only inspection view, and the hook
that adds every screen of this area to the main window (register, My role, due for
erasure, paper documents, access view, blank forms)."""

from __future__ import annotations

import contextlib
import html
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain import rules
from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import RegisterEntry
from vp_desk.domain.register import validate_register_entry
from vp_desk.i18n import current_language
from vp_desk.ui.common import seams
from vp_desk.ui.common.form_base import (
    FormDialog,
    date_edit,
    fill_combo,
    notes_edit,
    pydate,
    qdate,
)
from vp_desk.ui.common.list_view import list_view, sort_proxy
from vp_desk.ui.common.row_model import RowsModel
from vp_desk.usecases.desk import DeskService, Invalid
from vp_desk.usecases.errors import NotLastEntry, VaultError
from vp_desk.usecases.register import RegisterBook

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
OPEN_INSPECTIONS: list[QWidget] = []  # closed on lock
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RegisterTableModel(RowsModel):
    COL_SEQ, COL_REGISTERED, COL_FACTS, COL_TYPES, COL_CAPACITY, COL_EXPIRES = range(6)
    columns = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prof = profile("BE")
        self.lang = current_language()

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Registered"), self.tr("Facts"), self.tr("Type(s)"),
                self.tr("Third party"), self.tr("Expires")]

    def set_rows(self, rows: list[RegisterEntry]) -> None:
        self.reset_rows(rows, lang=current_language())

    def expiry(self, e: RegisterEntry) -> date:
        return rules.register_expiry(self.prof, e.registered_date)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return e.id
        if role == SORT_ROLE:
            return [e.seq, e.registered_date.isoformat(), e.facts_from.isoformat(), self.data(index),
                    self.data(index), self.expiry(e).isoformat()][col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SEQ:
                return str(e.seq)
            if col == self.COL_REGISTERED:
                return format_day(e.registered_date)
            if col == self.COL_FACTS:
                return format_day(e.facts_from) + (f" – {format_day(e.facts_to)}" if e.facts_to else "")
            if col == self.COL_TYPES:
                return ", ".join(self.prof.label("register_types", t, self.lang) for t in e.types)
            if col == self.COL_CAPACITY:
                return self.prof.label("third_party_capacities", e.third_party_capacity, self.lang)
            return format_day(self.expiry(e))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RegisterEntryDialog(FormDialog):
    """Add or edit one entry. The worker's identity can be typed only once the worker's
    consent is ticked; unticking clears it."""

    def __init__(self, service: DeskService, org_id: int, entry: RegisterEntry | None = None, parent=None) -> None:
        super().__init__(service, parent)
        self.store = RegisterBook(service)
        self.org_id = org_id
        self.prof = service.profile_of(org_id)
        self.entry = entry or RegisterEntry(org_id=org_id, registered_date=service.today(),
                                            facts_from=service.today(), facts_to=None, types=())
        e = self.entry
        self.setWindowTitle(self.tr("Register entry no. %1").replace("%1", str(e.seq)) if e.seq
                            else self.tr("New register entry"))
        self.number = QLabel(str(e.seq) if e.seq else self.tr("(next number: %1)").replace(
            "%1", str(self.store.last_seq(org_id) + 1)))
        self.registered = date_edit(e.registered_date, self.tr("Registration date"))
        self.facts_from = date_edit(e.facts_from, self.tr("Facts from"))
        self.has_end = QCheckBox(self.tr("until"))
        self.has_end.setAccessibleName(self.tr("Facts lasted several days"))
        self.facts_to = date_edit(e.facts_to or e.facts_from, self.tr("Facts until"))
        self.has_end.setChecked(e.facts_to is not None)
        self.facts_to.setEnabled(e.facts_to is not None)
        self.has_end.toggled.connect(self.facts_to.setEnabled)
        self.types = QListWidget()
        self.types.setAccessibleName(self.tr("Type(s) of facts"))
        lang = current_language()
        for item in self.prof.items("register_types"):
            it = QListWidgetItem(item.label(lang))
            it.setData(Qt.ItemDataRole.UserRole, item.key)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if item.key in e.types else Qt.CheckState.Unchecked)
            self.types.addItem(it)
        self.types.setMaximumHeight(self.types.sizeHintForRow(0) * 3 + 8)
        self.place = QLineEdit(e.place)
        self.place.setAccessibleName(self.tr("Place"))
        self.capacity = QComboBox()
        self.capacity.setAccessibleName(self.tr("Capacity of the third party"))
        fill_combo(self.capacity, self.prof, "third_party_capacities", e.third_party_capacity)
        self.description = notes_edit(e.description, self.tr("Description of the facts"))
        self.consent = QCheckBox(self.tr("The worker consents to having their identity recorded"))
        self.consent.setAccessibleName(self.tr("Worker's consent"))
        self.consent.setChecked(e.worker_consent)
        self.identity = QLineEdit(e.worker_identity or "")
        self.identity.setAccessibleName(self.tr("Worker's identity"))
        self.identity.setPlaceholderText(self.tr("only with the worker's consent"))
        self.identity.setEnabled(e.worker_consent)
        self.consent.toggled.connect(self._consent_toggled)
        self.measures = notes_edit(e.measures, self.tr("Preventive measures considered"))
        self.follow_up = notes_edit(e.follow_up, self.tr("Follow-up"))
        for w in (self.description, self.measures, self.follow_up):
            w.setMinimumHeight(60)
        self.expiry = QLabel()
        self.registered.dateChanged.connect(self._show_expiry)
        self._show_expiry()

        facts = QHBoxLayout()
        facts.addWidget(self.facts_from)
        facts.addWidget(self.has_end)
        facts.addWidget(self.facts_to)
        facts.addStretch()
        facts_box = QWidget()
        facts_box.setLayout(facts)
        facts.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("&Registered on:"), self.field("registered_date", self.registered))
        form.addRow(self.tr("&Facts on:"), self.field("facts_from", facts_box, "facts_to"))
        form.addRow(self.tr("&Type(s):"), self.field("types", self.types))
        form.addRow(self.tr("&Place:"), self.field("place", self.place))
        form.addRow(self.tr("&Third party:"), self.field("third_party_capacity", self.capacity))
        form.addRow(self.tr("&Description:"), self.field("description", self.description))
        form.addRow("", self.consent)
        form.addRow(self.tr("&Worker:"), self.field("worker_identity", self.identity))
        form.addRow(self.tr("&Measures considered:"), self.field("measures", self.measures))
        form.addRow(self.tr("F&ollow-up:"), self.field("follow_up", self.follow_up))
        form.addRow(self.tr("Expires:"), self.expiry)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.resize(640, 720)
        self.registered.setFocus()

    def _consent_toggled(self, on: bool) -> None:
        self.identity.setEnabled(on)
        if not on:
            self.identity.clear()

    def _show_expiry(self) -> None:
        day = rules.register_expiry(self.prof, pydate(self.registered.date()))
        self.expiry.setText(self.tr("%1 (kept 5 years from registration, then erased)").replace("%1", format_day(day)))

    def value(self) -> RegisterEntry:
        e = self.entry
        types = tuple(self.types.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.types.count())
                      if self.types.item(i).checkState() == Qt.CheckState.Checked)
        return RegisterEntry(
            id=e.id, seq=e.seq, org_id=self.org_id, registered_date=pydate(self.registered.date()),
            facts_from=pydate(self.facts_from.date()),
            facts_to=pydate(self.facts_to.date()) if self.has_end.isChecked() else None, types=types,
            place=self.place.text(), third_party_capacity=self.capacity.currentData(),
            description=self.description.toPlainText(), worker_consent=self.consent.isChecked(),
            worker_identity=self.identity.text() if self.consent.isChecked() else None,
            measures=self.measures.toPlainText(), follow_up=self.follow_up.toPlainText())

    def save(self) -> None:
        e = self.value()
        before, after = self.store.neighbours(self.org_id, e.seq)
        msgs = validate_register_entry(e, self.prof, self.service.today(), before, after)
        if msgs:
            raise Invalid(msgs)
        self.store.save(e)
        self.entry = e


class InspectionView(QWidget):
    """Read-only, large type, one organisation's register for a chosen period, full
    screen: nothing else of the vault is visible. Esc closes it."""

    def __init__(self, service: DeskService, org_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.org_id = org_id
        self.store = RegisterBook(service)
        org = service.organisation(org_id)
        self.org_name = org.name
        self.setWindowTitle(self.tr("Register of facts by third parties — inspection"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.5)
        self.setFont(big)
        today = service.today()
        self.start = QDateEdit(qdate(date(today.year - 4, 1, 1)))
        self.end = QDateEdit(qdate(today))
        for w, name in ((self.start, self.tr("Period from")), (self.end, self.tr("Period until"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
            w.setAccessibleName(name)
            w.dateChanged.connect(self.refresh)
        self.body = QTextBrowser()
        self.body.setAccessibleName(self.tr("Register entries"))
        self.body.setReadOnly(True)
        self.body.setOpenLinks(False)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        top = QHBoxLayout()
        title = QLabel(f"<b>{html.escape(self.org_name)}</b>")
        top.addWidget(title)
        top.addStretch()
        top.addWidget(QLabel(self.tr("&From:"), buddy=self.start))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("&until:"), buddy=self.end))
        top.addWidget(self.end)
        top.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.body, 1)
        self.refresh()

    def refresh(self) -> None:
        e = html.escape
        prof = profile("BE")
        lang = current_language()
        rows = self.store.entries(self.org_id, pydate(self.start.date()), pydate(self.end.date()))
        title = self.tr("Register of facts by third parties")
        count = self.tr("%n entry(ies) registered in this period.", "", len(rows))
        parts = [f"<h2>{e(title)}</h2>", f"<p>{e(count)}</p>"]
        labels = (self.tr("Registered on"), self.tr("Facts"), self.tr("Type(s)"), self.tr("Place"),
                  self.tr("Third party"), self.tr("Description"), self.tr("Worker"),
                  self.tr("Preventive measures considered"), self.tr("Follow-up"))
        for r in rows:
            worker = (r.worker_identity or "") if r.worker_consent else self.tr("(not recorded: no consent)")
            values = (format_day(r.registered_date), format_day(r.facts_from) + (f" – {format_day(r.facts_to)}" if r.facts_to else ""),
                      ", ".join(prof.label("register_types", t, lang) for t in r.types), r.place,
                      prof.label("third_party_capacities", r.third_party_capacity, lang), r.description, worker,
                      r.measures, r.follow_up)
            cells = "".join(f"<tr><td valign='top' width='28%'><b>{e(a)}</b></td><td>{e(b).replace(chr(10), '<br>')}"
                            "</td></tr>" for a, b in zip(labels, values, strict=True))
            number = self.tr("No. %1").replace("%1", str(r.seq))
            parts.append(f"<h3>{e(number)}</h3>"
                         f"<table cellpadding='4' width='100%'>{cells}</table><hr>")
        self.body.setHtml("".join(parts))

    def clear(self) -> None:
        self.body.clear()


class RegisterWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.store = RegisterBook(service)
        self.inspection: InspectionView | None = None
        self.setWindowTitle(self.tr("Register of facts by third parties"))
        self.resize(900, 560)
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


def close_inspections() -> None:
    """Clear and close every open inspection view (at a lock)."""
    for v in list(OPEN_INSPECTIONS):
        with contextlib.suppress(RuntimeError):
            v.clear()
            v.close()
    OPEN_INSPECTIONS.clear()
