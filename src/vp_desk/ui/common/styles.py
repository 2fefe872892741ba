"""The few colours, styles and icons every screen shares (one error colour, one icon set).

Colours are calm: a grey-blue frame, white content, and colour only where it means
something. A legal obligation that is due stands out (amber, or the error colour once
overdue); an informational item ("open longer than N days") stays quiet grey."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QWidget,
)

from vp_desk.resources import resource_path

ERROR_COLOUR = "#b00020"
# a value the report preview hides: dark red on light red (contrast above 4.5:1)
HIDDEN_TEXT, HIDDEN_BACKGROUND = "#8a1c13", "#fde2e1"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
WARNING_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"  # a warning that stays on screen
NOTICE_STYLE = "background: #fff4cc; color: #4a3b00; padding: 6px; border-radius: 3px;"  # a hint box

# the calm frame around the content
ACCENT = "#2b6cb0"
SIDEBAR_BACKGROUND = "#eef2f6"
CARD_BACKGROUND = "#ffffff"
CARD_BORDER = "#d5dde6"
QUIET_TEXT = "#5b6775"  # informational, contrast 5.6:1 on white

# the tone of a due item or a status chip: (text colour, background)
TONES = {
    "overdue": (ERROR_COLOUR, "#fdecee"),  # a legal deadline that has passed
    "obligation": ("#7a4b00", "#fff1d6"),  # a legal obligation that is due
    "practice": ("#1f4e79", "#e6f0fa"),  # a practice the organisation follows
    "info": (QUIET_TEXT, "#f0f2f5"),  # for information only
    "open": ("#1d5e3a", "#e3f4ea"),
    "closed": (QUIET_TEXT, "#eceff3"),
}

SHELL_STYLE = f"""
QWidget#navigation {{ background: {SIDEBAR_BACKGROUND}; border-right: 1px solid {CARD_BORDER}; }}
QWidget#navigation QToolButton {{ border: none; border-radius: 6px; padding: 7px 10px; text-align: left;
    color: #23364a; }}
QWidget#navigation QToolButton:hover {{ background: #dde6ef; }}
QWidget#navigation QToolButton:checked {{ background: #d3e3f5; color: #12385e; font-weight: 600; }}
QWidget#navigation QToolButton:focus {{ outline: none; border: 2px solid {ACCENT}; }}
QFrame#dossierCard {{ background: {CARD_BACKGROUND}; border: 1px solid {CARD_BORDER}; border-radius: 8px; }}
QLabel#pageTitle {{ font-size: 13pt; font-weight: 600; color: #1b2b3c; }}
"""


def chip_style(tone: str) -> str:
    fg, bg = TONES.get(tone, TONES["info"])
    return f"color: {fg}; background: {bg}; border-radius: 7px; padding: 1px 7px; font-weight: 600;"


def chip(text: str, tone: str, accessible_name: str = "") -> QLabel:
    """A small rounded status label (open/closed, profile, a flag, days open)."""
    label = QLabel(text)
    label.setObjectName("chip")
    label.setStyleSheet(chip_style(tone))
    label.setAccessibleName(accessible_name or text)
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never squeezed out of its round shape
    return label


@cache
def icon(name: str) -> QIcon:
    """An icon of the app's own SVG set (``resources/icons/<name>.svg``); empty when missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


# Qt's stock icons (a floppy disk on Save, a red X on Cancel) replaced by the app's set
_STANDARD_ICONS = {
    QStyle.StandardPixmap.SP_DialogSaveButton: "save",
    QStyle.StandardPixmap.SP_DialogOkButton: "save",
    QStyle.StandardPixmap.SP_DialogApplyButton: "save",
    QStyle.StandardPixmap.SP_DialogYesButton: "save",
    QStyle.StandardPixmap.SP_DialogCancelButton: "cancel",
    QStyle.StandardPixmap.SP_DialogNoButton: "cancel",
    QStyle.StandardPixmap.SP_DialogCloseButton: "cancel",
    QStyle.StandardPixmap.SP_DialogDiscardButton: "delete",
    QStyle.StandardPixmap.SP_DialogHelpButton: "help",
    QStyle.StandardPixmap.SP_DialogOpenButton: "open",
    QStyle.StandardPixmap.SP_MessageBoxInformation: "info",
    QStyle.StandardPixmap.SP_MessageBoxWarning: "warning",
}


class AppStyle(QProxyStyle):
    """The platform's style with the app's own icons for the standard buttons."""

    def standardIcon(self, sp: QStyle.StandardPixmap, option: QStyleOption | None = None,  # noqa: N802 - Qt
                     widget: QWidget | None = None) -> QIcon:
        name = _STANDARD_ICONS.get(sp)
        if name is not None and not icon(name).isNull():
            return icon(name)
        return super().standardIcon(sp, option, widget)


def install_look(app: QApplication) -> None:
    """Once per process: the app's icons for standard buttons and its window icon."""
    if isinstance(app.style(), AppStyle):
        return
    app.setStyle(AppStyle(app.style().name()))
    app.setWindowIcon(icon("vp-desk"))


def error_label(accessible_name: str = "") -> QLabel:
    """A hidden, word-wrapping label in the error colour for a message under a form."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    if accessible_name:
        label.setAccessibleName(accessible_name)
    label.hide()
    return label
