"""The vault file's format constants, the checks made before a file is opened, and the
clear error for an OS or SQLite I/O failure (the raw error is never shown)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from vp_desk.storage.errors import (
    DiskFullAtOpen,
    DiskIOError,
    NoPermission,
    NotAVault,
    ReadOnlyMedium,
    VaultError,
    VaultNotFound,
)

APPLICATION_ID = 0x56504453  # "VPDS" in the (encrypted) database header
PAGE_SIZE = 4096  # SQLCipher 4 default; a vault's size is always a multiple of it
SQLITE_HEADER = b"SQLite format 3\x00"


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return ("full" in text or "disk i/o" in text or "readonly" in text
            or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EROFS))


def io_error(exc: OSError, folder: Path) -> VaultError:
    """The clear message for an OS error met while opening (the raw error is never shown)."""
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullAtOpen()
    if code == errno.EROFS:
        return ReadOnlyMedium()
    if code in (errno.EACCES, errno.EPERM):
        return NoPermission()
    if code == errno.ENOENT:
        return VaultNotFound()
    if code == errno.EIO:
        return DiskIOError()
    return _guess_io_error(folder)


def _guess_io_error(folder: Path) -> VaultError:
    """SQLite reports I/O trouble without the OS error; look at the folder to name it."""
    with contextlib.suppress(OSError):
        if shutil.disk_usage(folder).free < 256 * 1024:
            return DiskFullAtOpen()
    if hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
                return ReadOnlyMedium()
    if not os.access(folder, os.W_OK):
        return NoPermission()
    return DiskIOError()


def _sqlite_open_error(exc: BaseException, folder: Path) -> VaultError | None:
    """A VaultError for SQLite's I/O, permission and full-disk errors; None for others."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_FULL":
        return DiskFullAtOpen()
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        return _guess_io_error(folder)
    return None


def precheck_file(path: Path) -> None:
    """Refuse what cannot be a SQLCipher 4 vault without opening it."""
    try:
        if not path.exists():
            raise VaultNotFound()
        if not path.is_file():
            raise NotAVault()
        size = path.stat().st_size
        if size == 0 or size < PAGE_SIZE or size % PAGE_SIZE:
            raise NotAVault()
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise io_error(exc, path.parent) from None
    if head == SQLITE_HEADER:
        raise NotAVault()  # a plain, unencrypted SQLite file

