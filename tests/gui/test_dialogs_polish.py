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
