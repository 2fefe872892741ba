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
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.storage.connection import _apply_session_pragmas, _connect
from vp_desk.storage.errors import (
    DiskFull,
    NotAVault,
    RekeyFailed,
    VaultDamaged,
    VaultError,
    VaultExists,
)
from vp_desk.storage.files import (
    APPLICATION_ID,
    _is_disk_full,
    _sqlite_open_error,
    io_error,
    precheck_file,
)
from vp_desk.storage.journal import (
    _SEQ_KEY,
    _check_with_journal,
    _new_sidecars,
    _readable_form,
    _sidecars,
    inspect_wal,
    probe_header,
    reader_problems,
)
from vp_desk.storage.keys import (
    _Secret,
    check_passphrase_chars,
    key_opens,
    normalise_passphrase,
    opening_form,
    quote_passphrase,
)
from vp_desk.storage.locks import _FileLock
from vp_desk.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from vp_desk.storage.parts import remove_stale_parts


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
                conn.execute(f"INSERT INTO meta(key, value) VALUES ('{_SEQ_KEY}', '1') ON CONFLICT(key) "
                             "DO UPDATE SET value = CAST(value AS INTEGER) + 1")
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
