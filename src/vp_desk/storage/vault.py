"""One vault = one SQLCipher 4 file with standard settings.

Any SQLCipher 4 client opens it with the passphrase (``PRAGMA key``); nothing here
changes the cipher defaults. Opening checks the file before it writes anything, so a
refused file (wrong passphrase, not a vault, newer schema, locked) is left byte-identical.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.storage.errors import (
    BadPassphrase,
    DiskFull,
    NotAVault,
    RekeyFailed,
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


def _connect_any_form(path: Path, passphrase: str) -> tuple[sqlcipher3.Connection, str]:
    """A connection keyed with the first form of ``passphrase`` that reads the file (see
    :func:`passphrase_forms`), and that form."""
    for form in passphrase_forms(passphrase):
        conn = _connect(path, form)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn, form
        except dbapi2.DatabaseError as exc:
            conn.close()
            if "not a database" not in str(exc):
                raise NotAVault() from None
    raise WrongPassphrase()


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
        lock.acquire()
        conn = None
        try:
            conn, form = _connect_any_form(path, passphrase)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAVault()
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(found=version, supported=SCHEMA_VERSION)
            _apply_session_pragmas(conn)
            vault = cls(path, conn, lock, form)
            if version < SCHEMA_VERSION and migrate:
                vault._copy_aside(version)
                vault._migrate(version)
                vault.migrated_from = version
            if migrate:
                vault._normalise_key(form)
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
