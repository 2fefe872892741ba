"""Tools → Yearly report: choose organisation and reporting year (or a summary of 2-5 of
them), preview exactly what will be exported (hidden values marked, each with its reason),
then export the PDF. A released period is re-issued unchanged unless a corrected edition
passes the audit."""

from __future__ import annotations

import contextlib
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from vp_desk.report.document import Options, ReportDocument, describe_key
from vp_desk.report.tables import UnknownCategory
from vp_desk.services import DeskService
from vp_desk.storage.errors import VaultError
from vp_desk.ui import seams
from vp_desk.ui.main_window import MainWindow, window_hook


def document_html(doc: ReportDocument) -> str:
    """The preview: the same sections, tables and cells the PDF will hold. Hidden cells are
    marked (the true count is never shown here either), and a list says why each is hidden."""
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
                parts.append("<p style='color:#8a1c13'>▨ " + e(_withheld_text()) + "</p>")
                continue
            rows = "".join(f"<tr><td>{e(labels.get(c.key, c.key))}</td><td align='right'>"
                           f"{_mark(c.shown(t), t)}</td></tr>" for c in table.cells)
            if table.total_shown:
                rows += f"<tr><td><b>Σ</b></td><td align='right'><b>{e(str(table.total))}</b></td></tr>"
            parts.append(f"<table cellpadding='2' border='0'>{rows}</table>")
        if sec.hours:
            parts.append("<table cellpadding='2'>" + "".join(
                f"<tr><td>{e(a)}</td><td align='right'>&nbsp;{e(b)}</td><td align='right'>&nbsp;{e(c)} h</td></tr>"
                for a, b, c in sec.hours) + "</table>")
    why = reasons_text(doc)
    if why:
        parts.append("<h3 style='color:#1f4e79'>" + e(QCoreApplication.translate("ReportWindow", "Why values are hidden"))
                     + "</h3><ul>" + "".join(f"<li>{e(line)}</li>" for line in why) + "</ul>")
    return "".join(parts)


