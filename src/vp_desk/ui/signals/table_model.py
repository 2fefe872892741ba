"""The signals of one organisation as a table: date, addressee, asked or not, themes, note."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vp_desk.domain.catalog import Profile
from vp_desk.domain.dates import format_day
from vp_desk.domain.signals import ADDRESSEES, Signal
from vp_desk.i18n import current_language
from vp_desk.ui.common.row_model import RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_PREVIEW = 80  # characters of the note shown in the list


class SignalTableModel(RowsModel):
    COL_DATE, COL_ADDRESSEE, COL_ASKED, COL_THEMES, COL_NOTE = range(5)
    columns = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.prof: Profile | None = None
        self.lang = current_language()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("To"), self.tr("Asked"), self.tr("Themes"), self.tr("Note")]

    def set_signals(self, rows: list[Signal], prof: Profile | None) -> None:
        self.reset_rows(rows, prof=prof, lang=current_language())

    def _text(self, s: Signal, col: int) -> str:
        prof, lang = self.prof, self.lang
        if col == self.COL_DATE:
            return format_day(s.date)
        if col == self.COL_ADDRESSEE:
            return prof.label(ADDRESSEES, s.addressee, lang) if prof else s.addressee
        if col == self.COL_ASKED:
            return self.tr("asked") if s.asked else self.tr("unasked")
        if col == self.COL_THEMES:
            return ", ".join(prof.label("themes", t, lang) for t in s.themes) if prof else ", ".join(s.themes)
        first = (s.note or "").strip().splitlines()[0] if (s.note or "").strip() else ""
        return first if len(first) <= NOTE_PREVIEW else first[:NOTE_PREVIEW - 1] + "…"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        if role == ID_ROLE:
            return s.id
        if role == SORT_ROLE:
            return f"{s.date.isoformat()}:{s.id:09d}" if index.column() == self.COL_DATE \
                else self._text(s, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(s, index.column())
        return None
