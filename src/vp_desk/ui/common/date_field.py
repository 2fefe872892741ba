"""A date field that costs one Tab and takes a typed date.

``QDateEdit`` spends a Tab on each of day, month and year, and typing "15-03-2026" into
it gives 15-02-0003 (the separators are read as digits of the next section, and a 31 in a
30-day month is refused). ``DateField`` keeps everything else of ``QDateEdit`` (the
calendar popup on Alt+Down, Up/Down on the day, ``date()``/``setDate()``/``dateChanged``)
but:

- Tab and Shift+Tab leave the field at once;
- typed digits and separators are read as a whole date: ``dd-mm-yyyy`` (also with ``/`` or
  ``.``, one-digit day or month), ``ddmmyyyy``, ``dd-mm-yy`` (20yy) or ``dd-mm`` (this
  year). A complete date is taken as soon as it is typed; Tab, Enter or leaving the field
  takes what is typed so far;
- what cannot be a date is never silently changed into another one: Tab keeps the focus
  and the typed text and says how to type a date; Escape or leaving the field by mouse
  brings the previous date back.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from vp_desk.ui.common.styles import ERROR_STYLE

DISPLAY = "dd-MM-yyyy"
TYPED_CHARS = "0123456789-/."
_PARTS = re.compile(r"^(\d{1,2})-(\d{1,2})(?:-(\d{2}|\d{4}))?$")


def parse_typed(text: str, today: date) -> date | None:
    """The date a typed text means, or None ("31-02-2026", "15-3", "15032026", "1-1-26")."""
    text = text.strip().replace("/", "-").replace(".", "-")
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:2]}-{text[2:4]}-{text[4:]}"
    m = _PARTS.match(text)
    if m is None:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    y = today.year if year is None else (2000 + int(year) if len(year) == 2 else int(year))
    try:
        return date(y, month, day)
    except ValueError:
        return None


def _complete(text: str) -> bool:
    """A typed text that cannot go on (a four-digit year, or eight digits)."""
    t = text.replace("/", "-").replace(".", "-")
    return bool(re.fullmatch(r"\d{8}", t) or re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", t))


class DateField(QDateEdit):
    """One Tab stop; a typed ``dd-mm-yyyy`` is the date (see the module text)."""

    typing_refused = Signal(str)  # the typed text that is not a date

    def __init__(self, day: date | None = None, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY)
        d = day or date.today()
        self.setDate(QDate(d.year, d.month, d.day))
        if name:
            self.setAccessibleName(name)
        self._typed: str | None = None  # what is being typed, while it is not yet taken

    # -- typing -----------------------------------------------------------------------
    @property
    def typed(self) -> str | None:
        return self._typed

    def _show(self, text: str) -> None:
        """Show ``text`` without QDateEdit reading or correcting it (its validator turns
        31-02 into 28-02)."""
        edit = self.lineEdit()
        validator = edit.validator()
        edit.blockSignals(True)
        edit.setValidator(None)
        edit.setText(text)
        edit.setCursorPosition(len(text))
        edit.setValidator(validator)
        edit.blockSignals(False)

    def _show_typed(self) -> None:
        self._show(self._typed or "")

    def _show_date(self) -> None:
        self._show(self.date().toString(DISPLAY))
        self.setCurrentSection(QDateEdit.Section.DaySection)

    def _clear_error(self) -> None:
        self.lineEdit().setStyleSheet("")
        self.setToolTip("")

    def _refuse(self, text: str) -> None:
        message = QCoreApplication.translate(
            "DateField", "“%1” is not a date. Type it as dd-mm-yyyy, for example 15-03-2026.").replace("%1", text)
        self.lineEdit().setStyleSheet(ERROR_STYLE)  # not on the QDateEdit: its restyle re-renders the date
        self.setToolTip(message)
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
        self._show_typed()
        self.typing_refused.emit(text)

    def take_typed(self) -> bool:
        """Take what was typed as the date; False (and a message) when it is no date."""
        if self._typed is None:
            return True
        day = parse_typed(self._typed, date.today())
        if day is None:
            self._refuse(self._typed)
            return False
        self._typed = None
        self._clear_error()
        self.setDate(QDate(day.year, day.month, day.day))
        self._show_date()
        return True

    def cancel_typed(self) -> None:
        self._typed = None
        self._clear_error()
        self._show_date()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Long: one branch per key that typing a date gives a meaning."""
        key, text = event.key(), event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and text and text in TYPED_CHARS:
            self._typed = (self._typed or "") + text
            self._clear_error()
            self._show_typed()
            if _complete(self._typed):
                self.take_typed()
            event.accept()
            return
        if self._typed is not None:
            if key == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1] or None
                self._show_typed() if self._typed else self.cancel_typed()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.cancel_typed()
                event.accept()
                return
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.focusNextPrevChild(key == Qt.Key.Key_Tab and not
                                        event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                event.accept()
                return
            if not self.take_typed():
                event.accept()
                return
        super().keyPressEvent(event)

    # -- focus ------------------------------------------------------------------------
    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab leaves the field (QDateEdit would step to the month and the year first);
        a typed text that is no date keeps the focus here."""
        if not self.take_typed():
            return True
        return QWidget.focusNextPrevChild(self, forward)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.setCurrentSection(QDateEdit.Section.DaySection)  # Up/Down move the day; typing replaces

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if self._typed is not None and not self.take_typed():
            self.cancel_typed()  # left by mouse: the previous date stays, the message said why
        super().focusOutEvent(event)
