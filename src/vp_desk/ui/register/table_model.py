"""The register as a table: number, dates, place, types and when each entry expires."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    Qt,
)

from vp_desk.domain import rules
from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import RegisterEntry
from vp_desk.i18n import current_language
from vp_desk.ui.common.row_model import RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_ROOT = QModelIndex()


SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RegisterTableModel(RowsModel):
    COL_SEQ, COL_REGISTERED, COL_FACTS, COL_TYPES, COL_CAPACITY, COL_EXPIRES = range(6)
    columns = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prof = profile("BE")
        self.lang = current_language()

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Registered"), self.tr("Facts"), self.tr("Type(s)"),
                self.tr("Third party"), self.tr("Expires")]

    def set_rows(self, rows: list[RegisterEntry]) -> None:
        self.reset_rows(rows, lang=current_language())

    def expiry(self, e: RegisterEntry) -> date:
        return rules.register_expiry(self.prof, e.registered_date)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return e.id
        if role == SORT_ROLE:
            return [e.seq, e.registered_date.isoformat(), e.facts_from.isoformat(), self.data(index),
                    self.data(index), self.expiry(e).isoformat()][col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SEQ:
                return str(e.seq)
            if col == self.COL_REGISTERED:
                return format_day(e.registered_date)
            if col == self.COL_FACTS:
                return format_day(e.facts_from) + (f" – {format_day(e.facts_to)}" if e.facts_to else "")
            if col == self.COL_TYPES:
                return ", ".join(self.prof.label("register_types", t, self.lang) for t in e.types)
            if col == self.COL_CAPACITY:
                return self.prof.label("third_party_capacities", e.third_party_capacity, self.lang)
            return format_day(self.expiry(e))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
