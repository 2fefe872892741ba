"""Add or edit a referral: destination from the profile, date, who contacts the destination,
outcome, notes. Advice the requester acts on alone (the default) needs no consent; when the
confidant contacts or informs the destination, the requester's consent for a referral is
required. BE: a requester who considers a formal request is referred to the PAPS, which the
dialog proposes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.models import Dossier, Referral
from vp_desk.i18n import current_language
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import FormDialog, choice_combo, date_edit, notes_edit, pydate
from vp_desk.ui.common.styles import NOTICE_STYLE
from vp_desk.ui.dossier.consent_dialog import ConsentStatus
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.dossiers import DossierFlow


class ReferralDialog(FormDialog):
    def __init__(self, service: DeskService, dossier: Dossier, referral: Referral | None = None,
                 destination: str | None = None, formal_request: bool = False, parent=None) -> None:
        super().__init__(service, parent)
        self.dossier = dossier
        self.referral = referral
        self.saved_id: int | None = None
        self.prof = service.profile_of(dossier.org_id)
        self.dossier_title(self.tr("New referral") if referral is None else self.tr("Edit referral"), dossier)
        fit_to_screen(self, 620, 520)
        be_formal = self.prof.code == "BE" and dossier.formal_request_considered
        if referral is None and destination is None and be_formal:
            destination, formal_request = "paps", True
        self.date = date_edit(referral.date if referral else service.today(), self.tr("Date of the referral"))
        self.destination = choice_combo(self.prof, "referral_destinations",
                                        referral.destination if referral else destination,
                                        self.tr("Referred to"))
        self.formal = QCheckBox(self.tr("Because of a &formal request"))
        self.formal.setAccessibleName(self.tr("The referral is about a formal request"))
        self.formal.setChecked(referral.formal_request if referral else formal_request)
        self.hint = QLabel(self.tr("The requester considers a formal request: in Belgium such a requester "
                                   "is always referred to the prevention adviser psychosocial aspects (PAPS)."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTICE_STYLE)
        self.hint.setVisible(be_formal)
        how_box = self._build_how(referral)
        self.consent = ConsentStatus(self, dossier)
        self.outcome = notes_edit(referral.outcome if referral else "", self.tr("Outcome of the referral"))
        self.outcome.setMaximumHeight(70)
        self.notes = notes_edit(referral.notes if referral else "", self.tr("Notes"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.field("date", self.date))
        form.addRow(self.tr("&Referred to:"), self.field("destination", self.destination))
        form.addRow("", self.formal)
        form.addRow(self.tr("Who contacts:"), self.field("confidant_contacts", how_box))
        form.addRow(self.tr("Consent:"), self.field("consent", self.consent))
        form.addRow(self.tr("O&utcome:"), self.field("outcome", self.outcome))
        form.addRow(self.tr("&Notes:"), self.field("notes", self.notes))
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addLayout(form, 1)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        order = [self.date, self.destination, self.formal, self.advice, self.contacts, self.consent.record,
                 self.outcome, self.notes, self.buttons]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.date.dateChanged.connect(lambda _d: self._update())
        self.consent.changed.connect(self.clear_messages)
        self.contacts.toggled.connect(lambda _on: (self.clear_messages(), self._update()))
        self._update()
        self.destination.setFocus()

    def _build_how(self, referral: Referral | None) -> QWidget:
        """Who contacts the destination: the requester alone (advice, the default for a new
        referral) or the confidant (consent needed)."""
        self.advice = QRadioButton(self.tr("&Advice: the requester contacts the destination alone (no consent needed)"))
        self.advice.setAccessibleName(self.tr("Advice only: the requester acts alone"))
        self.contacts = QRadioButton(self.tr("I &contact or inform the destination (the requester's consent is needed)"))
        self.contacts.setAccessibleName(self.tr("I contact or inform the destination"))
        rule = self.prof.rule("consent_third_party")
        if rule is not None:
            self.contacts.setToolTip(rule.source(current_language()))
        self.how = QButtonGroup(self)
        for b in (self.advice, self.contacts):
            self.how.addButton(b)
        # new referrals default to advice; referrals made before the choice existed had consent
        (self.contacts if referral is not None and referral.confidant_contacts else self.advice).setChecked(True)
        how_box = QWidget()
        how_lay = QVBoxLayout(how_box)
        how_lay.setContentsMargins(0, 0, 0, 0)
        how_lay.addWidget(self.advice)
        how_lay.addWidget(self.contacts)
        return how_box

    def _update(self) -> None:
        contacts = self.contacts.isChecked()
        self.consent.update_for("referral" if contacts else None, pydate(self.date.date()),
                                self.tr("No consent needed: the requester contacts the destination alone. "
                                        "The referral is still recorded in the timeline."))

    def save(self) -> None:
        base = self.referral or Referral(dossier_id=self.dossier.id, date=pydate(self.date.date()), destination="")
        r = replace(base, date=pydate(self.date.date()), destination=self.destination.currentData(),
                    formal_request=self.formal.isChecked(), outcome=self.outcome.toPlainText(),
                    notes=self.notes.toPlainText(), confidant_contacts=self.contacts.isChecked())
        self.saved_id = DossierFlow(self.service).save_referral(r)
