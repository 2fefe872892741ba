"""Issue 16: a full Belgian intake from the keyboard in at most 24 navigation keys, with
issue 15's new fields (who asks, risk domains), driven through the real dialog with real
key presses; and the intake form's own label mnemonics (Alt+letter)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from vp_desk import i18n
from vp_desk.domain.models import Organisation
from vp_desk.ui.common import seams
from vp_desk.ui.common.date_field import DateField
from vp_desk.ui.dossier.intake_dialog import IntakeDialog

NONE, ALT, CTRL = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier,
                   Qt.KeyboardModifier.ControlModifier)
TODAY = date.today()


@pytest.fixture
def dutch(qapp):
    """The Dutch interface (labels, mnemonics and catalog labels as a Flemish user sees them)."""
    i18n.install(qapp, "nl")
    yield
    i18n.install(qapp, "en")  # as the other tests expect


class Keys:
    """Presses keys on whatever has the focus, as a user would, and counts the navigation
    keys (everything but the text typed into a date, a pseudonym or a note)."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count, self.log = qtbot, 0, []

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        target = QApplication.focusWidget()
        assert target is not None, f"no focus after {self.log}"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1
        self.log.append(key.name.removeprefix("Key_"))

    def letter(self, ch: str) -> None:
        """A typed letter that picks a choice in a combo or a list (counted: it navigates)."""
        self.qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new type-ahead search
        self.press(getattr(Qt.Key, f"Key_{ch.upper()}"))

    def text(self, text: str) -> None:
        target = QApplication.focusWidget()
        self.qtbot.keyClicks(target, text)


def _be_org(w) -> Organisation:
    org = Organisation(name="Zorgcentrum Test", profile="BE")
    w.service.save_organisation(org)
    w.vault_view.reload_organisations(select=org.id)
    w.vault_view.reload()
    return org


def _open_intake(qtbot, w, keys: Keys) -> IntakeDialog:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    w.vault_view.table.setFocus()
    keys.press(Qt.Key.Key_N, CTRL)
    dlg = w.features.dossiers.dialog
    assert isinstance(dlg, IntakeDialog) and dlg.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
    return dlg


def test_a_full_belgian_intake_takes_at_most_24_navigation_keys(qtbot, open_window, dutch):
    w = open_window("keys24.vpvault")
    org = _be_org(w)
    keys = Keys(qtbot)
    dlg = _open_intake(qtbot, w, keys)
    requested = TODAY - timedelta(days=3)
    assert QApplication.focusWidget() is dlg.request_date
    keys.text(requested.strftime("%d-%m-%Y"))     # own request date, typed whole
    keys.press(Qt.Key.Key_Tab)                     # -> intake date (today: kept)
    assert QApplication.focusWidget() is dlg.intake_date
    keys.press(Qt.Key.Key_Tab)                     # -> channel
    keys.letter("t")                               # Telefoon
    keys.press(Qt.Key.Key_Tab)                     # -> who asks
    keys.letter("g")                               # Getuige of omstaander
    keys.press(Qt.Key.Key_Tab)                     # -> sphere
    keys.letter("b")                               # Beide
    keys.press(Qt.Key.Key_Tab)                     # -> other party
    keys.letter("l")                               # Leidinggevende
    keys.press(Qt.Key.Key_Tab)                     # -> themes
    assert QApplication.focusWidget() is dlg.themes
    keys.letter("p")                               # Pesterijen
    keys.press(Qt.Key.Key_Space)
    keys.letter("d")                               # Discriminatie (new in the BE list)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)                     # -> risk domains
    assert QApplication.focusWidget() is dlg.domains
    keys.letter("i")                               # Interpersoonlijke relaties op het werk
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)                     # -> notes
    assert QApplication.focusWidget() is dlg.notes
    keys.text("Verzoeker zag hoe een collega werd uitgelachen.")
    keys.press(Qt.Key.Key_Tab)                     # -> first flag
    assert QApplication.focusWidget() is dlg.senior
    keys.press(Qt.Key.Key_Space)                   # a senior official is involved
    keys.press(Qt.Key.Key_Return)                  # Save
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    assert keys.count <= 24, (keys.count, keys.log)
    d = w.service.repo.dossier(dlg.saved_id)
    assert d.org_id == org.id
    assert (d.request_date, d.intake_date) == (requested, TODAY)
    assert (d.channel, d.requester, d.sphere, d.relation) == ("phone", "witness", "both", "supervisor")
    assert set(d.themes) == {"bullying", "discrimination"}
    assert d.domains == ("interpersonal_relations",)
    assert (d.senior_involved, d.group_problem, d.formal_request_considered, d.paps_involved) == (
        True, False, False, False)
    assert d.intake_notes == "Verzoeker zag hoe een collega werd uitgelachen."
    assert d.code.strip() and d.gender is None and d.age_band is None and d.role is None
    # the dossier view shows who asks and the risk domains
    w.features.dossiers.open_dossier(d.id)
    header = w.features.dossiers.view.header.text()
    assert "Wie vraagt:</b> Getuige of omstaander" in header
    assert "Risicodomeinen:</b> Interpersoonlijke relaties op het werk" in header


