"""Start-up loads only what the unlock screen needs; the vault's features are composed
at the first unlock (issue 14). Checked in a fresh interpreter, by what it imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ..conftest import PASSPHRASE

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from vp_desk.app import main  # noqa: F401 - the entry point, as a start loads it
from vp_desk.paths import Config
from vp_desk.ui.shell.window import MainWindow
app = QApplication([])
from pathlib import Path
w = MainWindow(Config(Path(sys.argv[1])), vault_path=Path(sys.argv[2]))
w.show(); app.processEvents()
before = sorted(sys.modules)
w.unlock_now(sys.argv[3])
print(json.dumps({"before": before, "after": sorted(sys.modules),
                  "composed": w.features.dossiers is not None}))
w.lock("quit")
"""

NOT_AT_START = ("sqlcipher3", "zxcvbn", "reportlab", "vp_desk.cli", "vp_desk.storage.repository",
                "vp_desk.storage.vault", "vp_desk.usecases.desk", "vp_desk.report", "vp_desk.ui.dossier",
                "vp_desk.ui.reports", "vp_desk.ui.register", "vp_desk.ui.role", "vp_desk.ui.retention",
                "vp_desk.ui.access", "vp_desk.ui.organisation", "vp_desk.ui.security.dialogs")


def test_start_loads_only_the_unlock_screen_and_composes_features_at_unlock(tmp_path):
    from vp_desk.storage.vault import Vault

    path = tmp_path / "s.vpvault"
    Vault.create(path, PASSPHRASE).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VP_DESK_CONFIG_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "c.json"), str(path), PASSPHRASE],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    loaded = [m for m in seen["before"] if m.startswith(NOT_AT_START)]
    assert loaded == []
    assert seen["composed"] and "vp_desk.ui.dossier.controller" in seen["after"]
