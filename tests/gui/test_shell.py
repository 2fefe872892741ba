"""Issue 16's shell, driven with real keys: the left navigation (Alt+1…, no clash with the
dossier's Ctrl+1…5), the "To do" page whose buttons do what each item says, the place
restored after a lock, Ctrl+N's organisation, the language switched without a restart, and
the window's remembered, screen-fitted geometry."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from vp_desk.domain.models import Dossier, Organisation
from vp_desk.paths import Config
from vp_desk.settings import ConfigKey
from vp_desk.ui.common import seams
from vp_desk.ui.dossier.due_panel import DueModel
from vp_desk.ui.dossier.intake_dialog import IntakeDialog
from vp_desk.ui.dossier.referral_dialog import ReferralDialog
from vp_desk.ui.shell.geometry import fitted

from ..conftest import PASSPHRASE

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
TODAY = date.today()


@pytest.fixture
def win(open_window, qtbot):
    w = open_window("shell.vpvault")
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    return w


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _org(w, name: str, prof: str = "BE") -> Organisation:
    org = Organisation(name=name, profile=prof)
    w.service.save_organisation(org)
    return org


def _dossier(w, org: Organisation, code: str, **kw) -> Dossier:
    values = {"request_date": TODAY, "intake_date": TODAY, "channel": "phone", "themes": ("stress",)} | kw
    d = Dossier(org_id=org.id, code=code, **values)
    w.service.save_dossier(d)
    return d


def _show_all(w) -> None:
    w.vault_view.reload_organisations()
    w.vault_view.reload()
    w.features.dossiers.refresh_due()


def test_navigation_by_keys_without_clashing_with_the_dossier_shortcuts(qtbot, win):
    w = win
    nav = w.vault_view.navigation
    assert list(nav.entries) == ["dossiers", "todo", "register", "role", "reports", "signals"]
    for key, button in nav.buttons.items():
        assert button.accessibleName(), key
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # one action per key sequence in the whole window: Alt+1… never shadows Ctrl+1…5
    seqs = [a.shortcut().toString() for a in w.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(seqs) == len(set(seqs)), sorted(s for s in seqs if seqs.count(s) > 1)
    assert {"Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Ctrl+1", "Ctrl+5"} <= set(seqs)
    w.vault_view.table.setFocus()
    _key(qtbot, Qt.Key.Key_2, ALT)
    assert w.vault_view.pages.currentWidget() is w.features.dossiers.due_panel
    assert nav.current_page() == "todo" and nav.entries["todo"].isChecked()
    _key(qtbot, Qt.Key.Key_1, ALT)
    assert w.vault_view.pages.currentWidget() is w.vault_view.dossiers_page
    # a window entry opens its tool window and leaves the page as it is
    _key(qtbot, Qt.Key.Key_3, ALT)
    opened = w.features.windows.open
    assert opened and type(opened[-1]).__name__ == "RegisterWindow"
    opened[-1].close()
    assert nav.current_page() == "dossiers"
    # the View → Go to menu lists the entries with their keys (F1 shows them)
    assert [a.shortcut().toString() for a in w.goto_menu.actions()] == [
        "Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6"]
    assert {"Alt+1", "Alt+5", "Ctrl+1"} <= {k for k, _text in w.shortcut_rows()}
    # Tab reaches the navigation's entries, Space activates one
    w.vault_view.table.setFocus()
    for _ in range(40):
        _key(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is nav.buttons["todo"]:
            break
    assert QApplication.focusWidget() is nav.buttons["todo"]
    _key(qtbot, Qt.Key.Key_Space)
    assert nav.current_page() == "todo"


def test_every_to_do_item_says_what_to_do_and_its_button_does_it(qtbot, win):
    w = win
    org = _org(w, "Zorgcentrum Test")
    unheard = _dossier(w, org, "UNHEARD", intake_date=None, request_date=TODAY - timedelta(days=3))
    paps = _dossier(w, org, "PAPS", senior_involved=True)
    old = _dossier(w, org, "OLD", request_date=TODAY - timedelta(days=400), intake_date=TODAY - timedelta(days=400))
    w.service.set_rule_switches(org.id, {"paps_support": True})
    _show_all(w)
    panel = w.features.dossiers.due_panel
    assert w.vault_view.navigation.entries["todo"].text().endswith("(3)")
    w.vault_view.table.setFocus()
    _key(qtbot, Qt.Key.Key_2, ALT)
    rows = {panel.proxy.index(r, DueModel.COL_CODE).data(): r for r in range(panel.proxy.rowCount())}
    assert set(rows) == {"UNHEARD", "PAPS", "OLD"}
    assert rows["OLD"] == 2  # information comes after the rules
    # Enter on the first hearing opens that dossier's intake
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(rows["UNHEARD"], DueModel.COL_WHAT))
    assert panel.do_button.text() == "Record the intake…"
    _key(qtbot, Qt.Key.Key_Return)
    c = w.features.dossiers
    dlg = c.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.dossier.id == unheard.id and dlg.isVisible()
    assert w.vault_view.navigation.current_page() == "dossiers" and c.view.dossier_id == unheard.id
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.reject()
    # a click on the PAPS item's button opens a referral to the PAPS for that dossier (the
    # buttons are in the list from 900 px of list width on; below that the one under it serves)
    panel.table.setMinimumWidth(1000)  # the test screen is small: a wide list, as at 1366 px
    w.vault_view.navigation.show_page("todo")
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(DueModel.COL_ACTION), timeout=2000)
    cell = panel.proxy.index(rows["PAPS"], DueModel.COL_ACTION)
    rect = panel.table.visualRect(cell)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = c.dialog
    assert isinstance(dlg, ReferralDialog) and dlg.dossier.id == paps.id
    assert dlg.destination.currentData() == "paps"
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.reject()
    # the quiet item's button opens the dossier
    w.vault_view.navigation.show_page("todo")
    panel.table.setCurrentIndex(panel.proxy.index(rows["OLD"], DueModel.COL_WHAT))
    qtbot.mouseClick(panel.do_button, Qt.MouseButton.LeftButton)
    assert c.dialog is None and c.view.dossier_id == old.id


def test_the_aftercare_item_opens_the_aftercare_dialog(qtbot, win):
    from vp_desk.ui.dossier.aftercare_dialog import AftercareDialog
    from vp_desk.usecases.care import CareDesk

    w = win
    org = _org(w, "Zorgcentrum Test")
    d = _dossier(w, org, "NAZORG")
    CareDesk(w.service).set_aftercare(d.id, TODAY)
    _show_all(w)
    panel = w.features.dossiers.due_panel
    w.vault_view.navigation.show_page("todo")
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, DueModel.COL_CODE).data() == "NAZORG")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(row, DueModel.COL_WHAT))
    assert panel.do_button.text() == "Record the aftercare…"
    _key(qtbot, Qt.Key.Key_Return)
    dlg = w.features.dossiers.dialog
    assert isinstance(dlg, AftercareDialog) and dlg.isVisible()
    dlg.reject()


def test_unlocking_after_a_lock_brings_back_your_place(qtbot, win):
    w = win
    a, b = _org(w, "Atelier"), _org(w, "Bakkerij")
    _dossier(w, a, "A-1")
    keep = _dossier(w, b, "B-KEEP")
    _dossier(w, b, "B-OTHER")
    _show_all(w)
    vv = w.vault_view
    vv.org_combo.setCurrentIndex(vv.org_combo.findData(b.id))
    vv.search.setFocus()
    qtbot.keyClicks(vv.search, "B-")
    qtbot.waitUntil(lambda: vv.proxy.rowCount() == 2, timeout=2000)
    vv.select_dossier(keep.id)
    assert w.features.dossiers.view.dossier_id == keep.id
    vv.table.setFocus()
    _key(qtbot, Qt.Key.Key_2, ALT)
    _key(qtbot, Qt.Key.Key_L, CTRL)
    assert w.vault is None and vv.search.text() == "" and vv.model.rowCount() == 0
    field = w.unlock_view.passphrase
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.vault is not None, timeout=10_000)
    assert vv.current_org_id() == b.id and vv.search.text() == "B-"
    assert vv.selected_dossier_id() == keep.id and w.features.dossiers.view.dossier_id == keep.id
    assert vv.navigation.current_page() == "todo"


def test_ctrl_n_with_all_organisations_uses_the_dossier_in_view_or_asks(qtbot, win):
    w = win
    _org(w, "Atelier")
    b = _org(w, "Zwembad")  # alphabetically last
    d = _dossier(w, b, "Z-1")
    _show_all(w)
    vv = w.vault_view
    assert vv.current_org_id() is None
    vv.select_dossier(d.id)
    vv.table.setFocus()
    _key(qtbot, Qt.Key.Key_N, CTRL)
    dlg = w.features.dossiers.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.org.currentData() == b.id
    assert not seams.shown  # nothing asked
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.reject()
    # no dossier in view: it asks which organisation
    w.features.dossiers.view = None
    vv.table.setCurrentIndex(QModelIndex())
    assert w.features.dossiers.current_dossier_id() is None
    seams.preset_choice(1)  # the second in the list: Zwembad
    vv.table.setFocus()
    _key(qtbot, Qt.Key.Key_N, CTRL)
    assert seams.shown and seams.shown[-1][1] == "For which organisation?"
    dlg = w.features.dossiers.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.org.currentData() == b.id
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.reject()


def test_changing_the_language_takes_effect_without_a_restart(qtbot, win, qapp):
    from vp_desk import i18n

    w = win
    org = _org(w, "Atelier")
    d = _dossier(w, org, "A-1")
    _show_all(w)
    w.features.dossiers.open_dossier(d.id)
    fr = next(a for a in w.language_menu.actions() if a.text() == "Français")
    try:
        fr.trigger()
        assert i18n.current_language() == "fr"
        assert w.file_menu.title() == "&Fichier"
        assert w.features.dossiers.new_intake_action.text() != "&New intake…"
        assert w.vault_view.navigation.entries["dossiers"].text() == "Dossiers"
        assert w.vault_view.navigation.entries["todo"].text().startswith("À faire")
        assert w.vault_view.status_combo.itemText(0) != "All statuses"
        assert w.features.dossiers.view.dossier_id == d.id
        assert "Ouvert" in [label.text() for label in w.features.dossiers.view.chip_labels]
        assert not seams.shown  # no "restart to apply"
        assert w.config.get(ConfigKey.LANGUAGE) == "fr"
    finally:
        i18n.install(qapp, "en")  # as the other tests expect
    w.set_language("en")
    assert w.file_menu.title() == "&File"


def test_window_geometry_is_remembered_and_fitted_to_a_smaller_screen(qtbot, tmp_path, open_window):
    big = QRect(0, 0, 1920, 1080)
    rect, maximised = fitted([300, 200, 1500, 900, 0], big)
    assert (rect.width(), rect.height(), maximised) == (1500, 900, False)
    small = QRect(0, 0, 1024, 700)
    rect, _ = fitted([900, 600, 1800, 1000, 1], small)  # saved on a big monitor
    assert small.contains(rect) and rect.width() <= 1024 and rect.height() <= 700
    assert fitted("rubbish", small) is None
    w = open_window("geo.vpvault")
    w.resize(900, 640)
    w.close()
    saved = Config(tmp_path / "c.json").get(ConfigKey.WINDOW_GEOMETRY)
    assert saved[2:4] == [900, 640]
    seams.preset_screen(small)
    from vp_desk.ui.shell.window import MainWindow

    again = MainWindow(Config(tmp_path / "c.json"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 640)
    Config(tmp_path / "c.json").set(ConfigKey.WINDOW_GEOMETRY, [0, 0, 2400, 1400, 0])
    third = MainWindow(Config(tmp_path / "c.json"))
    qtbot.addWidget(third)
    assert third.width() <= 1024 and third.height() <= 700
    Config(tmp_path / "c.json").set(ConfigKey.WINDOW_GEOMETRY, [10, 10, 800, 600, 1])
    fourth = MainWindow(Config(tmp_path / "c.json"))
    qtbot.addWidget(fourth)
    assert fourth.windowState() & Qt.WindowState.WindowMaximized


def test_backup_folder_dialog_opens_where_it_was_left_and_remembers(qtbot, win, tmp_path, monkeypatch):
    from vp_desk.paths import backup_start_folder

    stick = tmp_path / "USB"
    stick.mkdir()
    assert backup_start_folder(str(stick)) == stick
    assert backup_start_folder(str(tmp_path / "gone")) != tmp_path / "gone"
    starts = []
    monkeypatch.setattr(seams, "directory", lambda _p, _t, start: starts.append(start) or str(stick))
    monkeypatch.setattr(win.features.security, "_run", lambda *_a: None)  # no real backup needed here
    win.features.security.backup_to()
    assert win.config.get(ConfigKey.BACKUP_FOLDER) == str(stick)
    win.features.security.backup_to()
    assert starts[-1] == str(stick)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_nothing_is_cut_off_at_1024x700(qtbot, tmp_path, qapp, lang):
    """The dossier's buttons were cut off at 1024 px: every button of the card's pane, the
    navigation and the To do page is whole and inside the window, and the list's short
    columns show their whole text ("nog niet gehoord", dates)."""
    from vp_desk import i18n
    from vp_desk.storage.vault import Vault
    from vp_desk.ui.shell.window import MainWindow

    i18n.install(qapp, lang)
    seams.preset_screen(QRect(0, 0, 1024, 700))
    path = tmp_path / "small.vpvault"
    Vault.create(path, PASSPHRASE).close()
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    w.unlock_now(PASSPHRASE)
    try:
        assert w.width() <= 1024 and w.height() <= 700
        org = _org(w, "Zorgcentrum met een lange naam")
        d = _dossier(w, org, "KLEIN-2026-001", intake_date=None, senior_involved=True, group_problem=True)
        _show_all(w)
        w.features.dossiers.open_dossier(d.id)
        qtbot.wait(50)
        view = w.features.dossiers.view
        assert w.width() <= 1024 and w.height() <= 700  # an open dossier (many chips) does not widen it
        window_rect = w.rect()
        buttons = [*view.add_buttons, view.close_button, view.edit_intake_button, view.edit_button,
                   view.delete_button, *w.vault_view.navigation.buttons.values()]
        for b in buttons:
            top_left = b.mapTo(w, b.rect().topLeft())
            assert window_rect.contains(QRect(top_left, b.size())), b.text()
            assert b.width() >= b.minimumSizeHint().width(), b.text()
        table = w.vault_view.table
        fm = table.fontMetrics()
        model = w.vault_view.model
        assert table.columnWidth(model.COL_DATE) > fm.horizontalAdvance(model.tr("not yet heard"))
        w.vault_view.navigation.show_page("todo")
        panel = w.features.dossiers.due_panel
        qtbot.wait(50)
        assert w.width() <= 1024 and w.height() <= 700
        assert window_rect.contains(QRect(panel.do_button.mapTo(w, panel.do_button.rect().topLeft()),
                                          panel.do_button.size()))
        # what to do keeps room (it was squeezed to its icon at 1024 px)
        assert panel.table.columnWidth(DueModel.COL_WHAT) >= 200
    finally:
        w.lock()
        i18n.install(qapp, "en")  # as the other tests expect


def test_a_lock_writes_the_place_only_when_it_moved(qtbot, win, monkeypatch):
    from vp_desk.usecases import place as place_module

    w = win
    org = _org(w, "Atelier")
    d = _dossier(w, org, "A-1")
    _show_all(w)
    w.vault_view.select_dossier(d.id)
    writes = []
    real = place_module.save_place
    monkeypatch.setattr(place_module, "save_place", lambda desk, p: (writes.append(p), real(desk, p)))
    w.lock()
    assert len(writes) == 1  # the dossier selected since the unlock
    w.unlock_now(PASSPHRASE)
    w.lock()
    assert len(writes) == 1  # nothing moved: no write
    w.unlock_now(PASSPHRASE)
    w.vault_view.navigation.show_page("todo")
    w.lock()
    assert len(writes) == 2 and writes[-1]["page"] == "todo"


def test_the_apps_own_svg_icons_replace_the_stock_ones(win):
    """No floppy disk on Save, no red X on Cancel: the standard buttons draw the app's icon set."""
    from PySide6.QtWidgets import QStyle

    from vp_desk.ui.common.styles import AppStyle, icon

    style = QApplication.style()
    assert isinstance(style, AppStyle)
    for pixmap, name in ((QStyle.StandardPixmap.SP_DialogSaveButton, "save"),
                         (QStyle.StandardPixmap.SP_DialogCancelButton, "cancel"),
                         (QStyle.StandardPixmap.SP_DialogCloseButton, "cancel")):
        assert not icon(name).isNull()
        assert style.standardIcon(pixmap).cacheKey() == icon(name).cacheKey()
    assert not win.windowIcon().isNull()
    assert all(not a.icon().isNull() for a in win.vault_view.navigation.entries.values())
