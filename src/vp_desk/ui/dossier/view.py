"""The dossier view: a header card with status chips above the timeline of one dossier
(every record in date order) and the search match, shown beside the list."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.dates import format_day
from vp_desk.domain.models import Status
from vp_desk.i18n import current_language
from vp_desk.ui.common.list_view import list_view, sort_proxy
from vp_desk.ui.common.styles import NOTICE_STYLE, QUIET_TEXT, chip, icon
from vp_desk.ui.dossier.crisis_card import CrisisCard
from vp_desk.ui.dossier.timeline_model import (
    ENTRY_ROLE,
    SORT_ROLE,
    TimelineEntry,
    TimelineModel,
    build_timeline,
)
from vp_desk.usecases.care import CareDesk

if TYPE_CHECKING:
    from vp_desk.ui.dossier.controller import DossierController


NARROW = 470  # below this width the record buttons go two to a row
CARD_MARGINS = 8 + 2 + 24  # the view's left margin, the card's border and its margins


class DossierView(QWidget):
    """The dossier as a card (pseudonym, organisation, status chips, the facts of the
    intake) above its timeline, with a button for every kind of record."""

    def __init__(self, controller: DossierController, dossier_id: int, search_text: str = "") -> None:
        super().__init__()
        self.controller = controller
        self.dossier_id = dossier_id
        self.search_text = search_text
        self.setAccessibleName(self.tr("Dossier"))
        card = self._build_card()
        self.model = TimelineModel(self)
        self.proxy = sort_proxy(self.model, self, SORT_ROLE)
        self.table = list_view(self.proxy, self.tr("Timeline"), zebra=True, fit_columns=False, row_padding=10,
                               sort_by=(TimelineModel.COL_DATE, Qt.SortOrder.AscendingOrder))
        header = self.table.horizontalHeader()
        header.resizeSection(TimelineModel.COL_DATE, self.table.fontMetrics().horizontalAdvance("00-00-0000") + 24)
        header.resizeSection(TimelineModel.COL_KIND, 120)
        header.setSectionResizeMode(TimelineModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        buttons = self._build_buttons()
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(icon("delete"), self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        entry_row = QHBoxLayout()
        hint = QLabel(self.tr("Enter edits the selected entry, Delete removes it."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {QUIET_TEXT};")
        entry_row.addWidget(hint, 1)
        entry_row.addWidget(self.edit_button)
        entry_row.addWidget(self.delete_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(8, 0, 0, 0)
        box.addWidget(card)
        box.addWidget(self.reminder)
        box.addWidget(self.crisis)
        box.addWidget(self.match)
        box.addLayout(buttons)
        box.addWidget(self.table, 1)
        box.addLayout(entry_row)
        order = [*self.add_buttons, self.close_button, self.aftercare_button, self.edit_intake_button, self.table,
                 self.edit_button, self.delete_button]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.reload()

    def _build_card(self) -> QFrame:
        """The header card: pseudonym and organisation, a row of status chips, the facts."""
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("Pseudonym and organisation"))
        self.chips = QVBoxLayout()  # rows of chips, refilled to the pane's width: they never widen the window
        self.chips.setSpacing(3)
        self.chip_labels: list[QLabel] = []
        self._chip_width = 0
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAccessibleName(self.tr("Dossier summary"))
        card = QFrame()
        card.setObjectName("dossierCard")
        card.setAccessibleName(self.tr("Dossier card"))
        inner = QVBoxLayout(card)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(6)
        inner.addWidget(self.title)
        inner.addLayout(self.chips)
        inner.addWidget(self.header)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(NOTICE_STYLE)
        self.reminder.hide()
        self.crisis = CrisisCard(self.controller.window.service, self)
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.match.setTextFormat(Qt.TextFormat.PlainText)
        self.match.setAccessibleName(self.tr("Search match"))
        self.match.setStyleSheet("color: #333; background: #eef4ff; padding: 4px;")
        self.match.hide()
        return card

    def _build_buttons(self) -> QGridLayout:
        """The record buttons, three to a row so that none is cut off at 1024 px."""
        c = self.controller
        self.add_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for text, slot in ((self.tr("Contact…"), c.add_contact), (self.tr("Consent…"), c.add_consent),
                           (self.tr("Intervention…"), c.add_intervention), (self.tr("Referral…"), c.add_referral)):
            b = QPushButton(text)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(lambda _c=False, slot=slot: slot())
            self.add_buttons.append(b)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(c.close_or_reopen)
        self.aftercare_button = QPushButton(self.tr("&Aftercare…"))
        self.aftercare_button.setAccessibleName(self.tr("Plan or remove the aftercare conversation"))
        self.aftercare_button.clicked.connect(c.plan_aftercare)
        self.edit_intake_button = QPushButton(icon("edit"), self.tr("Edit &intake…"))
        self.edit_intake_button.clicked.connect(c.edit_intake)
        self.button_grid, self._grid_columns = grid, 0
        self._arrange_buttons(3)
        return grid

    def _arrange_buttons(self, columns: int) -> None:
        """Three buttons to a row, two when the pane is narrow (1024 px screens)."""
        if columns == self._grid_columns:
            return
        self._grid_columns = columns
        for i, b in enumerate([*self.add_buttons, self.close_button, self.aftercare_button, self.edit_intake_button]):
            self.button_grid.removeWidget(b)
            self.button_grid.addWidget(b, i // columns, i % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._arrange_buttons(3 if event.size().width() >= NARROW else 2)
        self._arrange_chips(event.size().width() - CARD_MARGINS)
        super().resizeEvent(event)

    # -- content ------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the dossier: the card, the reminder, the timeline."""
        flow = self.controller.flow
        if flow is None:
            return
        keep = self.selected_entry()
        rec = flow.records(self.dossier_id)
        d = rec.dossier
        self.dossier = d
        service = flow.service
        prof = service.profile_of(d.org_id)
        org = service.organisation(d.org_id)
        lang = current_language()
        self.model.set_entries(build_timeline(d, rec.contacts, rec.consents, rec.interventions, rec.referrals,
                                              rec.events), prof, lang)
        esc = html.escape
        self.title.setText(f"<span style='font-size:15pt; font-weight:600'>{esc(d.code)}</span>"
                           f"&nbsp;&nbsp;<span style='color:{QUIET_TEXT}'>{esc(org.name)}</span>")
        paps_due = flow.paps_reminder(d)
        self._set_chips(self._chips(d, prof.name(lang), paps_due, flow.first_hearing_deadline(d)))
        self.header.setText("<br>".join(self._facts(d, prof, lang, service.delete_by(d))
                                        + self._aftercare(rec.aftercare, service.today())))
        self.crisis.show_for(d.org_id, d.themes)
        notes = []
        if paps_due:
            notes.append(self.tr("Support by the PAPS is mandatory for this dossier (unwanted sexual "
                                 "behaviour, a senior official involved or a group problem) and the "
                                 "PAPS is not involved yet."))
        unsigned = CareDesk(service).missing_signed_requests(d, rec.interventions)
        if unsigned:
            notes.append(self.tr("No signed request for an informal psychosocial intervention is recorded for: "
                                 "%1 (Dossier → Paper documents).").replace("%1", ", ".join(sorted(
                                     {prof.label("intervention_types", i.type, lang) for i in unsigned}))))
        self.reminder.setText("\n".join(notes))
        self.reminder.setVisible(bool(notes))
        self.show_match(self.search_text)
        closed = d.status is Status.CLOSED
        self.close_button.setText(self.tr("&Reopen…") if closed else self.tr("Cl&ose…"))
        self.close_button.setAccessibleName(self.tr("Reopen the dossier") if closed else self.tr("Close the dossier"))
        if keep is not None:
            self.select(keep.kind, keep.record_id)
        elif self.proxy.rowCount():
            self.table.selectRow(self.proxy.rowCount() - 1)

    def _chips(self, d, profile_name: str, paps_due: bool, deadline: date | None) -> list[tuple[str, str]]:
        """(text, tone) of each status chip: open/closed, profile, days open, flags."""
        today = date.today()
        chips = [(self.tr("Open"), "open") if d.status is Status.OPEN else (self.tr("Closed"), "closed"),
                 (profile_name, "practice")]
        if d.status is Status.OPEN:
            days = (today - (d.intake_date or d.request_date)).days
            chips.append((self.tr("open %n day(s)", "", days), "info"))
        if d.intake_date is None and d.status is Status.OPEN:
            if deadline is not None:
                tone = "overdue" if deadline < today else "obligation"
                chips.append((self.tr("hear by %1").replace("%1", format_day(deadline)), tone))
            else:
                chips.append((self.tr("not yet heard"), "info"))
        if paps_due:
            chips.append((self.tr("PAPS support required"), "obligation"))
        elif d.paps_involved:
            chips.append((self.tr("PAPS involved"), "practice"))
        for on, text in ((d.senior_involved, self.tr("senior official involved")), (d.group_problem, self.tr("group problem")),
                         (d.formal_request_considered, self.tr("formal request considered"))):
            if on:
                chips.append((text, "practice"))
        return chips

    def _set_chips(self, chips: list[tuple[str, str]]) -> None:
        for label in self.chip_labels:
            label.deleteLater()
        self.chip_labels = [chip(text, tone) for text, tone in chips]
        self._chip_width = 0
        self._arrange_chips(self.header.width() or self.width())

    def _arrange_chips(self, width: int) -> None:
        """As many chips to a row as ``width`` holds."""
        if width == self._chip_width or width <= 0:
            return
        self._chip_width = width
        while self.chips.count():
            row = self.chips.takeAt(0).layout()
            while row is not None and row.count():
                row.takeAt(0)
        row, used = None, 0
        for label in self.chip_labels:
            need = label.sizeHint().width()
            if row is None or (used and used + 6 + need > width):
                row, used = QHBoxLayout(), 0
                row.setSpacing(6)
                row.addStretch(1)
                self.chips.addLayout(row)
            row.insertWidget(row.count() - 1, label)
            used += need + (6 if used else 0)

    def _facts(self, d, prof, lang: str, delete_by: date | None) -> list[str]:
        """The lines under the chips: dates, channel, sphere, other party, themes, closure."""
        esc = html.escape
        dates = self.tr("Request: %1").replace("%1", format_day(d.request_date))
        if d.intake_date is not None:
            dates += " · " + self.tr("Intake: %1").replace("%1", format_day(d.intake_date))
        lines = [esc(dates)]
        lines.append(esc(" · ".join([prof.label("channels", d.channel, lang), prof.label("spheres", d.sphere, lang),
                                     self.tr("other party: %1").replace(
                                         "%1", prof.label("relations", d.relation, lang))])))
        lines.append("<b>" + esc(self.tr("Themes:")) + "</b> "
                     + esc(", ".join(prof.label("themes", t, lang) for t in d.themes)))
        lines += self._who_and_domains(d, prof, lang)
        if d.real_name:
            lines.append(esc(self.tr("real name recorded (hidden)")))
        if d.status is Status.CLOSED:
            lines.append(esc(self.tr("Closed on %1 — %2. Delete by %3.").replace("%1", format_day(d.closed_date)).replace(
                "%2", prof.label("outcomes", d.outcome, lang)).replace("%3", format_day(delete_by))))
        return lines

    def _who_and_domains(self, d, prof, lang: str) -> list[str]:
        """Who asks (older dossiers: not recorded) and, where the profile has them, the risk domains."""
        who = prof.label("requester_positions", d.requester, lang) if d.requester else self.tr("not recorded")
        out = ["<b>" + html.escape(self.tr("Who asks:")) + "</b> " + html.escape(who)]
        if prof.items("risk_domains"):
            domains = ", ".join(prof.label("risk_domains", k, lang) for k in d.domains) or self.tr("not recorded")
            out.append("<b>" + html.escape(self.tr("Risk domains:")) + "</b> " + html.escape(domains))
        return out

    def _aftercare(self, day: date | None, today: date) -> list[str]:
        if day is None:
            return []
        text = self.tr("Aftercare conversation on %1").replace("%1", format_day(day))
        if day <= today:
            text += " — " + self.tr("due")
        return ["<b>" + html.escape(text) + "</b>"]

    def show_match(self, text: str) -> None:
        """Where the search text occurs in this dossier (on screen only)."""
        self.search_text = text
        flow = self.controller.flow
        snippet = flow.service.snippet(text, self.dossier_id) if flow is not None and text.strip() else ""
        self.match.setText(self.tr("Search match: %1").replace("%1", snippet) if snippet else "")
        self.match.setVisible(bool(snippet))

    def select(self, kind: str, record_id: int | None) -> None:
        row = self.model.row_of(kind, record_id)
        if row is not None:
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(idx.row())
            self.table.scrollTo(idx)

    def selected_entry(self) -> TimelineEntry | None:
        idx = self.table.currentIndex()
        return idx.data(ENTRY_ROLE) if idx.isValid() else None

    def edit_selected(self) -> None:
        e = self.selected_entry()
        if e is not None:
            self.controller.edit_entry(e)

    def delete_selected(self) -> None:
        e = self.selected_entry()
        if e is not None:
            self.controller.delete_entry(e)
