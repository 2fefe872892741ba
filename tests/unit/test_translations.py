"""Every user-visible string is translated: .ts files complete and in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("nl", "fr", "en")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source"))] = msg
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_has_no_unfinished_entries(lang):
    ts = I18N / f"vp_desk_{lang}.ts"
    assert ts.exists()
    bad = []
    for key, msg in messages(ts).items():
        tr = msg.find("translation")
        forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not (
                (tr.text or "").strip() or any(forms)):
            bad.append(key)
    assert not bad, f"{lang}: {len(bad)} unfinished, e.g. {bad[:5]}"


def test_ts_files_are_in_step_with_the_source(tmp_path):
    here = Path(sys.executable).parent  # the venv's bin/ (Scripts\ with .exe on Windows)
    lupdate = next((p for p in (here / "pyside6-lupdate", here / "pyside6-lupdate.exe") if p.exists()),
                   None) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "vp_desk").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    wanted = set(messages(fresh))
    have = set(messages(I18N / "vp_desk_nl.ts"))
    missing = wanted - have
    assert not missing, f"run `python tools/i18n.py update`: {sorted(missing)[:5]}"


def test_dutch_is_loaded_and_used(qapp):
    from PySide6.QtCore import QCoreApplication

    from vp_desk import i18n

    try:
        assert i18n.install(qapp, "nl") == "nl"
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Vergrendelen"
        assert QCoreApplication.translate("VaultError", "There is no vault at this location.") == \
            "Op deze locatie staat geen kluis."
        i18n.install(qapp, "fr")
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Verrouiller"
    finally:
        i18n.install(qapp, "en")
