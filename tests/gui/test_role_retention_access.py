"""My role, Due for erasure, Access view, Paper documents and Blank forms, driven through
the main window's menus with real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vp_desk.domain.models import Consent, Contact, Dossier, Intervention, Organisation, OwnActivity
from vp_desk.ui.access.window import AccessView, PaperDocumentsDialog
from vp_desk.ui.common import seams
from vp_desk.ui.retention.window import BlankFormsDialog, RetentionWindow
from vp_desk.ui.role.window import ActivityDialog, RoleWindow

TODAY = date(2026, 11, 23)


@pytest.fixture
def win(open_window):
    w = open_window("role.vpvault")
    w.service.today = lambda: TODAY
    org = Organisation(name="Zorgcentrum Test", profile="BE", appointment_date=date(2019, 1, 15))
    w.service.save_organisation(org)
    w.vault_view.reload_organisations(select=org.id)
    w.org = org
    yield w
    w.lock()


def _dossier(w, **kw) -> Dossier:
    d = Dossier(org_id=w.org.id, code=kw.pop("code", "2026-001"), request_date=kw.pop("request_date", date(2026, 3, 2)),
                intake_date=kw.pop("intake_date", date(2026, 3, 4)), channel="phone", themes=("stress",), **kw)
    w.service.save_dossier(d)
    w.vault_view.reload(select_id=d.id)
    return d


def _last(w):
    return w.features.windows.open[-1]


def test_my_role_shows_due_overdue_and_the_quiet_years_warning(qtbot, win, tmp_path):
    win.features.actions.role.trigger()
    rw = _last(win)
    assert isinstance(rw, RoleWindow)
    kinds = {o.kind: o.status for o in rw.ob_model.rows}
    assert kinds["basic_training"] == "overdue"  # appointed 2019, nothing recorded
    assert kinds["no_dossiers"] == "warning"
    assert "need attention" in rw.summary.text()
    rw.grab().save(str(tmp_path / "role.png"))
    # record the basic training and a dossier: both warnings go
    dlg = ActivityDialog(win.service, win.org.id, parent=rw)
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData("basic_training"))
    dlg.hours.setValue(35)
    dlg.date.setDate(dlg.date.date().addYears(-5))
    assert dlg.try_save()
    _dossier(win)
    rw.reload()
    kinds = {o.kind: o.status for o in rw.ob_model.rows}
    assert kinds["basic_training"] == "done" and "no_dossiers" not in kinds
    assert rw.act_model.rowCount() == 1
    assert "2026" in rw.years.text()


def test_activity_dialog_refuses_bad_input(qtbot, win):
    dlg = ActivityDialog(win.service, win.org.id)
    qtbot.addWidget(dlg)
    dlg.date.setDate(dlg.date.date().addYears(3))
    dlg.note.setPlainText("Intervisiegroep Gent")
    assert not dlg.try_save()
    assert dlg.message_text("date")
    assert dlg.note.toPlainText() == "Intervisiegroep Gent"
    assert win.service.repo.own_activities() == []


def test_delete_activity_asks(qtbot, win):
    win.service.repo.save_own_activity(OwnActivity("intervisie", date(2026, 2, 1), 7.0, win.org.id))
    win.features.actions.role.trigger()
    rw = _last(win)
    rw.act_table.setCurrentIndex(rw.act_proxy.index(0, 0))
    seams.preset_answer(QMessageBox.StandardButton.No)
    rw.delete_activity()
    assert len(win.service.repo.own_activities()) == 1
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    rw.delete_activity()
    assert win.service.repo.own_activities() == []


def test_due_for_erasure_review_confirm_erase_and_log(qtbot, win, tmp_path):
    old = _dossier(win, code="oud-2019", request_date=date(2019, 2, 1), intake_date=date(2019, 2, 2),
                   intake_notes="geheime tekst uit 2019")
    win.service.close_dossier(old.id, date(2019, 6, 1), "resolved_informally")
    _dossier(win, code="nieuw-2026")
    win.features.actions.erasure.trigger()
    rw = _last(win)
    assert isinstance(rw, RetentionWindow)
    assert rw.model.rowCount() == 1
    reason = rw.model.data(rw.model.index(0, 5), Qt.ItemDataRole.ToolTipRole)  # in full; the column says it in short
    assert "yearly report for 2019 was not exported yet" in reason
    assert not rw.erase_button.isEnabled()
    rw.grab().save(str(tmp_path / "erasure.png"))
    rw.table.selectRow(0)
    seams.preset_answer(QMessageBox.StandardButton.Yes)
    rw.confirm_selected()
    assert rw.model.rows[0].due and rw.erase_button.isEnabled()
    seams.preset_answer(QMessageBox.StandardButton.No)
    rw.erase_due()
    assert win.service.repo.count_dossiers() == 2
    seams.preset_answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    rw.erase_due()
    assert win.service.repo.count_dossiers() == 1
    assert rw.model.rowCount() == 0
    assert "Erased: 1 dossier" in seams.shown[-1][1]
    assert "oud-2019" not in rw.log_label.text() and "1" in rw.log_label.text()
    assert win.vault_view.model.total() == 1


def test_access_view_separates_and_hides_working_notes(qtbot, win):
    d = _dossier(win, intake_notes="wat de verzoeker vertelde", real_name="An Peeters")
    win.service.save_contact(Contact(dossier_id=d.id, date=date(2026, 3, 10), kind="phone", minutes=20,
                                     notes="mijn werkaantekening bij het contact"))
    win.features.actions.access.trigger()
    av = _last(win)
    assert isinstance(av, AccessView)
    assert av.record.isReadOnly()
    text = av.record.toPlainText()
    assert "wat de verzoeker vertelde" in text and "An Peeters" in text and "20 min" in text
    assert "werkaantekening" not in text
    assert not av.notes.isVisible()
    av.toggle.setChecked(True)
    assert av.notes.isVisible() and "mijn werkaantekening bij het contact" in av.notes.toPlainText()
    win.lock()
    assert win.features.windows.open == []


def test_access_and_papers_need_a_selected_dossier(qtbot, win):
    win.vault_view.table.clearSelection()
    win.vault_view.table.setCurrentIndex(win.vault_view.proxy.index(-1, -1))
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    win.features.actions.access.trigger()
    assert win.features.windows.open == []
    assert "Select a dossier" in seams.shown[-1][1]


def test_paper_documents_remind_and_record(qtbot, win):
    d = _dossier(win)
    c = Consent(dossier_id=d.id, scope="intervention_other", given_date=date(2026, 3, 4))
    win.service.save_consent(c)
    win.service.save_intervention(Intervention(dossier_id=d.id, date=date(2026, 3, 6), type="intervention_other"))
    win.features.actions.papers.trigger()
    dlg = _last(win)
    assert isinstance(dlg, PaperDocumentsDialog)
    assert "no signed request" in dlg.reminder.text()
    dlg.kind.setCurrentIndex(dlg.kind.findData("request_informal"))
    dlg.type.setCurrentIndex(dlg.type.findData("intervention_other"))
    dlg.signed.setDate(dlg.signed.date().addYears(2))  # in the future: refused, kept
    assert not dlg.try_save() and dlg.message_text("signed_date")
    dlg.signed.setDate(dlg.signed.date().addYears(-2).addMonths(-8))
    assert dlg.try_save()
    assert dlg.model.rowCount() == 1 and dlg.reminder.text() == ""
    papers = win.service.repo.paper_documents(d.id)
    assert papers[0].intervention_type == "intervention_other" and papers[0].copy_given
    dlg.kind.setCurrentIndex(dlg.kind.findData("confirmation_interview"))
    assert not dlg.type.isEnabled()
    assert dlg.try_save()
    assert [p.kind for p in win.service.repo.paper_documents(d.id)] == ["request_informal", "confirmation_interview"]


def test_blank_forms_are_saved_without_vault_data(qtbot, win, tmp_path):
    _dossier(win, code="qzxcanarycode", intake_notes="qzxcanarynote")
    win.features.actions.blank_forms.trigger()
    dlg = _last(win)
    assert isinstance(dlg, BlankFormsDialog)
    dlg.lang.setCurrentIndex(dlg.lang.findData("fr"))
    target = tmp_path / "formulaire"
    seams.preset_path(target)
    seams.preset_answer(QMessageBox.StandardButton.Ok)
    assert dlg.save() == str(target) + ".pdf"
    reader = PdfReader(str(target) + ".pdf")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Demande d'intervention psychosociale informelle" in " ".join(text.split())
    assert "qzxcanary" not in text and b"qzxcanary" not in (tmp_path / "formulaire.pdf").read_bytes()
    seams.preset_path(None)  # cancelled
    assert dlg.save() is None


def test_organisation_dialog_switches_practice_rules_not_laws(qtbot, win):
    """Issue 15: the dialog lists the profile's rules with their source; the Flemish
    government's practice can be switched off for this organisation, a law cannot."""
    from vp_desk.ui.organisation.dialog import OrganisationDialog

    dlg = OrganisationDialog(win.service, win.service.organisation(win.org.id))
    qtbot.addWidget(dlg)
    assert set(dlg.rule_checks) == {"extra_training", "quiet_years", "paps_support", "certificates",
                                    "crisis_procedure"}
    law = [c for c in dlg.rules_box.findChildren(type(dlg.archived)) if not c.isEnabled()]
    assert law and all(c.isChecked() for c in law)  # intervisie, basic training …: shown, not switchable
    texts = " ".join(lbl.text() for lbl in dlg.rules_box.findChildren(type(dlg.error)))
    assert "seed 004" in texts and "GDPB" in texts
    dlg.rule_checks["quiet_years"].setChecked(False)
    dlg.rule_checks["paps_support"].setChecked(False)
    dlg._save()
    assert dlg.result() == 1
    assert not win.service.rule_on(win.org.id, "quiet_years")
    # My role: no quiet-years warning any more, and every obligation shows its source
    win.features.actions.role.trigger()
    rw = _last(win)
    kinds = {o.kind for o in rw.ob_model.rows}
    assert "no_dossiers" not in kinds and "intervisie" in kinds
    m = rw.ob_model
    sources = {m.rows[r].rule: m.data(m.index(r, m.COL_SOURCE)) for r in range(m.rowCount())}
    assert "seed 003" in sources["basic_training"] and "check" in sources["basic_training"]
    assert "seed 004" in sources["intervisie"]
    # switching the profile to the Netherlands shows the LVV's practice instead
    dlg2 = OrganisationDialog(win.service, win.service.organisation(win.org.id))
    qtbot.addWidget(dlg2)
    dlg2.profile.setCurrentIndex(dlg2.profile.findData("NL"))
    assert set(dlg2.rule_checks) == {"lvv_basic_course", "lvv_further_training", "mediation", "certificates",
                                     "crisis_procedure"}
    assert not dlg2.rule_checks["mediation"].isChecked()


