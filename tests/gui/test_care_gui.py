"""Issue 15 through the real widgets: a referral as advice needs no consent, one where the
confidant contacts the destination does; aftercare from the closure dialog and the dossier
view into the due panel; the crisis card at intake and in the dossier view with the
organisation's steps; training certificates in My role."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from vp_desk.domain.models import Dossier, Organisation, OwnActivity
from vp_desk.ui.dossier.aftercare_dialog import AftercareDialog
from vp_desk.ui.dossier.closure_dialog import ClosureDialog
from vp_desk.ui.dossier.crisis_card import CrisisCard
from vp_desk.ui.dossier.intake_dialog import IntakeDialog
from vp_desk.ui.dossier.referral_dialog import ReferralDialog
from vp_desk.ui.organisation.dialog import OrganisationDialog
from vp_desk.ui.role.window import RoleWindow
from vp_desk.usecases.care import CareDesk

TODAY = date.today()
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def win(open_window):
    w = open_window("care.vpvault")
    org = Organisation(name="Zorgcentrum Test", profile="BE", appointment_date=date(2025, 1, 15))
    w.service.save_organisation(org)
    w.vault_view.reload_organisations(select=org.id)
    w.vault_view.reload()
    w.org = org
    return w


def _dossier(w, code="2026-001", themes=("stress",)) -> Dossier:
    d = Dossier(org_id=w.org.id, code=code, request_date=TODAY - timedelta(days=20),
                intake_date=TODAY - timedelta(days=20), channel="phone", themes=themes)
    w.service.save_dossier(d)
    w.vault_view.reload(select_id=d.id)
    w.features.dossiers.open_dossier(d.id)
    return d


def _save_key(qtbot, dlg) -> None:
    """Save with the keyboard: focus the Save button and press Space."""
    button = dlg.buttons.button(SAVE)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _due_whats(w) -> list[str]:
    m = w.features.dossiers.due_panel.model
    return [m.data(m.index(r, m.COL_WHAT)) for r in range(m.rowCount())]


def test_advice_to_see_the_gp_saves_without_consent_contacting_the_paps_does_not(qtbot, win):
    d = _dossier(win)
    c = win.features.dossiers
    c.referral_action.trigger()
    dlg = c.dialog
    assert isinstance(dlg, ReferralDialog) and dlg.advice.isChecked()  # the default: advice only
    dlg.destination.setCurrentIndex(dlg.destination.findData("external_help"))
    assert "No consent needed" in dlg.consent.label.text()
    _save_key(qtbot, dlg)
    assert not dlg.isVisible()
    [r] = win.service.referrals(d.id)
    assert r.destination == "external_help" and not r.confidant_contacts and r.consent_id is None
    m = c.view.model
    row = m.row_of("referral", r.id)
    assert "advice" in m.index(row, m.COL_DETAIL).data()  # the timeline says which kind

    # "I will contact the PAPS": refused without consent, with a clear message
    c.referral_action.trigger()
    dlg = c.dialog
    dlg.destination.setCurrentIndex(dlg.destination.findData("paps"))
    dlg.contacts.setFocus()
    qtbot.keyClick(dlg.contacts, Qt.Key.Key_Space)  # Tab reaches it; Space chooses it
    assert dlg.contacts.isChecked() and not dlg.advice.isChecked()
    assert "No consent of the requester is recorded" in dlg.consent.label.text()
    _save_key(qtbot, dlg)
    assert dlg.isVisible()
    msg = dlg.message_text("consent")
    assert "You contact or inform the destination" in msg and "Advice the requester acts on alone" in msg
    assert len(win.service.referrals(d.id)) == 1
    dlg.reject()


def test_aftercare_from_closure_and_dossier_view_into_the_due_panel(qtbot, win):
    d = _dossier(win, code="NAZORG-7")
    c = win.features.dossiers
    c.close_action.trigger()
    dlg = c.dialog
    assert isinstance(dlg, ClosureDialog) and not dlg.aftercare.isChecked()
    dlg.outcome.setCurrentIndex(dlg.outcome.findData("resolved_informally"))
    dlg.aftercare.setFocus()
    qtbot.keyClick(dlg.aftercare, Qt.Key.Key_Space)
    assert dlg.aftercare_date.isEnabled()
    dlg.aftercare_date.setDate(dlg.aftercare_date.date().currentDate())  # today: due at once
    _save_key(qtbot, dlg)
    assert not dlg.isVisible()
    assert CareDesk(win.service).aftercare(d.id) == TODAY
    assert "Aftercare conversation with NAZORG-7" in _due_whats(win)  # a closed dossier, still due
    assert "Aftercare conversation on" in c.view.header.text()

    # from the dossier view: the Aftercare button (Alt+A), then "Done — remove it"
    c.view.aftercare_button.setFocus()
    qtbot.keyClick(c.view.aftercare_button, Qt.Key.Key_Space)
    dlg = c.dialog
    assert isinstance(dlg, AftercareDialog) and dlg.done_button.isVisible()
    qtbot.keyClick(dlg.done_button, Qt.Key.Key_Space)
    assert not dlg.isVisible()
    assert CareDesk(win.service).aftercare(d.id) is None
    assert not any("Aftercare" in t for t in _due_whats(win))
    assert "Aftercare conversation on" not in c.view.header.text()

    # planned later: shown in the view, not yet due
    c.plan_aftercare()
    dlg = c.dialog
    dlg.date.setDate(dlg.date.date().currentDate().addDays(14))
    _save_key(qtbot, dlg)
    assert CareDesk(win.service).aftercare(d.id) == TODAY + timedelta(days=14)
    assert "Aftercare conversation on" in c.view.header.text()
    assert not any("Aftercare" in t for t in _due_whats(win))


def test_crisis_card_at_intake_and_in_the_dossier_view_with_the_organisations_steps(qtbot, win, tmp_path):
    dlg = OrganisationDialog(win.service, win.service.organisation(win.org.id))
    qtbot.addWidget(dlg)
    dlg.tabs.setCurrentIndex(2)
    qtbot.keyClicks(dlg.crisis_steps, "Blijf bij de persoon")
    qtbot.keyClick(dlg.crisis_steps, Qt.Key.Key_Return)
    qtbot.keyClicks(dlg.crisis_steps, "Bel de PAPS van Zorgcentrum Test")
    dlg._save()
    assert dlg.result() == 1

    c = win.features.dossiers
    c.new_intake_action.trigger()
    intake = c.dialog
    assert isinstance(intake, IntakeDialog)
    card = intake.crisis_card
    assert isinstance(card, CrisisCard) and not card.isVisibleTo(intake)
    row = next(i for i in range(intake.themes.count())
               if intake.themes.item(i).data(Qt.ItemDataRole.UserRole) == "suicide")
    intake.themes.setFocus()
    intake.themes.setCurrentRow(row)
    qtbot.keyClick(intake.themes, Qt.Key.Key_Space)
    assert card.isVisibleTo(intake)
    text = card.text.text()
    for part in ("1813", "www.zelfmoord1813.be", "113", "0800-0113", "113.nl", "Blijf bij de persoon",
                 "Bel de PAPS van Zorgcentrum Test", "nothing is sent or dialled"):
        assert part in text, part
    assert "red" not in card.styleSheet()
    intake.grab().save(str(tmp_path / "intake-crisis.png"))
    qtbot.keyClick(intake.themes, Qt.Key.Key_Space)  # unticked: the card goes
    assert not card.isVisibleTo(intake)
    intake.locking = True
    intake.reject()

    _dossier(win, code="Z-1", themes=("suicide",))
    assert c.view.crisis.isVisibleTo(c.view) and "1813" in c.view.crisis.text.text()
    _dossier(win, code="Z-2", themes=("stress",))
    assert not c.view.crisis.isVisibleTo(c.view)
    # the organisation switches the practice off: no card
    win.service.set_rule_switches(win.org.id, {"crisis_procedure": False})
    assert not c.view.crisis.show_for(win.org.id, ("suicide",))


def test_my_role_tracks_certificates_of_training_and_intervisie(qtbot, win):
    win.service.repo.save_own_activity(OwnActivity("intervisie", TODAY - timedelta(days=10), 7.0, win.org.id))
    win.features.actions.role.trigger()
    rw = win.features.windows.open[-1]
    assert isinstance(rw, RoleWindow)
    [cert] = [o for o in rw.ob_model.rows if o.kind == "certificates"]
    assert cert.status == "due"
    m = rw.act_model
    assert m.data(m.index(0, m.COL_CERTIFICATE)) == "missing"
    rw.act_table.setFocus()
    rw.act_table.setCurrentIndex(rw.act_proxy.index(0, 0))
    rw.certificate_button.setFocus()
    qtbot.keyClick(rw.certificate_button, Qt.Key.Key_Space)
    assert m.data(m.index(0, m.COL_CERTIFICATE)).startswith("filed")
    [cert] = [o for o in rw.ob_model.rows if o.kind == "certificates"]
    assert cert.status == "done"
    assert win.service.repo.own_activities()[0].certificate_date == TODAY


def test_the_access_view_shows_the_aftercare_date_and_each_referrals_kind(qtbot, win):
    from vp_desk.domain.models import Referral
    from vp_desk.ui.access.window import AccessView

    win.org.language = "en"  # the access view speaks the organisation's language
    win.service.save_organisation(win.org)
    d = _dossier(win, code="INZAGE-1")
    CareDesk(win.service).set_aftercare(d.id, TODAY + timedelta(days=7))
    win.features.dossiers.flow.save_referral(Referral(d.id, TODAY, "external_help", confidant_contacts=False))
    view = AccessView(win.service, d.id)
    qtbot.addWidget(view)
    text = view.record.toPlainText()
    assert "Aftercare conversation" in text and (TODAY + timedelta(days=7)).strftime("%d-%m-%Y") in text
    assert "advice: you contact them yourself" in text


def test_my_role_speaks_of_proof_of_attendance_for_a_dutch_organisation(qtbot, win):
    nl = Organisation(name="Gemeente Test", profile="NL")
    win.service.save_organisation(nl)
    win.service.repo.save_own_activity(OwnActivity("extra_training", TODAY - timedelta(days=3), 7.0, nl.id))
    rw = RoleWindow(win.service, org_id=nl.id)
    qtbot.addWidget(rw)
    m = rw.act_model
    assert m.headerData(m.COL_CERTIFICATE, Qt.Orientation.Horizontal) == "Proof of attendance"
    assert rw.certificate_button.text() == "Proof &filed"
    [cert] = [o for o in rw.ob_model.rows if o.kind == "certificates"]
    assert "proof of attendance" in cert.render()
    rw.org.setCurrentIndex(rw.org.findData(win.org.id))  # the Belgian one: "certificate"
    assert rw.certificate_button.text() == "Certificate &filed"


def test_every_informal_intervention_type_reminds_of_its_signed_request(qtbot, win):
    """Paper trail (BE): a conversation ("gesprek") needs a dated, signed request too, not only
    an intervention with a third person; the dossier view and Paper documents say so."""
    from vp_desk.domain.models import Intervention, PaperDocument
    from vp_desk.ui.access.window import PaperDocumentsDialog

    d = _dossier(win, code="PAPIER-1")
    win.service.save_intervention(Intervention(d.id, TODAY - timedelta(days=5), "conversation"))
    c = win.features.dossiers
    c.after_save(d.id)
    assert c.view.reminder.isVisibleTo(c.view) and "signed request" in c.view.reminder.text()
    dlg = PaperDocumentsDialog(win.service, d.id)
    qtbot.addWidget(dlg)
    assert "Reminder" in dlg.reminder.text() and "Gesprek" in dlg.reminder.text()
    win.service.save_paper_document(PaperDocument(d.id, "request_informal", TODAY - timedelta(days=5),
                                                  intervention_type="conversation"))
    dlg.reload()
    assert dlg.reminder.text() == ""
    c.after_save(d.id)
    assert not c.view.reminder.isVisibleTo(c.view)


def test_alt_a_in_the_dossier_view_opens_the_aftercare_dialog(qtbot, win):
    """Keyboard reachable: Alt+A (the button's mnemonic, not taken by a menu) from the timeline."""
    from PySide6.QtWidgets import QApplication

    _dossier(win, code="TOETS-1")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    c = win.features.dossiers
    c.view.table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(c.dialog, AftercareDialog) and c.dialog.isVisible(), timeout=2000)
    qtbot.keyClick(c.dialog.date, Qt.Key.Key_Return)  # Enter plans it (default date: six weeks on)
    assert CareDesk(win.service).aftercare(c.view.dossier_id) == TODAY + timedelta(weeks=6)


