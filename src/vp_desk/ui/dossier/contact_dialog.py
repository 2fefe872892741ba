"""Add or edit a follow-up contact: date, kind, duration and notes. What is typed is kept
as a draft inside the vault, as in the intake (see :class:`FormDialog`)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QSpinBox, QVBoxLayout, QWidget

from vp_desk.domain.models import Contact, Dossier
from vp_desk.domain.validation import MAX_MINUTES
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import (
    AUTOSAVE_MS,
    FormDialog,
    choice_combo,
    date_edit,
    notes_edit,
    pydate,
)
from vp_desk.usecases.desk import DeskService


class ContactDialog(FormDialog):
    draft_kind = "contact"

    def __init__(self, service: DeskService, dossier: Dossier, contact: Contact | None = None,
                 parent=None, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.contact = self.record = contact
        self.saved_id: int | None = None
        self.dossier_title(self.tr("New contact") if contact is None else self.tr("Edit contact"), dossier)
        fit_to_screen(self, 560, 420)
        prof = service.profile_of(dossier.org_id)
        self.date = date_edit(contact.date if contact else service.today(), self.tr("Date of the contact"))
        self.kind = choice_combo(prof, "contact_kinds", contact.kind if contact else None, self.tr("Kind of contact"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(contact.minutes if contact else 30)
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.notes = notes_edit(contact.notes if contact else "", self.tr("Notes"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.field("date", self.date))
        form.addRow(self.tr("&Kind:"), self.field("kind", self.kind))
        form.addRow(self.tr("D&uration:"), self.field("minutes", self.minutes))
        form.addRow(self.tr("&Notes:"), self.field("notes", self.notes))
        box = QVBoxLayout(self)
        box.addLayout(form, 1)
        box.addWidget(self.general_error)
        box.addLayout(self.button_row())
        order = [self.date, self.kind, self.minutes, self.notes, self.buttons]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.first_field = self.date
        self.date.setFocus()
        self.start_drafts(autosave_ms)

    def unsaved_title(self) -> str:
        return self.tr("Unsaved contact")

    def draft_fields(self) -> dict[str, QWidget]:
        return {"date": self.date, "kind": self.kind, "minutes": self.minutes, "notes": self.notes}

    def save(self) -> None:
        base = self.contact or Contact(dossier_id=self.dossier.id, date=pydate(self.date.date()), kind="",
                                       minutes=0)
        c = replace(base, date=pydate(self.date.date()), kind=self.kind.currentData(),
                    minutes=self.minutes.value(), notes=self.notes.toPlainText())
        self.saved_id = self.service.save_contact(c)
        self.drop_draft()
