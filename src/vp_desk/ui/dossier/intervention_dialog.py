"""Add or edit an informal intervention. Types come from the organisation's profile; a
type that involves a third person is refused without the requester's recorded consent,
and the dialog says why and offers to record the consent on the spot. What is typed is
kept as a draft inside the vault, as in the intake (see :class:`FormDialog`)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWidget

from vp_desk.domain import rules
from vp_desk.domain.models import Dossier, Intervention
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import (
    AUTOSAVE_MS,
    FormDialog,
    choice_combo,
    date_edit,
    notes_edit,
    pydate,
)
from vp_desk.ui.dossier.consent_dialog import ConsentStatus
from vp_desk.usecases.desk import DeskService


class InterventionDialog(FormDialog):
    draft_kind = "intervention"

    def __init__(self, service: DeskService, dossier: Dossier, intervention: Intervention | None = None,
                 parent=None, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.intervention = self.record = intervention
        self.saved_id: int | None = None
        self.prof = service.profile_of(dossier.org_id)
        self.dossier_title(self.tr("New intervention") if intervention is None else self.tr("Edit intervention"),
                           dossier)
        fit_to_screen(self, 620, 460)
        self.date = date_edit(intervention.date if intervention else service.today(),
                              self.tr("Date of the intervention"))
        self.type = choice_combo(self.prof, "intervention_types", intervention.type if intervention else None,
                                 self.tr("Type of intervention"))
        self.other_agreed = QCheckBox(self.tr("The &other party agreed to the reconciliation"))
        self.other_agreed.setAccessibleName(self.tr("The other party agreed"))
        self.other_agreed.setChecked(bool(intervention and intervention.other_party_agreed))
        self.consent = ConsentStatus(self, dossier)
        self.notes = notes_edit(intervention.notes if intervention else "", self.tr("Notes"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.field("date", self.date))
        form.addRow(self.tr("&Type:"), self.field("type", self.type))
        form.addRow(self.tr("Consent:"), self.field("consent", self.consent))
        # hide the row's container, not the check box: a hidden widget behind a visible focus
        # proxy would swallow the Tab key
        self.other_box = self.field("other_party_agreed", self.other_agreed)
        form.addRow("", self.other_box)
        form.addRow(self.tr("&Notes:"), self.field("notes", self.notes))
        box = QVBoxLayout(self)
        box.addLayout(form, 1)
        box.addWidget(self.general_error)
        box.addLayout(self.button_row())
        order = [self.date, self.type, self.consent.record, self.other_agreed, self.notes, self.buttons]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.type.currentIndexChanged.connect(lambda _i: self._update())
        self.date.dateChanged.connect(lambda _d: self._update())
        self.consent.changed.connect(self.clear_messages)
        self._update()
        self.first_field = self.type if intervention is None else self.date
        self.first_field.setFocus()
        self.start_drafts(autosave_ms)

    def unsaved_title(self) -> str:
        return self.tr("Unsaved intervention")

    def draft_fields(self) -> dict[str, QWidget]:
        return {"date": self.date, "type": self.type, "other_party_agreed": self.other_agreed,
                "notes": self.notes}

    def _update(self) -> None:
        kind = self.type.currentData()
        needs = rules.needs_consent(self.prof, kind)
        self.consent.update_for(rules.consent_scope_for(kind) if needs else None, pydate(self.date.date()))
        self.other_box.setVisible(rules.needs_other_party(self.prof, kind))

    def save(self) -> None:
        base = self.intervention or Intervention(dossier_id=self.dossier.id, date=pydate(self.date.date()), type="")
        kind = self.type.currentData()
        i = replace(base, date=pydate(self.date.date()), type=kind,
                    other_party_agreed=self.other_agreed.isChecked() and rules.needs_other_party(self.prof, kind),
                    notes=self.notes.toPlainText())
        self.saved_id = self.service.save_intervention(i)
        self.drop_draft()
