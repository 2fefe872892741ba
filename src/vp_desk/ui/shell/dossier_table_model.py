"""The dossier list: a small QAbstractTableModel over lightweight summaries (pseudonym,
dates, status, theme keys — never notes), exposed in batches through fetchMore, and a
proxy that filters by status, year and search hits and sorts on typed keys."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.models import DossierSummary, Status

ModelIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3

BATCH = 200


class DossierTableModel(QAbstractTableModel):
    COL_CODE, COL_ORG, COL_STATUS, COL_DATE, COL_THEMES, COL_LAST = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("DossierTableModel", "Pseudonym"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Status"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Intake"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Themes"),
        QT_TRANSLATE_NOOP("DossierTableModel", "Last activity"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[DossierSummary] = []
        self._shown = 0
        self._profiles: dict[int, str] = {}
        self.language = "nl"

    # -- data in/out --------------------------------------------------------------
    def set_rows(self, rows: list[DossierSummary], org_profiles: dict[int, str]) -> None:
        self.beginResetModel()
        self._all = rows
        self._profiles = dict(org_profiles)
        self._shown = min(BATCH, len(rows))
        self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted row (used on lock)."""
        self.beginResetModel()
        self._all = []
        self._shown = 0
        self._profiles = {}
        self.endResetModel()

    def total(self) -> int:
        return len(self._all)

    def summaries(self) -> list[DossierSummary]:
        """Every loaded summary (also those not yet exposed through fetchMore)."""
        return list(self._all)

    def summary(self, row: int) -> DossierSummary:
        return self._all[row]

    def row_of(self, dossier_id: int) -> int | None:
        for i, s in enumerate(self._all):
            if s.id == dossier_id:
                while i >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return i
        return None

    # -- lazy exposure ------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        n = min(BATCH, len(self._all) - self._shown)
        if n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + n - 1)
        self._shown += n
        self.endInsertRows()

    def fetch_all(self) -> None:
        if self._shown < len(self._all):
            self.beginInsertRows(QModelIndex(), self._shown, len(self._all) - 1)
            self._shown = len(self._all)
            self.endInsertRows()

    # -- Qt model API -------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown:
            return None
        s = self._all[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return s.id
        if role == SUMMARY_ROLE:
            return s
        if role == SORT_ROLE:
            return self._sort_key(s, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(s, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_THEMES:
            return self._display(s, col)
        return None

    def _display(self, s: DossierSummary, col: int) -> str:
        if col == self.COL_CODE:
            return s.code
        if col == self.COL_ORG:
            return s.org_name
        if col == self.COL_STATUS:
            return self.tr("Open") if s.status is Status.OPEN else self.tr("Closed")
        if col == self.COL_DATE:
            return format_day(s.intake_date) if s.intake_date else self.tr("not yet heard")
        if col == self.COL_THEMES:
            prof = profile(self._profiles.get(s.org_id, "BE"))
            return ", ".join(prof.label("themes", t, self.language) for t in s.themes)
        if col == self.COL_LAST:
            return format_day(s.last_activity)
        return ""

    def _sort_key(self, s: DossierSummary, col: int):
        if col == self.COL_DATE:
            return (s.intake_date or s.request_date).isoformat()
        if col == self.COL_LAST:
            return s.last_activity.isoformat() if s.last_activity else ""
        if col == self.COL_STATUS:
            return s.status.value
        return self._display(s, col).casefold()




class DossierFilterProxy(QSortFilterProxyModel):
    """Filters on typed summary fields; a search result restricts rows to a set of ids."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._status: Status | None = None
        self._year: int | None = None
        self._org_id: int | None = None
        self._ids: frozenset[int] | None = None
        self._theme: str | None = None

    def set_filters(self, status: Status | None = None, year: int | None = None,
                    org_id: int | None = None, ids: frozenset[int] | None = None,
                    theme: str | None = None) -> None:
        src = self.sourceModel()
        if isinstance(src, DossierTableModel) and (status or year or org_id or theme or ids is not None):
            src.fetch_all()  # filtering must see every row, not only the fetched batch
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.10
        if modern:
            self.beginFilterChange()
        self._status, self._year, self._org_id, self._ids = status, year, org_id, ids
        self._theme = theme
        if modern:
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        src = self.sourceModel()
        if isinstance(src, DossierTableModel) and column >= 0:
            src.fetch_all()
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        src = self.sourceModel()
        s: DossierSummary = src.data(src.index(source_row, 0, source_parent), SUMMARY_ROLE)
        if s is None:
            return False
        if self._status is not None and s.status is not self._status:
            return False
        if self._org_id is not None and s.org_id != self._org_id:
            return False
        if self._year is not None and (s.intake_date or s.request_date).year != self._year:
            return False
        if self._theme is not None and self._theme not in s.themes:
            return False
        return not (self._ids is not None and s.id not in self._ids)
