"""Typed vault errors. ``message`` is an English source text marked for translation
(context "VaultError"); the UI and the command line show it in the user's language."""

from __future__ import annotations

from vp_desk.domain.dates import day_params


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate marker
    return text


class VaultError(Exception):
    message = QT_TRANSLATE_NOOP("VaultError", "The vault could not be used.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, translate=None) -> str:
        text = translate("VaultError", self.message) if translate else self.message
        try:
            return text.format(**day_params(self.params))
        except (KeyError, IndexError, ValueError):
            return text


class WrongPassphrase(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The passphrase is wrong (or the file is not a VP Desk vault). Nothing was changed.")


class NotAVault(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This file is not a VP Desk vault, or it is damaged. It was left untouched.")


class VaultLocked(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This vault is already open in another VP Desk window or program. Close it there first.")


class SchemaTooNew(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This vault was written by a newer version of VP Desk (format {found}; this "
        "version reads up to {supported}). Update VP Desk. The vault was left untouched.")


class VaultExists(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "A file already exists at this location; choose another name.")


class VaultNotFound(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "There is no vault at this location.")


class DiskFull(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The disk is full or not writable; the last change was not saved. Free some space and try again.")


class BadPassphrase(VaultError):
    message = QT_TRANSLATE_NOOP("VaultError", "A passphrase cannot be empty or contain control characters.")


class VaultDamaged(NotAVault):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The vault file is damaged ({detail}). It was left untouched and nothing more is "
        "saved to it. Restore a backup (File → Restore from backup…).")


class JournalDamaged(VaultDamaged):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The vault's journal file (…-wal, left by a crash) is damaged or belongs to another "
        "file: {detail}. The vault was left untouched. Restore a backup (File → Restore from backup…).")


class DiskFullAtOpen(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The disk holding the vault is full, so it cannot be opened. Free some space and try "
        "again. The vault was left untouched.")


class NoPermission(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "VP Desk is not allowed to read or write this vault or its folder (permission denied). "
        "Check the file's owner and permissions. The vault was left untouched.")


class ReadOnlyMedium(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The vault is on a read-only disk or folder, so it cannot be opened for work. Copy it "
        "to a writable folder first. It was left untouched.")


class DiskIOError(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The disk reported a read or write error (I/O error); it may be failing or was removed. "
        "The vault was left untouched. Copy it to another disk, or restore a backup.")


class RekeyFailed(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The passphrase was not changed: the disk is full or not writable (a change "
        "rewrites the whole vault and needs about its size in free space). The old passphrase still "
        "works and nothing was lost. Free some space and try again.")
