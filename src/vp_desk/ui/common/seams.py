"""Test seams for modal dialogs and file pickers (design rule 6).

Tests push answers with :func:`preset_answer` / :func:`preset_path`; the app otherwise
shows the real Qt dialogs. Every modal question in the app goes through here.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

_answers: deque[QMessageBox.StandardButton] = deque()
_paths: deque[str | None] = deque()
_choices: deque[int | None] = deque()
shown: list[tuple[str, str]] = []  # (title, text) of every message shown, for tests
_screen: list[QRect] = []  # a screen's available area preset by a test (e.g. a 1024x700 laptop)


def preset_answer(*answers: QMessageBox.StandardButton) -> None:
    _answers.extend(answers)


def preset_path(*paths: str | Path | None) -> None:
    _paths.extend(None if p is None else str(p) for p in paths)


def preset_choice(*indexes: int | None) -> None:
    """Answers for :func:`choose`: the index of the item picked, or None to cancel."""
    _choices.extend(indexes)


def preset_screen(area: QRect) -> None:
    """Make :func:`available_geometry` answer ``area`` (tests of small screens)."""
    _screen[:] = [QRect(area)]


def reset() -> None:
    _answers.clear()
    _paths.clear()
    _choices.clear()
    shown.clear()
    _screen.clear()


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) that windows may use:
    without task bars and docks."""
    if _screen:
        return QRect(_screen[0])
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def ask(parent: QWidget | None, title: str, text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        labels: dict[QMessageBox.StandardButton, str] | None = None) -> QMessageBox.StandardButton:
    """``labels`` gives standard buttons other (translated) texts, e.g. "Show in folder"."""
    shown.append((title, text))
    if _answers:
        return _answers.popleft()
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    for button, label in (labels or {}).items():
        if box.button(button) is not None:
            box.button(button).setText(label)
    return QMessageBox.StandardButton(box.exec())


def inform(parent: QWidget | None, title: str, text: str,
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    ask(parent, title, text, QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Ok, icon)


def save_path(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    if _paths:
        return _paths.popleft()
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path or None


def open_path(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    if _paths:
        return _paths.popleft()
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path or None


def directory(parent: QWidget | None, title: str, start: str) -> str | None:
    if _paths:
        return _paths.popleft()
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Ask which one of ``items``; its index, or None when cancelled."""
    shown.append((title, label))
    if _choices:
        return _choices.popleft()
    text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(text) if ok and text in items else None
