"""What a feature may use of the main window, and nothing more: the shell hands itself
to each feature as this :class:`Shell` (features never import the shell's module).

Signals: ``unlocked`` after a vault opened; ``locking(reason)`` at the start of the one
lock path (save drafts, clear the clipboard, close feature windows); ``closing(reason)``
once nothing decrypted is on screen, just before the vault closes (backups)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStackedWidget, QStatusBar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from vp_desk.paths import Config
    from vp_desk.ui.shell.lock_screen import UnlockView
    from vp_desk.ui.shell.vault_view import VaultView
    from vp_desk.usecases.desk import DeskService


class Shell(Protocol):
    config: Config
    service: DeskService | None  # the use-case door of the unlocked vault
    vault_path: Path | None
    demo_notice: str
    vault_view: VaultView
    unlock_view: UnlockView
    stack: QStackedWidget
    file_menu: QMenu
    file_menu_end: QAction
    dossier_menu: QMenu
    tools_menu: QMenu
    lock_action: QAction
    unlocked: SignalInstance
    locking: SignalInstance
    closing: SignalInstance

    def lock(self, reason: str = "manual") -> None: ...
    def unlock(self, passphrase: str) -> None: ...
    def show_unlock(self) -> None: ...
    def new_organisation(self) -> None: ...
    def add_vault_action(self, action: QAction) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name
    def winId(self) -> int: ...  # noqa: N802 - Qt's name
