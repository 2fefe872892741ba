"""Tools → Yearly report: choose organisation and year, preview exactly what will be
exported (suppressed cells marked, with the reason), then export the PDF."""

from __future__ import annotations

import contextlib
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from vp_desk.report import api
from vp_desk.report.disclosure import MIN_THRESHOLD, SECONDARY
from vp_desk.report.document import Options, ReportDocument, describe_change
from vp_desk.report.figures import year_period
from vp_desk.services import DeskService
from vp_desk.storage.errors import VaultError
from vp_desk.ui import seams
from vp_desk.ui.main_window import MainWindow, window_hook


def document_html(doc: ReportDocument) -> str:
    """The preview: the same sections, tables and cells the PDF will hold. Hidden cells are
    marked (the true count is never shown here either)."""
    e = html.escape
    t = doc.threshold
    parts = [f"<h2>{e(doc.title())}</h2><p><b>{e(doc.org_name)}</b> — {e(doc.period_text())}"
             + (f" — {e(doc.vp_name)}" if doc.vp_name else "") + "</p>"]
    for sec in doc.sections:
        parts.append(f"<h3 style='color:#1f4e79'>{e(sec.title)}</h3>")
        parts += [f"<p>{e(p)}</p>" for p in sec.paragraphs]
        if sec.facts:
            parts.append("<table cellpadding='2'>" + "".join(
                f"<tr><td>{e(a)}</td><td align='right'>&nbsp;&nbsp;{_mark(b, t)}</td></tr>" for a, b in sec.facts)
                + "</table>")
        for title, table, labels in sec.tables:
            parts.append(f"<p><b>{e(title)}</b></p>")
            if table.withheld:
                parts.append("<p style='color:#b00020'>▨ " + e(_withheld_text()) + "</p>")
                continue
            rows = "".join(f"<tr><td>{e(labels.get(c.key, c.key))}</td><td align='right'>"
                           f"{_mark(c.shown(t), t)}</td></tr>" for c in table.cells)
            if table.total_shown:
                rows += f"<tr><td><b>Σ</b></td><td align='right'><b>{table.total}</b></td></tr>"
            parts.append(f"<table cellpadding='2' border='0'>{rows}</table>")
        if sec.hours:
            parts.append("<table cellpadding='2'>" + "".join(
                f"<tr><td>{e(a)}</td><td align='right'>&nbsp;{e(b)}</td><td align='right'>&nbsp;{e(c)} h</td></tr>"
                for a, b, c in sec.hours) + "</table>")
    return "".join(parts)


def _mark(value: str, t: int) -> str:
    if value in (f"<{t}", SECONDARY):
        return f"<span style='background:#fde2e1;color:#8a1c13'>&nbsp;{html.escape(value)}&nbsp;▨</span>"
    return html.escape(value)


def _withheld_text() -> str:
    return QCoreApplication.translate("ReportWindow", "Whole table hidden: its counts are too small to stay anonymous.")


class ReportWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.prepared: api.Prepared | None = None
        self.setWindowTitle(self.tr("Yearly report"))
        self.resize(980, 760)
        opts = api.options_from_settings(service.vault)

        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        for o in service.repo.organisations(include_archived=True):
            self.org.addItem(o.name, o.id)
        if org_id is not None and self.org.findData(org_id) >= 0:
            self.org.setCurrentIndex(self.org.findData(org_id))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year - 1)
        self.year.setAccessibleName(self.tr("Year"))
        self.custom = QCheckBox(self.tr("Other &period:"))
        self.custom.setAccessibleName(self.tr("Use another period than a calendar year"))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, self.tr("Period start")), (self.date_to, self.tr("Period end"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.date_from.setDate(QDate(self.year.value(), 1, 1))
        self.date_to.setDate(QDate(self.year.value(), 12, 31))
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, 50)
        self.threshold.setValue(opts.threshold)
        self.threshold.setAccessibleName(self.tr("Smallest count shown"))
        self.show_name = QCheckBox(self.tr("Show my name on the report:"))
        self.vp_name = QLineEdit(opts.vp_name)
        self.vp_name.setAccessibleName(self.tr("Your name"))
        self.show_name.setChecked(bool(opts.vp_name))
        self.vp_name.setEnabled(self.show_name.isChecked())
        self.show_name.toggled.connect(self.vp_name.setEnabled)
        self.breakdowns: dict[str, QCheckBox] = {
            "gender": QCheckBox(self.tr("gender")), "age_band": QCheckBox(self.tr("age band")),
            "role": QCheckBox(self.tr("role"))}
        for key, box in self.breakdowns.items():
            box.setChecked(key in opts.breakdowns)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.preview.setOpenLinks(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a1c13; font-weight: bold;")
        self.warning.hide()
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.org)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addSpacing(16)
        year_row.addWidget(self.custom)
        year_row.addWidget(self.date_from)
        year_row.addWidget(QLabel("\u2013"))
        year_row.addWidget(self.date_to)
        year_row.addStretch()
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)  # a row holding a layout gets no buddy by itself
        form.addRow(year_label, year_row)
        self.threshold.setMaximumWidth(90)
        form.addRow(self.tr("&Smallest count shown:"), self.threshold)
        name_row = QHBoxLayout()
        name_row.addWidget(self.show_name)
        name_row.addWidget(self.vp_name, 1)
        form.addRow(name_row)
        br = QHBoxLayout()
        br.addWidget(QLabel(self.tr("Breakdowns (off by default, one-dimensional):")))
        for box in self.breakdowns.values():
            br.addWidget(box)
        br.addStretch()
        form.addRow(br)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.preview, 1)
        box.addWidget(self.note)
        box.addWidget(self.warning)
        box.addLayout(buttons)

        self.org.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.custom.toggled.connect(self._custom_toggled)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.threshold.valueChanged.connect(self.refresh)
        self.show_name.toggled.connect(self.refresh)
        self.vp_name.editingFinished.connect(self.refresh)
        for b in self.breakdowns.values():
            b.toggled.connect(self.refresh)
        self.refresh()

    def options(self) -> Options:
        return Options(threshold=self.threshold.value(),
                       breakdowns=tuple(k for k, b in self.breakdowns.items() if b.isChecked()),
                       recurring_min=api.options_from_settings(self.service.vault).recurring_min,
                       vp_name=self.vp_name.text().strip() if self.show_name.isChecked() else "")

    def _custom_toggled(self, on: bool) -> None:
        self.year.setEnabled(not on)
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if on:
            self.date_from.setFocus()
        self.refresh()

    def period(self) -> tuple[date, date]:
        """The calendar year, or the chosen period when "Other period" is ticked."""
        if self.custom.isChecked():
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        return year_period(self.year.value())

    def refresh(self) -> None:
        org_id = self.org.currentData()
        if org_id is None:
            self.preview.setHtml("<p>" + html.escape(self.tr("There is no organisation yet.")) + "</p>")
            self.export_button.setEnabled(False)
            return
        start, end = self.period()
        if start > end:
            self.prepared = None
            self.preview.setHtml("<p>" + html.escape(self.tr("The period ends before it starts.")) + "</p>")
            self.note.clear()
            self.warning.hide()
            self.export_button.setEnabled(False)
            return
        self.prepared = api.prepare(self.service.vault, org_id, start, end, self.options())
        doc = self.prepared.document
        self.preview.setHtml(document_html(doc))
        self.export_button.setEnabled(True)
        t = doc.threshold
        if doc.reduced:
            self.note.setText(self.tr("Fewer than %1 new requests in this year: the report says only “<%1 "
                                      "requests” and shows your own activity.").replace("%1", str(t)))
        else:
            self.note.setText(self.tr(
                "%1 cell(s) are hidden (marked ▨). Counts from 1 to %2 are shown as “<%3”, and where one cell is "
                "hidden, more are hidden until the hidden cells add up to at least %3, so nobody can work a "
                "small number out from the totals.").replace("%1", str(doc.hidden_cells()))
                .replace("%2", str(t - 1)).replace("%3", str(t)) + " " + self.tr(
                "A cell shown “x” is not small itself: it is hidden only so that a small count cannot be "
                "worked out."))
        if self.prepared.changes:
            self.warning.setText(self.tr(
                "This organisation and year were exported before with other figures (%1 changed: %2). Someone "
                "who has both versions can compare them, and the difference can point at one person. Export "
                "again only if you must.").replace("%1", str(len(self.prepared.changes)))
                .replace("%2", "; ".join(describe_change(k, doc.profile, doc.lang)
                                         for k in self.prepared.changes[:8])))
            self.warning.show()
        else:
            self.warning.hide()

    def export(self) -> None:
        if self.prepared is None:
            return
        doc = self.prepared.document
        answer = seams.ask(self, self.tr("Export the yearly report"), self.tr(
            "This PDF will leave the vault: it holds the anonymous counts shown in the preview, the "
            "organisation's name and the year — nothing else. Export it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        suggested = Path.home() / f"{doc.org_name} {doc.period_text()}.pdf".replace("/", "-")
        path = seams.save_path(self, self.tr("Save the yearly report"), str(suggested), self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        repo = self.service.repo
        try:
            repo.set_setting(api.SETTING_THRESHOLD, str(self.threshold.value()))
            repo.set_setting(api.SETTING_VP_NAME, self.vp_name.text().strip() if self.show_name.isChecked() else "")
            repo.set_setting(api.SETTING_BREAKDOWNS, ",".join(self.options().breakdowns))
            api.write(self.service.vault, self.prepared, Path(path))
        except (OSError, VaultError) as exc:
            msg = exc.render(QCoreApplication.translate) if isinstance(exc, VaultError) \
                else (exc.strerror or exc.__class__.__name__)
            seams.inform(self, self.tr("Export the yearly report"),
                         self.tr("The PDF could not be written: %1").replace("%1", msg), QMessageBox.Icon.Warning)
            return
        self.refresh()
        seams.inform(self, self.tr("Export the yearly report"),
                     self.tr("The yearly report was saved as %1.").replace("%1", path))


@window_hook
def _install(window: MainWindow) -> None:
    action = QAction(QCoreApplication.translate("MainWindow", "Yearly &report…"), window)
    action.setShortcut(QKeySequence("Ctrl+R"))

    def open_report() -> None:
        if window.service is None:
            return
        dlg = ReportWindow(window.service, window, window.vault_view.current_org_id())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.report_window = dlg
        dlg.show()

    action.triggered.connect(open_report)
    window.tools_menu.addAction(action)
    window.add_vault_action(action)
    window.report_action = action

    def close_on_lock(_reason: str) -> None:
        dlg = getattr(window, "report_window", None)
        if dlg is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                dlg.preview.clear()
                dlg.close()
            window.report_window = None

    window.lock_callbacks.append(close_on_lock)
