"""GUI test helpers shared by every screen's tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from vp_desk.paths import Config
from vp_desk.storage.vault import Vault
from vp_desk.ui.shell.window import MainWindow

from ..conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch):
    """Every question must be answered through ui.seams; a real modal box would hang."""
    def fail(self):
        raise AssertionError(f"unexpected message box: {self.text()[:80]}")

    monkeypatch.setattr(QMessageBox, "exec", fail)


@pytest.fixture
def open_window(qtbot, tmp_path):
    """A main window on a new, unlocked vault (locked again after the test)."""
    windows = []

    def make(name: str = "gui.vpvault") -> MainWindow:
        path = tmp_path / name
        Vault.create(path, PASSPHRASE).close()
        w = MainWindow(Config(tmp_path / "c.json"), vault_path=path)
        qtbot.addWidget(w)
        w.show()
        w.unlock_now(PASSPHRASE)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.lock()
