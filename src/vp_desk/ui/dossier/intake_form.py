"""The intake form: its widgets and their layout (what the intake dialog shows). What the
form does (profiles, deadlines, drafts, saving) is in :mod:`intake_dialog`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.models import Dossier
from vp_desk.ui.common.fit import scrolling
from vp_desk.ui.common.form_base import (
    FormDialog,
    date_edit,
    notes_edit,
)
from vp_desk.ui.common.styles import NOTICE_STYLE


class IntakeForm(FormDialog):
    """The fields of an intake: the request, the person's counts, themes, flags and notes."""

    def _build_request_fields(self, dossier: Dossier | None, org_id: int | None) -> None:
        """Organisation, dates, channel, pseudonym and the (optional) real name."""
        service = self.service
        orgs = service.organisations()
        if dossier is not None and all(o.id != dossier.org_id for o in orgs):
            orgs.append(service.organisation(dossier.org_id))

        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organisation"))
        for o in orgs:
            self.org.addItem(o.name, o.id)
        start_org = dossier.org_id if dossier is not None else org_id
        if start_org is not None and self.org.findData(start_org) >= 0:
            self.org.setCurrentIndex(self.org.findData(start_org))
        self.org.setEnabled(dossier is None)
        today = service.today()
        self.request_date = date_edit(dossier.request_date if dossier else today, self.tr("Date of the request"))
        self.heard = QCheckBox(self.tr("&Heard (intake) on"))
        self.heard.setAccessibleName(self.tr("The requester was heard"))
        self.intake_date = date_edit((dossier.intake_date if dossier else None) or today, self.tr("Intake date"))
        self.heard.setChecked(dossier is None or dossier.intake_date is not None)
        self.intake_date.setEnabled(self.heard.isChecked())
        self.heard.toggled.connect(self.intake_date.setEnabled)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        self.code = QLineEdit(dossier.code if dossier else "")
        self.code.setAccessibleName(self.tr("Pseudonym or code"))
        self.code.setMaxLength(400)
        self._suggested = ""
        self.real_name = QLineEdit((dossier.real_name or "") if dossier else "")
        self.real_name.setAccessibleName(self.tr("Real name (optional, kept only in the vault)"))
        self.real_name.setEchoMode(QLineEdit.EchoMode.Password)
        self.real_name.setPlaceholderText(self.tr("optional"))
        self.reveal = QToolButton()
        self.reveal.setText(self.tr("Show"))
        self.reveal.setCheckable(True)
        self.reveal.setAccessibleName(self.tr("Show the real name"))
        self.reveal.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reveal.toggled.connect(self._reveal)

    def _build_count_fields(self, dossier: Dossier | None) -> None:
        """What the yearly counts use (gender, age band, role, sphere, relation, themes), the
        flags that trigger reminders, and the notes."""
        self.gender = QComboBox()
        self.gender.setAccessibleName(self.tr("Gender (for counts only)"))
        self.age_band = QComboBox()
        self.age_band.setAccessibleName(self.tr("Age band (for counts only)"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role (for counts only)"))
        self.sphere = QComboBox()
        self.sphere.setAccessibleName(self.tr("Sphere"))
        self.relation = QComboBox()
        self.relation.setAccessibleName(self.tr("Relation of the other party"))

        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Themes (Space ticks a theme)"))
        self.senior = QCheckBox(self.tr("A department head or &senior official is involved"))
        self.group = QCheckBox(self.tr("&Group problem"))
        self.formal = QCheckBox(self.tr("The requester considers a &formal request"))
        self.paps = QCheckBox(self.tr("The &PAPS is involved"))
        for cb in (self.senior, self.group, self.formal, self.paps):
            cb.setAccessibleName(cb.text().replace("&", ""))
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(NOTICE_STYLE)
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self.reminder.hide()
        self.notes = notes_edit(dossier.intake_notes if dossier else "", self.tr("Intake notes"))
        self.notes.setPlaceholderText(self.tr("What the requester told you, agreements made …"))

    def _build_layout(self) -> None:
        """Request and counts on the left, themes and flags on the right, notes below."""
        left = QFormLayout()
        left.addRow(self.tr("&Organisation:"), self.field("org_id", self.org))
        left.addRow(self.tr("&Request received on:"), self.field("request_date", self.request_date))
        left.addRow(self.heard, self.field("intake_date", self.intake_date))
        left.addRow("", self.deadline)
        left.addRow(self.tr("&Channel:"), self.field("channel", self.channel))
        left.addRow(self.tr("Pse&udonym:"), self.field("code", self.code))
        name_row = QWidget()
        nl = QHBoxLayout(name_row)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.real_name, 1)
        nl.addWidget(self.reveal)
        left.addRow(self.tr("Real &name:"), self.field("real_name", name_row))
        left.addRow(self.tr("Sph&ere:"), self.field("sphere", self.sphere))
        left.addRow(self.tr("Other part&y:"), self.field("relation", self.relation))
        left.addRow(self.tr("Gen&der:"), self.field("gender", self.gender))
        left.addRow(self.tr("&Age band:"), self.field("age_band", self.age_band))
        left.addRow(self.tr("Ro&le:"), self.field("role", self.role))
        right = QVBoxLayout()
        themes_label = QLabel(self.tr("&Themes:"))
        themes_label.setBuddy(self.themes)
        right.addWidget(themes_label)
        right.addWidget(self.field("themes", self.themes), 2)
        for cb in (self.senior, self.group, self.formal, self.paps):
            right.addWidget(cb)
        right.addWidget(self.reminder)
        right.addStretch(0)
        notes_label = QLabel(self.tr("&Intake notes:"))
        notes_label.setBuddy(self.notes)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(grid)
        inner.addWidget(notes_label)
        inner.addWidget(self.field("intake_notes", self.notes), 1)
        box = QVBoxLayout(self)
        box.addWidget(scrolling(content), 1)  # a short screen scrolls the form, Save stays in view
        box.addWidget(self.general_error)
        box.addLayout(self.button_row())
        order = [self.org, self.request_date, self.heard, self.intake_date, self.channel, self.code,
                 self.real_name, self.reveal, self.sphere, self.relation, self.gender, self.age_band,
                 self.role, self.themes, self.senior, self.group, self.formal, self.paps, self.notes,
                 self.buttons]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)

    def _reveal(self, on: bool) -> None:
        self.real_name.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.reveal.setText(self.tr("Hide") if on else self.tr("Show"))
