"""One vault = one SQLCipher 4 file with standard settings.

Any SQLCipher 4 client opens it with the passphrase (``PRAGMA key``); nothing here
changes the cipher defaults. Opening checks the file before it writes anything, so a
refused file (wrong passphrase, not a vault, newer schema, locked, damaged) is left
byte-identical: when a journal (``-wal``) lies beside the vault, the key and what a reader
would see (main file plus journal) are checked on a read-only connection first, because
closing a read-write connection replays that journal into the vault.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import struct
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.paths import VAULT_SUFFIX
from vp_desk.storage.errors import (
    BadPassphrase,
    DiskFull,
    DiskFullAtOpen,
    DiskIOError,
    JournalDamaged,
    NoPermission,
    NotAVault,
    ReadOnlyMedium,
    RekeyFailed,
    SchemaTooNew,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from vp_desk.storage.migrations import MIGRATIONS, SCHEMA_VERSION

APPLICATION_ID = 0x56504453  # "VPDS" in the (encrypted) database header
PAGE_SIZE = 4096  # SQLCipher 4 default; a vault's size is always a multiple of it
SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_SUFFIX = ".lock"
# A byte inside SQLite's lock-byte page (the page at 1 GiB never holds data; SQLite itself
# locks only its first 512 bytes), locked by us on the database file itself.
_INODE_LOCK_OFFSET = 0x40000000 + 2048
_PAGE_NO = re.compile(r"page (\d+)")

DatabaseError = dbapi2.DatabaseError


def quote_passphrase(passphrase: str) -> str:
    """A SQL string literal for PRAGMA key/rekey, which cannot take a bound parameter."""
    check_passphrase_chars(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def check_passphrase_chars(passphrase: str) -> None:
    if not passphrase or any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        raise BadPassphrase()


def normalise_passphrase(passphrase: str) -> str:
    """The form a passphrase is stored in: Unicode NFC, so "é" typed as one character
    (Windows, Linux) or as "e" plus an accent (macOS) is the same key."""
    return unicodedata.normalize("NFC", passphrase)


def passphrase_forms(passphrase: str) -> list[str]:
    """The forms to try when opening: NFC first (every vault made or rekeyed since
    normalising), then as typed and NFD (vaults made before, e.g. on macOS)."""
    forms: list[str] = []
    for form in (normalise_passphrase(passphrase), passphrase, unicodedata.normalize("NFD", passphrase)):
        if form not in forms:
            forms.append(form)
    return forms


def key_opens(path: Path, passphrase: str) -> bool:
    """Does exactly this passphrase open the file (main file plus WAL, as a reader sees
    it)? A fresh connection that only reads; works while the vault is open here."""
    try:
        key = quote_passphrase(passphrase)
    except VaultError:
        return False
    probe = sqlcipher3.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.execute(f"ATTACH DATABASE ? AS chk KEY {key}", (str(path),))
        probe.execute("SELECT count(*) FROM chk.sqlite_master").fetchone()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        probe.close()


def opening_form(path: Path, passphrase: str) -> str:
    """The form of ``passphrase`` that opens the file; WrongPassphrase if none does."""
    for form in passphrase_forms(passphrase):
        if key_opens(path, form):
            return form
    raise WrongPassphrase()


class _Secret:
    """The passphrase of an open vault, kept masked (XOR with a random pad) in two
    mutable buffers that are zeroed when the vault closes. Backups need it to derive
    their own key with a fresh salt."""

    def __init__(self, text: str) -> None:
        self.set(text)

    def set(self, text: str) -> None:
        data = text.encode("utf-8")
        self._pad = bytearray(secrets.token_bytes(len(data)))
        self._masked = bytearray(a ^ b for a, b in zip(data, self._pad, strict=True))

    def reveal(self) -> str:
        return bytes(a ^ b for a, b in zip(self._masked, self._pad, strict=True)).decode("utf-8")

    def wipe(self) -> None:
        for buf in (self._masked, self._pad):
            buf[:] = bytes(len(buf))


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return ("full" in text or "disk i/o" in text or "readonly" in text
            or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EROFS))


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


# -- the journal (-wal) as SQLite will replay it ----------------------------------------
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_VERSION = 3007000


@dataclass(frozen=True)
class WalInfo:
    """What SQLite will replay from ``<vault>-wal``, and what it would silently drop."""

    frames: int = 0  # frames replayed (up to the last valid commit)
    pages: frozenset[int] = frozenset()  # pages whose newest copy a reader finds in the journal
    db_pages: int = 0  # database size in pages after the last replayed commit (0: unchanged)
    lost_commits: int = 0  # commits in the journal that SQLite will not replay
    damaged_inside: bool = False  # intact frames follow the bad one: damage, not an interrupted write

    @property
    def problems(self) -> list[str]:
        if not self.lost_commits:
            return []
        if self.damaged_inside:
            return [f"journal (-wal) damaged: {self.lost_commits} saved change(s) after the damaged "
                    "frame would be dropped"]
        return [f"journal (-wal): the last {self.lost_commits} change(s) before the crash cannot be "
                "read (interrupted write or damage) and would be dropped"]


def _wal_checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def inspect_wal(path: Path, checksums: bool = True) -> WalInfo | None:
    """Parse ``<path>-wal`` as SQLite's recovery does (None when there is no journal to replay).

    SQLite replays frames up to the first one whose salt or running checksum is wrong and
    silently ignores the rest. Frames of the current journal (same salt) that carry a
    commit after that point are changes that were saved and would be lost; when intact
    frames follow the bad one, the journal was damaged rather than cut short by a crash.
    ``checksums=False`` trusts every frame of the current journal (the open vault's own
    journal, written by this process)."""
    wal = Path(str(path) + "-wal")
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < 32:
        return None
    magic, version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    big = bool(magic & 1)
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        page_size = PAGE_SIZE
    header_ok = (magic in _WAL_MAGIC and version == _WAL_VERSION
                 and _wal_checksum(data[:24], 0, 0, big) == (c1, c2))
    frame_size = 24 + page_size
    prev = (c1, c2)
    broken = not header_ok
    frames = last_commit = db_pages = lost = 0
    pages: set[int] = set()
    pending: set[int] = set()
    inside = False
    for off in range(32, len(data) - frame_size + 1, frame_size):
        pgno, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", data[off:off + 24])
        same = (fs1, fs2) == (salt1, salt2)
        ok = same and (not checksums or _wal_checksum(data[off:off + 8] + data[off + 24:off + frame_size],
                                                      *prev, big) == (fc1, fc2))
        prev = (fc1, fc2)
        if not broken and ok:
            frames += 1
            pending.add(pgno)
            if commit:
                last_commit, db_pages = frames, commit
                pages |= pending
                pending = set()
            continue
        if not broken:
            broken = True
        elif ok:
            inside = True
        if same and commit:
            lost += 1
    return WalInfo(last_commit, frozenset(pages), db_pages, lost, inside and lost > 0)


def _new_sidecars(path: Path, before: set[str]) -> None:
    """Remove the ``-shm`` (and an empty ``-wal``) a refused open created (we hold the lock)."""
    for suffix in ("-shm", "-wal"):
        p = Path(str(path) + suffix)
        if suffix in before or not p.exists():
            continue
        info = inspect_wal(path) if suffix == "-wal" else None
        if info is None or not info.frames:
            with contextlib.suppress(OSError):
                p.unlink()


def _sidecars(path: Path) -> set[str]:
    return {s for s in ("-wal", "-shm") if os.path.lexists(str(path) + s)}


def reader_problems(conn: sqlcipher3.Connection, wal: WalInfo | None, schema: str = "main",
                    structure: bool = True) -> list[str]:
    """Damage a reader of main file plus journal would meet (empty when none).

    ``cipher_integrity_check`` checks every page's HMAC in the main file only; a page whose
    newer copy is in the journal (e.g. after a passphrase change that was not yet
    checkpointed) is never read there, so its old copy does not count. The journal's own
    pages are read, HMAC and all, by SQLite's structural ``integrity_check``."""
    problems: list[str] = []
    try:
        for (msg,) in conn.execute(f"PRAGMA {schema}.cipher_integrity_check"):
            found = _PAGE_NO.search(str(msg))
            if wal is not None and found:
                page = int(found.group(1))
                if page in wal.pages or (wal.db_pages and page > wal.db_pages):
                    continue
            problems.append(str(msg))
        if wal is not None:
            problems += wal.problems
        if structure:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.integrity_check")]
            if rows != ["ok"]:
                problems += rows
    except dbapi2.DatabaseError as exc:
        problems.append(str(exc))
    return problems