def test_crisis_card_for_a_dutch_organisation_names_113_first(qtbot, win):
    """The Netherlands' theme list has its own suicidal-thoughts theme, so a Dutch dossier
    gets the card too, with 113 before the Belgian line."""
    nl = Organisation(name="Zorg NL", profile="NL")
    win.service.save_organisation(nl)
    d = Dossier(org_id=nl.id, code="NL-Z", request_date=TODAY - timedelta(days=3),
                intake_date=TODAY - timedelta(days=3), channel="phone", themes=("suicide",))
    win.service.save_dossier(d)
    win.vault_view.reload(select_id=d.id)
    win.features.dossiers.open_dossier(d.id)
    view = win.features.dossiers.view
    assert view.crisis.isVisibleTo(view)
    text = view.crisis.text.text()
    assert "0800-0113" in text and text.index("113") < text.index("1813")


def test_the_access_view_shows_every_closings_own_note(qtbot, win):
    from vp_desk.ui.access.window import AccessView
    from vp_desk.usecases.dossiers import DossierFlow

    win.org.language = "en"
    win.service.save_organisation(win.org)
    d = _dossier(win, code="TWEEMAAL")
    flow = DossierFlow(win.service)
    flow.close(d.id, TODAY - timedelta(days=10), "resolved_informally", note="Eerste: Reigersnest")
    flow.reopen(d.id, TODAY - timedelta(days=5))
    flow.close(d.id, TODAY - timedelta(days=1), "referred", note="Tweede: Ooievaarsnest")
    view = AccessView(win.service, d.id)
    qtbot.addWidget(view)
    text = view.record.toPlainText()
    assert "Closing note: Eerste: Reigersnest" in text  # the first closing keeps its note
    assert text.count("Tweede: Ooievaarsnest") == 1  # the current one, once, as the dossier's
