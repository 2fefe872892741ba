"""Reports window: preview equals the export, warning before the file leaves, PDF written."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from vp_desk import demo
from vp_desk.paths import Config
from vp_desk.report.texts import text
from vp_desk.storage.vault import Vault
from vp_desk.ui import seams
from vp_desk.ui.main_window import MainWindow

from ..conftest import PASSPHRASE


def test_preview_then_export(qtbot, tmp_path):
    path = tmp_path / "v.vpvault"
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, 120, orgs=2, years=2, seed=8, today=date(2026, 11, 23))
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.unlock_now(PASSPHRASE)
    w.report_action.trigger()
    dlg = w.report_window
    dlg.year.setValue(2026)
    html = dlg.preview.toHtml()
    org_name = dlg.org.currentText()
    assert org_name in html and dlg.prepared.document.org_name == org_name
    # the threshold moves the hidden cells
    hidden5 = dlg.prepared.document.hidden_cells()
    dlg.threshold.setValue(10)
    assert dlg.prepared.document.hidden_cells() >= hidden5
    dlg.threshold.setValue(5)

    # a summary over several reporting years; no arbitrary day ranges exist in the window
    dlg.year.setValue(2026)
    dlg.summary.setValue(2)
    assert dlg.prepared.period.start == date(2025, 1, 1) and dlg.prepared.period.end == date(2026, 12, 31)
    assert "2025\u20132026" in dlg.preview.toPlainText()
    dlg.summary.setValue(1)
    assert dlg.prepared.period.start == date(2026, 1, 1)
    # every hidden value says why
    if dlg.prepared.document.hidden_cells():
        assert "Why values are hidden" in dlg.preview.toPlainText() or "verborgen" in dlg.preview.toPlainText()

    out = tmp_path / "jaarverslag.pdf"
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.export()
    assert not out.exists()  # refused at the warning
    assert "leave the vault" in seams.shown[-1][1]
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    seams.preset_path(out)
    dlg.export()
    assert out.exists() and len(PdfReader(str(out)).pages) >= 1
    assert dlg.prepared.reissue  # a second export would issue the same figures

    # exporting the same period again after a late request re-issues the released figures
    released = dlg.prepared.document.published()
    from vp_desk.domain.models import Dossier

    org_id = dlg.org.currentData()
    prof = w.service.profile_of(org_id)
    w.service.save_dossier(Dossier(org_id=org_id, code="extra", request_date=date(2026, 5, 5),
                                   intake_date=date(2026, 5, 6), channel="phone", themes=(prof.keys("themes")[0],)))
    dlg.refresh()
    assert dlg.prepared.reissue and dlg.prepared.document.published() == released
    assert dlg.warning.isVisibleTo(dlg) and not dlg.threshold.isEnabled()
    # the changed cells in the report's own words, not as internal keys
    assert text("new_requests", dlg.prepared.document.lang) in dlg.warning.text()
    assert "new_requests" not in dlg.warning.text()
    # a corrected edition that differs by one request is refused: it would show that person
    assert dlg.corrected.isEnabled()
    dlg.corrected.setChecked(True)
    assert dlg.prepared is None and not dlg.export_button.isEnabled()

    w.lock()
    assert w.report_window is None
