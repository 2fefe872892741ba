"""Tools → Yearly report: choose organisation and reporting year (or a summary of 2-5 of
them), preview exactly what will be exported (hidden values marked, each with its reason),
then export the PDF. A released period is re-issued unchanged unless a corrected edition
passes the audit. The confidant's "signals and recommendations" text is screened against the
vault as it is typed (``signals_panel``) and exported only when nothing in it could identify
someone; the save dialog starts in the Documents folder, and after an export the file can be
opened or shown in its folder."""

from __future__ import annotations

import contextlib
import html
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
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

from vp_desk.domain.dates import format_span
from vp_desk.report.disclosure import MIN_THRESHOLD
from vp_desk.report.document import Options, describe_key
from vp_desk.report.tables import UnknownCategory
from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.styles import WARNING_STYLE
from vp_desk.ui.common.worker import run_async
from vp_desk.ui.reports.preview import document_html
from vp_desk.ui.reports.signals_panel import SignalsPanel
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.errors import VaultError
from vp_desk.usecases.reports import Prepared, Reports
from vp_desk.usecases.signals import keep_report_text, report_text_draft, screen_text


def documents_dir() -> Path:
    """Where the save dialog opens: the user's Documents folder (platformdirs), else home."""
    docs = Path(platformdirs.user_documents_dir())
    return docs if docs.is_dir() else Path.home()


