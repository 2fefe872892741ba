"""First run, create vault, unlock (right and wrong), organisation, dossier list, lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from vp_desk import demo
from vp_desk.domain.models import Status
from vp_desk.paths import Config
from vp_desk.storage.vault import Vault
from vp_desk.ui.shell.dossier_table_model import DossierFilterProxy, DossierTableModel
from vp_desk.ui.shell.lock_screen import CreateVaultDialog
from vp_desk.ui.shell.window import MainWindow

from ..conftest import PASSPHRASE


def _demo_vault(path, n=40):
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, n, orgs=2, years=2, seed=3, today=date(2026, 11, 23))


def test_first_run_shows_welcome(qtbot, tmp_path):
    w = MainWindow(Config(tmp_path / "c.json"))
    qtbot.addWidget(w)
    assert w.stack.currentWidget() is w.welcome
    assert not w.lock_action.isEnabled()


def test_create_vault_dialog_checks_input(qtbot, tmp_path):
    dlg = CreateVaultDialog(suggested=tmp_path / "new.vpvault")
    qtbot.addWidget(dlg)
    dlg.pass1.setText("kort")
    dlg.pass2.setText("kort")
    dlg._accept()
    assert dlg.error.isVisible() is False or dlg.error.text()
    assert "10" in dlg.error.text()
    dlg.pass1.setText(PASSPHRASE)
    dlg.pass2.setText(PASSPHRASE + "x")
    dlg._accept()
    assert dlg.result() == 0 and dlg.error.text()
    dlg.pass2.setText(PASSPHRASE)
    with qtbot.waitSignal(dlg.accepted, timeout=1000):
        dlg._accept()
    path, phrase = dlg.values()
    assert path == tmp_path / "new.vpvault" and phrase == PASSPHRASE


def test_unlock_wrong_then_right_then_lock(qtbot, tmp_path):
    path = tmp_path / "v.vpvault"
    _demo_vault(path)
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    assert w.stack.currentWidget() is w.unlock_view

    qtbot.keyClicks(w.unlock_view.passphrase, "helemaal fout")
    qtbot.keyClick(w.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.unlock_view.error.isVisible(), timeout=10_000)
    assert "passphrase is wrong" in w.unlock_view.error.text() or "wachtwoordzin" in w.unlock_view.error.text().lower()
    assert w.unlock_view.passphrase.selectedText() == "helemaal fout"
    assert w.stack.currentWidget() is w.unlock_view

    w.unlock_view.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(w.unlock_view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.vault_view, timeout=10_000)
    assert w.vault_view.model.total() == 40
    assert w.vault_view.proxy.rowCount() == 40
    assert w.lock_action.isEnabled()

    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentWidget() is w.unlock_view
    assert w.vault is None and w.service is None
    assert w.vault_view.model.rowCount() == 0 and w.vault_view.model.total() == 0
    assert w.vault_view.org_combo.count() == 0
    # the vault file is closed: another process could open it now
    Vault.open(path, PASSPHRASE).close()


def test_list_filters_and_org_picker(qtbot, tmp_path):
    path = tmp_path / "v.vpvault"
    _demo_vault(path, 80)
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.unlock_now(PASSPHRASE)
    view = w.vault_view
    assert view.org_combo.count() == 3  # all + 2 organisations
    view.org_combo.setCurrentIndex(1)
    org_id = view.current_org_id()
    n_org = w.service.repo.count_dossiers(org_id)
    assert view.model.total() == n_org
    view.status_combo.setCurrentIndex(view.status_combo.findData(Status.OPEN))
    open_rows = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    expected = {s.code for s in w.service.repo.dossier_summaries(org_id=org_id, status=Status.OPEN)}
    assert set(open_rows) == expected
    year = view.year_combo.itemData(1)
    view.year_combo.setCurrentIndex(1)
    for r in range(view.proxy.rowCount()):
        s = view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 3)
        assert (s.intake_date or s.request_date).year == year and s.status is Status.OPEN


def test_search_as_you_type(qtbot, tmp_path):
    path = tmp_path / "v.vpvault"
    _demo_vault(path, 30)
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.unlock_now(PASSPHRASE)
    view = w.vault_view
    target = w.service.repo.dossier_summaries()[0]
    qtbot.keyClicks(view.search, target.code[:9])
    qtbot.waitUntil(lambda: view.proxy.rowCount() >= 1 and view.proxy.rowCount() < 30, timeout=3000)
    codes = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert target.code in codes


def test_table_model_lazy_batches_and_sorting(qtbot):
    from vp_desk.domain.models import DossierSummary

    rows = [DossierSummary(id=i, org_id=1, org_name="A", code=f"C{i:04d}", status=Status.OPEN,
                           intake_date=date(2026, 1, 1 + i % 28), request_date=date(2026, 1, 1))
            for i in range(1000)]
    model = DossierTableModel()
    model.set_rows(rows, {1: "BE"})
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    proxy = DossierFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(DossierTableModel.COL_CODE, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 1000
    assert proxy.index(0, 0).data() == "C0999"
    proxy.set_filters(ids=frozenset({5, 7}))
    assert sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount())) == ["C0005", "C0007"]
    model.clear()
    assert model.rowCount() == 0 and proxy.rowCount() == 0


def test_new_organisation_dialog_validates(qtbot, tmp_path, service):
    from vp_desk.ui.organisation.dialog import OrganisationDialog

    dlg = OrganisationDialog(service)
    qtbot.addWidget(dlg)
    dlg._save()
    assert dlg.error.isVisibleTo(dlg) and dlg.result() == 0
    dlg.name.setText("Nieuwe Klant")
    dlg.profile.setCurrentIndex(1)
    dlg._save()
    assert dlg.result() == 1
    orgs = service.repo.organisations()
    assert [(o.name, o.profile) for o in orgs] == [("Nieuwe Klant", "NL")]
    again = OrganisationDialog(service)
    qtbot.addWidget(again)
    again.name.setText("nieuwe klant")
    again._save()
    assert again.result() == 0 and again.error.text()


def test_year_filter_follows_saves(qtbot, tmp_path):
    from vp_desk.domain.models import Dossier, Organisation

    path = tmp_path / "y.vpvault"
    Vault.create(path, PASSPHRASE).close()
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.unlock_now(PASSPHRASE)
    org = Organisation("Jaren", "NL")
    w.service.save_organisation(org)
    w.vault_view.reload_organisations()
    assert [w.vault_view.year_combo.itemData(i) for i in range(w.vault_view.year_combo.count())] == [None]
    w.service.save_dossier(Dossier(org_id=org.id, code="j1", request_date=date(2025, 3, 1),
                                   intake_date=date(2025, 3, 2), channel="phone", themes=("bullying",)))
    w.vault_view.reload()
    assert [w.vault_view.year_combo.itemData(i) for i in range(w.vault_view.year_combo.count())] == [None, 2025]


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_menu_is_keyboard_reachable_without_clashing_mnemonics(open_window, qapp, lang):
    """Alt+letter opens each menu and picks each entry: every menu entry has its own
    mnemonic letter within its menu, in every language (a clash makes Alt+letter cycle)."""
    from vp_desk import i18n

    i18n.install(qapp, lang)
    try:
        w = open_window(f"menus-{lang}.vpvault")

        def letter(text: str) -> str | None:
            i = text.replace("&&", "").find("&")
            return text.replace("&&", "")[i + 1].casefold() if i >= 0 else None

        bar = [a for a in w.menuBar().actions() if a.isVisible()]
        tops = [letter(a.text()) for a in bar]
        assert None not in tops and len(set(tops)) == len(tops), [a.text() for a in bar]
        for top in bar:
            entries = [a for a in top.menu().actions() if not a.isSeparator() and a.isVisible()]
            letters = [letter(a.text()) for a in entries]
            missing = [a.text() for a, k in zip(entries, letters, strict=True) if k is None]
            assert not missing, f"{lang} {top.text()}: no mnemonic in {missing}"
            clashes = {k for k in letters if letters.count(k) > 1}
            assert not clashes, f"{lang} {top.text()}: {[a.text() for a in entries]}"
    finally:
        i18n.install(qapp, "en")  # as the other tests expect
