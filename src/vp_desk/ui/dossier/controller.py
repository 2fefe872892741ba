"""The dossier workflow in the main window: Dossier menu (new intake, contact, consent,
intervention, referral, close/reopen), the dossier view with its timeline, the due-items
panel and File → Delete organisation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
)

from vp_desk.domain.dates import format_day
from vp_desk.ui.common import seams
from vp_desk.ui.common.form_base import FormDialog
from vp_desk.ui.common.shell import Shell
from vp_desk.ui.dossier.aftercare_dialog import AftercareDialog
from vp_desk.ui.dossier.closure_dialog import ClosureDialog
from vp_desk.ui.dossier.consent_dialog import ConsentDialog
from vp_desk.ui.dossier.contact_dialog import ContactDialog
from vp_desk.ui.dossier.due_panel import DuePanel, DueRow
from vp_desk.ui.dossier.intake_dialog import IntakeDialog
from vp_desk.ui.dossier.intervention_dialog import InterventionDialog
from vp_desk.ui.dossier.referral_dialog import ReferralDialog
from vp_desk.ui.dossier.timeline_model import (
    TimelineEntry,
    TimelineModel,
)
from vp_desk.ui.dossier.view import DossierView
from vp_desk.usecases.desk import Invalid
from vp_desk.usecases.dossiers import DossierFlow
from vp_desk.usecases.errors import NotFound, OrganisationInUse, VaultError


class DossierController(QObject):
    """Owns the dossier actions, opens dialogs (window-modal, one at a time) and keeps the
    list, the dossier view and the due panel in step after every save."""

    dossier_saved = Signal(int)

    def __init__(self, window: Shell) -> None:
        super().__init__(window)
        self.window = window
        self.view: DossierView | None = None
        self.dialog: QDialog | None = None
        self.vault_actions: list[QAction] = []  # enabled while a vault is unlocked
        self.due_panel = DuePanel()  # the shell shows it as its "To do" page
        self.due_panel.action_requested.connect(self.do_due)
        self.due_panel.long_open_days_changed.connect(self._set_long_open_days)
        window.vault_view.dossier_activated.connect(self.open_dossier)
        window.vault_view.dossier_selected.connect(self.show_dossier)
        window.vault_view.organisation_changed.connect(lambda _o: self.refresh_due())
        window.vault_view.search.textChanged.connect(self._search_changed)
        self._build_actions()

    @property
    def flow(self) -> DossierFlow | None:
        return DossierFlow(self.window.service) if self.window.service is not None else None

    # -- actions ------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.vault_actions.append(act)
        return act

    def _build_actions(self) -> None:
        """The dossier actions; the shell puts them in its menus (see ``intake_actions``,
        ``record_actions``)."""
        self.new_intake_action = self._action("", self.new_intake, "Ctrl+N")
        self.edit_intake_action = self._action("", self.edit_intake, "Ctrl+E")
        self.contact_action = self._action("", self.add_contact, "Ctrl+1")
        self.consent_action = self._action("", self.add_consent, "Ctrl+2")
        self.intervention_action = self._action("", self.add_intervention, "Ctrl+3")
        self.referral_action = self._action("", self.add_referral, "Ctrl+4")
        self.close_action = self._action("", self.close_or_reopen, "Ctrl+5")
        self.delete_org_action = self._action("", self.delete_organisation)
        self.retranslate()
        self.intake_actions = (self.new_intake_action, self.edit_intake_action)
        self.record_actions = (self.contact_action, self.consent_action, self.intervention_action,
                               self.referral_action, self.close_action)

    def retranslate(self) -> None:
        """The actions' names in the current language (at start and after a change of language)."""
        for act, text in ((self.new_intake_action, self.tr("&New intake…")),
                          (self.edit_intake_action, self.tr("&Edit intake…")),
                          (self.contact_action, self.tr("Add &contact…")),
                          (self.consent_action, self.tr("Record c&onsent…")),
                          (self.intervention_action, self.tr("Add &intervention…")),
                          (self.referral_action, self.tr("Add &referral…")),
                          (self.close_action, self.tr("C&lose or reopen…")),
                          (self.delete_org_action, self.tr("&Delete organisation…"))):
            act.setText(text)
        self.due_panel.retranslate()
        if self._view_alive():  # the dossier in view, rebuilt in the new language
            self.view = DossierView(self, self.view.dossier_id, self.window.vault_view.search.text())
            self.window.vault_view.show_detail(self.view)

    # -- helpers ------------------------------------------------------------------
    def current_dossier_id(self) -> int | None:
        if self.view is not None and self._view_alive():
            return self.view.dossier_id
        return self.window.vault_view.selected_dossier_id()

    def _view_alive(self) -> bool:
        vv = self.window.vault_view
        return self.view is not None and vv.detail.indexOf(self.view) >= 0

    def _dossier(self):
        flow = self.flow
        if flow is None:
            return None
        dossier_id = self.current_dossier_id()
        if dossier_id is None:
            seams.inform(self.window, self.tr("No dossier"),
                         self.tr("Open a dossier first: select it in the list and press Enter."))
            return None
        try:
            return flow.service.dossier(dossier_id)
        except NotFound:
            return None

    def _show(self, dlg: QDialog, on_saved) -> None:
        self.dialog = dlg
        dlg.accepted.connect(lambda: on_saved(dlg))
        dlg.finished.connect(lambda _r: self._dialog_done(dlg))
        dlg.open()

    def _dialog_done(self, dlg: QDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None

    def after_save(self, dossier_id: int, select: tuple[str, int | None] | None = None) -> None:
        if self.window.service is None:
            return
        self.window.vault_view.reload(select_id=dossier_id)
        if self._view_alive() and self.view.dossier_id == dossier_id:
            self.view.reload()
        else:
            self.open_dossier(dossier_id)
        if select is not None and self.view is not None:
            self.view.select(*select)
        self.refresh_due()
        self.dossier_saved.emit(dossier_id)

    # -- dossier view -------------------------------------------------------------
    def open_dossier(self, dossier_id: int) -> None:
        """Show the dossier, select its row and go to its timeline (Enter, the due panel)."""
        self.show_dossier(dossier_id)
        if self._view_alive() and self.view.dossier_id == dossier_id:
            self.window.vault_view.select_dossier(dossier_id)
            self.view.table.setFocus()

    def do_due(self, action: str, dossier_id: int) -> None:
        """What a "To do" item's button does: open its dossier, then the dialog that settles
        it (``action`` names a dossier action, e.g. "edit_intake"; "open" only opens)."""
        self.open_dossier(dossier_id)
        if not self._view_alive() or self.view.dossier_id != dossier_id:
            return
        self.window.vault_view.navigation.show_page("dossiers")
        self.view.table.setFocus()
        slot = {"edit_intake": self.edit_intake, "add_referral": lambda: self.add_referral("paps"),
                "add_contact": self.add_contact, "close_or_reopen": self.close_or_reopen,
                "plan_aftercare": self.plan_aftercare}.get(action)
        if slot is not None:
            slot()

    def show_dossier(self, dossier_id: int) -> None:
        """Show the dossier beside the list, the one every dossier action then acts on (the
        selected row: a click or an arrow key); the keyboard stays where it is."""
        if self.window.service is None or (self._view_alive() and self.view.dossier_id == dossier_id):
            return
        try:
            self.window.service.dossier(dossier_id)
        except NotFound:
            return
        self.view = DossierView(self, dossier_id, self.window.vault_view.search.text())
        self.window.vault_view.show_detail(self.view)

    def _search_changed(self, text: str) -> None:
        if self._view_alive() and self.window.service is not None:
            self.view.show_match(text)

    # -- intake ---------------------------------------------------------------------
    def new_intake(self) -> None:
        service = self.window.service
        if service is None:
            return
        if not service.organisations():
            seams.inform(self.window, self.tr("New intake"),
                         self.tr("Add the organisation the requester works for first."))
            self.window.new_organisation()
            if not service.organisations():
                return
        org_id = self.window.vault_view.current_org_id()
        if org_id is None:  # "all organisations": the organisation of the dossier in view
            dossier_id = self.current_dossier_id()
            try:
                org_id = service.dossier(dossier_id).org_id if dossier_id is not None else None
            except NotFound:
                org_id = None
        orgs = service.organisations()
        if org_id is None and len(orgs) > 1:  # no organisation in view: ask which one
            pick = seams.choose(self.window, self.tr("New intake"), self.tr("For which organisation?"),
                                [o.name for o in orgs])
            if pick is None:
                return
            org_id = orgs[pick].id
        dlg = IntakeDialog(service, org_id=org_id, parent=self.window)
        self._show(dlg, self._intake_saved)

    def edit_intake(self) -> None:
        d = self._dossier()
        if d is None:
            return
        self._show(IntakeDialog(self.window.service, d, parent=self.window), self._intake_saved)

    def _intake_saved(self, dlg: IntakeDialog) -> None:
        if dlg.saved_id is None:
            return
        self.after_save(dlg.saved_id, ("intake", dlg.saved_id))
        d = self.window.service.dossier(dlg.saved_id)
        prof = self.window.service.profile_of(d.org_id)
        refs = self.window.service.referrals(d.id)
        if prof.code == "BE" and d.formal_request_considered and not any(r.destination == "paps" for r in refs):
            answer = seams.ask(self.window, self.tr("Referral to the PAPS"),
                               self.tr("The requester considers a formal request. In Belgium such a requester is "
                                       "always referred to the prevention adviser psychosocial aspects (PAPS). "
                                       "Record that referral now?"),
                               default=QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.add_referral()

    # -- records ------------------------------------------------------------------
    def add_contact(self) -> None:
        d = self._dossier()
        if d is not None:
            self._show(ContactDialog(self.window.service, d, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("contact", dlg.saved_id)))

    def add_consent(self) -> None:
        d = self._dossier()
        if d is not None:
            self._show(ConsentDialog(self.window.service, d, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("consent", dlg.saved_id)))

    def add_intervention(self) -> None:
        d = self._dossier()
        if d is not None:
            self._show(InterventionDialog(self.window.service, d, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("intervention", dlg.saved_id)))

    def add_referral(self, destination: str | None = None) -> None:
        d = self._dossier()
        if d is not None:
            self._show(ReferralDialog(self.window.service, d, destination=destination, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("referral", dlg.saved_id)))

    def plan_aftercare(self) -> None:
        d = self._dossier()
        if d is not None:
            self._show(AftercareDialog(self.window.service, d, parent=self.window), lambda dlg: self.after_save(d.id))

    def close_or_reopen(self) -> None:
        d = self._dossier()
        if d is not None:
            self._show(ClosureDialog(self.window.service, d, parent=self.window),
                       lambda dlg: self.after_save(d.id))

    def edit_entry(self, e: TimelineEntry) -> None:
        service = self.window.service
        d = self._dossier()
        if service is None or d is None:
            return
        if e.kind in ("request", "intake"):
            self.edit_intake()
        elif e.kind == "contact":
            self._show(ContactDialog(service, d, e.record, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("contact", dlg.saved_id)))
        elif e.kind in ("consent", "consent_withdrawn"):
            self._show(ConsentDialog(service, d, e.record, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("consent", dlg.saved_id)))
        elif e.kind == "intervention":
            self._show(InterventionDialog(service, d, e.record, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("intervention", dlg.saved_id)))
        elif e.kind == "referral":
            self._show(ReferralDialog(service, d, e.record, parent=self.window),
                       lambda dlg: self.after_save(d.id, ("referral", dlg.saved_id)))
        else:
            self.close_or_reopen()

    def delete_entry(self, e: TimelineEntry) -> None:
        flow = self.flow
        if flow is None:
            return
        title = self.tr("Delete entry")
        kind = "consent" if e.kind == "consent_withdrawn" else e.kind
        try:
            if kind in ("request", "intake", "closed", "reopened"):
                flow.delete_record(kind, e.record_id or 0)  # raises the explanation
            label = TimelineModel.kind_label(kind)
            answer = seams.ask(self.window, title,
                               self.tr("Delete this entry (%1 of %2)? This cannot be undone.").replace(
                                   "%1", label).replace("%2", format_day(e.date)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            flow.delete_record(kind, e.record_id)
        except Invalid as exc:
            seams.inform(self.window, title, "\n".join(m.render(QCoreApplication.translate) for m in exc.messages),
                         QMessageBox.Icon.Warning)
            return
        except VaultError as exc:
            seams.inform(self.window, title, exc.render(QCoreApplication.translate), QMessageBox.Icon.Warning)
            return
        self.after_save(self.view.dossier_id if self.view is not None else e.record.dossier_id)

    # -- due items ----------------------------------------------------------------
    def refresh_due(self) -> None:
        flow = self.flow
        if flow is None:
            self.due_panel.clear()
            return
        org_id = self.window.vault_view.current_org_id()
        items = flow.due_items(org_id)
        # the list above usually holds these summaries already; read only what it lacks
        summaries = {s.id: s for s in self.window.vault_view.model.summaries()}
        missing = {i.dossier_id for i in items if i.dossier_id is not None} - summaries.keys()
        if missing:
            summaries.update((s.id, s) for s in flow.service.dossier_summaries(ids=missing))
        rows = []
        for i in items:
            s = summaries.get(i.dossier_id)
            if s is not None:
                rows.append(DueRow(i, s.code, s.org_name, s.intake_date or s.request_date))
        self.due_panel.set_items(rows, flow.long_open_days())
        combo = self.window.vault_view.org_combo
        self.due_panel.set_scope(combo.currentText() if combo.count() else "")

    def _set_long_open_days(self, days: int) -> None:
        flow = self.flow
        if flow is None:
            return
        try:
            flow.set_long_open_days(days)
        except Invalid:
            return
        self.refresh_due()

    # -- organisations ------------------------------------------------------------
    def delete_organisation(self) -> None:
        service = self.window.service
        if service is None:
            return
        title = self.tr("Delete organisation")
        org_id = self.window.vault_view.current_org_id()
        if org_id is None:
            seams.inform(self.window, title, self.tr("Choose an organisation in the list at the top first."))
            return
        org = service.organisation(org_id)
        answer = seams.ask(self.window, title, self.tr("Delete the organisation “%1”? This cannot be undone.").replace(
            "%1", org.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.delete_organisation(org_id)
        except OrganisationInUse as exc:
            seams.inform(self.window, title, exc.render(QCoreApplication.translate), QMessageBox.Icon.Warning)
            return
        except VaultError as exc:
            seams.inform(self.window, title, exc.render(QCoreApplication.translate), QMessageBox.Icon.Warning)
            return
        self.window.vault_view.reload_organisations()
        self.window.vault_view.reload()
        self.refresh_due()

    # -- lock ---------------------------------------------------------------------
    def on_lock(self, _reason: str) -> None:
        """Keep the forms' drafts inside the vault, then drop every decrypted value we hold."""
        for dlg in self.window.findChildren(FormDialog):
            if dlg.isVisible():
                dlg.locking = True
                dlg.save_draft_now()
        # the window rejects open dialogs next; then none of them (open or closed earlier)
        # keeps typed text in memory
        for dlg in self.window.findChildren(FormDialog):
            dlg.deleteLater()
        self.dialog = None
        self.due_panel.clear()
        if self.view is not None:
            self.view.model.clear()
        self.view = None
