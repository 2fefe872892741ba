"""Record a consent (who, for what, since when) or its withdrawal. A withdrawal keeps the
consent and adds the date it ended, so the history stays complete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.dates import format_day
from vp_desk.domain.models import Consent, ConsentParty, Dossier
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import (
    FormDialog,
    choice_combo,
    date_edit,
    notes_edit,
    pydate,
)
from vp_desk.ui.common.styles import ERROR_STYLE
from vp_desk.usecases.desk import DeskService


class ConsentDialog(FormDialog):
    def __init__(self, service: DeskService, dossier: Dossier, consent: Consent | None = None,
                 scope: str | None = None, day: date | None = None, parent=None) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.consent = consent
        self.saved_id: int | None = None
        self.dossier_title(self.tr("New consent") if consent is None else self.tr("Consent"), dossier)
        fit_to_screen(self, 560, 420)
        prof = service.profile_of(dossier.org_id)
        self.given_by = QComboBox()
        self.given_by.setAccessibleName(self.tr("Who consents"))
        self.given_by.addItem(self.tr("The requester"), ConsentParty.REQUESTER)
        self.given_by.addItem(self.tr("The other party"), ConsentParty.OTHER_PARTY)
        if consent is not None:
            self.given_by.setCurrentIndex(self.given_by.findData(consent.given_by))
        self.scope = choice_combo(prof, "consent_scopes", consent.scope if consent else scope,
                                  self.tr("What the consent is for"))
        self.given_date = date_edit(consent.given_date if consent else (day or service.today()),
                                    self.tr("Date of the consent"))
        self.description = notes_edit(consent.description if consent else "", self.tr("Description"))
        self.description.setPlaceholderText(self.tr("For what exactly, with whom, how it was given …"))
        self.withdrawn = QCheckBox(self.tr("&Withdrawn on"))
        self.withdrawn.setAccessibleName(self.tr("The consent was withdrawn"))
        self.withdrawn_date = date_edit((consent.withdrawn_date if consent else None) or service.today(),
                                        self.tr("Date of the withdrawal"))
        self.withdrawn.setChecked(consent is not None and consent.withdrawn_date is not None)
        self.withdrawn_date.setEnabled(self.withdrawn.isChecked())
        self.withdrawn.toggled.connect(self.withdrawn_date.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Given by:"), self.field("given_by", self.given_by))
        form.addRow(self.tr("&For:"), self.field("scope", self.scope))
        form.addRow(self.tr("&Date:"), self.field("given_date", self.given_date))
        form.addRow(self.tr("D&escription:"), self.field("description", self.description))
        form.addRow(self.withdrawn, self.field("withdrawn_date", self.withdrawn_date))
        hint = QLabel(self.tr("A withdrawal keeps the consent in the history with the date it ended; "
                              "interventions and referrals after that date need a new consent."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        box = QVBoxLayout(self)
        box.addLayout(form, 1)
        box.addWidget(hint)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        order = [self.given_by, self.scope, self.given_date, self.description, self.withdrawn,
                 self.withdrawn_date, self.buttons]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        (self.withdrawn if consent is not None else self.scope).setFocus()

    def save(self) -> None:
        base = self.consent or Consent(dossier_id=self.dossier.id, scope="", given_date=pydate(self.given_date.date()))
        c = replace(base, given_by=ConsentParty(self.given_by.currentData()), scope=self.scope.currentData(),
                    given_date=pydate(self.given_date.date()), description=self.description.toPlainText(),
                    withdrawn_date=pydate(self.withdrawn_date.date()) if self.withdrawn.isChecked() else None)
        self.saved_id = self.service.save_consent(c)


class ConsentStatus(QWidget):
    """Shows whether the requester's consent for a scope is in force on a date, with a
    button to record it right there (used by the intervention and referral dialogs)."""

    changed = Signal()

    def __init__(self, dialog: FormDialog, dossier: Dossier) -> None:
        super().__init__()
        self.dialog = dialog
        self.dossier = dossier
        self.scope: str | None = None
        self.day: date | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Consent status"))
        self.record = QPushButton(self.tr("Record &consent…"))
        self.record.setAccessibleName(self.tr("Record the requester's consent"))
        self.record.clicked.connect(self.record_consent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.record)
        self.consent_dialog: ConsentDialog | None = None

    def update_for(self, scope: str | None, day: date, no_consent_text: str | None = None) -> None:
        """``scope`` None: no consent is needed (``no_consent_text`` says why)."""
        self.scope, self.day = scope, day
        if scope is None:
            self.label.setText(no_consent_text or self.tr("No consent needed: no third person is involved."))
            self.label.setStyleSheet("color: #555;")
            self.record.hide()
            return
        c = self.dialog.flow.consent_for(self.dossier.id, scope, day)
        self.record.setVisible(c is None)
        if c is None:
            self.label.setText(self.tr("No consent of the requester is recorded for this on %1: it cannot be "
                                       "saved until you record one.").replace("%1", format_day(day)))
            self.label.setStyleSheet(ERROR_STYLE)
        else:
            self.label.setText(self.tr("Consent of the requester recorded on %1.").replace("%1", format_day(c.given_date)))
            self.label.setStyleSheet("color: #1b5e20;")

    def record_consent(self) -> None:
        dlg = ConsentDialog(self.dialog.service, self.dossier, scope=self.scope, day=self.day, parent=self.dialog)
        self.consent_dialog = dlg
        dlg.accepted.connect(self._recorded)
        dlg.open()

    def _recorded(self) -> None:
        if self.scope is not None and self.day is not None:
            self.update_for(self.scope, self.day)
        self.changed.emit()