def _connect_ro(path: Path, passphrase: str, immutable: bool = False) -> sqlcipher3.Connection:
    """A read-only connection: it cannot write the vault, and closing it replays nothing."""
    uri = Path(os.path.realpath(path)).as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def probe_header(conn: sqlcipher3.Connection, path: Path, passphrase: str, wal: WalInfo | None) -> int:
    """Check key, application id and format on an open connection; return the format.

    A key that fails on main file plus journal but opens the main file alone means the
    journal is not this vault's (a stray ``-wal`` of another file): that is said, not
    "wrong passphrase"."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except dbapi2.DatabaseError as exc:
        io = _sqlite_open_error(exc, path.parent)
        if io is not None:
            raise io from None
        if "not a database" not in str(exc):
            raise VaultDamaged(detail=str(exc)) from None
        if wal is not None and wal.frames and _main_file_opens(path, passphrase):
            raise JournalDamaged(detail="it does not belong to this vault") from None
        raise WrongPassphrase() from None
    if app_id != APPLICATION_ID:
        raise NotAVault()
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(found=version, supported=SCHEMA_VERSION)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        raise _sqlite_open_error(exc, path.parent) or VaultDamaged(detail=str(exc)) from None
    return version


def _main_file_opens(path: Path, passphrase: str) -> bool:
    conn = _connect_ro(path, passphrase, immutable=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


def _check_with_journal(path: Path, passphrase: str, wal: WalInfo) -> None:
    """Before a read-write connection replays a journal left by a crash: check the key and
    what a reader would see on a read-only connection (raises; never writes). Damage that
    the main file alone does not have is the journal's (a stray or old ``-wal``)."""
    if wal.damaged_inside:
        raise JournalDamaged(detail=wal.problems[0])
    conn = _connect_ro(path, passphrase)
    try:
        probe_header(conn, path, passphrase, wal)
        problems = [p for p in reader_problems(conn, wal) if p not in wal.problems]
    except VaultDamaged as exc:
        if isinstance(exc, JournalDamaged):
            raise
        problems = [str(exc.params.get("detail", ""))]
    finally:
        conn.close()
    if problems:
        if _main_file_opens(path, passphrase) and not _main_problems(path, passphrase):
            raise JournalDamaged(detail=problems[0][:100])
        raise VaultDamaged(detail=problems[0][:100])


