"""A catalog list as a checklist (themes, risk domains): Up/Down or a typed letter move,
Space ticks; the item's catalog key is its data."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from vp_desk.domain.catalog import Item
from vp_desk.i18n import current_language

KEY_ROLE = Qt.ItemDataRole.UserRole


def fill_checklist(w: QListWidget, items: Iterable[Item], checked: set[str]) -> None:
    """Fill ``w`` with ``items`` (labels in the interface language), ``checked`` ticked;
    no itemChanged while filling. The list is as tall as its items (up to 15, then it scrolls)."""
    w.blockSignals(True)
    w.clear()
    lang = current_language()
    for item in items:
        it = QListWidgetItem(item.label(lang))
        it.setData(KEY_ROLE, item.key)
        it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        it.setCheckState(Qt.CheckState.Checked if item.key in checked else Qt.CheckState.Unchecked)
        w.addItem(it)
    w.setCurrentRow(0)
    w.setFixedHeight(min(max(w.count(), 1), 15) * max(w.sizeHintForRow(0), 16) + 2 * w.frameWidth() + 2)
    w.blockSignals(False)


def checked_keys(w: QListWidget) -> list[str]:
    return [w.item(i).data(KEY_ROLE) for i in range(w.count())
            if w.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(w: QListWidget, keys: Iterable[str]) -> None:
    keys = set(keys)
    for i in range(w.count()):
        it = w.item(i)
        it.setCheckState(Qt.CheckState.Checked if it.data(KEY_ROLE) in keys else Qt.CheckState.Unchecked)
