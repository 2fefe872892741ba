"""The clipboard service: remembers what VP Desk put on the clipboard and clears it on
lock — but only if the clipboard still holds that text (something the user copied
elsewhere afterwards is never touched).

Two ways in: code that copies calls :func:`copy_text`; copies made by Qt's own widgets
(Ctrl+C in a field or table) are noticed through ``QClipboard.dataChanged`` while VP Desk
is the active application or owns the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: set[str] = set()
        self._own_change = False
        cb = QGuiApplication.clipboard()
        cb.dataChanged.connect(self._changed)
        cb.selectionChanged.connect(self._selection_changed)

    @property
    def holding(self) -> bool:
        return bool(self._copied)

    def copy_text(self, text: str) -> None:
        cb = QGuiApplication.clipboard()
        self._own_change = True
        try:
            cb.setText(text, QClipboard.Mode.Clipboard)
        finally:
            self._own_change = False
        self._copied.add(text)

    def _ours(self, mode: QClipboard.Mode) -> bool:
        app = QGuiApplication.instance()
        return (QGuiApplication.clipboard().ownsClipboard() if mode == QClipboard.Mode.Clipboard
                else QGuiApplication.clipboard().ownsSelection()) or (
            app is not None and QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)

    def _changed(self) -> None:
        if self._own_change:
            return
        if self._ours(QClipboard.Mode.Clipboard):
            text = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
            if text:
                self._copied.add(text)

    def _selection_changed(self) -> None:
        cb = QGuiApplication.clipboard()
        if cb.supportsSelection() and self._ours(QClipboard.Mode.Selection):
            text = cb.text(QClipboard.Mode.Selection)
            if text:
                self._copied.add(text)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard (and X11 selection) if it still holds our text."""
        cb = QGuiApplication.clipboard()
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if cb.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            text = cb.text(mode)
            if text and text in self._copied:
                self._own_change = True
                try:
                    cb.clear(mode)
                finally:
                    self._own_change = False
                cleared = True
        self._copied.clear()
        return cleared


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The app-wide clipboard service (created on first use, after QApplication)."""
    global _guard
    if _guard is None:
        _guard = ClipboardGuard(QGuiApplication.instance())
    return _guard


def copy_text(text: str) -> None:
    guard().copy_text(text)
