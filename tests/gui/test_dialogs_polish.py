"""Issue 16's dialog items: the retention spin box names the profile's default and steps
up from it to that default (it showed "0 jaar"), and the close/reopen dialogs say what
closing and reopening do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vp_desk import i18n
from vp_desk.domain.catalog import profile
from vp_desk.ui.organisation.dialog import OrganisationDialog

UP = Qt.Key.Key_Up


def test_retention_spin_names_the_default_and_steps_up_from_it(qtbot, qapp, service):
    i18n.install(qapp, "en")  # the English plural forms come from the translations
    dlg = OrganisationDialog(service)
    qtbot.addWidget(dlg)
    dlg.show()
    spin = dlg.retention
    be_years = profile("BE").retention_years_after_closure
    assert spin.years() is None and f"({be_years} years)" in spin.text()
    spin.setFocus()
    qtbot.keyClick(spin, UP)
    assert spin.value() == be_years and spin.text() != "0 years"
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == be_years - 2
    spin.setValue(-1)
    dlg.profile.setCurrentIndex(dlg.profile.findData("NL"))
    nl_years = profile("NL").retention_years_after_closure
    assert f"({nl_years} year" in spin.text()
    qtbot.keyClick(spin, UP)
    assert spin.value() == nl_years
    spin.setValue(-1)
    dlg.name.setText("Klant")
    dlg._save()
    assert service.repo.organisations()[0].retention_years is None


def test_close_and_reopen_dialogs_say_what_they_do_and_are_compact(qtbot, qapp, service, be_org, make_dossier):
    from datetime import date

    from vp_desk.ui.dossier.closure_dialog import ClosureDialog

    i18n.install(qapp, "en")
    open_one = make_dossier(be_org)
    closed = make_dossier(be_org)
    service.close_dossier(closed.id, date(2026, 6, 1), "referred", "")
    close = ClosureDialog(service, service.dossier(open_one.id))
    reopen = ClosureDialog(service, service.dossier(closed.id))
    for dlg in (close, reopen):
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.height() <= dlg.sizeHint().height() + 4  # no empty space under the fields
    text = " ".join(lab.text() for lab in close.findChildren(type(close.delete_by)))
    assert "Closing ends the follow-up" in text and "Aftercare" in text
    for item in profile("BE").items("outcomes"):  # the outcome choices, as the report counts them
        assert item.label("en") in text
    text = " ".join(lab.text() for lab in reopen.findChildren(type(reopen.delete_by)))
    assert "Reopening makes the dossier open again" in text and "stays in its history" in text


def cut_off(table) -> list[str]:
    """Columns narrower than their contents (Qt's own size hints), or rows lower than their
    wrapped text."""
    model, out = table.model(), []
    assert table.horizontalScrollBar().maximum() == 0, "columns scrolled out of view"
    for col in range(model.columnCount()):
        if not table.wordWrap() and table.sizeHintForColumn(col) > table.columnWidth(col):
            out.append(str(model.headerData(col, Qt.Orientation.Horizontal)))
    if table.wordWrap():
        out += [f"row {row}" for row in range(min(model.rowCount(), 20))
                if table.sizeHintForRow(row) > table.rowHeight(row)]
    return out


def test_no_column_is_cut_off_in_the_retention_and_paper_lists(qtbot, qapp, monkeypatch, service, be_org,
                                                               make_dossier):
    from datetime import date

    from PySide6.QtCore import QRect

    from vp_desk.domain.models import PaperDocument
    from vp_desk.ui.access.window import PaperDocumentsDialog
    from vp_desk.ui.common import seams
    from vp_desk.ui.retention.window import RetentionWindow

    i18n.install(qapp, "nl")
    monkeypatch.setattr(seams, "available_geometry", lambda _w: QRect(0, 0, 1024, 700))
    try:
        old = make_dossier(be_org, request_date=date(2015, 3, 2), intake_date=date(2015, 3, 4))
        service.close_dossier(old.id, date(2015, 6, 1), "referred", "")
        d = make_dossier(be_org)
        service.save_paper_document(PaperDocument(dossier_id=d.id, kind="request_informal",
                                                  signed_date=date(2026, 3, 5),
                                                  intervention_type="intervention_other", copy_given=True))
        retention = RetentionWindow(service)
        papers = PaperDocumentsDialog(service, d.id)
        for w, table in ((retention, retention.table), (papers, papers.table)):
            qtbot.addWidget(w)
            w.show()
            qtbot.waitExposed(w)
            assert table.model().rowCount() >= 1
            assert cut_off(table) == [], type(w).__name__
        retention.table.selectRow(0)
        assert "jaarverslag 2015" in retention.why.text()  # the reason in full under the list
    finally:
        i18n.install(qapp, "en")
