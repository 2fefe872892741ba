"""Dossier → Access view (right of access: everything stored about the requester, read
only, on screen; the confidant's working notes separated and hidden by a toggle) and
Dossier → Paper documents (the BE request form and interview confirmation, signed on
paper: the dossier records that, when, and which intervention type was chosen)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import PaperDocument
from vp_desk.domain.validation import PAPER_KINDS, QT_TRANSLATE_NOOP, validate_paper
from vp_desk.i18n import current_language, translate_in
from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import FormDialog, date_edit, fill_combo, pydate
from vp_desk.ui.common.list_view import list_view
from vp_desk.ui.common.row_model import RowsModel
from vp_desk.ui.common.styles import WARNING_STYLE
from vp_desk.usecases.care import CareDesk
from vp_desk.usecases.desk import DeskService, Invalid

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


PAPER_KIND_TEXTS = {
    "request_informal": QT_TRANSLATE_NOOP("PaperDocuments", "Request for an informal psychosocial intervention"),
    "confirmation_interview": QT_TRANSLATE_NOOP("PaperDocuments", "Document confirming the personal interview"),
}


def signed_request_reminder(prof, missing) -> str:
    """The BE reminder for interventions whose type has no signed request (rule ``signed_request``), or ""."""
    if not missing:
        return ""
    labels = ", ".join(sorted({prof.label("intervention_types", i.type, current_language()) for i in missing}))
    return QCoreApplication.translate(
        "PaperDocuments", "Reminder: no signed request for an informal psychosocial intervention is recorded "
        "for %1. Every type the worker chooses needs one, dated and signed by the worker and you, with a copy "
        "for the worker.").replace("%1", labels) + " (" + prof.rule("signed_request").source(current_language()) + ")"


def paper_kind_text(kind: str, lang: str | None = None) -> str:
    """The document's name in the app's language, or in ``lang``."""
    text = PAPER_KIND_TEXTS.get(kind, PAPER_KIND_TEXTS["confirmation_interview"])
    return translate_in(lang, "PaperDocuments", text) if lang else QCoreApplication.translate("PaperDocuments", text)


class AccessView(QWidget):
    """Read-only view of one dossier for the requester exercising the right of access,
    in the language of the dossier's organisation (not the app's): it is read with the
    requester, whose language that is."""

    def __init__(self, service: DeskService, dossier_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.dossier_id = dossier_id
        self.lang = service.organisation(service.dossier(dossier_id).org_id).language
        self.setWindowTitle(self.tr("Access view"))
        fit_to_screen(self, 900, 760)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.25)
        self.setFont(big)
        self.record = QTextBrowser()
        self.record.setAccessibleName(self.tr("What is stored about the requester"))
        self.record.setOpenLinks(False)
        self.toggle = QCheckBox(self.tr("Show my working notes (contact, intervention and referral notes)"))
        self.toggle.setAccessibleName(self.tr("Show working notes"))
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Working notes of the confidant"))
        self.notes.setOpenLinks(False)
        self.notes.setStyleSheet("QTextBrowser { background: #fff8e5; }")
        self.notes.hide()
        self.toggle.toggled.connect(self.notes.setVisible)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Read only. Go through this with the requester on screen; nothing is printed "
                                     "or exported.")))
        box.addWidget(self.record, 3)
        box.addWidget(self.toggle)
        box.addWidget(self.notes, 2)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(close)
        box.addLayout(row)
        self.refresh()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        """This view's texts in the organisation's language."""
        return translate_in(self.lang, "AccessView", text)

    def refresh(self) -> None:
        """Long: writes every section of the access view in the order it is shown, one block per kind of record."""
        e = html.escape
        desk = self.service
        d = desk.dossier(self.dossier_id)
        org = desk.organisation(d.org_id)
        prof = profile(org.profile)
        lang = self.lang
        yes, no = self.tr("yes"), self.tr("no")

        def table(rows) -> str:
            return "<table cellpadding='3'>" + "".join(
                f"<tr><td valign='top'><b>{e(a)}</b></td><td>{e(str(b)).replace(chr(10), '<br>')}</td></tr>"
                for a, b in rows) + "</table>"

        parts = ["<h2>" + e(self.tr("Dossier %1").replace("%1", d.code)) + "</h2>"]
        parts.append(table([
            (self.tr("Organisation"), org.name),
            (self.tr("Pseudonym / code"), d.code),
            (self.tr("Name"), d.real_name or self.tr("(not recorded)")),
            (self.tr("Date of the request"), format_day(d.request_date)),
            (self.tr("Date of the intake"), format_day(d.intake_date)),
            (self.tr("Channel"), prof.label("channels", d.channel, lang)),
            (self.tr("Themes"), ", ".join(prof.label("themes", t, lang) for t in d.themes)),
            (self.tr("Sphere"), prof.label("spheres", d.sphere, lang)),
            (self.tr("Other party"), prof.label("relations", d.relation, lang)),
            (self.tr("Gender"), prof.label("genders", d.gender, lang) or self.tr("(not recorded)")),
            (self.tr("Age band"), prof.label("age_bands", d.age_band, lang) or self.tr("(not recorded)")),
            (self.tr("Role"), prof.label("roles", d.role, lang) or self.tr("(not recorded)")),
            (self.tr("Department head or senior official involved"), yes if d.senior_involved else no),
            (self.tr("Group problem"), yes if d.group_problem else no),
            (self.tr("Formal request considered"), yes if d.formal_request_considered else no),
            (self.tr("Prevention adviser psychosocial aspects (PAPS) involved"), yes if d.paps_involved else no),
            (self.tr("Status"), self.tr("closed") if d.closed_date else self.tr("open")),
            (self.tr("Closed on"), format_day(d.closed_date)),
            (self.tr("Outcome"), prof.label("outcomes", d.outcome, lang)),
            (self.tr("To be erased on"), format_day(self.service.delete_by(d)) or self.tr("(open dossier: not yet set)")),
            (self.tr("Aftercare conversation"), format_day(CareDesk(desk).aftercare(d.id)) or "—"),
        ]))
        parts.append("<h3>" + e(self.tr("What you told at the intake")) + f"</h3><p>{e(d.intake_notes or '—')}</p>")
        if d.closure_note and d.closed_date:  # after a reopening the note belongs to the history
            parts.append("<h3>" + e(self.tr("Closing note")) + f"</h3><p>{e(d.closure_note)}</p>")
        consents = desk.consents(d.id)
        parts.append("<h3>" + e(self.tr("Consents")) + "</h3>")
        parts.append(table([(format_day(c.given_date), f"{prof.label('consent_scopes', c.scope, lang)}"
                             + (f" — {c.description}" if c.description else "")
                             + (" — " + self.tr("withdrawn on %1").replace("%1", format_day(c.withdrawn_date))
                                if c.withdrawn_date else "")) for c in consents]) if consents else "<p>—</p>")
        contacts = desk.contacts(d.id)
        parts.append("<h3>" + e(self.tr("Contacts")) + "</h3>")
        parts.append(table([(format_day(c.date), f"{prof.label('contact_kinds', c.kind, lang)}, "
                             + self.tr("%1 min").replace("%1", str(c.minutes))) for c in contacts])
                     if contacts else "<p>—</p>")
        interventions = desk.interventions(d.id)
        parts.append("<h3>" + e(self.tr("Interventions")) + "</h3>")
        parts.append(table([(format_day(i.date), prof.label("intervention_types", i.type, lang)) for i in interventions])
                     if interventions else "<p>—</p>")
        referrals = desk.referrals(d.id)
        parts.append("<h3>" + e(self.tr("Referrals")) + "</h3>")
        parts.append(table([(format_day(r.date), prof.label("referral_destinations", r.destination, lang)
                             + " (" + (self.tr("contacted by me, with your consent") if r.confidant_contacts
                                       else self.tr("advice: you contact them yourself")) + ")"
                             + (" — " + r.outcome if r.outcome else "")) for r in referrals])
                     if referrals else "<p>—</p>")
        papers = desk.paper_documents(d.id)
        parts.append("<h3>" + e(self.tr("Paper documents")) + "</h3>")
        parts.append(table([(format_day(p.signed_date), paper_kind_text(p.kind, lang)) for p in papers]) if papers else "<p>—</p>")
        events = desk.status_events(d.id)
        if events:
            parts.append("<h3>" + e(self.tr("History")) + "</h3>")
            parts.append(table(self.history_rows(d, events, prof)))
        self.record.setHtml("".join(parts))
        notes = [(format_day(c.date), self.tr("Contact"), c.notes) for c in contacts if c.notes]
        notes += [(format_day(i.date), self.tr("Intervention"), i.notes) for i in interventions if i.notes]
        notes += [(format_day(r.date), self.tr("Referral"), r.notes) for r in referrals if r.notes]
        body = "".join(f"<p><b>{e(a)} — {e(b)}</b><br>{e(c).replace(chr(10), '<br>')}</p>" for a, b, c in notes)
        self.notes.setHtml("<h3>" + e(self.tr("Working notes of the confidant")) + "</h3>" + (body or "<p>—</p>"))

    def history_rows(self, d, events, prof) -> list[tuple[str, str]]:
        """Closings (with their outcome and each its own note) and reopenings; the current
        closing's note is shown once, as the dossier's, not again here."""
        last_closed = max((i for i, s in enumerate(events) if s.kind == "closed"), default=None)
        rows = []
        for i, s in enumerate(events):
            if s.kind != "closed":
                rows.append((format_day(s.date), self.tr("reopened")))
                continue
            text = self.tr("closed")
            if s.outcome:
                text += " — " + prof.label("outcomes", s.outcome, self.lang)
            if s.note and not (i == last_closed and d.closed_date is not None):
                text += "\n" + self.tr("Closing note: %1").replace("%1", s.note)
            rows.append((format_day(s.date), text))
        return rows

    def shutdown(self) -> None:
        self.record.clear()
        self.notes.clear()


class PaperModel(RowsModel):
    columns = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prof = profile("BE")

    def headers(self) -> list[str]:
        return [self.tr("Signed on"), self.tr("Document"), self.tr("Intervention type"),
                self.tr("Copy to the worker")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.DisplayRole:
            return [format_day(p.signed_date), paper_kind_text(p.kind),
                    self.prof.label("intervention_types", p.intervention_type, current_language()),
                    self.tr("yes") if p.copy_given else self.tr("no")][index.column()]
        return None


class PaperDocumentsDialog(FormDialog):
    """The dossier's signed paper documents; add a new one at the bottom."""

    def __init__(self, service: DeskService, dossier_id: int, parent=None) -> None:
        super().__init__(service, parent)
        self.dossier_id = dossier_id
        d = service.dossier(dossier_id)
        self.dossier = d
        self.prof = service.profile_of(d.org_id)
        self.setWindowTitle(self.tr("Paper documents — %1").replace("%1", d.code))
        fit_to_screen(self, 760, 520)
        self.model = PaperModel(self)
        self.table = list_view(self.model, self.tr("Signed paper documents"), multi=True, wrap=True)
        # the two long names share the width and wrap, the rows grow: no column cut off or scrolled away
        header = self.table.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(WARNING_STYLE)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Document"))
        for k in PAPER_KINDS:
            self.kind.addItem(paper_kind_text(k), k)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Intervention type chosen on the form"))
        fill_combo(self.type, self.prof, "intervention_types", None)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.type.setEnabled(self.kind.currentData() == "request_informal"))
        self.signed = date_edit(service.today(), self.tr("Signed on"))
        self.copy = QCheckBox(self.tr("Signed by the worker and me; copy given to the worker"))
        self.copy.setAccessibleName(self.tr("Copy given to the worker"))
        self.copy.setChecked(True)
        self.delete_button = QPushButton(self.tr("De&lete selected record"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Record signed document"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))
        info = QLabel(self.tr("These documents are signed on paper and kept on paper. Here you record that each "
                              "was completed and signed, and when. Blank forms: Tools → Blank forms."))
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.field("kind", self.kind))
        form.addRow(self.tr("Intervention &type:"), self.field("intervention_type", self.type))
        form.addRow(self.tr("&Signed on:"), self.field("signed_date", self.signed))
        form.addRow("", self.copy)
        box = QVBoxLayout(self)
        box.addWidget(info)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.reminder, 1)
        row.addWidget(self.delete_button)
        box.addLayout(row)
        box.addLayout(form)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        if self.prof.code != "BE":
            self.reminder.setText(self.tr("These Belgian documents do not apply to a Dutch organisation."))
        self.reload()
        self.kind.setFocus()

    def reload(self) -> None:
        desk = self.service
        papers = desk.paper_documents(self.dossier_id)
        self.model.set_rows(papers)
        if self.prof.code == "BE":
            self.reminder.setText(signed_request_reminder(self.prof, CareDesk(desk).missing_signed_requests(
                self.dossier)))

    def value(self) -> PaperDocument:
        kind = self.kind.currentData()
        return PaperDocument(dossier_id=self.dossier_id, kind=kind, signed_date=pydate(self.signed.date()),
                             intervention_type=self.type.currentData() if kind == "request_informal" else None,
                             copy_given=self.copy.isChecked())

    def save(self) -> None:
        p = self.value()
        from vp_desk.domain.validation import dossier_start

        msgs = validate_paper(p, self.prof.keys("intervention_types"), self.service.today(),
                              dossier_start(self.dossier))
        if msgs:
            raise Invalid(msgs)
        self.service.save_paper_document(p)

    def saved_ok(self) -> None:
        """Recording a document keeps the dialog open with the list refreshed."""
        self.reload()

    def delete_selected(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        if seams.ask(self, self.tr("Paper documents"), self.tr("Delete this record? (The paper itself is not "
                                                              "affected.)")) != QMessageBox.StandardButton.Yes:
            return
        self.service.delete_paper_document(idx.data(ID_ROLE))
        self.reload()

    def shutdown(self) -> None:
        self.model.set_rows([])
