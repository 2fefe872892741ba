"""Issue 16: in every record form, in Dutch, French and English, each label's Alt+letter
moves the focus to its field, and no two mnemonics of one form share a letter."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from vp_desk import i18n
from vp_desk.domain.models import Dossier, Organisation
from vp_desk.ui.access.window import PaperDocumentsDialog
from vp_desk.ui.common.form_keys import focus_target
from vp_desk.ui.dossier.closure_dialog import ClosureDialog
from vp_desk.ui.dossier.consent_dialog import ConsentDialog
from vp_desk.ui.dossier.contact_dialog import ContactDialog
from vp_desk.ui.dossier.intake_dialog import IntakeDialog
from vp_desk.ui.dossier.intervention_dialog import InterventionDialog
from vp_desk.ui.dossier.referral_dialog import ReferralDialog
from vp_desk.ui.register.entry_dialog import RegisterEntryDialog
from vp_desk.ui.shell.lock_screen import CreateVaultDialog

ALT = Qt.KeyboardModifier.AltModifier
FORMS = ("intake", "intake_nl", "contact", "consent", "intervention", "referral", "close", "reopen",
         "register", "paper")


def mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.fixture
def records(service):
    be = Organisation(name="Zorgcentrum Test", profile="BE")
    nl = Organisation(name="Gemeente Test", profile="NL")
    service.save_organisation(be)
    service.save_organisation(nl)
    d = Dossier(org_id=be.id, code="ALFA", request_date=date(2026, 3, 2), intake_date=date(2026, 3, 4),
                channel="phone", themes=("stress",))
    closed = Dossier(org_id=be.id, code="BRAVO", request_date=date(2026, 3, 2), intake_date=date(2026, 3, 4),
                     channel="phone", themes=("stress",))
    service.save_dossier(d)
    service.save_dossier(closed)
    service.close_dossier(closed.id, date(2026, 6, 1), service.profile_of(be.id).keys("outcomes")[0])
    return service, be, nl, service.dossier(d.id), service.dossier(closed.id)


def make_form(name: str, records):
    service, be, nl, d, closed = records
    return {
        "intake": lambda: IntakeDialog(service, org_id=be.id, autosave_ms=60_000),
        "intake_nl": lambda: IntakeDialog(service, org_id=nl.id, autosave_ms=60_000),
        "contact": lambda: ContactDialog(service, d, autosave_ms=60_000),
        "consent": lambda: ConsentDialog(service, d),
        "intervention": lambda: InterventionDialog(service, d, autosave_ms=60_000),
        "referral": lambda: ReferralDialog(service, d),
        "close": lambda: ClosureDialog(service, d),
        "reopen": lambda: ClosureDialog(service, closed),
        "register": lambda: RegisterEntryDialog(service, be.id),
        "paper": lambda: PaperDocumentsDialog(service, d.id),
    }[name]()


def shown_mnemonics(form: QWidget) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in form.findChildren(QLabel) + form.findChildren(QAbstractButton):
        if w.isVisibleTo(form) and (m := mnemonic(w.text())):
            out.setdefault(m, []).append(w.text())
    return out


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_alt_letter_focuses_each_field_and_no_two_mnemonics_clash(qtbot, qapp, records, lang):
    i18n.install(qapp, lang)
    try:
        for name in FORMS:
            form = make_form(name, records)
            qtbot.addWidget(form)
            form.show()
            form.activateWindow()
            qtbot.waitUntil(lambda f=form: QApplication.activeWindow() is f, timeout=2000)
            clashes = {k: v for k, v in shown_mnemonics(form).items() if len(v) > 1}
            assert not clashes, f"{lang} {name}: {clashes}"
            labels = [lab for lab in form.findChildren(QLabel)
                      if lab.isVisibleTo(form) and lab.buddy() is not None and mnemonic(lab.text())]
            assert labels, f"{lang} {name}: no label with a mnemonic"
            for lab in labels:
                field = focus_target(lab.buddy())
                assert field is not None, f"{lang} {name}: {lab.text()!r} has no field"
                if not field.isEnabled():  # e.g. the worker's identity before the consent is ticked
                    continue
                start = QApplication.focusWidget()
                assert start is not None
                key = Qt.Key(ord(mnemonic(lab.text()).upper()))
                qtbot.keyClick(start, key, ALT)
                assert QApplication.focusWidget() is field, f"{lang} {name}: Alt+{mnemonic(lab.text())} ({lab.text()!r})"
            form.locking = True  # close without the draft question
            form.close()
    finally:
        i18n.install(qapp, "en")


def stray_ampersands(root: QWidget) -> list[str]:
    """Visible labels that show their "&" because no field is their buddy."""
    return [lab.text() for lab in root.findChildren(QLabel)
            if lab.isVisibleTo(root) and mnemonic(lab.text()) and lab.buddy() is None
            and lab.textFormat() != Qt.TextFormat.RichText and not lab.text().lstrip().startswith("<")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_label_shows_its_ampersand(qtbot, qapp, records, tmp_path, lang):
    """"&Locatie:" in the new-vault dialog showed its ampersand."""
    i18n.install(qapp, lang)
    try:
        dlg = CreateVaultDialog(suggested=tmp_path / "new.vpvault")
        qtbot.addWidget(dlg)
        dlg.show()
        assert stray_ampersands(dlg) == []
        for name in FORMS:
            form = make_form(name, records)
            qtbot.addWidget(form)
            form.show()
            assert stray_ampersands(form) == [], name
            form.locking = True
            form.close()
    finally:
        i18n.install(qapp, "en")


# -- Ctrl+S / Ctrl+Enter from a notes field -----------------------------------------------
NOTE_FORMS = {  # form -> (its notes field, how to read back what was saved)
    "intake_edit": ("notes", lambda s, d: s.dossier(d.id).intake_notes),
    "contact": ("notes", lambda s, d: s.contacts(d.id)[-1].notes if s.contacts(d.id) else None),
    "intervention": ("notes", lambda s, d: s.interventions(d.id)[-1].notes if s.interventions(d.id) else None),
    "consent": ("description", lambda s, d: s.consents(d.id)[-1].description if s.consents(d.id) else None),
    "close": ("note", lambda s, d: s.dossier(d.id).closure_note),
    "register": ("description", None),
}


@pytest.mark.parametrize("key", [(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
                                 (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
                                 (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier
                                  | Qt.KeyboardModifier.KeypadModifier)])
@pytest.mark.parametrize("name", list(NOTE_FORMS))
def test_save_key_saves_from_the_notes_field(qtbot, records, name, key):
    service, be, _nl, d, _closed = records
    field_name, read = NOTE_FORMS[name]
    if name == "intake_edit":
        form = IntakeDialog(service, d, autosave_ms=60_000)
    elif name == "intervention":
        form = InterventionDialog(service, d, autosave_ms=60_000)
        form.type.setCurrentIndex(form.type.findData("conversation"))
    else:
        form = make_form(name, records)
    if name == "register":
        form.types.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=2000)
    notes = getattr(form, field_name)
    notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes, timeout=1000)
    qtbot.keyClicks(notes, "Kort gesprek")
    qtbot.keyClick(notes, *key)
    assert form.result() == form.DialogCode.Accepted and not form.isVisible(), name
    if read is None:
        assert [e.description for e in form.store.entries(be.id)] == ["Kort gesprek"]
    else:
        assert read(service, d) == "Kort gesprek"  # saved as typed: no new line from the key


def test_a_contact_between_request_and_intake_is_saved_from_the_dialog(qtbot, service):
    """The dossier starts at its request date: a contact before the intake is not "before
    the start of the dossier"."""
    from vp_desk.ui.common.form_base import qdate

    org = Organisation(name="Zorgcentrum Test", profile="BE")
    service.save_organisation(org)
    d = Dossier(org_id=org.id, code="ALFA", request_date=date(2026, 3, 2), intake_date=date(2026, 3, 20),
                channel="phone", themes=("stress",))
    service.save_dossier(d)
    dlg = ContactDialog(service, service.dossier(d.id), autosave_ms=60_000)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.date.setDate(qdate(date(2026, 3, 10)))
    assert dlg.try_save(), dlg.message_text("date")
    assert [c.date for c in service.contacts(d.id)] == [date(2026, 3, 10)]
    early = ContactDialog(service, service.dossier(d.id), autosave_ms=60_000)
    qtbot.addWidget(early)
    early.show()
    early.date.setDate(qdate(date(2026, 3, 1)))
    assert not early.try_save()
    assert early.message_text("date") == "The date lies before the start of the dossier (02-03-2026)."
    early.locking = True
    early.close()