def _main_problems(path: Path, passphrase: str) -> list[str]:
    conn = _connect_ro(path, passphrase, immutable=True)
    try:
        return reader_problems(conn, None, structure=False)
    finally:
        conn.close()


def file_problems(path: str | os.PathLike[str], passphrase: str, structure: bool = False) -> list[str]:
    """A full check of a vault (open or not) on its own read-only connection: page HMACs
    of what a reader sees, and with ``structure`` SQLite's b-tree check too. Used by the
    GUI in the background after unlocking; never writes."""
    path = Path(path)
    conn = _connect_ro(path, passphrase)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # hold one snapshot
        return reader_problems(conn, inspect_wal(path), structure=structure)
    except dbapi2.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


# -- leftovers of killed backups and restores ---------------------------------------------
def part_name(final: Path) -> Path:
    """The temporary name a backup is written under: ``.<final name>.<pid>-<random>.part``."""
    return final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.part")


_PART = re.compile(r"^\.(?P<name>.+?)\.(?:restore-[0-9a-f]+|(?:(?P<pid>\d+)-)?[0-9a-f]+)\.part"
                   r"(?:-journal|-wal|-shm)?$")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_parts(vault_path: Path, folder: Path | None = None) -> list[Path]:
    """Delete the ``.part`` files a killed backup or restore of this vault left in ``folder``
    (default: beside the vault). Called with the vault's lock held, so no live restore or
    backup of this vault can own them; a part that names a live process id (a same-named
    vault elsewhere backing up into the same folder) and files of other users are kept."""
    folder = folder or vault_path.parent
    own = vault_path.name
    stem = own[: -len(VAULT_SUFFIX)] if own.endswith(VAULT_SUFFIX) else own
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = _PART.match(entry.name)
        if not found or not entry.is_file(follow_symlinks=False):
            continue
        name = found.group("name")
        if name != own and not (name.startswith(stem + "-") and ".restore-" not in entry.name):
            continue
        if hasattr(os, "getuid") and entry.stat(follow_symlinks=False).st_uid != os.getuid():
            continue
        if found.group("pid") and _pid_alive(int(found.group("pid"))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.execute("PRAGMA cipher_memory_security = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _readable_form(path: Path, passphrase: str) -> str:
    """The form of ``passphrase`` (see :func:`passphrase_forms`) that opens the main file,
    tried read-only so a wrong form never writes; the first form when none does (the
    checks that follow then say why)."""
    forms = passphrase_forms(passphrase)
    for form in forms:
        try:
            if _main_file_opens(path, form):
                return form
        except (dbapi2.Error, OSError):
            break
    return forms[0]


def _apply_session_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 2000")


class Vault:
    """An open, unlocked vault. Use :meth:`create` or :meth:`open`; close when done."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, lock: _FileLock,
                 passphrase: str) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._lock = lock
        self._secret = _Secret(passphrase)
        self._depth = 0
        self.migrated_from: int | None = None
        self.pre_migration_copy: Path | None = None
        self.journal_warning: str | None = None  # changes before a crash that could not be read
        self.damage: str | None = None  # set when damage was found: nothing more is written

    # -- life cycle ---------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        path = Path(path)
        passphrase = normalise_passphrase(passphrase)
        check_passphrase_chars(passphrase)
        if path.exists():
            raise VaultExists()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = _FileLock(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise io_error(exc, path.parent) from None
        conn = None
        try:
            old_umask = os.umask(0o077)
            try:
                conn = _connect(path, passphrase)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _apply_session_pragmas(conn)
                lock.lock_file()
            finally:
                os.umask(old_umask)
            vault = cls(path, conn, lock, passphrase)
            vault._migrate(0)
            with vault.transaction():
                conn.execute("INSERT INTO meta(key, value) VALUES ('app', 'VP Desk')")
                conn.execute("INSERT INTO meta(key, value) VALUES ('created', datetime('now'))")
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            return vault
        except BaseException as exc:
            if conn is not None:
                conn.close()
            for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
                with contextlib.suppress(OSError):
                    p.unlink()
            lock.release(remove=True)
            if isinstance(exc, dbapi2.Error) and _is_disk_full(exc):
                raise DiskFull() from None
            raise

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, migrate: bool = True) -> Vault:
        path = Path(path)
        check_passphrase_chars(passphrase)
        precheck_file(path)
        lock = _FileLock(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise io_error(exc, path.parent) from None
        before = _sidecars(path)
        conn = None
        try:
            remove_stale_parts(path)
            form = _readable_form(path, passphrase)
            wal = inspect_wal(path)
            if wal is not None and (wal.frames or wal.lost_commits):
                _check_with_journal(path, form, wal)  # read-only: a refusal writes nothing
            conn = _connect(path, form)
            version = probe_header(conn, path, form, None)
            _apply_session_pragmas(conn)
            vault = cls(path, conn, lock, form)
            if wal is not None and wal.lost_commits:
                vault.journal_warning = wal.problems[0]
            if version < SCHEMA_VERSION and migrate:
                vault.require_intact()  # a damaged vault is never migrated (written)
                vault._copy_aside(version)
                vault._migrate(version)
                vault.migrated_from = version
            if migrate:
                vault._normalise_key(form)
            return vault
        except BaseException as exc:
            if conn is not None:
                conn.close()
            _new_sidecars(path, before)
            lock.release(remove=True)
            if isinstance(exc, VaultError):
                raise
            if isinstance(exc, dbapi2.DatabaseError):
                raise _sqlite_open_error(exc, path.parent) or NotAVault() from None
            if isinstance(exc, OSError):
                raise io_error(exc, path.parent) from None
            raise

    def close(self) -> None:
        if self._conn is None:
            return
        try:
            with contextlib.suppress(dbapi2.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
        finally:
            self._conn = None
            self._secret.wipe()
            self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- access -------------------------------------------------------------------
    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """All-or-nothing writes. Nested use joins the outer transaction."""
        conn = self.conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        if self.damage is not None:
            raise VaultDamaged(detail=self.damage)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except dbapi2.Error as exc:
            if _is_disk_full(exc):
                raise DiskFull() from None
            raise
        self._depth = 1
        try:
            yield conn
        except BaseException as exc:
            self._depth = 0
            with contextlib.suppress(dbapi2.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, dbapi2.OperationalError) and _is_disk_full(exc):
                raise DiskFull() from None
            raise
        else:
            self._depth = 0
            try:
                conn.execute("COMMIT")
            except dbapi2.Error as exc:
                with contextlib.suppress(dbapi2.Error):
                    conn.execute("ROLLBACK")
                if _is_disk_full(exc):
                    raise DiskFull() from None
                raise

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def rekey(self, old_passphrase: str, new_passphrase: str) -> None:
        """Change the passphrase. The old one must be given again (a person stepping
        away from an unlocked laptop cannot lock the owner out). The new one is stored
        in NFC form. RekeyFailed when the file did not take it (a full disk): the old
        passphrase still opens the vault and this session goes on working with it."""
        new = normalise_passphrase(new_passphrase)
        check_passphrase_chars(new)
        old = opening_form(self.path, old_passphrase)
        if new != old:
            self._change_key(old, new)

    def _change_key(self, old: str, new: str) -> None:
        # PRAGMA rekey rewrites every page (into the WAL) and answers OK even when that
        # rewrite failed and rolled back, leaving this connection keyed with a key the
        # file does not have. So a fresh connection is the judge.
        with contextlib.suppress(dbapi2.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(dbapi2.Error):
            self.conn.execute(f"PRAGMA rekey = {quote_passphrase(new)}")
        if key_opens(self.path, new) and not key_opens(self.path, old):
            self._secret.set(new)
            return
        self._reconnect(old)
        raise RekeyFailed()

    def _reconnect(self, passphrase: str) -> None:
        """Replace this session's connection by one keyed with ``passphrase`` (the file
        lock stays held). The new one opens before the old one closes, so the WAL index
        stays in place and nothing needs to be written to open it."""
        conn = _connect(self.path, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _apply_session_pragmas(conn)
        except BaseException:
            conn.close()
            raise
        if self._conn is not None:
            with contextlib.suppress(dbapi2.Error):
                self._conn.close()
        self._conn = conn
        self._secret.set(passphrase)

    def _normalise_key(self, form: str) -> None:
        """Migration: a vault made before passphrases were normalised opened with its
        as-typed (non-NFC) form; rekey it to NFC so any keyboard's form opens it. If the
        disk is full it keeps its key and is tried again at the next open."""
        nfc = normalise_passphrase(form)
        if nfc != form:
            with contextlib.suppress(RekeyFailed):
                self._change_key(form, nfc)

    def backup_key(self) -> str:
        """The passphrase as a SQL literal, for a backup ATTACHed with its own salt."""
        return quote_passphrase(self._secret.reveal())

    def integrity_errors(self) -> list[str]:
        """Empty when SQLCipher's page HMACs and SQLite's structure check both pass."""
        problems = [row[0] for row in self.conn.execute("PRAGMA cipher_integrity_check")]
        rows = [row[0] for row in self.conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += rows
        return problems

    def problems(self) -> list[str]:
        """Page HMACs of the whole file as a reader sees it (main file plus journal)."""
        return reader_problems(self.conn, inspect_wal(self.path, checksums=False), structure=False)

    def require_intact(self) -> None:
        """A full ``cipher_integrity_check`` (before an export, a backup or a migration).
        On damage the vault refuses every further write and VaultDamaged is raised."""
        problems = self.problems()
        if problems:
            self.mark_damaged(problems[0])
        if self.damage is not None:
            raise VaultDamaged(detail=self.damage)

    def mark_damaged(self, detail: str) -> None:
        """Refuse every later write (the background check after unlock found damage)."""
        self.damage = detail[:100]

    # -- migrations ---------------------------------------------------------------
    def _copy_aside(self, version: int) -> None:
        """Keep an encrypted copy of the vault as it was before migrating."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = self.path.with_name(f"{self.path.name}.before-v{SCHEMA_VERSION}-from-v{version}.bak")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(
                f"{self.path.name}.before-v{SCHEMA_VERSION}-from-v{version}-{n}.bak")
        shutil.copyfile(self.path, target)
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
        self.pre_migration_copy = target

    def _migrate(self, current: int, target: int = SCHEMA_VERSION) -> None:
        pending = [m for m in MIGRATIONS if current < m.version <= target]
        if not pending:
            return
        with self.transaction() as conn:
            for m in pending:
                for statement in _split_sql(m.sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(m.version)}")


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (triggers keep their inner ';')."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlcipher3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def build_at_version(path: str | os.PathLike[str], passphrase: str, version: int) -> None:
    """Test and tooling aid: a vault created by an app whose newest migration was
    ``version`` (used to prove every earlier version migrates)."""
    path = Path(path)
    conn = _connect(path, passphrase)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _apply_session_pragmas(conn)
        conn.execute("BEGIN")
        for m in MIGRATIONS:
            if m.version > version:
                break
            for statement in _split_sql(m.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(m.version)}")
        conn.execute("INSERT INTO meta(key, value) VALUES ('app', 'VP Desk')")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
