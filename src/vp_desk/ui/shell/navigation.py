"""The left navigation of the unlocked vault: one entry per page of the confidant's day
(Dossiers, To do) or tool window (Register, My role, Reports, …), each also an action in
View → Go to with Alt+1…9 (Ctrl+1…5 act on the dossier).

A feature adds an entry with :meth:`Navigation.add_page` (a widget shown beside the
navigation) or :meth:`Navigation.add_window` (an action that opens a window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from vp_desk.ui.common.styles import icon

MAX_SHORTCUTS = 9


class Navigation(QWidget):
    """Emits ``page_changed(key)`` when another page is shown."""

    page_changed = Signal(str)

    def __init__(self, pages: QStackedWidget, menu: QMenu | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Navigation"))
        self.pages = pages
        self.menu = menu
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.entries: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        self.widgets: dict[str, QWidget] = {}
        self._labels: dict[str, Callable[[], str]] = {}
        self._badges: dict[str, int] = {}
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(6, 10, 6, 10)
        self.box.setSpacing(4)
        self.box.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # as wide as its longest entry

    def _add(self, key: str, label: Callable[[], str], icon_name: str, action: QAction) -> QToolButton:
        n = len(self.entries) + 1
        if n <= MAX_SHORTCUTS:
            action.setShortcut(QKeySequence(f"Alt+{n}"))
        action.setIcon(icon(icon_name))
        self.entries[key] = action
        self._labels[key] = label
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(20, 20))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons[key] = button
        self.box.insertWidget(self.box.count() - 1, button)
        if self.menu is not None:
            self.menu.addAction(action)
        self._relabel(key)
        return button

    def add_page(self, key: str, label: Callable[[], str], icon_name: str, widget: QWidget) -> QAction:
        """A page shown beside the navigation; ``label`` gives its (translated) name."""
        action = QAction(self)
        action.setCheckable(True)
        self.group.addAction(action)
        action.triggered.connect(lambda _c=False: self.show_page(key))
        self.widgets[key] = widget
        if self.pages.indexOf(widget) < 0:
            self.pages.addWidget(widget)
        self._add(key, label, icon_name, action)
        if len(self.widgets) == 1:
            action.setChecked(True)
        return action

    def add_window(self, key: str, label: Callable[[], str], icon_name: str, target: QAction) -> QAction:
        """An entry that triggers ``target`` (opens a tool window); enabled as ``target`` is."""
        action = QAction(self)
        action.triggered.connect(lambda _c=False: target.trigger())
        action.setEnabled(target.isEnabled())
        target.changed.connect(lambda: action.setEnabled(target.isEnabled()))
        self._add(key, label, icon_name, action)
        return action

    def show_page(self, key: str) -> None:
        widget = self.widgets.get(key)
        if widget is None:
            return
        self.entries[key].setChecked(True)
        if self.pages.currentWidget() is not widget:
            self.pages.setCurrentWidget(widget)
            self.page_changed.emit(key)

    def current_page(self) -> str:
        current = self.pages.currentWidget()
        return next((k for k, w in self.widgets.items() if w is current), "")

    def set_badge(self, key: str, count: int) -> None:
        """A count shown after the entry's name (the number of items to do)."""
        self._badges[key] = count
        if key in self.entries:
            self._relabel(key)

    def _relabel(self, key: str) -> None:
        text = self._labels[key]()
        count = self._badges.get(key, 0)
        action = self.entries[key]
        action.setText(f"{text} ({count})" if count else text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        self.buttons[key].setAccessibleName(text)

    def retranslate(self) -> None:
        for key in self.entries:
            self._relabel(key)