def reasons_text(doc: ReportDocument) -> list[str]:
    """One line per hidden value: what it is and why it is hidden (in the interface's language)."""
    out = []
    for key, reason in sorted(doc.reasons.items()):
        what = describe_key(key, doc.profile, doc.lang)
        if reason == "small":
            out.append(QCoreApplication.translate("ReportWindow", "%1: a count from 1 to %2.").replace("%1", what)
                       .replace("%2", str(doc.threshold - 1)))
        elif reason == "partner":
            out.append(QCoreApplication.translate(
                "ReportWindow", "%1: hidden beside a small count of the same table, so that the small one "
                                "cannot be worked out (a count of %2 or more).").replace("%1", what)
                       .replace("%2", str(doc.threshold)))
        elif reason == "withheld":
            out.append(QCoreApplication.translate("ReportWindow", "%1: left out, it could not be protected otherwise.").replace("%1", what))
        elif reason.startswith("shared:"):
            out.append(QCoreApplication.translate("ReportWindow", "%1: hidden so that the report does not show that (nearly) all "
                                          "requesters share one category.").replace("%1", what))
        elif reason.startswith("protects:"):
            target = reason.split(":", 1)[1]
            stat = target.rpartition(":")[2]
            out.append(QCoreApplication.translate("ReportWindow", "%1: hidden so that %2 cannot be worked out, also not together "
                                          "with earlier reports.").replace("%1", what)
                       .replace("%2", describe_key(stat, doc.profile, doc.lang)))
    return out


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
        self.resize(900, 640)
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
        self.year.setAccessibleName(self.tr("Reporting year"))
        self.period_label = QLabel()
        self.summary = QSpinBox()
        self.summary.setRange(1, 5)
        self.summary.setValue(1)
        self.summary.setSpecialValueText(self.tr("this year only"))
        self.summary.setSuffix(self.tr(" years"))
        self.summary.setAccessibleName(self.tr("Summary over several reporting years"))
        self.corrected = QCheckBox(self.tr("&Corrected edition"))
        self.corrected.setAccessibleName(self.tr("Make a corrected edition of a released period"))
        self.corrected.setEnabled(False)
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
        year_row.addWidget(self.period_label)
        year_row.addSpacing(16)
        summary_label = QLabel(self.tr("Su&mmary over:"))
        summary_label.setBuddy(self.summary)
        year_row.addWidget(summary_label)
        year_row.addWidget(self.summary)
        year_row.addSpacing(16)
        year_row.addWidget(self.corrected)
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
        self.summary.valueChanged.connect(self.refresh)
        self.corrected.toggled.connect(self.refresh)
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

    def period(self) -> tuple[date, date]:
        """The reporting year of the organisation's calendar, or the summary ending with it."""
        cal = api.calendar(self.service.vault, self.org.currentData())
        n = self.summary.value()
        p = cal.summary(self.year.value() - n + 1, n) if n > 1 else cal.period(self.year.value())
        return p.start, p.end

    def _show_problem(self, message: str) -> None:
        self.prepared = None
        self.preview.setHtml("<p>" + html.escape(message) + "</p>")
        self.note.clear()
        self.warning.hide()
        self.export_button.setEnabled(False)

    def refresh(self) -> None:
        org_id = self.org.currentData()
        if org_id is None:
            self._show_problem(self.tr("There is no organisation yet."))
            return
        start, end = self.period()
        cal = api.calendar(self.service.vault, org_id)
        self.period_label.setText(f"{start:%d-%m-%Y} – {end:%d-%m-%Y}" if cal.start_month != 1 else "")
        released = any((p.start, p.end) == (start, end)
                       for p in api.released_periods(self.service.vault, org_id))
        for w in (self.threshold, *self.breakdowns.values()):
            w.setEnabled(not released)
        try:
            self.prepared = api.prepare(self.service.vault, org_id, start, end, self.options(),
                                        corrected=self.corrected.isChecked() and released)
        except (VaultError, UnknownCategory) as exc:
            self._show_problem(exc.render(QCoreApplication.translate))
            return
        doc = self.prepared.document
        self.preview.setHtml(document_html(doc))
        self.export_button.setEnabled(True)
        t = doc.threshold
        self.corrected.setEnabled(released and (bool(self.prepared.changes) or self.corrected.isChecked()))
        if doc.reduced:
            self.note.setText(self.tr("Fewer than %1 new requests in this period: the report says only “<%1 "
                                      "requests” and shows your own activity.").replace("%1", str(t)))
        else:
            self.note.setText(self.tr(
                "%1 value(s) are hidden (marked ▨). Counts from 1 to %2 are shown as “<%3”; a value shown “x” "
                "is hidden so that no small number can be worked out from this report together with every "
                "report exported before for this organisation.").replace("%1", str(doc.hidden_cells()))
                .replace("%2", str(t - 1)).replace("%3", str(t)))
        warnings = []
        if self.prepared.reissue:
            warnings.append(self.tr("This period was exported before: the same figures are issued again, so "
                                    "that comparing the two versions shows nothing."))
            if self.prepared.changes:
                warnings.append(self.tr("The vault now holds other figures for this period (%1). Tick "
                                        "“Corrected edition” to issue them, if that is safe.")
                                .replace("%1", "; ".join(describe_key(k, doc.profile, doc.lang)
                                                         for k in self.prepared.changes[:6])))
        elif self.prepared.corrected:
            warnings.append(self.tr("Corrected edition: these values change compared with the earlier export: "
                                    "%1.").replace("%1", "; ".join(describe_key(k, doc.profile, doc.lang)
                                                                  for k in self.prepared.changes[:8])))
        if self.prepared.prior:
            warnings.append(self.tr("Reports exported earlier already let a reader work out %1 small "
                                    "number(s); that cannot be undone.").replace("%1", str(len(self.prepared.prior))))
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))

    def export(self) -> None:
        if self.prepared is None:
            return
        doc = self.prepared.document
        answer = seams.ask(self, self.tr("Export the yearly report"), self.tr(
            "This PDF will leave the vault: it holds the anonymous counts shown in the preview, the "
            "organisation's name and the period — nothing else. Export it?"),
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
        self.corrected.setChecked(False)
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
