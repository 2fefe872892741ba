"""The main window's place and size, remembered in config.json (never case data) and fitted
to the screen it opens on: a saved size larger than the screen now available (a laptop
taken off its big monitor) is shrunk, and a place off every screen is moved back."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from vp_desk.ui.common import seams
from vp_desk.ui.common.fit import FRAME_HEIGHT, FRAME_WIDTH, fit_to_screen

DEFAULT_SIZE = (1200, 760)  # less on a small screen (1366x768, 1024x700, 150 % scaling)
MIN_SIZE = (640, 480)


def saved_geometry(widget: QWidget) -> list[int]:
    """[x, y, width, height, maximised] of ``widget`` for config.json (its normal size when
    maximised)."""
    g = widget.normalGeometry() if widget.isMaximized() else widget.geometry()
    return [g.x(), g.y(), g.width(), g.height(), int(widget.isMaximized())]


def fitted(saved: object, area: QRect) -> tuple[QRect, bool] | None:
    """The saved geometry fitted into ``area`` (a screen's available part), or None when the
    saved value is not a geometry."""
    if not isinstance(saved, list) or len(saved) != 5 or not all(isinstance(v, int) for v in saved):
        return None
    x, y, w, h, maximised = saved
    w = max(MIN_SIZE[0], min(w, area.width() - FRAME_WIDTH))
    h = max(MIN_SIZE[1], min(h, area.height() - FRAME_HEIGHT))
    x = min(max(x, area.left()), area.right() - w - FRAME_WIDTH + 1)
    y = min(max(y, area.top()), area.bottom() - h - FRAME_HEIGHT + 1)
    return QRect(max(x, area.left()), max(y, area.top()), w, h), bool(maximised)


def restore_geometry(widget: QWidget, saved: object) -> None:
    """Put ``widget`` where it was (fitted to the screen), or give it the default size."""
    geometry = fitted(saved, seams.available_geometry(widget))
    if geometry is None:
        fit_to_screen(widget, *DEFAULT_SIZE)
        return
    rect, maximised = geometry
    widget.resize(rect.size())
    widget.move(rect.topLeft())
    if maximised:
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
