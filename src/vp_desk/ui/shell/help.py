"""Help menu texts: the keyboard shortcuts of the menus, and About."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from vp_desk import __version__


def shortcut_rows(menus: Iterable[QMenu]) -> list[tuple[str, str]]:
    """(shortcut, action text) of every action with a shortcut, menu by menu."""
    return [(act.shortcut().toString(QKeySequence.SequenceFormat.NativeText), act.text().replace("&", ""))
            for menu in menus for act in menu.actions() if not act.shortcut().isEmpty()]


def shortcuts_table(rows: Iterable[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{t}</td></tr>" for k, t in rows) + "</table>"


def about_text() -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "<h3>VP Desk %1</h3><p>Encrypted case notes and anonymous yearly reports for "
        "confidential counsellors at work. Works offline; nothing leaves this computer except "
        "the reports you export.</p><p>Licence: Apache 2.0. Built with Qt for Python (LGPL-3.0), "
        "SQLCipher (BSD), ReportLab (BSD), keyring (MIT), platformdirs (MIT), DejaVu fonts "
        "(Bitstream Vera licence).</p>").replace("%1", __version__)
