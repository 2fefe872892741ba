"""Register window: add/edit through the dialog, consent gating of the worker's identity,
deletion rule, inspection view (read-only, only the register, period), lock closes all."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vp_desk.domain.models import Organisation, RegisterEntry
from vp_desk.storage.register import RegisterStore
from vp_desk.ui.common import seams
from vp_desk.ui.register.entry_dialog import RegisterEntryDialog
from vp_desk.ui.register.inspection import InspectionView
from vp_desk.ui.register.window import RegisterWindow

from ..conftest import PASSPHRASE

TODAY = date(2026, 11, 23)


@pytest.fixture
def win(open_window):
    w = open_window("reg.vpvault")
    w.service.today = lambda: TODAY
    org = Organisation(name="Zorgcentrum Test", profile="BE")
    w.service.save_organisation(org)
    nl = Organisation(name="Gemeente NL", profile="NL")
    w.service.save_organisation(nl)
    w.vault_view.reload_organisations(select=org.id)
    w.org = org
    yield w
    w.lock()


def _fill(dlg: RegisterEntryDialog, description="Klant bedreigde de baliemedewerker", types=(0,)):
    for i in types:
        dlg.types.item(i).setCheckState(Qt.CheckState.Checked)
    dlg.place.setText("Onthaal")
    dlg.description.setPlainText(description)


def _open_register(w) -> RegisterWindow:
    w.features.actions.register.trigger()
    rw = w.features.windows.open[-1]
    assert isinstance(rw, RegisterWindow)
    return rw


def test_menu_actions_follow_the_lock(win):
    for a in (win.features.actions.register, win.features.actions.role, win.features.actions.erasure, win.features.actions.blank_forms,
              win.features.actions.papers, win.features.actions.access):
        assert a.isEnabled()
    win.lock()
    assert not win.features.actions.register.isEnabled() and not win.features.actions.access.isEnabled()
    win.unlock_now(PASSPHRASE)
    assert win.features.actions.register.isEnabled()


def test_only_belgian_organisations_have_a_register(qtbot, win):
    rw = _open_register(win)
    names = [rw.org.itemText(i) for i in range(rw.org.count())]
    assert names == ["Zorgcentrum Test"]
    assert rw.new_button.isEnabled()


def test_an_empty_register_says_what_to_do(qtbot, win):
    rw = _open_register(win)
    assert rw.model.rowCount() == 0
    assert not rw.empty.isHidden() and "Alt+N" in rw.empty.text()
    assert rw.new_button.isEnabled() and not rw.edit_button.isEnabled() and not rw.delete_button.isEnabled()

    def fill_and_save():
        dlg = QApplication.activeModalWidget()
        _fill(dlg)
        dlg.try_save()

    QTimer.singleShot(0, fill_and_save)
    rw.new_button.click()
    assert rw.model.rowCount() == 1 and rw.empty.isHidden()
    assert rw.edit_button.isEnabled() and rw.delete_button.isEnabled()


def test_add_entry_through_the_window(qtbot, win):
    rw = _open_register(win)
    seen = {}

    def fill_and_save():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, RegisterEntryDialog)
        seen["number"] = dlg.number.text()
        _fill(dlg, types=(0, 2))
        dlg.try_save()

    QTimer.singleShot(0, fill_and_save)
    rw.new_button.click()
    assert "1" in seen["number"]
    assert rw.model.rowCount() == 1
    e = rw.model.rows[0]
    assert e.seq == 1 and e.types == ("sexual", "violence")
    assert rw.model.data(rw.model.index(0, rw.model.COL_EXPIRES)) == "23-11-2031"


def test_worker_identity_needs_the_consent_box(qtbot, win):
    dlg = RegisterEntryDialog(win.service, win.org.id)
    qtbot.addWidget(dlg)
    assert not dlg.identity.isEnabled()
    dlg.consent.setChecked(True)
    assert dlg.identity.isEnabled()
    dlg.identity.setText("Jan Peeters")
    dlg.consent.setChecked(False)
    assert dlg.identity.text() == "" and not dlg.identity.isEnabled()
    dlg.consent.setChecked(True)
    dlg.identity.setText("Jan Peeters")
    _fill(dlg)
    assert dlg.try_save()
    assert RegisterStore(win.service.vault).entry(dlg.entry.id).worker_identity == "Jan Peeters"


def test_bad_input_is_explained_and_kept(qtbot, win):
    dlg = RegisterEntryDialog(win.service, win.org.id)
    qtbot.addWidget(dlg)
    dlg.place.setText("Parking")
    assert not dlg.try_save()
    assert dlg.message_text("types") and dlg.message_text("description")
    assert dlg.place.text() == "Parking"
    assert RegisterStore(win.service.vault).entries(win.org.id) == []


def test_edit_keeps_the_number_and_delete_only_the_last(qtbot, win):
    store = RegisterStore(win.service.vault)
    for i in range(3):
        store.save(RegisterEntry(org_id=win.org.id, registered_date=date(2026, 1, 1 + i), facts_from=date(2026, 1, 1),
                                 facts_to=None, types=("violence",), third_party_capacity="client",
                                 description=f"feit {i}"))
    rw = _open_register(win)
    first = store.entries(win.org.id)[0]
    dlg = RegisterEntryDialog(win.service, win.org.id, store.entry(first.id), rw)
    qtbot.addWidget(dlg)
    dlg.description.setPlainText("feit 0, aangevuld")
    assert dlg.try_save()
    assert store.entry(first.id).seq == 1 and store.entry(first.id).description == "feit 0, aangevuld"
    # select no. 1 (sorted descending: last row) and try to delete it: refused with an explanation
    rw.reload()
    rw.table.setCurrentIndex(rw.proxy.index(2, 0))
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    rw.delete_last()
    assert [e.seq for e in store.entries(win.org.id)] == [1, 2, 3]
    assert "Only the last entry" in seams.shown[-1][1]
    rw.table.setCurrentIndex(rw.proxy.index(0, 0))
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    rw.delete_last()
    assert [e.seq for e in store.entries(win.org.id)] == [1, 2]


def test_inspection_view_shows_only_the_register_for_the_period(qtbot, win, tmp_path):
    store = RegisterStore(win.service.vault)
    store.save(RegisterEntry(org_id=win.org.id, registered_date=date(2022, 5, 1), facts_from=date(2022, 5, 1),
                             facts_to=None, types=("violence",), third_party_capacity="client",
                             description="oud feit uit 2022"))
    store.save(RegisterEntry(org_id=win.org.id, registered_date=date(2026, 5, 1), facts_from=date(2026, 4, 30),
                             facts_to=None, types=("harassment",), third_party_capacity="patient",
                             description="recent feit uit 2026", worker_consent=False))
    rw = _open_register(win)
    view = rw.open_inspection()
    qtbot.addWidget(view)
    assert isinstance(view, InspectionView) and view.isFullScreen()
    assert view.body.isReadOnly()
    text = view.body.toPlainText()
    assert "recent feit uit 2026" in text and "oud feit uit 2022" in text
    assert "no consent" in text
    view.start.setDate(view.start.date().addYears(3))  # from 2025
    text = view.body.toPlainText()
    assert "recent feit uit 2026" in text and "oud feit uit 2022" not in text
    assert view.font().pointSizeF() > QApplication.font().pointSizeF()
    view.grab().save(str(tmp_path / "inspection.png"))
    win.lock()
    assert not view.isVisible()


def test_lock_closes_the_register_and_drops_rows(qtbot, win):
    RegisterStore(win.service.vault).save(RegisterEntry(
        org_id=win.org.id, registered_date=date(2026, 1, 1), facts_from=date(2026, 1, 1), facts_to=None,
        types=("violence",), third_party_capacity="client", description="x"))
    rw = _open_register(win)
    model = rw.model
    assert model.rowCount() == 1
    win.lock()
    assert win.features.windows.open == []
    assert model.rowCount() == 0


def test_enter_on_a_row_opens_that_entry_and_not_a_new_one(qtbot, win):
    """A table hands Enter on to its dialog after activating the row; the register's first
    button ("New entry…") used to answer it as the default button as well."""
    store = RegisterStore(win.service.vault)
    store.save(RegisterEntry(org_id=win.org.id, registered_date=date(2026, 1, 5), facts_from=date(2026, 1, 1),
                             facts_to=None, types=("violence",), third_party_capacity="client", description="feit"))
    rw = _open_register(win)
    rw.activateWindow()
    rw.table.setFocus()
    rw.table.setCurrentIndex(rw.proxy.index(0, 0))
    opened = []

    def look_and_close():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            return
        opened.append(dlg.number.text())
        QTimer.singleShot(0, look_and_close)  # a second dialog (the old "New entry…") is closed too
        dlg.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.keyClick(rw.table, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert len(opened) == 1 and "1" in opened[0]  # the existing entry no. 1, once
    assert QApplication.activeModalWidget() is None
