"""Turning an exception into the one translated line a screen shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vp_desk.usecases.errors import VaultError


def translate_error(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return exc.render(QCoreApplication.translate)
    return QCoreApplication.translate("LockView", "Something went wrong ({kind}). Nothing was changed.").format(
        kind=exc.__class__.__name__)
