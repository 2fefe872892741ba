"""The keyboard of the record forms: each label's Alt+letter reaches its field, and
Ctrl+S / Ctrl+Enter save from anywhere in the form, a multi-line notes field included."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

SAVE_KEYS = (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter")


def save_shortcuts(window: QWidget, slot: Callable[[], None]) -> list[QShortcut]:
    """Ctrl+S and Ctrl+Enter on ``window`` call ``slot``, also while a multi-line notes
    field has the focus (Enter there starts a new line, so it cannot be the save key)."""
    out = []
    for key in SAVE_KEYS:
        sc = QShortcut(QKeySequence(key), window)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(slot)
        out.append(sc)
    return out


def focus_target(widget: QWidget) -> QWidget | None:
    """The widget that takes the keyboard focus for ``widget``: itself, the end of its
    focus proxies, or (for a row of several fields) its first child that takes Tab focus."""
    seen: set[int] = set()
    while widget.focusProxy() is not None and id(widget) not in seen:
        seen.add(id(widget))
        widget = widget.focusProxy()
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusProxy() is None and child.focusPolicy() & Qt.FocusPolicy.TabFocus and not child.isHidden():
            return child
    return None


def bind_mnemonics(root: QWidget) -> None:
    """Make every label's Alt+letter reach its field. A form label's buddy is often the
    container :meth:`FormDialog.field` wraps a field in; a label only focuses a buddy that
    takes the focus itself, so the letter did nothing (issue 16: Kanaal, Pseudoniem, …)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        target = focus_target(buddy)
        if target is not None and target is not buddy:
            label.setBuddy(target)
