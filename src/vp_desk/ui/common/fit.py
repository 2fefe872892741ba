"""Windows that fit the screen they open on: a size capped by the screen's available area
(a 1366x768 laptop, 1920x1080 at 150 %, 1024x700), and long forms in a scroll area so that
their buttons stay on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from vp_desk.ui.common import seams

# room left for the window frame and title bar, which the available area does not include
FRAME_WIDTH = 16
FRAME_HEIGHT = 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or less where its screen is smaller."""
    area = seams.available_geometry(widget)
    widget.resize(max(200, min(width, area.width() - FRAME_WIDTH)),
                  max(150, min(height, area.height() - FRAME_HEIGHT)))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls vertically only when the window
    is too short for it (its minimum height then no longer grows the window)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
