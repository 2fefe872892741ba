"""The clipboard service: remembers what VP Desk put on the clipboard and clears it on
lock — but only if the clipboard still holds that text (something the user copied
elsewhere afterwards is never touched).

Ways in: code that copies calls :func:`copy_text`; copies made by Qt's own widgets are
noticed through ``QClipboard.dataChanged`` when they follow a Copy/Cut key press inside
VP Desk or when VP Desk owns the clipboard (X11, Windows). Text copied in another program
is never remembered, so it is never cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: set[str] = set()
        self._own_change = False
        cb = QGuiApplication.clipboard()
        cb.dataChanged.connect(self._changed)
        cb.selectionChanged.connect(self._selection_changed)
        self._key_copy = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (not self._key_copy and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut))):
            self._key_copy = True
            QTimer.singleShot(0, self._end_key_copy)
        return False

    def _end_key_copy(self) -> None:
        self._key_copy = False

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
        cb = QGuiApplication.clipboard()
        if mode == QClipboard.Mode.Clipboard:
            return self._key_copy or cb.ownsClipboard()
        return cb.ownsSelection()

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
