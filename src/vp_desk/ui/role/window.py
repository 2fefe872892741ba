"""Tools → My role: the confidant's own obligations per organisation (due / overdue),
own activities (training, intervisie, PAPS consultations, prevention work) with the paper
certificates of training and intervisie (filed or not), and the dossiers per year with the
three-quiet-years warning (seed 004)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from vp_desk.domain import obligations as ob
from vp_desk.domain.catalog import Profile, profile
from vp_desk.domain.dates import format_day, format_number
from vp_desk.domain.models import OwnActivity
from vp_desk.i18n import current_language
from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import FormDialog, date_edit, fill_combo, notes_edit, pydate
from vp_desk.ui.common.list_view import list_view, sort_proxy
from vp_desk.ui.common.row_model import RowsModel
from vp_desk.usecases.desk import DeskService, Invalid
from vp_desk.usecases.role import RoleDesk

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

def status_text(status: str) -> str:
    return {ob.DONE: QCoreApplication.translate("RoleWindow", "Completed"),
            ob.DUE: QCoreApplication.translate("RoleWindow", "To do"),
            ob.OVERDUE: QCoreApplication.translate("RoleWindow", "Overdue"),
            ob.RECOMMENDED: QCoreApplication.translate("RoleWindow", "Recommended"),
            ob.INFO: QCoreApplication.translate("RoleWindow", "For the report"),
            ob.WARNING: QCoreApplication.translate("RoleWindow", "Attention"),
            }.get(status, status)


STATUS_COLOUR = {ob.OVERDUE: "#fde2e1", ob.WARNING: "#fde2e1", ob.DUE: "#fff4ce", ob.DONE: "#e3f4e1"}


class ObligationModel(RowsModel):
    columns = 4
    COL_SOURCE = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prof: Profile | None = None  # the organisation's profile, whose catalog rules are the sources

    def headers(self) -> list[str]:
        return [self.tr("Status"), self.tr("Due by"), self.tr("Obligation"), self.tr("Source")]

    def source(self, o: ob.Obligation) -> str:
        """The catalog rule's source: a law article or "practice of ..."."""
        rule = self.prof.rule(o.rule) if self.prof is not None and o.rule else None
        return rule.source(current_language()) if rule is not None else "—"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        o = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [status_text(o.status), format_day(o.due), o.render(QCoreApplication.translate),
                    self.source(o)][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and o.status in STATUS_COLOUR:
            return QBrush(QColor(STATUS_COLOUR[o.status]))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return o.render(QCoreApplication.translate)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_SOURCE:
            return self.source(o)
        return None


class ActivityModel(RowsModel):
    columns = 6
    COL_CERTIFICATE = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.org_names: dict[int, str] = {}
        self.prof: Profile = profile("BE")  # the shown organisation's profile: its wording (nl-BE / nl-NL)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Activity"), self.tr("Hours"), self.tr("For"), self.tr("Note"),
                self.tr("Proof of attendance") if self.prof.code == "NL" else self.tr("Certificate")]

    def certificate(self, a: OwnActivity) -> str:
        """When its paper certificate was filed; "missing" for training or intervisie without one."""
        if a.certificate_date is not None:
            return self.tr("filed %1").replace("%1", format_day(a.certificate_date))
        return self.tr("missing") if ob.needs_certificate(a) else ""

    def set_rows(self, rows, org_names=None) -> None:
        self.reset_rows(rows, org_names=dict(org_names or {}))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return a.id
        if role == SORT_ROLE:
            return [a.date.isoformat(), self.data(index), a.hours, self.data(index), a.note,
                    (a.certificate_date.isoformat() if a.certificate_date else self.certificate(a))][col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_day(a.date)
            if col == 1:
                return self.prof.label("own_activities", a.kind, current_language())
            if col == 2:
                return format_number(a.hours)
            if col == 3:
                return self.org_names.get(a.org_id, "") if a.org_id else self.tr("all organisations")
            if col == self.COL_CERTIFICATE:
                return self.certificate(a)
            return a.note.splitlines()[0] if a.note else ""
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_CERTIFICATE and ob.needs_certificate(a):
            return QBrush(QColor("#8a5300"))
        return None


class ActivityDialog(FormDialog):
    def __init__(self, service: DeskService, org_id: int | None, activity: OwnActivity | None = None,
                 parent=None) -> None:
        super().__init__(service, parent)
        self.activity = activity or OwnActivity(kind="intervisie", date=service.today(), hours=7.0, org_id=org_id)
        a = self.activity
        self.setWindowTitle(self.tr("Own activity"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Activity"))
        # the same keys in every profile; the wording follows the organisation's (NL: preventiemedewerker)
        fill_combo(self.kind, service.profile_of(org_id) if org_id is not None else profile("BE"),
                   "own_activities", a.kind)
        self.date = date_edit(a.date, self.tr("Date"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, ob.MAX_HOURS)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(a.hours)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("Hours"))
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("For which organisation"))
        self.org.addItem(self.tr("All organisations (my own training)"), None)
        for o in service.organisations():
            self.org.addItem(o.name, o.id)
        self.org.setCurrentIndex(max(self.org.findData(a.org_id), 0))
        nl = org_id is not None and service.profile_of(org_id).code == "NL"  # "bewijs van deelname", not "attest"
        self.has_certificate = QCheckBox(self.tr("&Proof of attendance filed on") if nl else
                                         self.tr("&Certificate filed on"))
        self.has_certificate.setAccessibleName(self.tr("The paper certificate was filed"))
        self.certificate = date_edit(a.certificate_date or service.today(), self.tr("Date the certificate was filed"))
        self.has_certificate.setChecked(a.certificate_date is not None)
        self.certificate.setEnabled(self.has_certificate.isChecked())
        self.has_certificate.toggled.connect(self.certificate.setEnabled)
        self.note = notes_edit(a.note, self.tr("Note"))
        self.note.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Activity:"), self.field("kind", self.kind))
        form.addRow(self.tr("&Date:"), self.field("date", self.date))
        form.addRow(self.tr("&Hours:"), self.field("hours", self.hours))
        form.addRow(self.tr("&For:"), self.field("org_id", self.org))
        form.addRow(self.has_certificate, self.field("certificate_date", self.certificate))
        form.addRow(self.tr("&Note:"), self.field("note", self.note))
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.kind.setFocus()

    def value(self) -> OwnActivity:
        return OwnActivity(id=self.activity.id, kind=self.kind.currentData(), date=pydate(self.date.date()),
                           hours=float(self.hours.value()), org_id=self.org.currentData(),
                           note=self.note.toPlainText(),
                           certificate_date=pydate(self.certificate.date()) if self.has_certificate.isChecked() else None)

    def save(self) -> None:
        a = self.value()
        RoleDesk(self.service).save_activity(a)
        self.activity = a


def _table(model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = sort_proxy(model, sort_role=SORT_ROLE)
    return list_view(proxy, name, wrap=True), proxy


class RoleWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.role = RoleDesk(service)
        self.setWindowTitle(self.tr("My role"))
        fit_to_screen(self, 980, 720)
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        for o in service.organisations():
            self.org.addItem(o.name, o.id)
        if org_id is not None and self.org.findData(org_id) >= 0:
            self.org.setCurrentIndex(self.org.findData(org_id))
        self.appointment = QLabel()
        self.ob_model = ObligationModel(self)
        self.ob_table, self.ob_proxy = _table(self.ob_model, self.tr("Obligations"))
        self.ob_proxy.setParent(self)
        # the obligation takes the room, its source wraps in a column of its own width (sized
        # to its contents it made rows hundreds of pixels tall and the table scroll sideways)
        head = self.ob_table.horizontalHeader()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(ObligationModel.COL_SOURCE, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(ObligationModel.COL_SOURCE, max(180, self.width() // 4))
        self.ob_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.act_model = ActivityModel(self)
        self.act_table, self.act_proxy = _table(self.act_model, self.tr("Own activities"))
        self.act_proxy.setParent(self)
        self.act_table.setSortingEnabled(True)
        self.act_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.act_table.activated.connect(lambda _i: self.edit_activity())
        self.years = QLabel()
        self.years.setAccessibleName(self.tr("Dossiers per year"))
        self.years.setTextFormat(Qt.TextFormat.RichText)
        self.years.setWordWrap(True)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_activity)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Organisation:"), buddy=self.org))
        top.addWidget(self.org, 1)
        top.addWidget(self.appointment)
        buttons = self._buttons()
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(QLabel("<b>" + self.tr("What is due") + "</b>"))
        box.addWidget(self.ob_table, 3)
        box.addWidget(self.summary)
        box.addWidget(QLabel("<b>" + self.tr("Dossiers per year") + "</b>"))
        box.addWidget(self.years)
        box.addWidget(QLabel("<b>" + self.tr("My activities (they feed the yearly report)") + "</b>"))
        box.addWidget(self.act_table, 2)
        box.addLayout(buttons)
        self.org.currentIndexChanged.connect(self.reload)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        """Add, edit, delete, certificate filed … close."""
        row = QHBoxLayout()
        for text, slot in ((self.tr("&Add activity…"), self.add_activity), (self.tr("&Edit…"), self.edit_activity),
                           (self.tr("De&lete"), self.delete_activity),
                           (self.tr("Certificate &filed"), self.file_certificate)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        b.setAccessibleName(self.tr("Record that the certificate of the selected activity was filed today"))
        self.certificate_button = b
        row.addStretch()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        return row

    def org_id(self) -> int | None:
        return self.org.currentData()

    def reload(self) -> None:
        role = self.role
        oid = self.org_id()
        names = role.organisation_names()
        acts = role.activities(oid)
        self.act_model.prof = profile(role.organisation(oid).profile) if oid is not None else profile("BE")
        self.act_model.set_rows(acts, names)
        self.act_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.act_model.columns - 1)
        self.certificate_button.setText(self.tr("Proof &filed") if self.act_model.prof.code == "NL"
                                        else self.tr("Certificate &filed"))
        if oid is None:
            self.ob_model.set_rows([])
            self.years.setText(self.tr("There is no organisation yet."))
            return
        org = role.organisation(oid)
        self.appointment.setText(self.tr("Appointed on %1").replace("%1", format_day(org.appointment_date))
                                 if org.appointment_date else self.tr("Appointment date not recorded"))
        per_year = role.dossiers_per_year(oid)
        items = ob.obligations(org, acts, self.service.today(), per_year, role.rule_switches(oid))
        self.ob_model.prof = profile(org.profile)
        self.ob_model.set_rows(items)
        self.ob_table.resizeRowsToContents()
        n = ob.overdue_count(items)
        self.summary.setText(self.tr("%n item(s) need attention.", "", n) if n else self.tr("Nothing is overdue."))
        this = self.service.today().year
        first = min([*per_year, this - 4])
        cells = "".join(f"<td align='center'>&nbsp;{y}&nbsp;<br><b>{per_year.get(y, 0)}</b></td>"
                        for y in range(first, this + 1))
        self.years.setText(f"<table border='1' cellspacing='0' cellpadding='3'><tr>{cells}</tr></table>")

    def selected_activity(self) -> OwnActivity | None:
        idx = self.act_table.currentIndex()
        if not idx.isValid():
            return None
        aid = idx.data(ID_ROLE)
        return next((a for a in self.act_model.rows if a.id == aid), None)

    def add_activity(self) -> None:
        dlg = ActivityDialog(self.service, self.org_id(), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_activity(self) -> None:
        a = self.selected_activity()
        if a is None:
            return
        dlg = ActivityDialog(self.service, self.org_id(), a, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def file_certificate(self) -> None:
        """The selected training or intervisie: its paper certificate was filed today."""
        a = self.selected_activity()
        if a is None:
            return
        try:
            self.role.file_certificate(a, self.service.today())
        except Invalid as exc:
            seams.inform(self, self.tr("Certificate"), "\n".join(m.render(QCoreApplication.translate)
                                                                  for m in exc.messages), QMessageBox.Icon.Warning)
            return
        self.reload()
        row = next((i for i, b in enumerate(self.act_model.rows) if b.id == a.id), None)
        if row is not None:
            self.act_table.setCurrentIndex(self.act_proxy.mapFromSource(self.act_model.index(row, 0)))

    def delete_activity(self) -> None:
        a = self.selected_activity()
        if a is None:
            return
        if seams.ask(self, self.tr("Delete activity"), self.tr("Delete this activity?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.role.delete_activity(a.id)
        self.reload()

    def shutdown(self) -> None:
        self.ob_model.set_rows([])
        self.act_model.set_rows([], {})
