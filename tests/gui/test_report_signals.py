"""The report window's "signals and recommendations" text (issue 15) and the export's file
handling (issue 16): a pseudonym typed in the text is listed with its reason and blocks the
export; rewritten, the text is exported in its own PDF section (read back with pdftotext) and
re-issued with the period; the save dialog opens in Documents with a translated title, and
the confirmation offers Open and Show in folder."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from vp_desk.domain.models import Contact, Dossier, Organisation
from vp_desk.domain.signals import PSEUDONYM, RARE_WORD
from vp_desk.storage import releases
from vp_desk.ui.common import seams
from vp_desk.ui.reports import window as report_window
from vp_desk.ui.reports.signals_panel import reason_text

from ..conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def settle(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.working, timeout=30_000)


@pytest.fixture
def win(open_window):
    w = open_window("rs.vpvault")
    svc = w.service
    org = Organisation(name="Zorgcentrum Test", profile="BE")
    svc.save_organisation(org)
    for i in range(8):
        d = Dossier(org_id=org.id, code="Zwaluw" if i == 0 else f"D{i:02d}", request_date=date(2025, 2, 1 + i),
                    intake_date=date(2025, 2, 1 + i), channel="phone", themes=("stress",))
        svc.save_dossier(d)
        svc.save_contact(Contact(dossier_id=d.id, date=date(2025, 3, 1), kind="in_person", minutes=30,
                                 notes="werkdruk in de ploeg" + (" nachtdienst" if i < 2 else "")))
    w.vault_view.reload_organisations(select=org.id)
    w.org = org
    return w


def _report(qtbot, w):
    w.features.actions.report.trigger()
    dlg = w.features.windows.report
    settle(qtbot, dlg)
    dlg.year.setValue(2025)
    settle(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.prepared is not None and not dlg.signals._timer.isActive(), timeout=10_000)
    return dlg


def _type(qtbot, dlg, text: str) -> None:
    dlg.signals.edit.clear()
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(dlg.signals.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(dlg.signals.edit, line)
    qtbot.waitUntil(lambda: not dlg.signals._timer.isActive(), timeout=5000)


def test_pseudonym_blocks_export_until_rewritten(qtbot, win, tmp_path, monkeypatch):
    dlg = _report(qtbot, win)
    _type(qtbot, dlg, "Zwaluw en de nachtdienst vragen aandacht.")
    listed = dlg.signals.model.stringList()
    assert {(h.word, h.reason) for h in dlg.signals.hits} == {("Zwaluw", PSEUDONYM), ("nachtdienst", RARE_WORD)}
    assert listed == [reason_text(h, 5) for h in dlg.signals.hits] and "Zwaluw" in listed[0]
    assert any("5" in line and "nachtdienst" in line for line in listed), listed
    assert dlg.signals.list.isVisibleTo(dlg) and not dlg.export_button.isEnabled()
    assert "Zwaluw" not in dlg.preview.toPlainText()  # the preview shows only a clean text
    out = tmp_path / "r.pdf"
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    dlg.export()
    assert not out.exists() and seams.shown[-1][1] == QCoreApplication.translate("ReportWindow", (
        "Rewrite the words listed under the signals and recommendations text first: they could identify someone."))

    _type(qtbot, dlg, "Werkdruk blijft een aandachtspunt.\n\nMeer overleg met de ploegen.")
    assert dlg.signals.hits == [] and dlg.export_button.isEnabled()
    assert "Signalen en aanbevelingen" in dlg.preview.toPlainText()  # the report's language (nl)
    starts: list[tuple[str, str]] = []
    real_save_path = seams.save_path
    monkeypatch.setattr(seams, "save_path", lambda parent, title, start, filters: starts.append((title, start))
                        or real_save_path(parent, title, start, filters))
    opened = []
    dlg.open_url = opened.append
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Open)
    seams.preset_path(out)
    qtbot.keyClick(dlg.export_button, Qt.Key.Key_Space)
    settle(qtbot, dlg)
    assert out.exists()
    assert starts and starts[0][0] == QCoreApplication.translate("ReportWindow", "Save the yearly report")
    assert Path(starts[0][1]).parent == report_window.documents_dir()
    assert [u.toLocalFile() for u in opened] == [str(out.resolve())]
    pdf_text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Signalen en aanbevelingen" in pdf_text
    assert "Werkdruk blijft een aandachtspunt." in pdf_text and "Meer overleg met de ploegen." in pdf_text
    assert "Zwaluw" not in pdf_text
    assert releases.releases(win.service.vault, win.org.id)[-1].signals_text.startswith("Werkdruk blijft")

    # a re-export of the released period re-issues the same text, read-only
    assert dlg.prepared.reissue and dlg.signals.edit.isReadOnly()
    assert dlg.signals.text.startswith("Werkdruk blijft")
    again = tmp_path / "again.pdf"
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Apply)
    seams.preset_path(again)
    dlg.export()
    settle(qtbot, dlg)
    assert [u.toLocalFile() for u in opened][-1] == str(tmp_path.resolve())  # "Show in folder"
    again_text = subprocess.run(["pdftotext", str(again), "-"], capture_output=True, text=True,
                                check=True).stdout
    assert "Werkdruk blijft een aandachtspunt." in again_text


def test_lock_clears_the_typed_text_and_keeps_it_in_the_vault(qtbot, win):
    dlg = _report(qtbot, win)
    _type(qtbot, dlg, "Zwaluw")
    panel = dlg.signals
    win.lock()
    assert panel.edit.toPlainText() == "" and panel.model.stringList() == []
    assert QApplication.activeModalWidget() is None
    win.unlock_now(PASSPHRASE)
    again = _report(qtbot, win)  # the text comes back from its draft in the vault, checked again
    assert again.signals.text == "Zwaluw" and not again.export_button.isEnabled()
    assert [h.word for h in again.signals.hits] == ["Zwaluw"]


def test_each_organisation_keeps_its_own_text(qtbot, win):
    other = Organisation(name="Gemeente NL", profile="NL")
    win.service.save_organisation(other)
    dlg = _report(qtbot, win)
    _type(qtbot, dlg, "Tekst voor het zorgcentrum")
    dlg.org.setCurrentIndex(dlg.org.findData(other.id))
    settle(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.prepared is not None and dlg.prepared.org_id == other.id, timeout=10_000)
    assert dlg.signals.text == ""
    dlg.org.setCurrentIndex(dlg.org.findData(win.org.id))
    settle(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.prepared is not None and dlg.prepared.org_id == win.org.id, timeout=10_000)
    assert dlg.signals.text == "Tekst voor het zorgcentrum"
