"""Tools → Due for erasure (dossiers, register entries, signals and advice: review,
confirm, erase for real, deletion log) and
Tools → Blank forms (the two Belgian paper forms, blank, as PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from vp_desk.domain import retention
from vp_desk.domain.dates import format_day
from vp_desk.forms.blank_forms import CONFIRMATION, REQUEST, blank_form_pdf
from vp_desk.i18n import current_language
from vp_desk.paths import atomic_write_bytes
from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.list_view import list_view, sort_proxy
from vp_desk.ui.common.row_model import RowsModel
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.errors import VaultError
from vp_desk.usecases.retention import RetentionDesk

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_KINDS = (retention.RECORD_DOSSIER, retention.RECORD_REGISTER, retention.RECORD_SIGNAL)


def record_type_text(kind: str) -> str:
    if kind == retention.RECORD_REGISTER:
        return QCoreApplication.translate("RetentionWindow", "Register entry")
    if kind == retention.RECORD_SIGNAL:
        return QCoreApplication.translate("RetentionWindow", "Signal or advice")
    return QCoreApplication.translate("RetentionWindow", "Dossier")


class RetentionModel(RowsModel):
    columns = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.org_names: dict[int, str] = {}
        self.signal_labels: dict[tuple[int, str], str] = {}

    def headers(self) -> list[str]:
        return [self.tr("State"), self.tr("Record"), self.tr("Pseudonym, no. or date"), self.tr("Organisation"),
                self.tr("Delete by"), self.tr("Why")]

    def set_rows(self, rows, names=None, signal_labels=None) -> None:
        self.reset_rows(rows, org_names=dict(names or {}), signal_labels=dict(signal_labels or {}))

    def label(self, it: retention.RetentionItem) -> str:
        """A signal is named by its date and addressee kind (never its note)."""
        if it.record_type != retention.RECORD_SIGNAL:
            return it.label
        to = self.signal_labels.get((it.org_id, it.label), it.label)
        return self.tr("%1, to %2").replace("%1", str(dict(it.params).get("day", ""))).replace("%2", to)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        it = self.rows[index.row()]
        col = index.column()
        if role == ITEM_ROLE:
            return it
        if role == Qt.ItemDataRole.DisplayRole or role == SORT_ROLE:
            if col == 4 and role == SORT_ROLE:
                return it.delete_by.isoformat()
            if col == 2 and role == SORT_ROLE and it.record_type == retention.RECORD_SIGNAL:
                return str(dict(it.params).get("date", ""))
            return [self.tr("Ready to erase") if it.due else self.tr("Held back"), record_type_text(it.record_type),
                    self.label(it),
                    self.org_names.get(it.org_id, ""), format_day(it.delete_by), self.short_reason(it)][col]
        if role == Qt.ItemDataRole.BackgroundRole and it.held_back:
            return QBrush(QColor("#fff4ce"))
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return it.render(QCoreApplication.translate)
        return None

    def short_reason(self, it: retention.RetentionItem) -> str:
        """The reason in a few words, so the column is never cut off (in full: tooltip and below the list)."""
        params = dict(it.params)
        if it.record_type == retention.RECORD_REGISTER:
            return self.tr("Kept for %1 years").replace("%1", str(params.get("years", "")))
        year = str(params.get("year", ""))
        if it.held_back:
            return self.tr("Waiting for the %1 report").replace("%1", year)
        if "confirmed" in it.reason:  # the domain's reason for a confirmed erasure
            return self.tr("Erasure confirmed")
        return self.tr("Counted in the %1 report").replace("%1", year)


class RetentionWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, vault_view=None) -> None:
        super().__init__(parent)
        self.service = service
        self.vault_view = vault_view
        self.store = RetentionDesk(service)
        self.setWindowTitle(self.tr("Due for erasure"))
        fit_to_screen(self, 1060, 640)
        self.model = RetentionModel(self)
        self.proxy = sort_proxy(self.model, self, SORT_ROLE)
        self.table = list_view(self.proxy, self.tr("Records past their delete-by date"), multi=True, sortable=True)
        self.why = QLabel()  # the current row's reason in full (the column says it in short)
        self.why.setWordWrap(True)
        self.why.setAccessibleName(self.tr("Why"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.why.setText(cur.siblingAtColumn(5).data(Qt.ItemDataRole.ToolTipRole) or ""))
        self.info = QLabel(self.tr(
            "Dossiers are erased a number of years after closure (the organisation's retention period), register "
            "entries 5 years after registration. A dossier is held back until the yearly report covering its "
            "closure was exported, so that report can count it — unless you confirm erasure. Erasure is final: "
            "the records are removed from the vault file and its search index; the log below keeps only counts "
            "and dates.") + " " + self.tr(
            "Signals and advice are kept as long as a dossier, counted from their date, and held back until the "
            "yearly report of that date was exported."))
        self.info.setWordWrap(True)
        self.summary = QLabel()
        self.log_label = QLabel()
        self.log_label.setAccessibleName(self.tr("Deletion log"))
        self.log_label.setTextFormat(Qt.TextFormat.RichText)
        self.log_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Confirm erasure of the selected held-back dossiers…"))
        self.erase_button = QPushButton(self.tr("&Erase everything that is due…"))
        close = QPushButton(self.tr("Close"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.erase_button.clicked.connect(self.erase_due)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch()
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.info)
        box.addWidget(self.table, 1)
        box.addWidget(self.why)
        box.addWidget(self.summary)
        box.addLayout(buttons)
        box.addWidget(QLabel("<b>" + self.tr("Deletion log (counts and dates only)") + "</b>"))
        box.addWidget(self.log_label)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        items = self.store.review()
        names = self.store.organisation_names()
        self.model.set_rows(items, names, self.store.signal_labels(items, current_language()))
        due = sum(1 for i in items if i.due)
        held = len(items) - due
        self.summary.setText(self.tr("%1, %2.").replace("%1", self.tr("%n record(s) due for erasure", "", due))
                             .replace("%2", self.tr("%n held back", "", held)))
        self.erase_button.setEnabled(due > 0)
        self.confirm_button.setEnabled(any(i.held_back and i.record_type == retention.RECORD_DOSSIER for i in items))
        rows = self.store.log()
        if not rows:
            self.log_label.setText(self.tr("Nothing was erased yet."))
        else:
            cells = "".join(
                f"<tr><td>{r.done_at}</td><td>{record_type_text(r.record_type)}</td><td align='right'>{r.count}</td>"
                f"<td>{format_day(r.period_from)} – {format_day(r.period_to)}</td></tr>" for r in rows[:12])
            erased, record = self.tr("Erased on"), self.tr("Record")
            count, covered = self.tr("Count"), self.tr("Dates covered")
            head = (f"<tr><th align='left'>{erased}</th><th align='left'>{record}</th>"
                    f"<th>{count}</th><th align='left'>{covered}</th></tr>")
            self.log_label.setText(f"<table cellpadding='3'>{head}{cells}</table>")

    def selected_items(self) -> list[retention.RetentionItem]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(ITEM_ROLE) for r in sorted(rows)]

    def confirm_selected(self) -> None:
        held = [i for i in self.selected_items() if i.held_back and i.record_type == retention.RECORD_DOSSIER]
        if not held:
            seams.inform(self, self.tr("Confirm erasure"), self.tr("Select one or more held-back dossiers first."))
            return
        answer = seams.ask(self, self.tr("Confirm erasure"), self.tr(
            "The yearly report covering these %n dossier(s) was not exported. If you erase them now, a report "
            "exported later will not count them. Allow their erasure anyway?", "", len(held)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.confirm_erasure(i.record_id for i in held)
        self.reload()

    def erase_due(self) -> None:
        due = [i for i in self.model.rows if i.due]
        if not due:
            return
        n = {kind: sum(1 for i in due if i.record_type == kind) for kind in _KINDS}
        answer = seams.ask(self, self.tr("Erase for good"), self.tr(
            "Erase %1 for good? Their texts are removed from the vault file and its search index; this "
            "cannot be undone (older backups still hold them until they are replaced).").replace(
            "%1", self.counts_text(n)), default=QMessageBox.StandardButton.No, icon=QMessageBox.Icon.Warning)
        if answer != QMessageBox.StandardButton.Yes:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            counts = self.store.erase(due)
        except VaultError as exc:
            QGuiApplication.restoreOverrideCursor()
            seams.inform(self, self.tr("Erase for good"), exc.render(QCoreApplication.translate),
                         QMessageBox.Icon.Warning)
            return
        QGuiApplication.restoreOverrideCursor()
        self.reload()
        if self.vault_view is not None:
            self.vault_view.reload()
        seams.inform(self, self.tr("Erase for good"), self.tr("Erased: %1.").replace("%1", self.counts_text(counts)))

    def counts_text(self, counts: dict[str, int]) -> str:
        """"2 dossiers, 0 register entries, 1 signal or piece of advice" (every kind, also 0)."""
        return ", ".join([self.tr("%n dossier(s)", "", counts.get(retention.RECORD_DOSSIER, 0)),
                          self.tr("%n register entry(ies)", "", counts.get(retention.RECORD_REGISTER, 0)),
                          self.tr("%n signal(s) or piece(s) of advice", "", counts.get(retention.RECORD_SIGNAL, 0))])

    def shutdown(self) -> None:
        self.model.set_rows([], {})
        self.log_label.clear()


class BlankFormsDialog(QDialog):
    """Save a blank paper form as PDF. No vault data goes in: the form is fixed text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blank forms"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        self.form.addItem(self.tr("Request for an informal psychosocial intervention"), REQUEST)
        self.form.addItem(self.tr("Document confirming the personal interview"), CONFIRMATION)
        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Language of the form"))
        self.lang.addItem("Nederlands", "nl")
        self.lang.addItem("Français", "fr")
        org_lang = getattr(getattr(parent, "vault_view", None), "current_org_id", lambda: None)()
        if org_lang is not None and getattr(parent, "service", None) is not None:
            lang = parent.service.organisation(org_lang).language
            if self.lang.findData(lang) >= 0:
                self.lang.setCurrentIndex(self.lang.findData(lang))
        note = QLabel(self.tr("The form is blank: nothing from the vault is written into it. Print it and fill it "
                              "in by hand; record in the dossier (Dossier → Paper documents) when it was signed."))
        note.setWordWrap(True)
        save = QPushButton(self.tr("&Save PDF…"))
        save.setDefault(True)
        close = QPushButton(self.tr("Close"))
        save.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Form:"), self.form)
        form.addRow(self.tr("&Language:"), self.lang)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(save)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addLayout(buttons)
        fit_to_screen(self, 560, 200)

    def save(self) -> str | None:
        kind, lang = self.form.currentData(), self.lang.currentData()
        suggested = Path.home() / f"{self.form.currentText()} ({lang}).pdf"
        path = seams.save_path(self, self.tr("Save the blank form"), str(suggested), self.tr("PDF (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            atomic_write_bytes(Path(path), blank_form_pdf(kind, lang))
        except OSError as exc:
            seams.inform(self, self.tr("Blank forms"), self.tr("The PDF could not be written: %1")
                         .replace("%1", exc.strerror or exc.__class__.__name__), QMessageBox.Icon.Warning)
            return None
        seams.inform(self, self.tr("Blank forms"), self.tr("The blank form was saved as %1.").replace("%1", path))
        return path
