"""Reports window: preview equals the export, warning before the file leaves, PDF written."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
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

    # another period than a calendar year; a period that ends before it starts is refused
    from PySide6.QtCore import QDate

    qtbot.mouseClick(dlg.custom, Qt.MouseButton.LeftButton, pos=QPoint(6, dlg.custom.height() // 2))
    assert dlg.custom.isChecked() and not dlg.year.isEnabled() and dlg.date_from.isEnabled()
    dlg.date_from.setDate(QDate(2026, 3, 1))
    dlg.date_to.setDate(QDate(2026, 2, 1))
    assert dlg.prepared is None and not dlg.export_button.isEnabled()
    assert "ends before it starts" in dlg.preview.toPlainText()
    dlg.date_to.setDate(QDate(2026, 6, 30))
    assert dlg.export_button.isEnabled()
    assert (dlg.prepared.figures.start, dlg.prepared.figures.end) == (date(2026, 3, 1), date(2026, 6, 30))
    assert "01-03-2026 \u2013 30-06-2026" in dlg.preview.toPlainText()
    dlg.custom.setChecked(False)
    assert dlg.prepared.figures.start == date(2026, 1, 1) and dlg.year.isEnabled()

    out = tmp_path / "jaarverslag.pdf"
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.export()
    assert not out.exists()  # refused at the warning
    assert "leave the vault" in seams.shown[-1][1]
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    seams.preset_path(out)
    dlg.export()
    assert out.exists() and len(PdfReader(str(out)).pages) >= 1
    assert not dlg.warning.isVisible()

    # exporting the same period again after a change warns about differencing
    w.service.repo.set_setting("x", "y")
    from vp_desk.domain.models import Dossier

    org_id = dlg.org.currentData()
    prof = w.service.profile_of(org_id)
    w.service.save_dossier(Dossier(org_id=org_id, code="extra", request_date=date(2026, 5, 5),
                                   intake_date=date(2026, 5, 6), channel="phone", themes=(prof.keys("themes")[0],)))
    dlg.refresh()
    assert dlg.warning.isVisibleTo(dlg)
    # the changed cells in the report's own words, not as internal keys
    assert text("new_requests", dlg.prepared.document.lang) in dlg.warning.text()
    assert "new_requests" not in dlg.warning.text()

    w.lock()
    assert w.report_window is None
