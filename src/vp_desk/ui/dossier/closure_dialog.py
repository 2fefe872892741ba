"""Close a dossier (date, outcome, note, an optional aftercare conversation) with its
computed delete-by date, or reopen a closed one; both keep their history."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout

from vp_desk.domain.dates import format_day
from vp_desk.domain.models import Dossier, Status
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import (
    FormDialog,
    choice_combo,
    date_edit,
    notes_edit,
    pydate,
    qdate,
)
from vp_desk.ui.dossier.closure_help import closing_help, compact, reopening_help
from vp_desk.usecases.care import CareDesk
from vp_desk.usecases.desk import DeskService


class ClosureDialog(FormDialog):
    def __init__(self, service: DeskService, dossier: Dossier, parent=None) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.reopening = dossier.status is Status.CLOSED
        self.saved_id: int | None = None
        prof = service.profile_of(dossier.org_id)
        fit_to_screen(self, 560, 380)
        form = QFormLayout()
        self.delete_by = QLabel()
        self.delete_by.setWordWrap(True)
        self.delete_by.setStyleSheet("font-weight: 600;")
        self.delete_by.setAccessibleName(self.tr("Delete-by date"))
        if self.reopening:
            self.dossier_title(self.tr("Reopen dossier"), dossier)
            self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Re&open"))
            form.addRow(reopening_help())
            info = QLabel(self.tr("Closed on %1 — %2.").replace("%1", format_day(dossier.closed_date)).replace(
                "%2", prof.label("outcomes", dossier.outcome, self._lang())))
            info.setWordWrap(True)
            form.addRow(info)
            self.delete_by.setText(self.tr("Delete-by date while closed: %1. Reopening cancels it; the "
                                           "closure stays in the history.").replace(
                "%1", format_day(service.delete_by(dossier))))
            form.addRow(self.delete_by)
            self.date = date_edit(service.today(), self.tr("Date of reopening"))
            form.addRow(self.tr("&Reopened on:"), self.field("reopen_date", self.date, "status"))
            order = [self.date, self.buttons]
        else:
            self.dossier_title(self.tr("Close dossier"), dossier)
            self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Close &dossier"))
            form.addRow(closing_help(prof, self._lang()))
            self.date = date_edit(service.today(), self.tr("Closing date"))
            self.outcome = choice_combo(prof, "outcomes", None, self.tr("Outcome"))
            self.note = notes_edit("", self.tr("Closing note"))
            self.note.setMaximumHeight(110)
            form.addRow(self.tr("&Closed on:"), self.field("closed_date", self.date))
            form.addRow(self.tr("&Outcome:"), self.field("outcome", self.outcome, "status"))
            form.addRow(self.tr("&Note:"), self.field("closure_note", self.note))
            self.aftercare = QCheckBox(self.tr("&Aftercare conversation on"))
            self.aftercare.setAccessibleName(self.tr("Plan an aftercare conversation"))
            self.aftercare_date = date_edit(service.today() + timedelta(weeks=6), self.tr("Date of the aftercare conversation"))
            planned = CareDesk(service).aftercare(dossier.id)
            if planned is not None:
                self.aftercare_date.setDate(qdate(planned))
            self.aftercare.setChecked(planned is not None)
            self.aftercare_date.setEnabled(planned is not None)
            self.aftercare.toggled.connect(self.aftercare_date.setEnabled)
            form.addRow(self.aftercare, self.field("aftercare_date", self.aftercare_date))
            form.addRow(self.delete_by)
            self.date.dateChanged.connect(lambda _d: self._update())
            order = [self.date, self.outcome, self.note, self.aftercare, self.aftercare_date, self.buttons]
            self._update()
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        compact(self)
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.date.setFocus()

    @staticmethod
    def _lang() -> str:
        from vp_desk.i18n import current_language

        return current_language()

    def _update(self) -> None:
        day = self.flow.delete_by_if_closed(self.dossier, pydate(self.date.date()))
        self.delete_by.setText(self.tr("Delete-by date after this closure: %1 (retention period of the "
                                       "organisation).").replace("%1", format_day(day)))

    def save(self) -> None:
        if self.reopening:
            self.flow.reopen(self.dossier.id, pydate(self.date.date()))
        else:
            self.flow.close(self.dossier.id, pydate(self.date.date()), self.outcome.currentData(),
                            self.note.toPlainText(),
                            pydate(self.aftercare_date.date()) if self.aftercare.isChecked() else None,
                            set_aftercare=True)
        self.saved_id = self.dossier.id
