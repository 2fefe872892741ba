"""The few colours and styles every screen shares (one error colour)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


def error_label(accessible_name: str = "") -> QLabel:
    """A hidden, word-wrapping label in the error colour for a message under a form."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.hide()
    return label