class ReportWindow(QDialog):
    def __init__(self, service: DeskService, parent=None, org_id: int | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.reports = Reports(service)
        self.prepared: Prepared | None = None
        # opens a file or folder in the desktop's own program (a test injects its own)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._text_org: int | None = None  # whose signals text the panel holds (its draft's place)
        self.setWindowTitle(self.tr("Yearly report"))
        fit_to_screen(self, 900, 640)
        # preparing and writing run on a worker thread; one task at a time, the newest wins
        self._generation = 0
        self._running = 0
        self._idle = threading.Event()
        self._idle.set()
        self._closed = False
        self._build_widgets(org_id)
        self._build_layout()
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

    def _build_widgets(self, org_id: int | None) -> None:
        opts = self.reports.saved_options()

        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        for o in self.reports.organisations():
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
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.signals = SignalsPanel(self._screen_signals, lambda: not self.working)
        self.signals.checked.connect(self._signals_checked)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

    def _build_layout(self) -> None:
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
        buttons.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.preview, 1)
        box.addWidget(self.signals)
        box.addWidget(self.note)
        box.addWidget(self.warning)
        box.addLayout(buttons)

    def options(self) -> Options:
        return Options(threshold=self.threshold.value(),
                       breakdowns=tuple(k for k, b in self.breakdowns.items() if b.isChecked()),
                       recurring_min=self.reports.saved_options().recurring_min,
                       vp_name=self.vp_name.text().strip() if self.show_name.isChecked() else "")

    def period(self) -> tuple[date, date]:
        """The reporting year of the organisation's calendar, or the summary ending with it."""
        cal = self.reports.calendar(self.org.currentData())
        n = self.summary.value()
        p = cal.summary(self.year.value() - n + 1, n) if n > 1 else cal.period(self.year.value())
        return p.start, p.end

    def _show_problem(self, message: str) -> None:
        self._generation += 1  # a result still on its way is not shown any more
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
        cal = self.reports.calendar(org_id)
        self.period_label.setText(format_span(start, end) if cal.start_month != 1 else "")
        released = any((p.start, p.end) == (start, end)
                       for p in self.reports.released_periods(org_id))
        for w in (self.threshold, *self.breakdowns.values()):
            w.setEnabled(not released)
        options, corrected = self.options(), self.corrected.isChecked() and released
        self._start(lambda: self.reports.prepare(org_id, start, end, options, corrected=corrected),
                    lambda prepared: self._show(prepared, released), self._prepare_failed)

    @property
    def working(self) -> bool:
        """A report is being prepared or written on the worker thread."""
        return not self._idle.is_set()

    def _start(self, work, on_done, on_error) -> None:
        """Run ``work`` on the worker thread; only the newest task's result is shown."""
        self._generation += 1
        generation = self._generation
        self._running += 1
        self._idle.clear()
        self.prepared = None
        self.export_button.setEnabled(False)

        def finish(callback, value) -> None:
            self._running -= 1
            if self._running == 0:
                self._idle.set()
            if generation == self._generation and not self._closed:
                callback(value)

        run_async(work, lambda v: finish(on_done, v), lambda e: finish(on_error, e))

    def wait_idle(self, seconds: float = 120) -> None:
        """Let a running task end before the vault closes (called at a lock)."""
        self._idle.wait(seconds)

    def done(self, result: int) -> None:
        self._closed = True
        if not self.working:
            self._keep_text()
        self.signals.clear()  # no typed text stays in the widgets
        super().done(result)

    def _prepare_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (VaultError, UnknownCategory)):
            raise exc
        self._show_problem(exc.render(QCoreApplication.translate))

    def _show(self, prepared: Prepared, released: bool) -> None:
        """Show a prepared report: the preview is the document the export writes."""
        self.prepared = prepared
        doc = self.prepared.document
        self._load_signals_text(prepared)
        self.signals.check()  # also shows the preview and enables the export when the text is clean
        t = doc.threshold
        self.corrected.setEnabled(released and (bool(self.prepared.changes) or self.corrected.isChecked()))
        if doc.reduced:
            self.note.setText(self.tr("Fewer than %1 new requests in this period: the report says only “<%1 "
                                      "requests” and shows your own activity.").replace("%1", str(t)))
        else:
            self.note.setText(self.tr(
                "%n value(s) hidden (marked ▨). Counts from 1 to %2 are shown as “<%3”; a value shown “x” "
                "is hidden so that no small number can be worked out from this report together with every "
                "report exported before for this organisation.", "", doc.hidden_cells())
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
            warnings.append(self.tr("Reports exported earlier already let a reader work out %n small "
                                    "number(s); that cannot be undone.", "", len(self.prepared.prior)))
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))

    def _load_signals_text(self, prepared: Prepared) -> None:
        """The released text of a re-issue (read-only), or the organisation's own typed text
        (its draft in the vault); what was typed for another organisation is kept first."""
        self.signals.threshold = prepared.document.threshold
        owner = None if prepared.reissue else prepared.org_id
        if self._text_org != owner:
            self._keep_text()
        self.signals.set_released(prepared.document.signals_text if prepared.reissue else None)
        if owner is not None and self._text_org != owner:
            self.signals.edit.setPlainText(report_text_draft(self.service, owner))
        self._text_org = owner

    def _screen_signals(self, text: str):
        org_id = self.org.currentData()
        if org_id is None:
            return []
        return screen_text(self.service, org_id, text, self.signals.threshold)

    def _signals_checked(self) -> None:
        """After each check of the signals text: the preview shows it (only when clean) and
        the export is possible only then."""
        if self.prepared is None or self.working:
            return
        doc = self.prepared.document
        if not self.prepared.reissue:
            self._keep_text()
            doc.signals_text = self.signals.text.strip() if self.signals.clean else ""
        self.preview.setHtml(document_html(doc))
        self.export_button.setEnabled(self.signals.clean)

    def _keep_text(self) -> None:
        """The typed signals text as a draft in the vault (nothing is lost at a lock)."""
        if self._text_org is None or self.signals.edit.isReadOnly():
            return
        with contextlib.suppress(VaultError):  # a draft never stops the window; the export reports errors
            keep_report_text(self.service, self._text_org, self.signals.text)

    def export(self) -> None:
        if self.prepared is None or self.working:
            return
        if not self.signals.check():
            seams.inform(self, self.tr("Export the yearly report"), self.tr(
                "Rewrite the words listed under the signals and recommendations text first: they could "
                "identify someone."), QMessageBox.Icon.Warning)
            return
        doc = self.prepared.document
        answer = seams.ask(self, self.tr("Export the yearly report"), self.tr(
            "This PDF will leave the vault: it holds the anonymous counts shown in the preview, the "
            "organisation's name and the period — nothing else. Export it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        suggested = documents_dir() / f"{doc.org_name} {doc.period_text()}.pdf".replace("/", "-")
        path = seams.save_path(self, self.tr("Save the yearly report"), str(suggested), self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        prepared, keep, text = self.prepared, self.options(), self.signals.text
        self._start(lambda: self._write(prepared, Path(path), keep, text),
                    lambda _r: self._exported(path), self._export_failed)

    def _write(self, prepared: Prepared, path: Path, keep: Options, text: str) -> None:
        """On the worker thread: write and record the release; its text needs no draft any more."""
        self.reports.write(prepared, path, keep=keep, signals_text=text)
        if not prepared.reissue:
            keep_report_text(self.service, prepared.org_id, "")

    def _exported(self, path: str) -> None:
        """Confirm, and offer to open the PDF or show it in its folder."""
        self.corrected.setChecked(False)
        self.refresh()
        answer = seams.ask(
            self, self.tr("Export the yearly report"), self.tr("The yearly report was saved as %1.").replace("%1", path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Close, QMessageBox.Icon.Information,
            labels={QMessageBox.StandardButton.Open: self.tr("&Open"),
                    QMessageBox.StandardButton.Apply: self.tr("&Show in folder"),
                    QMessageBox.StandardButton.Close: self.tr("Close")})
        if answer == QMessageBox.StandardButton.Open:
            self.open_url(QUrl.fromLocalFile(str(Path(path).resolve())))
        elif answer == QMessageBox.StandardButton.Apply:
            self.open_url(QUrl.fromLocalFile(str(Path(path).resolve().parent)))

    def _export_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (OSError, VaultError)):
            raise exc
        msg = exc.render(QCoreApplication.translate) if isinstance(exc, VaultError) \
            else (exc.strerror or exc.__class__.__name__)
        self.refresh()
        seams.inform(self, self.tr("Export the yearly report"),
                     self.tr("The PDF could not be written: %1").replace("%1", msg), QMessageBox.Icon.Warning)
