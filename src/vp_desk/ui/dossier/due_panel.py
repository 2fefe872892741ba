"""The "To do" page: what needs attention, each item saying what to do, with a button that
does it (the Belgian 10-day first hearing, PAPS support that is mandatory but not yet
involved, and whatever else the domain reports as due — new kinds show up on their own,
with their catalog rule's label). Dossiers open longer than a chosen number of days are a
quiet item for information, not a deadline. Enter, a double-click or the row's button does
the item's action; the button under the list does it for the selected row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.dates import format_day
from vp_desk.domain.rules import DueItem
from vp_desk.i18n import current_language
from vp_desk.ui.common.list_view import list_view
from vp_desk.ui.common.row_model import RowsModel
from vp_desk.ui.common.styles import TONES, icon

ModelIndex = QModelIndex | QPersistentModelIndex
DOSSIER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ACTION_ROLE = Qt.ItemDataRole.UserRole + 3
TONE_ROLE = Qt.ItemDataRole.UserRole + 4

# what to do for each kind the domain reports; a kind not listed here is shown with its
# catalog rule's label (or FOLLOW_UP without a rule) and its button opens the dossier
KIND_TEXT = {
    "first_hearing": QT_TRANSLATE_NOOP("DueModel", "Hear the requester (10 calendar days after the request)"),
    "paps_support": QT_TRANSLATE_NOOP("DueModel", "Mandatory PAPS support: refer to the PAPS"),
    "long_open": QT_TRANSLATE_NOOP("DueModel", "Open longer than the set number of days"),
    "aftercare": QT_TRANSLATE_NOOP("DueModel", "Aftercare conversation with %1"),  # %1: the pseudonym
}
FOLLOW_UP = QT_TRANSLATE_NOOP("DueModel", "Follow up on this dossier")
# the dossier action that does it (a name the dossier controller knows) and its button
KIND_ACTION = {"first_hearing": "edit_intake", "paps_support": "add_referral", "aftercare": "plan_aftercare"}
ACTION_TEXT = {
    "edit_intake": QT_TRANSLATE_NOOP("DueModel", "Record the intake…"),
    "add_referral": QT_TRANSLATE_NOOP("DueModel", "Refer to the PAPS…"),
    "plan_aftercare": QT_TRANSLATE_NOOP("DueModel", "Record the aftercare…"),
    "open": QT_TRANSLATE_NOOP("DueModel", "Open the dossier"),
}
# how much an item stands out: a passed deadline of a rule, a rule that applies, a date
# the confidant set (a follow-up), information
TONE_RANK = {"overdue": 0, "obligation": 1, "planned": 2, "info": 3}
INFO_KINDS = {"long_open"}  # the user's own "open longer than" setting: no deadline of any rule


def tone_of(item: DueItem) -> str:
    if item.kind in INFO_KINDS:
        return "info"
    if item.rule is None:
        return "planned"
    return "overdue" if item.overdue else "obligation"


@dataclass(frozen=True)
class DueRow:
    item: DueItem
    code: str
    org_name: str
    since: date | None = None  # start of the dossier, for "open longer than"

    @property
    def action(self) -> str:
        return KIND_ACTION.get(self.item.kind, "open")


class DueModel(RowsModel):
    COL_CODE, COL_ORG, COL_WHAT, COL_DUE, COL_SOURCE, COL_ACTION = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("DueModel", "Pseudonym"),
        QT_TRANSLATE_NOOP("DueModel", "Organisation"),
        QT_TRANSLATE_NOOP("DueModel", "To do"),
        QT_TRANSLATE_NOOP("DueModel", "Due"),
        QT_TRANSLATE_NOOP("DueModel", "Source"),
        QT_TRANSLATE_NOOP("DueModel", "Action"),
    )
    columns = len(HEADERS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort_keys: dict[tuple[int, int], str] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None  # the list's sort, kept over new rows
        self.today = date.today()

    def reset_rows(self, rows, **attributes) -> None:
        # Sort keys are filled on first use (a sort asks each row ~log(n) times) and belong
        # to one set of rows.
        if self._order is not None:
            rows = list(rows)
            rows = [rows[i] for i in self._positions(rows, *self._order)]
        super().reset_rows(rows, _sort_keys={}, **attributes)

    def _row_key(self, r: DueRow, col: int) -> str:
        if col == self.COL_DUE:  # what stands out first, then the earliest ("now" is the most urgent)
            return f"{TONE_RANK[tone_of(r.item)]}{(r.item.due or date.min).isoformat()}"
        return self._display(r, col).casefold()

    def _positions(self, rows: list[DueRow], column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' indexes in sorted order."""
        return sorted(range(len(rows)), key=lambda i: self._row_key(rows[i], column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts the rows themselves, one key per row (a sorting proxy asks every row's key
        about log(n) times through Qt: 0.3 s for the 2,800 items of a 10,000-dossier vault)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        positions = self._positions(self.rows, column, order)
        where = {old: new for new, old in enumerate(positions)}
        self.rows = [self.rows[i] for i in positions]
        self._sort_keys = {}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(where[i.row()], i.column()) for i in kept])
        self.layoutChanged.emit()

    def what(self, r: DueRow) -> str:
        if r.item.kind == "long_open" and r.since is not None:
            days = (self.today - r.since).days
            return self.tr("Open for %n day(s), since %1", "", days).replace("%1", format_day(r.since))
        if r.item.kind in KIND_TEXT:
            return QCoreApplication.translate("DueModel", KIND_TEXT[r.item.kind]).replace("%1", r.code)
        if r.item.rule is not None:
            return r.item.rule.label(current_language())
        return QCoreApplication.translate("DueModel", FOLLOW_UP)

    def due_text(self, r: DueRow) -> str:
        if r.item.kind in INFO_KINDS:
            return self.tr("for information")
        if r.item.due is None:
            return self.tr("now")
        text = format_day(r.item.due)
        return self.tr("%1 (overdue)").replace("%1", text) if r.item.overdue else text

    def _display(self, r: DueRow, col: int) -> str:
        if col == self.COL_CODE:
            return r.code
        if col == self.COL_ORG:
            return r.org_name
        if col == self.COL_WHAT:
            return self.what(r)
        if col == self.COL_DUE:
            return self.due_text(r)
        if col == self.COL_SOURCE:
            # the catalog rule's source (law article or "practice of ..."); a user setting has none
            return r.item.rule.source(current_language()) if r.item.rule is not None else self.tr("your setting")
        return QCoreApplication.translate("DueModel", ACTION_TEXT[r.action])

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == DOSSIER_ID_ROLE:
            return r.item.dossier_id
        if role == ACTION_ROLE:
            return r.action
        if role == TONE_ROLE:
            return tone_of(r.item)
        if role == SORT_ROLE:
            key = self._sort_keys.get((index.row(), col))
            if key is None:
                key = self._row_key(r, col)
                self._sort_keys[(index.row(), col)] = key
            return key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_WHAT:  # all of it, also where columns are narrow
            return "\n".join((self._display(r, col), f"{r.code} · {r.org_name}", self._display(r, self.COL_SOURCE)))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_SOURCE:
            return self._display(r, col)
        return self._look(r, col, role)

    def _look(self, r: DueRow, col: int, role: int):
        tone = tone_of(r.item)
        if role == Qt.ItemDataRole.ForegroundRole and tone in ("overdue", "info") and col != self.COL_ACTION:
            return QBrush(QColor(TONES[tone][0]))  # a passed deadline in the error colour, information quiet
        if role == Qt.ItemDataRole.FontRole and col == self.COL_WHAT and tone in ("overdue", "obligation"):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_WHAT:
            return icon({"info": "info", "planned": "todo"}.get(tone, "warning"))
        return None


