"""What every query class over an open vault shares: the vault, the error for a row that
no longer exists, and dates stored as ISO text."""

from __future__ import annotations

from datetime import date

from vp_desk.storage.errors import QT_TRANSLATE_NOOP, VaultError
from vp_desk.storage.vault import Vault


class NotFound(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "This record no longer exists.")


def d2s(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def s2d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class VaultRows:
    """Base of the query classes: the open vault they read and write."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def conn(self):
        return self.vault.conn