def test_due_panel_shows_sources_and_follows_the_paps_switch(qtbot, win):
    _dossier(win, senior_involved=True, intake_date=None, request_date=date(2026, 11, 20))
    c = win.features.dossiers
    c.refresh_due()
    m = c.due_panel.model
    rows = {m.rows[r].item.kind: r for r in range(m.rowCount())}
    assert "GDPB, seed 004" in m.data(m.index(rows["paps_support"], m.COL_SOURCE))
    assert "10 calendar days" in m.data(m.index(rows["first_hearing"], m.COL_SOURCE))
    win.service.set_rule_switches(win.org.id, {"paps_support": False})
    c.refresh_due()
    assert "paps_support" not in {m.rows[r].item.kind for r in range(m.rowCount())}


def test_my_role_speaks_netherlands_dutch_for_a_dutch_organisation(qtbot, win, monkeypatch):
    """Issue 15: a Dutch organisation gets no Belgian deadlines and no Belgian words: the
    LVV's practice, "Overleg met de preventiemedewerker" instead of "… preventieadviseur"."""
    from vp_desk import i18n

    monkeypatch.setattr(i18n, "_current", "nl")  # the catalog labels of the Dutch interface
    nl = Organisation(name="Gemeente Test", profile="NL", appointment_date=date(2019, 1, 15))
    win.service.save_organisation(nl)
    win.service.repo.save_own_activity(OwnActivity("paps_consultation", date(2026, 5, 1), 1.0, nl.id))
    win.vault_view.reload_organisations(select=nl.id)
    win.features.actions.role.trigger()
    rw = _last(win)
    rw.org.setCurrentIndex(rw.org.findData(nl.id))
    assert {o.rule for o in rw.ob_model.rows if o.rule} == {"lvv_basic_course", "lvv_further_training"}
    assert not any(o.status in ("overdue", "warning") for o in rw.ob_model.rows)
    label = rw.act_model.data(rw.act_model.index(0, 1))
    assert label == "Overleg met de preventiemedewerker / arbodienst"
    dlg = ActivityDialog(win.service, nl.id, parent=rw)
    qtbot.addWidget(dlg)
    assert dlg.kind.itemText(dlg.kind.findData("paps_consultation")) == label