class ModelSortProxy(QSortFilterProxyModel):
    """Passes the view's sort on to the model, which sorts its own rows."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class ButtonDelegate(QStyledItemDelegate):
    """Draws the action column as a push button; a click on it (or Space) does the action."""

    clicked = Signal(QModelIndex)

    def paint(self, painter, option, index) -> None:
        button = QStyleOptionButton()
        button.rect = QRect(option.rect.adjusted(4, 3, -4, -3))
        button.text = str(index.data() or "")
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            button.state |= QStyle.StateFlag.State_MouseOver
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 32)
        return size

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton \
                and option.rect.contains(event.position().toPoint()):
            self.clicked.emit(QModelIndex(index))
            return True
        return False


class DuePanel(QWidget):
    """Emits ``action_requested(action, dossier_id)``: ``action`` is "open" or the name of a
    dossier action ("edit_intake", "add_referral")."""

    action_requested = Signal(str, int)
    long_open_days_changed = Signal(int)
    counted = Signal(int)

    def __init__(self, parent=None) -> None:
        """Long: builds the title row, the list with its button column and the action row, in the order shown."""
        super().__init__(parent)
        self.model = DueModel(self)
        self.proxy = ModelSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.scope = QLabel()
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setKeyboardTracking(False)
        self.days.valueChanged.connect(self.long_open_days_changed.emit)
        self.days_label = days_label = QLabel(buddy=self.days)
        for label in (self.scope, days_label):  # long in French: they wrap rather than widen the page
            label.setWordWrap(True)
        days_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table = list_view(self.proxy, "", wrap=True, fit_columns=False, row_padding=14,
                               sort_by=(DueModel.COL_DUE, Qt.SortOrder.AscendingOrder))
        self.table.setMouseTracking(True)
        self.buttons = ButtonDelegate(self.table)
        self.buttons.clicked.connect(self._do)
        self.table.setItemDelegateForColumn(DueModel.COL_ACTION, self.buttons)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.moveSection(DueModel.COL_WHAT, 0)  # what to do first, its button last
        header.resizeSection(DueModel.COL_CODE, 115)
        header.resizeSection(DueModel.COL_ORG, 150)
        header.setSectionResizeMode(DueModel.COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DueModel.COL_DUE, 125)
        header.resizeSection(DueModel.COL_SOURCE, 170)
        self.table.activated.connect(self._do)
        self.do_button = QPushButton(icon("open"), "")
        self.do_button.clicked.connect(lambda: self._do(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(lambda _n, _o: self._update_button())
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(f"color: {TONES['info'][0]};")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.scope, 1)
        top.addWidget(days_label)
        top.addWidget(self.days)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.do_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 10)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addLayout(bottom)
        self.setTabOrder(self.table, self.do_button)
        self.setTabOrder(self.do_button, self.days)
        self.setFocusProxy(self.table)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """What to do keeps room on a 1024-px screen: the row buttons go first (the button under
        the list and Enter do the same for the selected row), then the organisation and the
        source give up room (both are in the tooltip of what to do), down to 70 px each."""
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        header.setSectionHidden(DueModel.COL_ACTION, width < 900)
        shown = [DueModel.COL_CODE, DueModel.COL_DUE] + ([] if width < 900 else [DueModel.COL_ACTION])
        fixed = sum(header.sectionSize(c) for c in shown)
        share = max(70, min(170, (width - fixed - 320) // 2))
        header.resizeSection(DueModel.COL_ORG, min(150, share))
        header.resizeSection(DueModel.COL_SOURCE, share)

    def retranslate(self) -> None:
        """Every text in the current language (at start and after a change of language)."""
        self.setAccessibleName(self.tr("To do"))
        self.scope.setAccessibleName(self.tr("Organisation shown"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Mention dossiers open longer than this number of days"))
        self.days_label.setText(self.tr("Mention dossiers open &longer than:"))
        self.table.setAccessibleName(self.tr("Due items"))
        self.legend.setText(self.tr("Bold: a rule that applies (the source says which); red: its date has "
                                    "passed; grey: for information."))
        self._set_title(self.model.rowCount())
        self._update_button()
        widest = max(self.table.fontMetrics().horizontalAdvance(QCoreApplication.translate("DueModel", t))
                     for t in ACTION_TEXT.values())
        self.table.horizontalHeader().resizeSection(DueModel.COL_ACTION, widest + 48)  # the button's frame
        self._fit_columns()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def _set_title(self, n: int) -> None:
        self.title.setText(self.tr("To do: %n item(s)", "", n))

    def set_scope(self, text: str) -> None:
        self.scope.setText(text)

    def set_items(self, rows: list[DueRow], long_open_days: int) -> None:
        self.days.blockSignals(True)
        self.days.setValue(long_open_days)
        self.days.blockSignals(False)
        self.model.today = date.today()
        self.model.set_rows(rows)
        self._set_title(len(rows))
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, DueModel.COL_WHAT))
        self._update_button()
        self.counted.emit(len(rows))

    def clear(self) -> None:
        """Drop every decrypted value (lock)."""
        self.model.clear()
        self.scope.clear()
        self._set_title(0)
        self._update_button()
        self.counted.emit(0)

    def _update_button(self) -> None:
        idx = self.table.currentIndex()
        text = idx.siblingAtColumn(DueModel.COL_ACTION).data() if idx.isValid() else None
        self.do_button.setText(text or self.tr("Do it"))
        self.do_button.setEnabled(bool(text))
        self.do_button.setAccessibleName(self.tr("Do the selected item: %1").replace("%1", text or ""))

    def _do(self, index) -> None:
        if not index.isValid():
            return
        dossier_id = index.data(DOSSIER_ID_ROLE)
        if dossier_id is not None:
            self.action_requested.emit(str(index.data(ACTION_ROLE)), int(dossier_id))
