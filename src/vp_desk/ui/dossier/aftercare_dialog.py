"""Plan the aftercare conversation ("nazorg", seed 001) of an open or closed dossier, or
remove it once it took place. From its date on it is listed in the due panel."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout

from vp_desk.domain.dates import format_day
from vp_desk.domain.models import Dossier
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import FormDialog, date_edit, pydate
from vp_desk.usecases.care import CareDesk
from vp_desk.usecases.desk import DeskService


class AftercareDialog(FormDialog):
    def __init__(self, service: DeskService, dossier: Dossier, parent=None) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.care = CareDesk(service)
        self.saved_id: int | None = None
        self.removing = False
        self.planned = self.care.aftercare(dossier.id)
        self.dossier_title(self.tr("Aftercare"), dossier)
        fit_to_screen(self, 520, 260)
        info = QLabel(self.tr("A follow-up conversation with the requester, also after closing. From this date "
                              "on it is listed under Due until you remove it."))
        info.setWordWrap(True)
        self.date = date_edit(self.planned or service.today() + timedelta(weeks=6),
                              self.tr("Date of the aftercare conversation"))
        self.state_label = QLabel(self.tr("Planned on %1.").replace("%1", format_day(self.planned))
                                  if self.planned else self.tr("No aftercare conversation planned."))
        self.state_label.setAccessibleName(self.tr("Aftercare status"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Plan"))
        self.done_button = QPushButton(self.tr("&Done — remove it"))
        self.done_button.setAccessibleName(self.tr("The aftercare conversation took place: remove it"))
        self.done_button.setVisible(self.planned is not None)
        self.done_button.clicked.connect(self.remove)
        self.buttons.addButton(self.done_button, self.buttons.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("&Aftercare on:"), self.field("aftercare_date", self.date))
        box = QVBoxLayout(self)
        box.addWidget(info)
        box.addWidget(self.state_label)
        box.addLayout(form)
        box.addStretch(1)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.setTabOrder(self.date, self.buttons)
        self.first_field = self.date
        self.date.setFocus()

    def save(self) -> None:
        self.care.set_aftercare(self.dossier.id, None if self.removing else pydate(self.date.date()))
        self.saved_id = self.dossier.id

    def remove(self) -> None:
        """The conversation took place (or is no longer wanted): remove the date."""
        self.removing = True
        if not self.try_save():
            self.removing = False