def test_the_intake_labels_mnemonics_reach_their_fields(qtbot, open_window, dutch):
    w = open_window("mnemonics.vpvault")
    _be_org(w)
    keys = Keys(qtbot)
    dlg = _open_intake(qtbot, w, keys)
    for letter, widget in (("k", dlg.channel), ("u", dlg.code), ("w", dlg.requester), ("r", dlg.domains),
                           ("t", dlg.themes), ("i", dlg.notes), ("v", dlg.request_date)):
        keys.press(getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        assert QApplication.focusWidget() is widget, (letter, QApplication.focusWidget())
    keys.press(Qt.Key.Key_E, ALT)                  # "Een di&ensthoofd …": ticks the flag
    qtbot.waitUntil(dlg.senior.isChecked, timeout=1000)  # a mnemonic clicks (animated) the box
    seams.preset_answer(QMessageBox.StandardButton.No)
    dlg.reject()


def test_the_date_field_takes_one_tab_and_a_typed_date(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    box = QWidget()
    before, field, after = QLineEdit(), DateField(date(2026, 2, 10), "Datum"), QLineEdit()
    lay = QVBoxLayout(box)
    for x in (before, field, after):
        lay.addWidget(x)
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=2000)
    for typed, expected in (("15-03-2026", date(2026, 3, 15)), ("31-01-2026", date(2026, 1, 31)),
                            ("15032026", date(2026, 3, 15)), ("5/3/2026", date(2026, 3, 5)),
                            ("1.2.26", date(2026, 2, 1))):
        before.setFocus()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after, typed   # one Tab, not three
        assert field.date().toPython() == expected, typed
        assert field.text() == expected.strftime("%d-%m-%Y")
    # no date is never turned into another one: the focus and the typed text stay
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "31-02-2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field and field.text() == "31-02-2026"
    assert field.date().toPython() == date(2026, 2, 1) and "dd-mm-yyyy" in field.toolTip()
    qtbot.keyClick(field, Qt.Key.Key_Escape)       # back to the date it had
    assert field.text() == "01-02-2026" and field.toolTip() == ""
    qtbot.keyClick(field, Qt.Key.Key_Up)           # Up still moves the day
    assert field.date().toPython() == date(2026, 2, 2)
    qtbot.keyClick(field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before


def test_the_netherlands_intake_asks_who_but_has_no_risk_domains(qtbot, open_window, dutch):
    w = open_window("nlkeys.vpvault")
    org = Organisation(name="Gemeente Test", profile="NL")
    w.service.save_organisation(org)
    w.vault_view.reload_organisations(select=org.id)
    w.vault_view.reload()
    keys = Keys(qtbot)
    dlg = _open_intake(qtbot, w, keys)
    assert not dlg.domains.isVisibleTo(dlg) and not dlg.domains_label.isVisibleTo(dlg)
    labels = [dlg.requester.itemText(i) for i in range(dlg.requester.count())]
    assert "Getuige of omstander" in labels and "Oud-medewerker" in labels  # Netherlands Dutch
    assert dlg.requester.currentData() == "concerned"  # a new intake starts at the most common position
    for _ in range(5):                             # request, intake, channel, who asks, sphere ...
        keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)                     # ... other party -> themes
    assert QApplication.focusWidget() is dlg.themes
    keys.letter("p")                               # Pesten
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)                     # no domains: straight to the notes
    assert QApplication.focusWidget() is dlg.notes
    state = dlg.state()                            # a draft keeps who asks and the domains
    assert state["requester"] == "concerned" and state["domains"] == []
    keys.text("Kort gesprek.")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    d = w.service.repo.dossier(dlg.saved_id)
    assert (d.requester, d.domains, d.themes) == ("concerned", (), ("bullying",))


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_mnemonic_of_the_intake_form_is_its_own(qtbot, open_window, qapp, lang):
    """Two fields on one Alt+letter would only take turns: each label and flag has its own."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    w = open_window(f"mn-{lang}.vpvault")
    org = _be_org(w)
    i18n.install(qapp, lang)
    try:
        dlg = IntakeDialog(w.service, org_id=org.id, parent=w)
        qtbot.addWidget(dlg)
        texts = [x.text() for x in dlg.findChildren(QLabel) if x.buddy() is not None]
        texts += [x.text() for x in dlg.findChildren(QAbstractButton) if x.parent() is not dlg.buttons]
        keys = [QKeySequence.mnemonic(t).toString() for t in texts if "&" in t]
        assert len(keys) >= 19 and len(keys) == len(set(keys)), sorted(zip(keys, texts, strict=True))
        seams.preset_answer(QMessageBox.StandardButton.No)
        dlg.reject()
    finally:
        i18n.install(qapp, "en")
