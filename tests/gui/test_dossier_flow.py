"""The life of a dossier driven through the real widgets: intake, contact, consent-bound
intervention, referral, closure, reopening, search, drafts, bad input, due items."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from vp_desk.domain.models import Consent, Contact, Dossier, Organisation, Status
from vp_desk.ui.common import seams
from vp_desk.ui.common.form_base import FormDialog, qdate
from vp_desk.ui.dossier.consent_dialog import ConsentDialog
from vp_desk.ui.dossier.intake_dialog import IntakeDialog
from vp_desk.ui.dossier.timeline_model import KIND_ROLE

from ..conftest import PASSPHRASE

TODAY = date.today()
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def win(open_window):
    return open_window("flow.vpvault")


def _org(w, name="Zorgcentrum Test", prof="BE") -> Organisation:
    org = Organisation(name=name, profile=prof)
    w.service.save_organisation(org)
    w.vault_view.reload_organisations(select=org.id)
    w.vault_view.reload()
    return org


def _save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.buttons.button(SAVE), Qt.MouseButton.LeftButton)


def _kinds(w) -> list[str]:
    view = w.features.dossiers.view
    m = view.proxy
    return [m.index(r, 0).data(KIND_ROLE) for r in range(m.rowCount())]


def _pick(combo: QComboBox, key) -> None:
    idx = combo.findData(key)
    assert idx >= 0, key
    combo.setCurrentIndex(idx)


def _new_intake(qtbot, w, notes="Verzoeker vertelt over de reorganisatie", code=None) -> IntakeDialog:
    c = w.features.dossiers
    c.new_intake_action.trigger()
    dlg = c.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.isVisible()
    if code is not None:
        dlg.code.clear()
        qtbot.keyClicks(dlg.code, code)
    dlg.themes.setFocus()
    dlg.themes.setCurrentRow(0)
    qtbot.keyClick(dlg.themes, Qt.Key.Key_Space)  # keyboard ticks the first theme
    qtbot.keyClicks(dlg.notes, notes)
    return dlg


def test_the_whole_life_of_a_dossier(qtbot, win):
    w = win
    org = _org(w)
    c = w.features.dossiers
    assert c.new_intake_action.shortcut().toString() == "Ctrl+N"

    # -- intake -------------------------------------------------------------------
    dlg = _new_intake(qtbot, w)
    assert dlg.code.text() == f"{TODAY.year}-001"  # suggested pseudonym
    assert dlg.checked_themes() == ["stress"]
    _save(qtbot, dlg)
    assert not dlg.isVisible()
    d = w.service.repo.dossier(dlg.saved_id)
    assert d.org_id == org.id and d.intake_date == TODAY and d.themes == ("stress",)
    assert d.intake_notes == "Verzoeker vertelt over de reorganisatie"
    assert c.view is not None and c.view.dossier_id == d.id
    assert w.vault_view.selected_dossier_id() == d.id
    assert _kinds(w) == ["intake"]
    assert w.service.repo.get_draft("intake:new") is None

    # -- contact ------------------------------------------------------------------
    c.contact_action.trigger()
    dlg = c.dialog
    dlg.minutes.setValue(45)
    qtbot.keyClicks(dlg.notes, "Tweede gesprek")
    _save(qtbot, dlg)
    assert [(x.minutes, x.notes) for x in w.service.repo.contacts(d.id)] == [(45, "Tweede gesprek")]
    assert _kinds(w) == ["intake", "contact"]

    # -- intervention with a third person: refused without consent ---------------
    c.intervention_action.trigger()
    dlg = c.dialog
    _pick(dlg.type, "intervention_other")
    assert dlg.consent.record.isVisibleTo(dlg)
    qtbot.keyClicks(dlg.notes, "Gesprek met de leidinggevende")
    _save(qtbot, dlg)
    assert dlg.isVisible()
    assert "consent" in dlg.message_text("consent")
    assert dlg.notes.toPlainText() == "Gesprek met de leidinggevende"  # nothing lost
    assert w.service.repo.interventions(d.id) == []
    # record the consent right there
    qtbot.mouseClick(dlg.consent.record, Qt.MouseButton.LeftButton)
    cdlg = dlg.consent.consent_dialog
    assert isinstance(cdlg, ConsentDialog) and cdlg.scope.currentData() == "intervention_other"
    qtbot.keyClicks(cdlg.description, "Mondeling akkoord")
    _save(qtbot, cdlg)
    assert not cdlg.isVisible()
    assert not dlg.consent.record.isVisibleTo(dlg) and dlg.message_text("consent") == ""
    _save(qtbot, dlg)
    assert not dlg.isVisible()
    [i] = w.service.repo.interventions(d.id)
    assert i.type == "intervention_other" and i.consent_id is not None

    # -- reconciliation needs the other party's agreement too ---------------------
    c.intervention_action.trigger()
    dlg = c.dialog
    _pick(dlg.type, "reconciliation")
    assert dlg.other_agreed.isVisibleTo(dlg)
    qtbot.mouseClick(dlg.consent.record, Qt.MouseButton.LeftButton)
    _save(qtbot, dlg.consent.consent_dialog)
    _save(qtbot, dlg)
    assert dlg.isVisible() and dlg.message_text("other_party_agreed")
    dlg.other_agreed.setChecked(True)
    _save(qtbot, dlg)
    assert not dlg.isVisible()

    # -- referral ------------------------------------------------------------------
    c.referral_action.trigger()
    dlg = c.dialog
    _pick(dlg.destination, "occupational_physician")
    dlg.contacts.setChecked(True)  # I contact the doctor: consent needed (advice alone needs none)
    _save(qtbot, dlg)
    assert dlg.isVisible() and "referral" in dlg.message_text("consent")
    qtbot.mouseClick(dlg.consent.record, Qt.MouseButton.LeftButton)
    assert dlg.consent.consent_dialog.scope.currentData() == "referral"
    _save(qtbot, dlg.consent.consent_dialog)
    qtbot.keyClicks(dlg.outcome, "Afspraak gemaakt")
    _save(qtbot, dlg)
    assert not dlg.isVisible()
    [r] = w.service.repo.referrals(d.id)
    assert r.destination == "occupational_physician" and r.outcome == "Afspraak gemaakt"

    # -- close, with the delete-by date, then reopen -------------------------------
    c.close_action.trigger()
    dlg = c.dialog
    assert str(TODAY.year + 5) in dlg.delete_by.text()  # BE: 5 years after closure
    _pick(dlg.outcome, "referred")
    _save(qtbot, dlg)
    d = w.service.repo.dossier(d.id)
    assert d.status is Status.CLOSED and d.outcome == "referred"
    assert "closed" in _kinds(w)
    assert str(TODAY.year + 5) in c.view.header.text()  # delete-by date shown
    c.close_action.trigger()
    dlg = c.dialog
    assert dlg.reopening
    _save(qtbot, dlg)
    assert w.service.repo.dossier(d.id).status is Status.OPEN
    kinds = _kinds(w)
    assert kinds[-2:] == ["closed", "reopened"]
    assert kinds.count("consent") == 3 and kinds.count("intervention") == 2


def test_consent_withdrawal_keeps_history_and_blocks_later_interventions(qtbot, win):
    w = win
    org = _org(w)
    d = Dossier(org_id=org.id, code="A-1", request_date=TODAY - timedelta(days=20),
                intake_date=TODAY - timedelta(days=20), channel="phone", themes=("conflict",))
    w.service.save_dossier(d)
    w.service.save_consent(Consent(d.id, "intervention_other", TODAY - timedelta(days=10)))
    c = w.features.dossiers
    c.open_dossier(d.id)
    view = c.view
    view.select("consent", w.service.repo.consents(d.id)[0].id)
    view.edit_selected()
    dlg = c.dialog
    assert isinstance(dlg, ConsentDialog)
    dlg.withdrawn.setChecked(True)
    dlg.withdrawn_date.setDate(qdate(TODAY - timedelta(days=2)))
    _save(qtbot, dlg)
    [consent] = w.service.repo.consents(d.id)
    assert consent.withdrawn_date == TODAY - timedelta(days=2)
    assert "consent_withdrawn" in _kinds(w) and "consent" in _kinds(w)
    c.intervention_action.trigger()
    dlg = c.dialog
    _pick(dlg.type, "intervention_other")
    assert dlg.consent.record.isVisibleTo(dlg)  # withdrawn: no consent in force today
    _save(qtbot, dlg)
    assert dlg.isVisible() and dlg.message_text("consent")
    dlg.date.setDate(qdate(TODAY - timedelta(days=5)))  # while the consent was in force
    _save(qtbot, dlg)
    assert not dlg.isVisible()


def test_search_finds_note_words_within_the_organisation(qtbot, win):
    w = win
    a = _org(w, "Alfa", "BE")
    b = _org(w, "Beta", "NL")
    for org, code, note in ((a, "A-1", "gesprek over de reorganisatie"), (b, "B-1", "pesterij aan de kassa")):
        w.service.save_dossier(Dossier(org_id=org.id, code=code, request_date=TODAY, intake_date=TODAY,
                                       channel="phone", themes=("other",), intake_notes=note))
    vv = w.vault_view
    vv.reload_organisations(select=a.id)
    vv.reload()
    w.find_action.trigger()
    assert vv.search.hasFocus() or vv.search.selectedText() == ""
    qtbot.keyClicks(vv.search, "reorganis")
    qtbot.waitUntil(lambda: vv.proxy.rowCount() == 1, timeout=3000)
    assert vv.proxy.index(0, 0).data() == "A-1"
    vv.search.clear()
    qtbot.keyClicks(vv.search, "kassa")  # a word of another organisation's dossier
    qtbot.waitUntil(lambda: vv.proxy.rowCount() == 0, timeout=3000)
    # with all organisations, it is found; Enter opens it and shows where it matched
    vv.org_combo.setCurrentIndex(vv.org_combo.findData(None))
    qtbot.waitUntil(lambda: vv.proxy.rowCount() == 1, timeout=3000)
    vv.table.setFocus()
    vv.table.setCurrentIndex(vv.proxy.index(0, 0))
    qtbot.keyClick(vv.table, Qt.Key.Key_Return)
    view = w.features.dossiers.view
    assert view is not None and view.dossier.code == "B-1"
    assert "kassa" in view.match.text() and view.match.isVisibleTo(view)
    vv.search.setText("pesterij")
    assert "pesterij" in view.match.text()
    vv.search.clear()
    assert not view.match.isVisibleTo(view)


def test_theme_filter(qtbot, win):
    w = win
    org = _org(w)
    for code, themes in (("T-1", ("stress",)), ("T-2", ("conflict", "bullying"))):
        w.service.save_dossier(Dossier(org_id=org.id, code=code, request_date=TODAY, intake_date=TODAY,
                                       channel="phone", themes=themes))
    vv = w.vault_view
    vv.reload_organisations(select=org.id)
    vv.reload()
    assert vv.proxy.rowCount() == 2
    _pick(vv.theme_combo, "bullying")
    assert vv.proxy.rowCount() == 1 and vv.proxy.index(0, 0).data() == "T-2"
    _pick(vv.theme_combo, None)
    assert vv.proxy.rowCount() == 2


def test_bad_input_is_explained_inline_and_nothing_is_lost(qtbot, win):
    w = win
    _org(w)
    dlg = _new_intake(qtbot, w)
    # a request date in the future
    dlg.request_date.setDate(qdate(TODAY + timedelta(days=3)))
    _save(qtbot, dlg)
    assert dlg.isVisible() and "future" in dlg.message_text("request_date")
    # intake before the request
    dlg.request_date.setDate(qdate(TODAY))
    dlg.intake_date.setDate(qdate(TODAY - timedelta(days=1)))
    _save(qtbot, dlg)
    assert dlg.message_text("request_date") == "" and "before" in dlg.message_text("intake_date")
    dlg.intake_date.setDate(qdate(TODAY))
    # empty pseudonym and no theme
    dlg.code.clear()
    dlg.set_themes([])
    _save(qtbot, dlg)
    assert "pseudonym" in dlg.message_text("code") and "theme" in dlg.message_text("themes")
    # a 1 MB paste into the notes
    big = ("Lorem ipsum dolor sit amet. " * 40_000)[:1_000_000]
    dlg.code.setText("BIG-1")
    dlg.set_themes(["stress"])
    dlg.notes.setPlainText(big)
    _save(qtbot, dlg)
    assert dlg.isVisible() and "too long" in dlg.message_text("intake_notes")
    assert dlg.notes.toPlainText() == big
    assert w.service.repo.count_dossiers() == 0
    # emoji and right-to-left text round-trip
    text = "Verzoekster 👩🏽‍⚕️ zegt: שלום, مرحبا — ça va?"
    dlg.notes.setPlainText(text)
    dlg.code.setText("זאב-😀")
    _save(qtbot, dlg)
    assert not dlg.isVisible()
    d = w.service.repo.dossier(dlg.saved_id)
    assert d.intake_notes == text and d.code == "זאב-😀"
    assert "זאב-😀" in w.features.dossiers.view.title.text()
    # a contact dated before the intake
    w.features.dossiers.contact_action.trigger()
    cdlg = w.features.dossiers.dialog
    cdlg.date.setDate(qdate(TODAY - timedelta(days=30)))
    qtbot.keyClicks(cdlg.notes, "te vroeg")
    _save(qtbot, cdlg)
    assert cdlg.isVisible() and "before the start" in cdlg.message_text("date")
    assert cdlg.notes.toPlainText() == "te vroeg"
    seams.preset_answer(QMessageBox.StandardButton.No)  # typed notes: closing asks first (issue 16)
    cdlg.reject()
    assert not cdlg.isVisible() and seams.shown[-1][0] == "Unsaved contact"


def test_duplicate_pseudonym_is_refused(qtbot, win):
    w = win
    org = _org(w)
    w.service.save_dossier(Dossier(org_id=org.id, code="DUP", request_date=TODAY, intake_date=TODAY,
                                   channel="phone", themes=("stress",)))
    dlg = _new_intake(qtbot, w, code="DUP")
    _save(qtbot, dlg)
    assert dlg.isVisible() and "already used" in dlg.message_text("code")


def test_intake_draft_survives_lock_and_unlock(qtbot, win):
    w = win
    org = _org(w)
    dlg = _new_intake(qtbot, w, notes="Half getypte notitie", code="DRAFT-1")
    dlg.notes.insertPlainText(" 🙂")  # keyClicks cannot type characters outside the BMP
    dlg.real_name.setText("Jan Janssens")
    w.lock()
    assert not dlg.isVisible()
    assert w.service is None and w.features.dossiers.due_panel.model.rowCount() == 0
    qtbot.waitUntil(lambda: not w.findChildren(FormDialog), timeout=2000)  # no typed text left in memory
    w.unlock_now(PASSPHRASE)
    w.vault_view.reload_organisations(select=org.id)
    w.features.dossiers.new_intake_action.trigger()
    again = w.features.dossiers.dialog
    assert again is not dlg and again.draft_restored
    assert again.notes.toPlainText() == "Half getypte notitie 🙂"
    assert again.code.text() == "DRAFT-1" and again.real_name.text() == "Jan Janssens"
    assert again.real_name.echoMode() == QLineEdit.EchoMode.Password  # masked until revealed
    qtbot.mouseClick(again.reveal, Qt.MouseButton.LeftButton)
    assert again.real_name.echoMode() == QLineEdit.EchoMode.Normal
    _save(qtbot, again)
    assert w.service.repo.get_draft("intake:new") is None
    assert w.service.repo.dossier(again.saved_id).real_name == "Jan Janssens"


def test_autosave_timer_and_cancel_choices(qtbot, win):
    w = win
    org = _org(w)
    dlg = IntakeDialog(w.service, org_id=org.id, parent=w, autosave_ms=20)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.notes.setPlainText("automatisch bewaard")
    qtbot.waitUntil(lambda: w.service.repo.get_draft("intake:new") is not None, timeout=3000)
    assert "automatisch bewaard" in w.service.repo.get_draft("intake:new")
    # Cancel → "keep as draft?" Cancel keeps the dialog open, No discards the draft
    seams.preset_answer(QMessageBox.StandardButton.Cancel)
    dlg.reject()
    assert dlg.isVisible()
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.reject()
    assert not dlg.isVisible() and w.service.repo.get_draft("intake:new") is None
    # an existing dossier has its own draft
    d = w.service.repo.dossier(w.service.save_dossier(Dossier(
        org_id=org.id, code="E-1", request_date=TODAY, intake_date=TODAY, channel="phone", themes=("stress",))))
    edit = IntakeDialog(w.service, d, parent=w)
    qtbot.addWidget(edit)
    edit.notes.setPlainText("aanvulling")
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    edit.reject()
    assert "aanvulling" in w.service.repo.get_draft(f"intake:{d.id}")
    assert w.service.repo.get_draft("intake:new") is None


def test_be_reminders_deadline_and_paps_referral_offer(qtbot, win):
    w = win
    _org(w)
    dlg = _new_intake(qtbot, w)
    assert dlg.deadline.isVisibleTo(dlg) and "within the 10" in dlg.deadline.text()
    dlg.request_date.setDate(qdate(TODAY - timedelta(days=15)))
    deadline = (TODAY + timedelta(days=-5)).strftime("%d-%m-%Y")
    assert "after the 10-day deadline" in dlg.deadline.text() and deadline in dlg.deadline.text()
    dlg.heard.setChecked(False)
    assert dlg.deadline.text().startswith("Not heard yet") and deadline in dlg.deadline.text()
    dlg.request_date.setDate(qdate(TODAY))
    assert not dlg.reminder.isVisibleTo(dlg)
    dlg.group.setChecked(True)
    assert dlg.reminder.isVisibleTo(dlg) and "PAPS" in dlg.reminder.text()
    dlg.heard.setChecked(False)
    dlg.formal.setChecked(True)
    seams.preset_answer(QMessageBox.StandardButton.Yes)  # "record the referral to the PAPS now?"
    _save(qtbot, dlg)
    assert any("PAPS" in text for _t, text in seams.shown)
    ref = w.features.dossiers.dialog
    assert ref.destination.currentData() == "paps" and ref.formal.isChecked() and ref.hint.isVisibleTo(ref)
    panel = w.features.dossiers.due_panel
    items = [panel.model.rows[r].item.kind for r in range(panel.model.rowCount())]
    assert sorted(items) == ["first_hearing", "paps_support"]
    assert ref.advice.isChecked()  # the default: advice, the requester goes alone
    ref.contacts.setChecked(True)  # I inform the PAPS: that involves it, with consent
    qtbot.mouseClick(ref.consent.record, Qt.MouseButton.LeftButton)
    _save(qtbot, ref.consent.consent_dialog)
    _save(qtbot, ref)
    assert not ref.isVisible()
    items = [panel.model.rows[r].item.kind for r in range(panel.model.rowCount())]
    assert items == ["first_hearing"]  # the PAPS is involved now
    assert w.features.dossiers.view.reminder.isHidden()


def test_due_panel_opens_dossiers_and_follows_the_setting(qtbot, win):
    w = win
    org = _org(w)
    old = Dossier(org_id=org.id, code="OLD", request_date=TODAY - timedelta(days=300),
                  intake_date=TODAY - timedelta(days=300), channel="phone", themes=("stress",))
    w.service.save_dossier(old)
    c = w.features.dossiers
    c.refresh_due()
    panel = c.due_panel
    assert panel.model.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "OLD"
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert c.view is not None and c.view.dossier_id == old.id
    panel.days.setValue(400)
    assert panel.model.rowCount() == 0
    assert w.service.repo.get_setting("due.long_open_days") == "400"


def test_delete_entries_asks_and_explains(qtbot, win):
    w = win
    org = _org(w)
    d = Dossier(org_id=org.id, code="D-1", request_date=TODAY, intake_date=TODAY, channel="phone",
                themes=("stress",))
    w.service.save_dossier(d)
    cid = w.service.save_contact(Contact(d.id, TODAY, "phone", 10, "weg"))
    c = w.features.dossiers
    c.open_dossier(d.id)
    view = c.view
    view.select("contact", cid)
    seams.preset_answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert len(w.service.repo.contacts(d.id)) == 1
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert w.service.repo.contacts(d.id) == []
    assert "contact" not in _kinds(w)
    # the intake cannot be deleted: explained, not asked
    view = c.view
    view.select("intake", d.id)
    seams.reset()
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    view.delete_selected()
    assert len(seams.shown) == 1 and "history" in seams.shown[0][1]
    assert w.service.repo.dossier(d.id).id == d.id


def test_delete_organisation(qtbot, win):
    w = win
    busy = _org(w, "Bezet")
    w.service.save_dossier(Dossier(org_id=busy.id, code="X", request_date=TODAY, intake_date=TODAY,
                                   channel="phone", themes=("stress",)))
    empty = _org(w, "Leeg")
    c = w.features.dossiers
    w.vault_view.reload_organisations(select=busy.id)
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    c.delete_org_action.trigger()
    assert "dossiers (1)" in seams.shown[-1][1]
    assert w.service.repo.organisation(busy.id).name == "Bezet"
    w.vault_view.reload_organisations(select=empty.id)
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    c.delete_org_action.trigger()
    assert [o.name for o in w.service.repo.organisations()] == ["Bezet"]
    assert w.vault_view.org_combo.findData(empty.id) == -1


def test_keyboard_only_intake(qtbot, win):
    w = win
    _org(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    qtbot.keyClick(w.vault_view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = w.features.dossiers.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.isVisible()
    dlg.themes.setFocus()
    qtbot.keyClick(dlg.themes, Qt.Key.Key_Space)
    qtbot.keyClicks(dlg.notes, "kort gesprek")
    qtbot.keyClick(dlg.buttons.button(SAVE), Qt.Key.Key_Space)
    assert not dlg.isVisible()
    assert w.service.repo.dossier(dlg.saved_id).intake_notes == "kort gesprek"


def test_shortcuts_listed_and_dialogs_accessible(qtbot, win):
    w = win
    org = _org(w)
    rows = dict(w.shortcut_rows())
    for key in ("Ctrl+N", "Ctrl+E", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"):
        assert key in rows
    d = Dossier(org_id=org.id, code="ACC", request_date=TODAY, intake_date=TODAY, channel="phone",
                themes=("stress",))
    w.service.save_dossier(d)
    c = w.features.dossiers
    c.open_dossier(d.id)
    inputs = (QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QListWidget, QCheckBox, QSpinBox)
    for action in (c.edit_intake_action, c.contact_action, c.consent_action, c.intervention_action,
                   c.referral_action, c.close_action):
        action.trigger()
        dlg = c.dialog
        assert dlg.isVisible()
        fields = [x for x in dlg.findChildren(QWidget) if isinstance(x, inputs) and x.isVisibleTo(dlg)
                  and x.focusPolicy() != Qt.FocusPolicy.NoFocus and x.parent() is not None
                  and not isinstance(x.parent(), (QComboBox, QDateEdit, QSpinBox))]
        assert len(fields) >= 2
        for x in fields:
            name = x.accessibleName() or (x.text() if isinstance(x, QCheckBox) else "")
            assert name, f"{type(dlg).__name__}: a {type(x).__name__} has no accessible name"
        # Tab visits every field, in a cycle
        dlg.activateWindow()
        qtbot.waitUntil(lambda d=dlg: QApplication.activeWindow() is d, timeout=2000)
        seen = []
        for _ in range(4 * len(fields) + 8):  # Tab also steps through day, month, year of a date
            seen.append(dlg.focusWidget())
            qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
        missing = [type(x).__name__ + ":" + x.accessibleName() for x in fields
                   if x not in seen and x.isEnabled()]
        assert not missing, f"{type(dlg).__name__}: Tab never reaches {missing}; " + str(
            [type(x).__name__ + ":" + (x.accessibleName() or x.objectName()) for x in seen])
        if isinstance(dlg, IntakeDialog):
            seams.preset_answer(QMessageBox.StandardButton.No)
        dlg.reject()
        assert not dlg.isVisible()
