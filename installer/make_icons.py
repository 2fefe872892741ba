#!/usr/bin/env python3
"""Render resources/icons/vp-desk.svg into the platform icon files with Qt itself:
vp-desk.ico (Windows: 16–256 px PNG entries), vp-desk.icns (macOS: PNG entries in an ICNS
container, written by hand — the format is a simple list of tagged chunks) and PNGs for
Linux (hicolor sizes). Run: .venv/bin/python installer/make_icons.py"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "vp-desk.svg"
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render(size: int) -> bytes:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(p)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data)


def write_ico(path: Path, sizes: list[int]) -> None:
    images = [render(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path) -> None:
    chunks = b"".join(t + struct.pack(">I", 8 + len(png)) + png
                      for t, png in ((t, render(s)) for s, t in ICNS_TYPES.items()))
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    write_ico(ICONS / "vp-desk.ico", [16, 24, 32, 48, 64, 128, 256])
    write_icns(ICONS / "vp-desk.icns")
    for size in (48, 128, 256):
        (ICONS / f"vp-desk-{size}.png").write_bytes(render(size))
    print("icons written to", ICONS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
