"""The one way VP Desk builds a read-only list (QTableView over a model or proxy), so every
list behaves alike for the keyboard and for screen readers: whole rows are selected,
nothing is edited in place, Enter/double-click activates a row, Tab leaves the table
instead of walking its cells, and each list has an accessible name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)


def sort_proxy(model: QAbstractItemModel, parent: QObject | None = None,
               sort_role: int | None = None) -> QSortFilterProxyModel:
    """A sorting/filtering proxy over ``model``; ``sort_role`` names the role that sorts
    (e.g. ISO dates behind displayed local dates)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    if sort_role is not None:
        proxy.setSortRole(sort_role)
    return proxy


def list_view(model: QAbstractItemModel, name: str, *, multi: bool = False, wrap: bool = False,
              zebra: bool = False, sortable: bool = False, sort_by: tuple[int, Qt.SortOrder] | None = None,
              fit_columns: bool = True, row_padding: int | None = None,
              parent: QWidget | None = None) -> QTableView:
    """A read-only list of rows.

    ``multi`` allows selecting several rows (Shift/Ctrl); ``sort_by`` (column, order) turns on
    sorting by header click and sets the first sort; ``fit_columns`` sizes columns to their
    contents and stretches the last one; ``row_padding`` fixes row height to the font plus
    that many pixels (HiDPI-safe, no fixed pixel heights)."""
    t = QTableView(parent)
    t.setModel(model)
    t.setAccessibleName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                       else QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setTabKeyNavigation(False)
    t.setWordWrap(wrap)
    t.setAlternatingRowColors(zebra)
    t.verticalHeader().hide()
    if row_padding is not None:
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + row_padding)
    if sortable or sort_by is not None:
        t.setSortingEnabled(True)
    if sort_by is not None:
        t.sortByColumn(*sort_by)
    if fit_columns:
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
    return t


def enter_opens_row(table: QTableView, open_row: Callable[[], object], buttons: list[QAbstractButton]) -> None:
    """Enter on a row of a list inside a dialog opens that row, and only that: a table passes
    Enter on to its dialog after activating the row, where the first button (often "New…")
    would answer it as the default button too."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), table, activated=open_row, context=Qt.ShortcutContext.WidgetShortcut)
    for b in buttons:
        if isinstance(b, QPushButton):
            b.setAutoDefault(False)
