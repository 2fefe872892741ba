"""The unlocked vault: the left navigation beside its pages; the first page holds the
organisation picker, filters, the dossier list and the dossier beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.catalog import profile
from vp_desk.domain.models import Status
from vp_desk.i18n import current_language
from vp_desk.ui.common.list_view import list_view
from vp_desk.ui.common.styles import SHELL_STYLE
from vp_desk.ui.shell.dossier_table_model import ID_ROLE, DossierFilterProxy, DossierTableModel
from vp_desk.ui.shell.navigation import Navigation

if TYPE_CHECKING:
    from vp_desk.usecases.desk import DeskService


class VaultView(QWidget):
    """Emits ``dossier_activated(id)`` when a dossier is opened (Enter / double-click) and
    ``dossier_selected(id)`` when its row becomes the current one (click, arrow keys)."""

    dossier_activated = Signal(int)
    dossier_selected = Signal(int)
    organisation_changed = Signal(object)  # org id or None

    def __init__(self, goto_menu: QMenu | None = None, parent=None) -> None:
        """Long: builds the filter bar, the list and the detail area, one statement per widget and connection, in the order shown."""
        super().__init__(parent)
        self.service: DeskService | None = None
        self.model = DossierTableModel(self)
        self.proxy = DossierFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.org_combo = QComboBox()
        self.org_combo.setMinimumContentsLength(18)
        self.org_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo = QComboBox()
        for status in (None, Status.OPEN, Status.CLOSED):
            self.status_combo.addItem("", status)
        self.year_combo = QComboBox()
        self.theme_combo = QComboBox()
        self.theme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme_combo.setMinimumContentsLength(14)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        # Ctrl+F is the shell's Dossier → Find action (one binding: two made it ambiguous)

        self.table = list_view(self.proxy, "", zebra=True, fit_columns=False, row_padding=10,
                               sort_by=(DossierTableModel.COL_DATE, Qt.SortOrder.DescendingOrder))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(DossierTableModel.COL_THEMES, 240)  # the full list in its tooltip
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda now, _before: self._activated(now, False))
        self.count_label = QLabel()

        self.detail = QStackedWidget()
        self.empty_detail = QLabel()
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail.setWordWrap(True)
        self.detail.addWidget(self.empty_detail)

        filters = QHBoxLayout()
        self.org_label = QLabel(buddy=self.org_combo)
        filters.addWidget(self.org_label)
        filters.addWidget(self.org_combo)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.year_combo)
        filters.addWidget(self.theme_combo)
        filters.addWidget(self.search, 1)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.table, 1)
        lbox.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.splitter.setChildrenCollapsible(False)
        self.dossiers_page = QWidget()
        page = QVBoxLayout(self.dossiers_page)
        page.setContentsMargins(10, 8, 10, 6)
        page.addLayout(filters)
        page.addWidget(self.splitter, 1)
        self.pages = QStackedWidget()
        self.navigation = Navigation(self.pages, goto_menu)
        self.navigation.add_page("dossiers", lambda: self.tr("Dossiers"), "dossiers", self.dossiers_page)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.navigation)
        box.addWidget(self.pages, 1)
        self.setStyleSheet(SHELL_STYLE)
        self.retranslate()

        self.org_combo.currentIndexChanged.connect(self._org_changed)
        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.year_combo.currentIndexChanged.connect(self.apply_filters)
        self.theme_combo.currentIndexChanged.connect(self.apply_filters)
        self.setTabOrder(self.org_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.year_combo)
        self.setTabOrder(self.year_combo, self.theme_combo)
        self.setTabOrder(self.theme_combo, self.search)
        self.setTabOrder(self.search, self.table)

    def retranslate(self) -> None:
        """Every text of the view in the current language (at start and after a change of language)."""
        self.org_label.setText(self.tr("&Organisation:"))
        self.org_combo.setAccessibleName(self.tr("Organisation"))
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        for i, text in enumerate((self.tr("All statuses"), self.tr("Open"), self.tr("Closed"))):
            self.status_combo.setItemText(i, text)
        self.year_combo.setAccessibleName(self.tr("Year filter"))
        self.theme_combo.setAccessibleName(self.tr("Theme filter"))
        self.search.setPlaceholderText(self.tr("Search pseudonyms and notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.table.setAccessibleName(self.tr("Dossiers"))
        self.count_label.setAccessibleName(self.tr("Number of dossiers shown"))
        self.detail.setAccessibleName(self.tr("Dossier details"))
        self.empty_detail.setText(self.tr("Select a dossier and press Enter to open it,\n"
                                          "or press Ctrl+N to record a new intake."))
        self.dossiers_page.setAccessibleName(self.tr("Dossiers"))
        self.navigation.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns wide enough for their header and their longest fixed text (no "nog niet geh…")."""
        m, fm, header = self.model, self.table.fontMetrics(), self.table.horizontalHeader()
        pad, header_pad = 24, 36  # the header's sort arrow
        samples = {
            m.COL_CODE: ["BE-2026-0000-XX"],
            m.COL_STATUS: [m.tr("Open"), m.tr("Closed")],
            m.COL_DATE: ["00-00-0000", m.tr("not yet heard")],
            m.COL_LAST: ["00-00-0000"],
        }
        for col, texts in samples.items():
            title = str(m.headerData(col, Qt.Orientation.Horizontal))
            width = max(max(fm.horizontalAdvance(t) for t in texts) + pad,
                        header.fontMetrics().horizontalAdvance(title) + header_pad)
            header.resizeSection(col, width)
        header.resizeSection(m.COL_ORG, fm.horizontalAdvance("Organisation name 12") + pad)
        m.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, m.columnCount() - 1)

    # -- life cycle ---------------------------------------------------------------
    def attach(self, service: DeskService, place: dict | None = None) -> None:
        """Show the vault's dossiers; ``place`` (from :meth:`place`, kept inside the vault
        over a lock) brings back the organisation, the filters and the search text."""
        self.service = service
        place = place or {}
        self.reload_organisations(select=place.get("org"))
        if place.get("status") in {s.value for s in Status}:
            self._pick(self.status_combo, Status(place["status"]))
        self.search.blockSignals(True)
        self.search.setText(str(place.get("search") or ""))
        self.search.blockSignals(False)
        self.reload()
        self._reload_years()  # from the rows just loaded
        if self._pick(self.year_combo, place.get("year")) | self._pick(self.theme_combo, place.get("theme")):
            self.apply_filters()

    @staticmethod
    def _pick(combo: QComboBox, value: object) -> bool:
        """Choose ``value`` in ``combo`` without its signal; whether it changed."""
        i = combo.findData(value) if value is not None else -1
        if i <= 0 or i == combo.currentIndex():
            return False
        combo.blockSignals(True)
        combo.setCurrentIndex(i)
        combo.blockSignals(False)
        return True

    def place(self, dossier_id: int | None = None) -> dict:
        """Where the user is: organisation, filters, search text, the dossier and the page."""
        status = self.status_combo.currentData()
        return {"org": self.current_org_id(), "status": str(status) if status else None,
                "year": self.year_combo.currentData(), "theme": self.theme_combo.currentData(),
                "search": self.search.text(), "page": self.navigation.current_page(),
                "dossier": dossier_id if dossier_id is not None else self.selected_dossier_id()}

    def restore_place(self, place: dict) -> None:
        """After the features are built: select the dossier again and show the page."""
        dossier_id = place.get("dossier")
        if isinstance(dossier_id, int):
            self.select_dossier(dossier_id)
        page = place.get("page")
        if isinstance(page, str) and page:
            self.navigation.show_page(page)

    def clear(self) -> None:
        """Drop every decrypted value held by the view (lock)."""
        self.service = None
        self.model.clear()
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), keeps no undo history of what was searched
        self.search.blockSignals(False)
        for combo in (self.org_combo, self.year_combo, self.theme_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.count_label.clear()
        self.navigation.show_page("dossiers")
        while self.detail.count() > 1:
            w = self.detail.widget(1)
            self.detail.removeWidget(w)
            w.deleteLater()
        self.detail.setCurrentWidget(self.empty_detail)

    def current_org_id(self) -> int | None:
        return self.org_combo.currentData()

    def reload_organisations(self, select: int | None = None) -> None:
        if self.service is None:
            return
        keep = select if select is not None else self.current_org_id()
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem(self.tr("All organisations"), None)
        for org in self.service.organisations():
            self.org_combo.addItem(org.name, org.id)
        idx = self.org_combo.findData(keep) if keep is not None else 0
        self.org_combo.setCurrentIndex(max(idx, 0))
        self.org_combo.blockSignals(False)
        self._show_org_column()
        self._reload_years()

    def _reload_years(self) -> None:
        if self.service is None:
            return
        keep = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        # the years of the rows the list holds (same organisation): no extra full-table query
        years = sorted({(x.intake_date or x.request_date).year for x in self.model.summaries()}, reverse=True)
        for y in years:
            self.year_combo.addItem(str(y), y)
        idx = self.year_combo.findData(keep) if keep is not None else 0
        self.year_combo.setCurrentIndex(max(idx, 0))
        self.year_combo.blockSignals(False)
        self._reload_themes()

    def _reload_themes(self) -> None:
        """Themes of the chosen organisation's profile (of every profile in use for all)."""
        if self.service is None:
            return
        keep = self.theme_combo.currentData()
        orgs = self.service.organisations(include_archived=True)
        codes = [o.profile for o in orgs if self.current_org_id() in (None, o.id)]
        lang = current_language()
        seen: dict[str, str] = {}
        for code in dict.fromkeys(codes):
            for item in profile(code).items("themes"):
                seen.setdefault(item.key, item.label(lang))
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("All themes"), None)
        for key, label in sorted(seen.items(), key=lambda kv: kv[1].casefold()):
            self.theme_combo.addItem(label, key)
        idx = self.theme_combo.findData(keep) if keep is not None else 0
        self.theme_combo.setCurrentIndex(max(idx, 0))
        self.theme_combo.blockSignals(False)

    def _show_org_column(self) -> None:
        """The organisation column only where it tells rows apart: all of several organisations."""
        self.table.setColumnHidden(DossierTableModel.COL_ORG,
                                   self.current_org_id() is not None or self.org_combo.count() <= 2)

    def _org_changed(self) -> None:
        self._show_org_column()
        self.reload()
        before = self.year_combo.currentData()
        self._reload_years()
        if self.year_combo.currentData() != before:
            self.apply_filters()
        self.organisation_changed.emit(self.current_org_id())

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the list from the vault (after a save) and re-apply filters."""
        if self.service is None:
            return
        desk = self.service
        profiles = {o.id: o.profile for o in desk.organisations(include_archived=True)}
        self.model.language = current_language()
        self.model.set_rows(desk.dossier_summaries(org_id=self.current_org_id()), profiles)
        listed = {self.year_combo.itemData(i) for i in range(1, self.year_combo.count())}
        if self.year_combo.count() and listed != {(x.intake_date or x.request_date).year
                                                   for x in self.model.summaries()}:
            self._reload_years()  # a save added or removed a year
        self.apply_filters()
        if select_id is not None:
            self.select_dossier(select_id)

    def apply_filters(self) -> None:
        if self.service is None:
            return
        text = self.search.text().strip()
        ids = frozenset(self.service.search_dossier_ids(text, self.current_org_id())) if text else None
        status = self.status_combo.currentData()
        self.proxy.set_filters(status=Status(status) if status else None, year=self.year_combo.currentData(),
                               ids=ids, theme=self.theme_combo.currentData())
        shown, total = self.proxy.rowCount(), self.model.total()
        if ids is None and not self.status_combo.currentData() and not self.year_combo.currentData() \
                and not self.theme_combo.currentData():
            self.count_label.setText(self.tr("%n dossier(s)", "", total))
        else:
            self.count_label.setText(self.tr("%1 of %2 dossiers").replace("%1", str(shown)).replace("%2", str(total)))

    def select_dossier(self, dossier_id: int) -> None:
        row = self.model.row_of(dossier_id)
        if row is None:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if idx.isValid():
            self.table.selectRow(idx.row())
            self.table.scrollTo(idx)

    def selected_dossier_id(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.data(ID_ROLE) if idx.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index, opened: bool = True) -> None:
        dossier_id = index.data(ID_ROLE) if index.isValid() else None
        if dossier_id is not None:
            (self.dossier_activated if opened else self.dossier_selected).emit(int(dossier_id))

    def show_detail(self, widget: QWidget) -> None:
        while self.detail.count() > 1:
            w = self.detail.widget(1)
            self.detail.removeWidget(w)
            w.deleteLater()
        self.detail.addWidget(widget)
        self.detail.setCurrentWidget(widget)
