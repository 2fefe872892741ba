"""The dossier view: the timeline of one dossier (every record in date order), its summary
line and the search match, shown beside the list."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from vp_desk.ui.common.styles import NOTICE_STYLE
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


class DossierView(QWidget):
    """Header and timeline of one dossier, with buttons for every kind of record."""

    def __init__(self, controller: DossierController, dossier_id: int, search_text: str = "") -> None:
        """Long: builds the header, the timeline and the record buttons in the order they are shown."""
        super().__init__()
        self.controller = controller
        self.dossier_id = dossier_id
        self.search_text = search_text
        self.setAccessibleName(self.tr("Dossier"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAccessibleName(self.tr("Dossier summary"))
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(NOTICE_STYLE)
        self.reminder.hide()
        self.crisis = CrisisCard(controller.window.service, self)
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.match.setTextFormat(Qt.TextFormat.PlainText)
        self.match.setAccessibleName(self.tr("Search match"))
        self.match.setStyleSheet("color: #333; background: #eef4ff; padding: 4px;")
        self.match.hide()

        self.model = TimelineModel(self)
        self.proxy = sort_proxy(self.model, self, SORT_ROLE)
        self.table = list_view(self.proxy, self.tr("Timeline"), zebra=True, fit_columns=False, row_padding=10,
                               sort_by=(TimelineModel.COL_DATE, Qt.SortOrder.AscendingOrder))
        header = self.table.horizontalHeader()
        header.resizeSection(TimelineModel.COL_DATE, 95)
        header.resizeSection(TimelineModel.COL_KIND, 140)
        header.setSectionResizeMode(TimelineModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.edit_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        c = controller
        self.add_buttons: list[QPushButton] = []
        add_row = QHBoxLayout()
        for text, slot in ((self.tr("Contact…"), c.add_contact), (self.tr("Consent…"), c.add_consent),
                           (self.tr("Intervention…"), c.add_intervention), (self.tr("Referral…"), c.add_referral)):
            b = QPushButton(text)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(slot)
            add_row.addWidget(b)
            self.add_buttons.append(b)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(c.close_or_reopen)
        add_row.addWidget(self.close_button)
        self.aftercare_button = QPushButton(self.tr("&Aftercare…"))
        self.aftercare_button.setAccessibleName(self.tr("Plan or remove the aftercare conversation"))
        self.aftercare_button.clicked.connect(c.plan_aftercare)
        add_row.addWidget(self.aftercare_button)
        add_row.addStretch(1)
        self.edit_intake_button = QPushButton(self.tr("Edit &intake…"))
        self.edit_intake_button.clicked.connect(c.edit_intake)
        add_row.addWidget(self.edit_intake_button)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        entry_row = QHBoxLayout()
        hint = QLabel(self.tr("Enter edits the selected entry, Delete removes it."))
        hint.setStyleSheet("color: #555;")
        entry_row.addWidget(hint, 1)
        entry_row.addWidget(self.edit_button)
        entry_row.addWidget(self.delete_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(6, 0, 0, 0)
        box.addWidget(self.header)
        box.addWidget(self.reminder)
        box.addWidget(self.crisis)
        box.addWidget(self.match)
        box.addLayout(add_row)
        box.addWidget(self.table, 1)
        box.addLayout(entry_row)
        order = [*self.add_buttons, self.close_button, self.aftercare_button, self.edit_intake_button, self.table,
                 self.edit_button, self.delete_button]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.reload()

    # -- content ------------------------------------------------------------------
    def _who_and_domains(self, d, prof, lang: str) -> list[str]:
        """Who asks (older dossiers: not recorded) and, where the profile has them, the risk domains."""
        who = prof.label("requester_positions", d.requester, lang) if d.requester else self.tr("not recorded")
        out = ["<b>" + html.escape(self.tr("Who asks:")) + "</b> " + html.escape(who)]
        if prof.items("risk_domains"):
            domains = ", ".join(prof.label("risk_domains", k, lang) for k in d.domains) or self.tr("not recorded")
            out.append("<b>" + html.escape(self.tr("Risk domains:")) + "</b> " + html.escape(domains))
        return out

    def reload(self) -> None:
        """Long: re-reads the dossier and rewrites the header, one line per fact, in the order shown."""
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
        status = self.tr("open") if d.status is Status.OPEN else self.tr("closed")
        lines = [f"<span style='font-size:15pt; font-weight:600'>{esc(d.code)}</span>"
                 f"&nbsp;&nbsp;{esc(org.name)} · {esc(prof.name(lang))} · <b>{esc(status)}</b>"]
        dates = self.tr("Request: %1").replace("%1", format_day(d.request_date))
        if d.intake_date is not None:
            dates += " · " + self.tr("Intake: %1").replace("%1", format_day(d.intake_date))
        else:
            deadline = flow.first_hearing_deadline(d)
            dates += " · " + self.tr("not yet heard")
            if deadline is not None:
                dates += " — " + self.tr("hear by %1").replace("%1", format_day(deadline))
        lines.append(esc(dates))
        lines.append(esc(" · ".join([prof.label("channels", d.channel, lang), prof.label("spheres", d.sphere, lang),
                                     self.tr("other party: %1").replace(
                                         "%1", prof.label("relations", d.relation, lang))])))
        lines.append("<b>" + esc(self.tr("Themes:")) + "</b> "
                     + esc(", ".join(prof.label("themes", t, lang) for t in d.themes)))
        lines += self._who_and_domains(d, prof, lang)
        flags = []
        if d.senior_involved:
            flags.append(self.tr("senior official involved"))
        if d.group_problem:
            flags.append(self.tr("group problem"))
        if d.formal_request_considered:
            flags.append(self.tr("formal request considered"))
        if d.paps_involved:
            flags.append(self.tr("PAPS involved"))
        if d.real_name:
            flags.append(self.tr("real name recorded (hidden)"))
        if flags:
            lines.append(esc(" · ".join(flags)))
        if d.status is Status.CLOSED:
            lines.append(esc(self.tr("Closed on %1 — %2. Delete by %3.").replace("%1", format_day(d.closed_date)).replace(
                "%2", prof.label("outcomes", d.outcome, lang)).replace("%3", format_day(service.delete_by(d)))))
        if rec.aftercare is not None:
            text = self.tr("Aftercare conversation on %1").replace("%1", format_day(rec.aftercare))
            if rec.aftercare <= service.today():
                text += " — " + self.tr("due")
            lines.append("<b>" + esc(text) + "</b>")
        self.header.setText("<br>".join(lines))
        self.crisis.show_for(d.org_id, d.themes)
        notes = []
        if flow.paps_reminder(d):
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
