"""Installer inputs, checked cheaply (the PyInstaller build itself runs in installer/build_linux.sh)."""

from __future__ import annotations

import ast
import configparser
import struct
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]


def test_spec_and_scripts_are_valid_python():
    for f in ("installer/vp-desk.spec", "installer/smoke_test.py", "installer/make_icons.py",
              "installer/vp_desk_launcher.py"):
        ast.parse((ROOT / f).read_text("utf-8"), filename=f)


def test_desktop_file_has_the_required_keys():
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(ROOT / "resources/linux/vp-desk.desktop")
    entry = cp["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Exec"] == "vp-desk" and entry["Icon"] == "vp-desk"
    assert entry["Name"] == "VP Desk" and entry["Categories"].endswith(";")


def test_icons_exist_and_load(qapp):
    svg = ROOT / "resources/icons/vp-desk.svg"
    assert QSvgRenderer(str(svg)).isValid()
    assert not QIcon(str(svg)).isNull()
    ico = (ROOT / "resources/icons/vp-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ROOT / "resources/icons/vp-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_resource_locator_finds_the_frozen_layout(tmp_path, monkeypatch):
    from vp_desk import resources

    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.delenv("VP_DESK_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_root() == tmp_path / "resources"
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources/fonts/DejaVuSans.ttf"


def test_bundled_licences_are_listed():
    text = (ROOT / "resources/licenses/README.md").read_text("utf-8")
    for name in ("Qt", "SQLCipher", "ReportLab", "keyring", "platformdirs", "DejaVu", "OpenSSL"):
        assert name in text
    for listed in ("LGPL-3.0.txt", "GPL-3.0.txt", "Apache-2.0.txt", "ReportLab-BSD.txt", "sqlcipher3.txt"):
        assert (ROOT / "resources/licenses" / listed).exists()
