"""Add or edit one register entry (numbered without gaps; the worker identity only with consent)."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain import rules
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import RegisterEntry
from vp_desk.domain.register import validate_register_entry
from vp_desk.i18n import current_language
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import (
    FormDialog,
    date_edit,
    fill_combo,
    notes_edit,
    pydate,
)
from vp_desk.usecases.desk import DeskService, Invalid
from vp_desk.usecases.register import RegisterBook


class RegisterEntryDialog(FormDialog):
    """Add or edit one entry. The worker's identity can be typed only once the worker's
    consent is ticked; unticking clears it."""

    def __init__(self, service: DeskService, org_id: int, entry: RegisterEntry | None = None, parent=None) -> None:
        """Long: builds the form, one statement per widget, row and connection, top to bottom as shown."""
        super().__init__(service, parent)
        self.store = RegisterBook(service)
        self.org_id = org_id
        self.prof = service.profile_of(org_id)
        self.entry = entry or RegisterEntry(org_id=org_id, registered_date=service.today(),
                                            facts_from=service.today(), facts_to=None, types=())
        e = self.entry
        self.setWindowTitle(self.tr("Register entry no. %1").replace("%1", str(e.seq)) if e.seq
                            else self.tr("New register entry"))
        self.number = QLabel(str(e.seq) if e.seq else self.tr("(next number: %1)").replace(
            "%1", str(self.store.last_seq(org_id) + 1)))
        self.registered = date_edit(e.registered_date, self.tr("Registration date"))
        self.facts_from = date_edit(e.facts_from, self.tr("Facts from"))
        self.has_end = QCheckBox(self.tr("until"))
        self.has_end.setAccessibleName(self.tr("Facts lasted several days"))
        self.facts_to = date_edit(e.facts_to or e.facts_from, self.tr("Facts until"))
        self.has_end.setChecked(e.facts_to is not None)
        self.facts_to.setEnabled(e.facts_to is not None)
        self.has_end.toggled.connect(self.facts_to.setEnabled)
        self.types = QListWidget()
        self.types.setAccessibleName(self.tr("Type(s) of facts"))
        lang = current_language()
        for item in self.prof.items("register_types"):
            it = QListWidgetItem(item.label(lang))
            it.setData(Qt.ItemDataRole.UserRole, item.key)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if item.key in e.types else Qt.CheckState.Unchecked)
            self.types.addItem(it)
        self.types.setMaximumHeight(self.types.sizeHintForRow(0) * 3 + 8)
        self.place = QLineEdit(e.place)
        self.place.setAccessibleName(self.tr("Place"))
        self.capacity = QComboBox()
        self.capacity.setAccessibleName(self.tr("Capacity of the third party"))
        fill_combo(self.capacity, self.prof, "third_party_capacities", e.third_party_capacity)
        self.description = notes_edit(e.description, self.tr("Description of the facts"))
        self.consent = QCheckBox(self.tr("The worker consents to having their identity recorded"))
        self.consent.setAccessibleName(self.tr("Worker's consent"))
        self.consent.setChecked(e.worker_consent)
        self.identity = QLineEdit(e.worker_identity or "")
        self.identity.setAccessibleName(self.tr("Worker's identity"))
        self.identity.setPlaceholderText(self.tr("only with the worker's consent"))
        self.identity.setEnabled(e.worker_consent)
        self.consent.toggled.connect(self._consent_toggled)
        self.measures = notes_edit(e.measures, self.tr("Preventive measures considered"))
        self.follow_up = notes_edit(e.follow_up, self.tr("Follow-up"))
        for w in (self.description, self.measures, self.follow_up):
            w.setMinimumHeight(60)
        self.expiry = QLabel()
        self.registered.dateChanged.connect(self._show_expiry)
        self._show_expiry()

        facts = QHBoxLayout()
        facts.addWidget(self.facts_from)
        facts.addWidget(self.has_end)
        facts.addWidget(self.facts_to)
        facts.addStretch()
        facts_box = QWidget()
        facts_box.setLayout(facts)
        facts.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("&Registered on:"), self.field("registered_date", self.registered))
        form.addRow(self.tr("&Facts on:"), self.field("facts_from", facts_box, "facts_to"))
        form.addRow(self.tr("&Type(s):"), self.field("types", self.types))
        form.addRow(self.tr("&Place:"), self.field("place", self.place))
        form.addRow(self.tr("T&hird party:"), self.field("third_party_capacity", self.capacity))
        form.addRow(self.tr("&Description:"), self.field("description", self.description))
        form.addRow("", self.consent)
        form.addRow(self.tr("&Worker:"), self.field("worker_identity", self.identity))
        form.addRow(self.tr("&Measures considered:"), self.field("measures", self.measures))
        form.addRow(self.tr("F&ollow-up:"), self.field("follow_up", self.follow_up))
        form.addRow(self.tr("Expires:"), self.expiry)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        fit_to_screen(self, 640, 720)
        self.registered.setFocus()

    def _consent_toggled(self, on: bool) -> None:
        self.identity.setEnabled(on)
        if not on:
            self.identity.clear()

    def _show_expiry(self) -> None:
        day = rules.register_expiry(self.prof, pydate(self.registered.date()))
        self.expiry.setText(self.tr("%1 (kept 5 years from registration, then erased)").replace("%1", format_day(day)))

    def value(self) -> RegisterEntry:
        e = self.entry
        types = tuple(self.types.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.types.count())
                      if self.types.item(i).checkState() == Qt.CheckState.Checked)
        return RegisterEntry(
            id=e.id, seq=e.seq, org_id=self.org_id, registered_date=pydate(self.registered.date()),
            facts_from=pydate(self.facts_from.date()),
            facts_to=pydate(self.facts_to.date()) if self.has_end.isChecked() else None, types=types,
            place=self.place.text(), third_party_capacity=self.capacity.currentData(),
            description=self.description.toPlainText(), worker_consent=self.consent.isChecked(),
            worker_identity=self.identity.text() if self.consent.isChecked() else None,
            measures=self.measures.toPlainText(), follow_up=self.follow_up.toPlainText())

    def save(self) -> None:
        e = self.value()
        before, after = self.store.neighbours(self.org_id, e.seq)
        msgs = validate_register_entry(e, self.prof, self.service.today(), before, after)
        if msgs:
            raise Invalid(msgs)
        self.store.save(e)
        self.entry = e
