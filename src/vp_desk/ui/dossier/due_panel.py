"""What needs attention: the BE 10-day first hearing, PAPS support that is mandatory but not
yet involved, and dossiers open longer than a chosen number of days. Enter or a
double-click opens the dossier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.dates import format_day
from vp_desk.domain.rules import DueItem
from vp_desk.i18n import current_language
from vp_desk.ui.common.list_view import list_view
from vp_desk.ui.common.row_model import RowsModel
from vp_desk.ui.common.styles import ERROR_COLOUR

ModelIndex = QModelIndex | QPersistentModelIndex
DOSSIER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_TEXT = {
    "first_hearing": QT_TRANSLATE_NOOP("DueModel", "Hear the requester (10 calendar days after the request)"),
    "paps_support": QT_TRANSLATE_NOOP("DueModel", "PAPS support is mandatory; the PAPS is not involved yet"),
    "long_open": QT_TRANSLATE_NOOP("DueModel", "Open longer than the set number of days"),
    "aftercare": QT_TRANSLATE_NOOP("DueModel", "Aftercare conversation with %1"),
}


@dataclass(frozen=True)
class DueRow:
    item: DueItem
    code: str
    org_name: str
    since: date | None = None  # start of the dossier, for "open longer than"




class DueModel(RowsModel):
    COL_CODE, COL_ORG, COL_WHAT, COL_DUE, COL_SOURCE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DueModel", "Pseudonym"),
        QT_TRANSLATE_NOOP("DueModel", "Organisation"),
        QT_TRANSLATE_NOOP("DueModel", "What"),
        QT_TRANSLATE_NOOP("DueModel", "Due"),
        QT_TRANSLATE_NOOP("DueModel", "Source"),
    )
    columns = len(HEADERS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort_keys: dict[tuple[int, int], str] = {}

    def reset_rows(self, rows, **attributes) -> None:
        # Sort keys are filled on first use (a sort asks each row ~log(n) times) and belong
        # to one set of rows.
        super().reset_rows(rows, _sort_keys={}, **attributes)

    def _sort_key(self, index: ModelIndex, r: DueRow, col: int) -> str:
        if col == self.COL_DUE:
            return (r.item.due or date.min).isoformat()  # "now" is the most urgent
        return str(self.data(index)).casefold()

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == DOSSIER_ID_ROLE:
            return r.item.dossier_id
        if role == SORT_ROLE:
            key = self._sort_keys.get((index.row(), col))
            if key is None:
                key = self._sort_key(index, r, col)
                self._sort_keys[(index.row(), col)] = key
            return key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_CODE:
                return r.code
            if col == self.COL_ORG:
                return r.org_name
            if col == self.COL_WHAT:
                if r.item.kind == "long_open" and r.since is not None:
                    return self.tr("Open since %1, longer than the set number of days").replace(
                        "%1", format_day(r.since))
                return QCoreApplication.translate("DueModel", KIND_TEXT.get(r.item.kind, r.item.kind)).replace(
                    "%1", r.code)
            if col == self.COL_DUE:
                if r.item.due is None:
                    return self.tr("now")
                text = format_day(r.item.due)
                return self.tr("%1 (overdue)").replace("%1", text) if r.item.overdue else text
            if col == self.COL_SOURCE:
                # the catalog rule's source (law article or "practice of ..."); a user setting has none
                return r.item.rule.source(current_language()) if r.item.rule is not None else self.tr("your setting")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_SOURCE and r.item.rule is not None:
            return r.item.rule.source(current_language())
        if role == Qt.ItemDataRole.ForegroundRole and r.item.overdue:
            return QBrush(QColor(ERROR_COLOUR))
        return None


class DuePanel(QWidget):
    open_requested = Signal(int)
    long_open_days_changed = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = DueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.title = QLabel()
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Show dossiers open longer than this number of days"))
        self.days.setKeyboardTracking(False)
        self.days.valueChanged.connect(self.long_open_days_changed.emit)
        days_label = QLabel(self.tr("Open &longer than:"))
        days_label.setBuddy(self.days)
        self.table = list_view(self.proxy, self.tr("Due items"), wrap=True, fit_columns=False, row_padding=8,
                               sort_by=(DueModel.COL_DUE, Qt.SortOrder.AscendingOrder))
        self.table.setMaximumHeight(8 * (self.table.fontMetrics().height() + 8))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(DueModel.COL_CODE, 120)
        header.resizeSection(DueModel.COL_ORG, 190)
        header.setSectionResizeMode(DueModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DueModel.COL_DUE, 150)
        header.resizeSection(DueModel.COL_SOURCE, 260)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(days_label)
        top.addWidget(self.days)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(top)
        box.addWidget(self.table)
        self._set_title(0)

    def _set_title(self, n: int) -> None:
        self.title.setText("<b>" + self.tr("Due: %n item(s)", "", n) + "</b>")

    def set_items(self, rows: list[DueRow], long_open_days: int) -> None:
        self.days.blockSignals(True)
        self.days.setValue(long_open_days)
        self.days.blockSignals(False)
        self.model.set_rows(rows)
        self._set_title(len(rows))

    def clear(self) -> None:
        """Drop every decrypted value (lock)."""
        self.model.clear()
        self._set_title(0)

    def _activated(self, index) -> None:
        dossier_id = index.data(DOSSIER_ID_ROLE)
        if dossier_id is not None:
            self.open_requested.emit(int(dossier_id))
