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
