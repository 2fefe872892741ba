"""A small read-only table over a Python list: the boilerplate the feature windows share.

Subclasses set ``columns`` (how many) and implement ``data()``. Headers come either from
``HEADERS``, source strings marked with ``QT_TRANSLATE_NOOP("<subclass>", ...)``, or from an
overridden ``headers()`` with literal ``self.tr(...)`` calls (so lupdate finds them in the
subclass's context).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    columns = 0
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def headers(self) -> list[str]:
        return [self.tr(h) for h in self.HEADERS]  # translated in the subclass's context

    def reset_rows(self, rows, **attributes: Any) -> None:
        """Replace every row (and any attributes the display needs) in one model reset."""
        self.beginResetModel()
        self.rows = list(rows)
        for name, value in attributes.items():
            setattr(self, name, value)
        self.endResetModel()

    def set_rows(self, rows) -> None:
        self.reset_rows(rows)

    def clear(self) -> None:
        self.reset_rows([])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.columns

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
