"""What the lock path does after the vault view is emptied: no text editor, line edit or
cached list cell keeps decrypted text, and the freed memory that held it is overwritten."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from vp_desk.security.memory import scrub_freed_memory

SCRUB_AGAIN_MS = 500  # after the deferred deletes of the views and dialogs closed by a lock


def _forget_cached_item_text(widget: QWidget) -> None:
    """Qt's common style keeps a copy of the last list or table cell it drew (its text
    included) to speed up the next one; drawing an empty cell replaces it."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.text = ""
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, None)
    finally:
        painter.end()



def forget_shown_text(window: QWidget) -> None:
    """After a lock: empty every text editor still alive (and its undo history), drop
    what line edits keep in theirs (typed searches, deleted characters), drop Qt's
    cached copy of the last list cell drawn, then overwrite the freed memory that held
    decrypted text — now, and again once the event loop has deleted the closed views
    and dialogs (``deleteLater``)."""
    for top in QApplication.topLevelWidgets():
        for edit in [*top.findChildren(QPlainTextEdit), *top.findChildren(QTextEdit)]:
            doc = edit.document()
            was = edit.blockSignals(True), doc.blockSignals(True)  # no draft autosave of an emptied form
            edit.clear()
            doc.clearUndoRedoStacks()
            edit.blockSignals(was[0])
            doc.blockSignals(was[1])
        for line in top.findChildren(QLineEdit):
            was_blocked = line.blockSignals(True)
            line.setText(line.text())  # same text, empty undo history
            line.blockSignals(was_blocked)
    _forget_cached_item_text(window)
    scrub_freed_memory()
    QTimer.singleShot(SCRUB_AGAIN_MS, scrub_freed_memory)

