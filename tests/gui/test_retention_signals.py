"""Tools → Due for erasure lists signals and advice as their own kind of record (date,
organisation, addressee kind; never the note), holds back those whose report was not
exported, and erases the due ones for real after confirmation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import Organisation
from vp_desk.domain.signals import ADDRESSEES, Signal
from vp_desk.i18n import current_language
from vp_desk.ui.common import seams
from vp_desk.ui.retention.window import RetentionWindow
from vp_desk.usecases.signals import SignalLog

TODAY = date(2026, 11, 23)
NOTE = "Directie gewaarschuwd over okapiregenboog"


@pytest.fixture
def win(open_window):
    w = open_window("sigret.vpvault")
    w.service.today = lambda: TODAY
    org = Organisation(name="Zorgcentrum Signaal", profile="BE")
    w.service.save_organisation(org)
    w.vault_view.reload_organisations(select=org.id)
    w.org = org
    yield w
    w.lock()


def _signal(w, day: date, addressee: str = "management") -> Signal:
    s = Signal(org_id=w.org.id, date=day, addressee=addressee, note=NOTE, themes=("stress",))
    SignalLog(w.service).save(s)
    return s


def _rows(rw) -> list[list[str]]:
    m = rw.proxy
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def _press_erase(qtbot, rw) -> None:
    """Tab from the list to the erase button and press Space, as the keyboard user does."""
    rw.table.setFocus()
    while QApplication.focusWidget() is not rw.erase_button:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(rw.erase_button, Qt.Key.Key_Space)


def test_due_for_erasure_lists_holds_back_and_erases_signals(qtbot, win, tmp_path):
    due = _signal(win, date(2020, 3, 1), "hr")
    held = _signal(win, date(2021, 4, 2))
    recent = _signal(win, date(2024, 1, 10))
    with win.service.vault.transaction() as c:
        c.execute("INSERT INTO report_exports(org_id, period_start, period_end, exported_at, figures) "
                  "VALUES (?, '2020-01-01', '2020-12-31', '2021-01-10', '{}')", (win.org.id,))
    win.features.actions.erasure.trigger()
    rw = win.features.windows.open[-1]
    assert isinstance(rw, RetentionWindow)
    rows = _rows(rw)
    assert len(rows) == 2
    hr = profile("BE").label(ADDRESSEES, "hr", current_language())
    first = rows[0]
    assert first[1] == "Signal or advice" and first[0] == "Ready to erase"
    assert first[2] == f"{format_day(date(2020, 3, 1))}, to {hr}" and first[3] == "Zorgcentrum Signaal"
    assert rows[1][0] == "Held back" and "2021" in rows[1][5]
    assert all(NOTE not in cell and "okapiregenboog" not in cell for row in rows for cell in row)
    assert "okapiregenboog" not in rw.why.text()
    assert rw.erase_button.isEnabled() and not rw.confirm_button.isEnabled()  # signals are not confirmed
    rw.grab().save(str(tmp_path / "sigret-erasure.png"))
    rw.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is rw, timeout=2000)
    rw.table.setFocus()
    qtbot.keyClick(rw.table, Qt.Key.Key_Down)
    qtbot.keyClick(rw.table, Qt.Key.Key_Down)
    assert "not exported yet" in rw.why.text()
    seams.preset_answer(QMessageBox.StandardButton.No)
    _press_erase(qtbot, rw)
    assert "0 dossier" in seams.shown[-1][1] and "1 signal" in seams.shown[-1][1]
    assert len(SignalLog(win.service).signals(win.org.id)) == 3
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    _press_erase(qtbot, rw)
    assert seams.shown[-1][1].startswith("Erased: 0 dossier") and "1 signal" in seams.shown[-1][1]
    assert {s.id for s in SignalLog(win.service).signals(win.org.id)} == {held.id, recent.id}
    assert due.id not in {i.record_id for i in rw.model.rows}
    assert rw.model.rowCount() == 1 and not rw.erase_button.isEnabled()
    log = rw.log_label.text()
    assert "Signal or advice" in log and "okapiregenboog" not in log and format_day(date(2020, 3, 1)) in log
