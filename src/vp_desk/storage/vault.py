"""One vault = one SQLCipher 4 file with standard settings.

Any SQLCipher 4 client opens it with the passphrase (``PRAGMA key``); nothing here
changes the cipher defaults. Opening checks the file before it writes anything, so a
refused file (wrong passphrase, not a vault, newer schema, locked) is left byte-identical.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.storage.errors import (
    BadPassphrase,
    DiskFull,
    NotAVault,
    SchemaTooNew,
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

DatabaseError = dbapi2.DatabaseError


def quote_passphrase(passphrase: str) -> str:
    """A SQL string literal for PRAGMA key/rekey, which cannot take a bound parameter."""
    check_passphrase_chars(passphrase)
    return "'" + passphrase.replace("'", "''") + "'"


def check_passphrase_chars(passphrase: str) -> None:
    if not passphrase or any(ord(ch) < 32 or ord(ch) == 127 for ch in passphrase):
        raise BadPassphrase()


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return ("full" in text or "disk i/o" in text or "readonly" in text
            or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EROFS))


class _FileLock:
    """An exclusive OS lock on ``<vault>.lock``: a second VP Desk process cannot open
    the vault while this one has it. Released by the OS if the process dies."""

    def __init__(self, vault_path: Path) -> None:
        self.path = vault_path.with_name(vault_path.name + LOCK_SUFFIX)
        self._fd: int | None = None
        self._created = False

    def acquire(self) -> None:
        self._created = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultLocked() from None
        self._fd = fd

    def release(self, remove: bool = False) -> None:
        if self._fd is None:
            return
        if remove and self._created:
            with contextlib.suppress(OSError):
                self.path.unlink()
        os.close(self._fd)
        self._fd = None


def precheck_file(path: Path) -> None:
    """Refuse what cannot be a SQLCipher 4 vault without opening it."""
    if not path.exists():
        raise VaultNotFound()
    if not path.is_file():
        raise NotAVault()
    size = path.stat().st_size
    if size == 0 or size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotAVault()
    with path.open("rb") as fh:
        head = fh.read(16)
    if head == SQLITE_HEADER:
        raise NotAVault()  # a plain, unencrypted SQLite file


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


def _apply_session_pragmas(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 2000")


class Vault:
    """An open, unlocked vault. Use :meth:`create` or :meth:`open`; close when done."""

    def __init__(self, path: Path, conn: sqlcipher3.Connection, lock: _FileLock) -> None:
        self.path = path
        self._conn: sqlcipher3.Connection | None = conn
        self._lock = lock
        self._depth = 0
        self.migrated_from: int | None = None
        self.pre_migration_copy: Path | None = None

    # -- life cycle ---------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        path = Path(path)
        check_passphrase_chars(passphrase)
        if path.exists():
            raise VaultExists()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = _FileLock(path)
        lock.acquire()
        conn = None
        try:
            old_umask = os.umask(0o077)
            try:
                conn = _connect(path, passphrase)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _apply_session_pragmas(conn)
            finally:
                os.umask(old_umask)
            vault = cls(path, conn, lock)
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
        lock.acquire()
        conn = None
        try:
            conn = _connect(path, passphrase)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except dbapi2.DatabaseError as exc:
                if "not a database" in str(exc):
                    raise WrongPassphrase() from None
                raise NotAVault() from None
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAVault()
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(found=version, supported=SCHEMA_VERSION)
            _apply_session_pragmas(conn)
            vault = cls(path, conn, lock)
            if version < SCHEMA_VERSION and migrate:
                vault._copy_aside(version)
                vault._migrate(version)
                vault.migrated_from = version
            return vault
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release(remove=True)
            if isinstance(exc, VaultError):
                raise
            if isinstance(exc, dbapi2.DatabaseError):
                raise NotAVault() from None
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
        away from an unlocked laptop cannot lock the owner out)."""
        check_passphrase_chars(new_passphrase)
        probe = None
        try:
            probe = sqlcipher3.connect(":memory:")
            probe.execute("PRAGMA cipher_log_level = NONE")
            probe.execute(f"ATTACH DATABASE ? AS chk KEY {quote_passphrase(old_passphrase)}",
                          (str(self.path),))
            probe.execute("SELECT count(*) FROM chk.sqlite_master").fetchone()
        except dbapi2.DatabaseError:
            raise WrongPassphrase() from None
        finally:
            if probe is not None:
                probe.close()
        self.conn.execute(f"PRAGMA rekey = {quote_passphrase(new_passphrase)}")

    def integrity_errors(self) -> list[str]:
        """Empty when SQLCipher's page HMACs and SQLite's structure check both pass."""
        problems = [row[0] for row in self.conn.execute("PRAGMA cipher_integrity_check")]
        rows = [row[0] for row in self.conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += rows
        return problems

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
