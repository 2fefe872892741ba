"""Use cases of backups and the passphrase: a verified backup to a folder, the automatic
backups with rotation, checking and restoring a backup file, changing the passphrase
(keeping the keychain honest)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from vp_desk.security import keychain as _keychain
from vp_desk.storage import backup as _backup
from vp_desk.storage import restore as _restore
from vp_desk.usecases.desk import DeskService

BackupResult = _backup.BackupResult
VerifyReport = _restore.VerifyReport
Progress = Callable[[int, str], None]

check_backup = _restore.check_backup
restore = _restore.restore
passphrase_matches = _restore.passphrase_matches
verify_file = _restore.verify_file


def backup_to(service: DeskService, folder: Path, progress: Progress | None = None) -> BackupResult:
    return _backup.backup_to(service.vault, folder, progress=progress)


def automatic_backup(service: DeskService, keep: int) -> BackupResult | None:
    """A backup into the automatic folder, keeping the newest ``keep``."""
    return _backup.automatic_backup(service.vault, keep)


def latest_automatic_backup(service: DeskService) -> datetime | None:
    return _backup.latest_automatic_backup(service.vault.path)


def change_passphrase(service: DeskService, keychain: _keychain.Keychain, old: str, new: str) -> None:
    _keychain.change_passphrase(service.vault, keychain, old, new)
