"""Add or edit a client organisation: name, jurisdiction profile, language, appointment
(tab "Organisation"), the catalog rules applied to it with their sources ("Rules") and the
steps of its crisis procedure shown on the crisis card ("Crisis procedure")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import Organisation
from vp_desk.i18n import LANGUAGES, current_language
from vp_desk.ui.common.fit import fit_to_screen, scrolling
from vp_desk.ui.common.retention_spin import RetentionSpin
from vp_desk.ui.common.styles import ERROR_STYLE
from vp_desk.usecases.care import CareDesk
from vp_desk.usecases.desk import DeskService, Invalid
from vp_desk.usecases.errors import VaultError


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class OrganisationDialog(QDialog):
    def __init__(self, service: DeskService, org: Organisation | None = None, parent=None) -> None:
        """Long: builds the form, one statement per widget, row and connection, top to bottom as shown."""
        super().__init__(parent)
        self.service = service
        self.org = org or Organisation(name="", profile="BE")
        self.setWindowTitle(self.tr("Organisation") if org else self.tr("New organisation"))
        self.name = QLineEdit(self.org.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Jurisdiction"))
        for code in ("BE", "NL"):
            self.profile.addItem(profile(code).name(current_language()), code)
        self.profile.setCurrentIndex(0 if self.org.profile == "BE" else 1)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(self.org.language))
        self.has_appointment = QCheckBox(self.tr("I was appointed on"))
        self.appointment = QDateEdit()
        self.appointment.setCalendarPopup(True)
        self.appointment.setDisplayFormat("dd-MM-yyyy")
        self.appointment.setAccessibleName(self.tr("Appointment date"))
        self.appointment.setDate(qdate(self.org.appointment_date or date.today()))
        self.has_appointment.setChecked(self.org.appointment_date is not None)
        self.appointment.setEnabled(self.has_appointment.isChecked())
        self.has_appointment.toggled.connect(self.appointment.setEnabled)
        self.retention = RetentionSpin(self.org.retention_years, profile(self.org.profile).retention_years_after_closure)
        self.retention.setAccessibleName(self.tr("Retention after closure"))
        self.profile.currentIndexChanged.connect(lambda _i: self.retention.set_default(
            profile(self.profile.currentData()).retention_years_after_closure))
        self.start_month = QComboBox()
        self.start_month.setAccessibleName(self.tr("Reporting year starts in"))
        for m in range(1, 13):
            self.start_month.addItem(QLocale().standaloneMonthName(m), m)
        self.start_month.setCurrentIndex(self.org.report_start_month - 1)
        if service.calendar_frozen(self.org.id):
            self.start_month.setEnabled(False)
            self.start_month.setToolTip(self.tr("Reports were exported for this organisation: its reporting "
                                                "year can no longer move."))
        # the catalog rules of the chosen profile: practice can be switched off, law cannot
        self.rules_box = QGroupBox(self.tr("Rules applied to this organisation"))
        self.rules_form = QVBoxLayout(self.rules_box)
        self.rule_checks: dict[str, QCheckBox] = {}
        self._switches = service.rule_switches(self.org.id)
        self._fill_rules()
        self.profile.currentIndexChanged.connect(self._fill_rules)
        self.crisis_steps = QPlainTextEdit(CareDesk(service).crisis_text(self.org.id))
        self.crisis_steps.setTabChangesFocus(True)
        self.crisis_steps.setAccessibleName(self.tr("Steps of the crisis procedure, one per line"))
        self._crisis_placeholder()
        self.profile.currentIndexChanged.connect(lambda _i: self._crisis_placeholder())
        self.archived = QCheckBox(self.tr("Archived (hidden from the organisation list)"))
        self.archived.setChecked(self.org.archived)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        fit_to_screen(self, 680, 600)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Jurisdiction:"), self.profile)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.has_appointment, self.appointment)
        form.addRow(self.tr("&Retention after closure:"), self.retention)
        form.addRow(self.tr("Reporting year &starts in:"), self.start_month)
        form.addRow("", self.archived)
        general = QWidget()
        general_box = QVBoxLayout(general)
        general_box.addLayout(form)
        general_box.addStretch(1)
        crisis = QWidget()
        crisis_box = QVBoxLayout(crisis)
        crisis_info = QLabel(self.tr("When a suicide-related theme is chosen, the dossier shows a card with the "
                                     "national help lines and these steps of the organisation's crisis procedure, "
                                     "one step per line. Nothing is sent or dialled."))
        crisis_info.setWordWrap(True)
        crisis_label = QLabel(self.tr("S&teps of the crisis procedure:"))
        crisis_label.setBuddy(self.crisis_steps)
        crisis_box.addWidget(crisis_info)
        crisis_box.addWidget(crisis_label)
        crisis_box.addWidget(self.crisis_steps, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&Organisation"))
        self.tabs.addTab(scrolling(self.rules_box), self.tr("R&ules"))
        self.tabs.addTab(crisis, self.tr("&Crisis procedure"))
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.name.setFocus()

    def _fill_rules(self) -> None:
        """One check box per rule of the chosen profile, with its source under it; laws are
        shown ticked and cannot be switched."""
        while self.rules_form.count():
            w = self.rules_form.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.rule_checks = {}
        lang = current_language()
        for rule in profile(self.profile.currentData()).rules:
            check = QCheckBox(rule.label(lang) if rule.switchable else
                              self.tr("%1 (law)").replace("%1", rule.label(lang)))
            check.setChecked(self._switches.get(rule.key, rule.default) if rule.switchable else True)
            check.setEnabled(rule.switchable)
            check.setToolTip(rule.source(lang))
            source = QLabel(self.tr("Source: %1").replace("%1", rule.source(lang)))
            source.setWordWrap(True)
            source.setIndent(24)
            self.rules_form.addWidget(check)
            self.rules_form.addWidget(source)
            if rule.switchable:
                self.rule_checks[rule.key] = check

    def _crisis_placeholder(self) -> None:
        """An example in the chosen profile's words (BE: preventieadviseur, arbeidsarts; NL:
        preventiemedewerker / arbodienst, bedrijfsarts)."""
        prof, lang = profile(self.profile.currentData()), current_language()
        self.crisis_steps.setPlaceholderText(self.tr(
            "For example: whom to call in the organisation, the number of the %1 or the %2, who stays with "
            "the person …").replace("%1", prof.word("prevention_adviser", lang)).replace(
            "%2", prof.word("occupational_physician", lang)))

    def rule_switches(self) -> dict[str, bool]:
        return {key: check.isChecked() for key, check in self.rule_checks.items()}

    def _save(self) -> None:
        self.org.name = self.name.text()
        self.org.profile = self.profile.currentData()
        self.org.language = self.language.currentData()
        self.org.appointment_date = pydate(self.appointment.date()) if self.has_appointment.isChecked() else None
        self.org.retention_years = self.retention.years()
        self.org.archived = self.archived.isChecked()
        self.org.report_start_month = int(self.start_month.currentData())
        try:
            self.service.save_organisation(self.org, self.rule_switches(), self.crisis_steps.toPlainText())
        except VaultError as exc:
            self.error.setText(exc.render(QCoreApplication.translate))
            self.error.show()
            return
        except Invalid as exc:
            self.error.setText("\n".join(m.render(QCoreApplication.translate) for m in exc.messages))
            self.error.show()
            if any(m.field == "crisis_steps" for m in exc.messages):
                self.tabs.setCurrentIndex(2)
                self.crisis_steps.setFocus()
            else:
                self.tabs.setCurrentIndex(0)
                self.name.setFocus()
            return
        self.accept()
