"""The few colours and styles every screen shares (one error colour)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b00020"
# a value the report preview hides: dark red on light red (contrast above 4.5:1)
HIDDEN_TEXT, HIDDEN_BACKGROUND = "#8a1c13", "#fde2e1"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
WARNING_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"  # a warning that stays on screen


def error_label(accessible_name: str = "") -> QLabel:
    """A hidden, word-wrapping label in the error colour for a message under a form."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.hide()
    return label
NOTICE_STYLE = "background: #fff4cc; color: #4a3b00; padding: 6px; border-radius: 3px;"  # a hint box
