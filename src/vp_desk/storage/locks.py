"""The file locks that keep a second VP Desk process away from an open vault."""

from __future__ import annotations

import contextlib
import errno
import os
import struct
import tempfile
from pathlib import Path

from vp_desk.storage.errors import VaultLocked

LOCK_SUFFIX = ".lock"
# A byte inside SQLite's lock-byte page (the page at 1 GiB never holds data; SQLite itself
# locks only its first 512 bytes), locked by us on the database file itself.
_INODE_LOCK_OFFSET = 0x40000000 + 2048


class _FileLock:
    """A second VP Desk process cannot open the vault while this one has it; the OS
    releases both locks if the process dies.

    Two locks: an exclusive lock on ``<real path>.lock`` (symlinks resolved, so another
    name through a symlink finds the same lock file) and a lock on the database file
    itself, so a hard link under another name is refused too: on Linux an open-file-
    description lock on one byte of SQLite's unused lock-byte page, on Windows a byte
    lock on the same offset of the file's handle, elsewhere (macOS) a lock file named
    after the file's device and inode in the user's temporary folder (``flock`` or
    ``fcntl`` on the database file would clash with SQLite's own locks there)."""

    def __init__(self, vault_path: Path) -> None:
        self.db = Path(os.path.realpath(vault_path))
        self.path = self.db.with_name(self.db.name + LOCK_SUFFIX)
        self._fd: int | None = None
        self._inode_fd: int | None = None
        self._created = False

    def acquire(self) -> None:
        self._created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_whole(fd)
        except OSError:
            os.close(fd)
            raise VaultLocked() from None
        self._fd = fd
        if self.db.exists():
            try:
                self.lock_file()
            except BaseException:
                self.release(remove=True)
                raise

    def lock_file(self) -> None:
        """Lock the database file itself (called by ``acquire`` or once it exists)."""
        if self._inode_fd is not None:
            return
        if FILE_LOCK_KIND != "inode-file":
            target = self.db
        else:  # macOS / BSD (tested on Linux by switching FILE_LOCK_KIND)
            st = os.stat(self.db)
            folder = Path(tempfile.gettempdir()) / f"vp-desk-locks-{os.getuid()}"
            folder.mkdir(mode=0o700, exist_ok=True)
            target = folder / f"{st.st_dev}-{st.st_ino}.lock"
        exclusive = True
        try:
            fd = os.open(target, os.O_RDWR | (0 if target == self.db else os.O_CREAT), 0o600)
        except OSError as exc:
            if target != self.db or exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise
            # a read-only file (verify of a write-protected backup): a shared lock still
            # conflicts with the exclusive lock of a process that has the vault open
            fd = os.open(target, os.O_RDONLY)
            exclusive = False
        try:
            if target != self.db:
                _lock_whole(fd)
            elif FILE_LOCK_KIND == "handle":  # pragma: no cover - Windows
                import msvcrt

                os.lseek(fd, _INODE_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl = _fcntl()
                flock = struct.pack("hhqqi4x", fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK, os.SEEK_SET,
                                    _INODE_LOCK_OFFSET, 1, 0)
                fcntl.fcntl(fd, fcntl.F_OFD_SETLK, flock)
        except OSError:
            os.close(fd)
            raise VaultLocked() from None
        self._inode_fd = fd

    def unlock_file(self) -> None:
        """Drop the lock on the database file (Windows cannot replace a file that is open)."""
        if self._inode_fd is not None:
            os.close(self._inode_fd)  # closing the descriptor releases its lock
            self._inode_fd = None

    def release(self, remove: bool = False) -> None:
        self.unlock_file()
        if self._fd is None:
            return
        if remove and self._created:
            with contextlib.suppress(OSError):
                self.path.unlink()
        os.close(self._fd)
        self._fd = None


def _fcntl():  # noqa: ANN202 - the fcntl module (POSIX only)
    import fcntl

    return fcntl


# How the database file itself is locked: "handle" (Windows byte lock), "ofd" (Linux open-
# file-description lock) or "inode-file" (a lock file named after device and inode).
FILE_LOCK_KIND = ("handle" if os.name == "nt" else
                  "ofd" if hasattr(_fcntl(), "F_OFD_SETLK") else "inode-file")


def _lock_whole(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl = _fcntl()
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

