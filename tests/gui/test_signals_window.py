"""Tools → Signals and advice: the shortcut opens the log, New / Edit through the dialog with
real keys, a draft kept in the vault on Escape, deletion only after confirming, the list
follows the organisation and empties at a lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import Organisation
from vp_desk.domain.signals import Signal
from vp_desk.i18n import current_language
from vp_desk.ui.common import seams
from vp_desk.ui.signals.dialog import SignalDialog
from vp_desk.ui.signals.window import SignalsWindow
from vp_desk.usecases.signals import SignalLog

from ..conftest import PASSPHRASE

TODAY = date(2026, 11, 23)


@pytest.fixture
def win(open_window):
    w = open_window("sig.vpvault")
    w.service.today = lambda: TODAY
    org = Organisation(name="Zorgcentrum Test", profile="BE")
    w.service.save_organisation(org)
    nl = Organisation(name="Gemeente NL", profile="NL")
    w.service.save_organisation(nl)
    w.vault_view.reload_organisations(select=org.id)
    w.org, w.nl = org, nl
    yield w
    w.lock()


def _open(qtbot, w) -> SignalsWindow:
    assert w.features.actions.signals.shortcut() == QKeySequence("Ctrl+Shift+S")
    w.features.actions.signals.trigger()
    sw = w.features.windows.open[-1]
    assert isinstance(sw, SignalsWindow)
    qtbot.waitExposed(sw)
    sw.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sw, timeout=2000)
    return sw


def test_new_signal_with_the_keyboard(qtbot, win):
    sw = _open(qtbot, win)
    assert sw.model.rowCount() == 0 and "Ctrl+N" in sw.status.text()
    assert sw.org.currentData() == win.org.id

    def fill():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, SignalDialog)
        assert dlg.addressee.accessibleName() and dlg.themes.accessibleName()
        qtbot.keyClick(dlg.date, Qt.Key.Key_Tab)  # to the addressee
        idx = dlg.addressee.findData("works_council")
        dlg.addressee.setCurrentIndex(idx)
        qtbot.keyClick(dlg.addressee, Qt.Key.Key_Tab)
        qtbot.keyClick(dlg.asked, Qt.Key.Key_Space)  # ticks "asked"
        qtbot.keyClick(dlg.asked, Qt.Key.Key_Tab)
        qtbot.keyClick(dlg.themes, Qt.Key.Key_Space)  # ticks the first theme
        qtbot.keyClick(dlg.themes, Qt.Key.Key_Tab)
        qtbot.keyClicks(dlg.note, "Werkdruk in de keuken besproken")
        qtbot.keyClick(dlg.note, Qt.Key.Key_Tab)  # to Save / Cancel
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, fill)
    qtbot.keyClick(sw.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert sw.model.rowCount() == 1
    s = sw.model.rows[0]
    assert (s.addressee, s.asked, s.note) == ("works_council", True, "Werkdruk in de keuken besproken")
    assert len(s.themes) == 1
    row = [sw.model.data(sw.model.index(0, c)) for c in range(sw.model.columns)]
    assert row[0] == "23-11-2026" and row[4].startswith("Werkdruk")
    assert row[1] == profile("BE").label("signal_addressees", "works_council", current_language())


def test_future_date_is_refused_and_nothing_typed_is_lost(qtbot, win):
    dlg = SignalDialog(win.service, win.org.id)
    qtbot.addWidget(dlg)
    dlg.date.setDate(dlg.date.date().addDays(3))
    dlg.note.setPlainText("mijn notitie")
    assert not dlg.try_save()
    assert dlg.message_text("date")
    assert dlg.note.toPlainText() == "mijn notitie"
    assert SignalLog(win.service).signals(win.org.id) == []


def test_escape_keeps_a_draft_that_comes_back(qtbot, win):
    dlg = SignalDialog(win.service, win.org.id, autosave_ms=60_000)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.note, "half geschreven advies")
    dlg.themes.item(1).setCheckState(Qt.CheckState.Checked)
    seams.preset_answer(QMessageBox.StandardButton.Yes)  # keep as a draft
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    again = SignalDialog(win.service, win.org.id)
    qtbot.addWidget(again)
    assert again.draft_restored and again.note.toPlainText() == "half geschreven advies"
    assert again.themes.item(1).checkState() == Qt.CheckState.Checked
    assert again.try_save()
    assert SignalLog(win.service).load_draft(SignalLog.draft_key(win.org.id, None)) is None


def test_edit_and_delete_after_confirming(qtbot, win):
    log = SignalLog(win.service)
    sid = log.save(Signal(org_id=win.org.id, date=date(2026, 5, 4), addressee="management", note="eerste"))
    sw = _open(qtbot, win)
    assert sw.model.rowCount() == 1

    def edit():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, SignalDialog), dlg
        dlg.addressee.setCurrentIndex(dlg.addressee.findData("prevention_adviser"))
        dlg.try_save()

    QTimer.singleShot(0, edit)
    sw.table.setFocus()
    qtbot.keyClick(sw.table, Qt.Key.Key_Return)
    assert log.signal(sid).addressee == "prevention_adviser"
    seams.preset_answer(QMessageBox.StandardButton.No)
    sw.delete_button.click()
    assert sw.model.rowCount() == 1
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    sw.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sw, timeout=2000)
    sw.table.setFocus()
    qtbot.keyClick(sw.table, Qt.Key.Key_Delete)
    assert sw.model.rowCount() == 0 and log.signals(win.org.id) == []
    assert "04-05-2026" in seams.shown[-1][1]


def test_list_follows_the_organisation_and_its_profile(qtbot, win):
    log = SignalLog(win.service)
    log.save(Signal(org_id=win.nl.id, date=date(2026, 5, 4), addressee="works_council", themes=("bullying",)))
    sw = _open(qtbot, win)
    assert sw.model.rowCount() == 0
    sw.org.setCurrentIndex(sw.org.findData(win.nl.id))
    assert sw.model.rowCount() == 1
    assert sw.model.data(sw.model.index(0, sw.model.COL_ADDRESSEE)) == \
        profile("NL").label("signal_addressees", "works_council", current_language())
    win.lock()
    assert sw.model.rowCount() == 0


def test_lock_keeps_an_open_signal_form_as_a_draft(qtbot, win):
    sw = _open(qtbot, win)
    dlg = SignalDialog(win.service, win.org.id, parent=sw, autosave_ms=60_000)
    dlg.show()
    qtbot.keyClicks(dlg.note, "advies over de ploegenregeling")
    win.lock()
    assert not dlg.isVisible() or dlg.result() == 0
    win.unlock_now(PASSPHRASE)
    log = SignalLog(win.service)
    assert log.load_draft(log.draft_key(win.org.id, None))["note"] == "advies over de ploegenregeling"
