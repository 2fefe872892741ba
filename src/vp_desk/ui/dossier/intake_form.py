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
    QSizePolicy,
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

        self.requester = QComboBox()
        self.requester.setAccessibleName(self.tr("Who asks: the requester's position"))
        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Themes (Space ticks a theme)"))
        self.domains = QListWidget()
        self.domains.setAccessibleName(self.tr("Risk domains (Space ticks a domain)"))
        self.senior = QCheckBox(self.tr("A department head or &senior official is involved"))
        self.group = QCheckBox(self.tr("&Group problem"))
        self.formal = QCheckBox(self.tr("The requester considers a &formal request"))
        self.paps = QCheckBox(self.tr("The PAPS is in&volved"))
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
        """Request and counts on the left, themes and risk domains on the right, notes and
        flags below. Tab visits what every intake needs first (dates, the four choices,
        themes, domains, notes, flags, Save) and then what is prefilled or optional (heard,
        pseudonym, real name, gender, age band, role); Alt+letter reaches any field."""
        grid = QGridLayout()
        grid.addLayout(self._left_column(), 0, 0)
        grid.addLayout(self._right_column(), 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        notes_label = QLabel(self.tr("&Intake notes:"))
        notes_label.setBuddy(self.notes)
        # the notes take the room that is left (the flags under them stay in view at 1024x700)
        self.notes.setMinimumHeight(90)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        flags = QGridLayout()
        for i, cb in enumerate((self.senior, self.group, self.formal, self.paps)):
            flags.addWidget(cb, i // 2, i % 2)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(grid)
        inner.addWidget(notes_label)
        inner.addWidget(self._field("intake_notes", self.notes), 1)
        inner.addLayout(flags)
        inner.addWidget(self.reminder)
        box = QVBoxLayout(self)
        box.addWidget(scrolling(content), 1)  # a short screen scrolls the form, Save stays in view
        box.addWidget(self.general_error)
        box.addLayout(self.button_row())
        order = [self.org, self.request_date, self.intake_date, self.channel, self.requester, self.sphere,
                 self.relation, self.themes, self.domains, self.notes, self.senior, self.group, self.formal,
                 self.paps, *self.buttons.buttons(), self.heard, self.code, self.real_name, self.reveal, self.gender,
                 self.age_band, self.role]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)

    def _left_column(self) -> QFormLayout:
        """The request and the count-only fields, each label's mnemonic on its own field."""
        left = QFormLayout()

        def row(text: str, name: str, widget: QWidget, shown: QWidget | None = None) -> None:
            """A labelled row whose mnemonic (Alt+letter) reaches ``widget`` itself (a label
            whose buddy is the field's message container would not: that takes no focus)."""
            label = QLabel(text)
            label.setBuddy(widget)
            left.addRow(label, shown if shown is not None else self._field(name, widget))

        row(self.tr("&Organisation:"), "org_id", self.org)
        row(self.tr("&Request received on:"), "request_date", self.request_date)
        left.addRow(self.heard, self._field("intake_date", self.intake_date))
        left.addRow("", self.deadline)
        row(self.tr("&Channel:"), "channel", self.channel)
        row(self.tr("&Who asks:"), "requester", self.requester)
        row(self.tr("S&phere:"), "sphere", self.sphere)
        row(self.tr("Other part&y:"), "relation", self.relation)
        row(self.tr("Pse&udonym:"), "code", self.code)
        name_row = QWidget()
        nl = QHBoxLayout(name_row)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.real_name, 1)
        nl.addWidget(self.reveal)
        row(self.tr("Real &name:"), "real_name", self.real_name, self._field("real_name", name_row))
        row(self.tr("Gen&der:"), "gender", self.gender)
        row(self.tr("&Age band:"), "age_band", self.age_band)
        row(self.tr("Ro&le:"), "role", self.role)
        return left

    def _right_column(self) -> QVBoxLayout:
        """Themes and (Belgium) the risk domains, as checklists."""
        right = QVBoxLayout()
        themes_label = QLabel(self.tr("&Themes:"))
        themes_label.setBuddy(self.themes)
        self.domains_label = QLabel(self.tr("Risk do&mains:"))
        self.domains_label.setBuddy(self.domains)
        self.domains_box = self._field("domains", self.domains)
        right.addWidget(themes_label)
        right.addWidget(self._field("themes", self.themes))
        right.addWidget(self.domains_label)
        right.addWidget(self.domains_box)
        right.addStretch(1)
        return right

    def _field(self, name: str, widget: QWidget) -> QWidget:
        """``field()``'s container (room for messages) without its focus proxy: Qt enters a
        container with a proxy where the container sits in the focus chain, which would undo
        the tab order set in ``_build_layout`` (the labels' buddies are the fields themselves)."""
        box = self.field(name, widget)
        box.setFocusProxy(None)
        box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return box

    def _reveal(self, on: bool) -> None:
        self.real_name.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.reveal.setText(self.tr("Hide") if on else self.tr("Show"))
