"""Issue 16: the meter rates well-known phrases realistically, whatever their capitals,
separators and signs ("Koffie met melk!" was "strong"), and an old message goes once the
user types (the settings dialog's "passphrase to remember" kept it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vp_desk.paths import Config
from vp_desk.security.keychain import Keychain
from vp_desk.security.passphrase import PHRASE, estimate
from vp_desk.storage.vault import Vault
from vp_desk.ui.shell.lock_screen import CreateVaultDialog
from vp_desk.ui.shell.window import MainWindow

from ..conftest import PASSPHRASE
from ..keyring_double import MemoryKeyring


@pytest.mark.parametrize("phrase", ["koffie met melk", "Koffie met melk!", "KOFFIE-MET-MELK", "koffie_met_melk.",
                                    "Ik hou van jou!", "je t'aime", "Café au lait", "Lang leve de koning"])
def test_well_known_phrases_are_very_weak_in_any_dress(phrase):
    s = estimate(phrase)
    assert not s.acceptable and s.score <= 1, (phrase, s)
    assert s.problems[0] in (PHRASE, "use at least 10 characters (a short sentence is best)")


@pytest.mark.parametrize("phrase", ["kwartel pinda regenjas 7", "nieuwe lente op het dak 42",
                                    "Zwaluwstaartvlinder fietst traag!", "le chat mange 3 poires vertes"])
def test_real_passphrases_stay_strong_with_separators_taken_out(phrase):
    s = estimate(phrase)
    assert s.acceptable and s.score >= 3


def test_meter_in_the_create_dialog_calls_koffie_met_melk_weak(qtbot, tmp_path):
    dlg = CreateVaultDialog(suggested=tmp_path / "new.vpvault")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.pass1, "Koffie met melk!")
    assert dlg.meter.value() <= 1 and dlg.meter.text() in ("very weak", "weak")


def test_settings_passphrase_message_goes_when_typing(qtbot, tmp_path):
    path = tmp_path / "s.vpvault"
    Vault.create(path, PASSPHRASE).close()
    w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
    qtbot.addWidget(w)
    w.show()
    w.unlock_now(PASSPHRASE)
    try:
        w.features.security.keychain = Keychain(backend=MemoryKeyring(), config=w.config)
        w.features.security.settings_action.trigger()
        dlg = w.features.security.settings_dialog
        dlg.remember.setChecked(True)
        qtbot.keyClicks(dlg.passphrase, "niet de juiste")
        qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dlg.isVisible() and dlg.error.isVisible()
        qtbot.keyClicks(dlg.passphrase, "x")
        assert not dlg.error.isVisible()
        dlg.reject()
    finally:
        w.lock("test-end")
