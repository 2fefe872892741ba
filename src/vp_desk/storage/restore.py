"""Checking a vault or backup file on disk, and a restore that never loses the current vault.

Restore checks the chosen backup with its passphrase, copies it next to the vault under
a temporary name, checks that copy again, keeps the current vault as
``<name>.before-restore`` and only then atomically renames the copy over the vault.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2

from vp_desk.storage import journal
from vp_desk.storage.backup import Progress, _counts, _fsync_dir, _fsync_file, _unlink_quietly
from vp_desk.storage.connection import _connect_ro
from vp_desk.storage.errors import QT_TRANSLATE_NOOP, DiskFull, NotAVault, VaultError
from vp_desk.storage.files import _is_disk_full, precheck_file
from vp_desk.storage.keys import key_opens, passphrase_forms
from vp_desk.storage.locks import _FileLock
from vp_desk.storage.parts import remove_stale_parts


class BackupDamaged(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This backup is damaged ({detail}). It was left untouched; choose another backup.")


class RestoreRefused(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The vault cannot be replaced while it is open or has unsaved changes in its "
        "journal. Lock it first.")


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def dossiers(self) -> int:
        return self.counts.get("dossiers", 0)


# -- verification of a file on disk -------------------------------------------------
def verify_file(path: str | os.PathLike[str], passphrase: str) -> VerifyReport:
    """Open a vault or backup read-only with ``passphrase`` and check it completely.

    Refused files raise (NotAVault, WrongPassphrase, SchemaTooNew, VaultLocked …) and are
    never written to; a readable but damaged file returns a report with ``problems``.
    """
    path = Path(path).expanduser()
    precheck_file(path)
    lock: _FileLock | None = _FileLock(path)
    try:
        lock.acquire()
    except VaultError:
        raise
    except OSError:  # a read-only medium (e.g. a write-protected stick): nobody can write it
        lock = None
    before = journal._sidecars(path)
    conn = None
    try:
        # What a reader sees: the main file plus a journal a crash left beside it, read on a
        # read-only connection (nothing is replayed into the file, nothing written).
        wal = journal.inspect_wal(path)
        immutable = wal is None or not wal.frames
        form = journal._readable_form(path, passphrase)
        conn = _connect_ro(path, form, immutable=immutable)
        version = journal.probe_header(conn, path, form, wal)
        try:
            problems = journal.reader_problems(conn, wal)
            try:
                counts = _counts(conn, "main")
            except dbapi2.DatabaseError as exc:
                problems.append(str(exc))
                counts = {}
        except dbapi2.DatabaseError as exc:
            return VerifyReport(path, -1, {}, (str(exc),))
        return VerifyReport(path, version, counts, tuple(problems))
    except dbapi2.DatabaseError:
        raise NotAVault() from None
    finally:
        if conn is not None:
            conn.close()
        if lock is not None:
            journal._new_sidecars(path, before)
            lock.release(remove=True)


def check_backup(path: str | os.PathLike[str], passphrase: str) -> VerifyReport:
    """verify_file that raises BackupDamaged for a readable but damaged file."""
    report = verify_file(path, passphrase)
    if not report.ok:
        raise BackupDamaged(detail=report.problems[0][:80])
    return report


# -- restore --------------------------------------------------------------------------
def before_restore_path(vault_path: Path) -> Path:
    target = vault_path.with_name(vault_path.name + ".before-restore")
    n = 1
    while target.exists():
        n += 1
        target = vault_path.with_name(f"{vault_path.name}.before-restore-{n}")
    return target


def restore(backup: str | os.PathLike[str], passphrase: str, vault_path: str | os.PathLike[str],
            progress: Progress | None = None) -> Path | None:
    """Make ``vault_path`` a copy of ``backup`` (checked before and after copying).

    The current vault (if any) is kept as ``<name>.before-restore`` and is replaced only
    by an atomic rename of the already verified copy. The vault must be closed (locked).
    Returns the path of the kept old vault (None when there was none).
    """
    step = progress or (lambda _p, _s: None)
    backup = Path(backup).expanduser()
    vault_path = Path(vault_path).expanduser()
    if backup.resolve() == vault_path.resolve():
        raise RestoreRefused()
    step(5, QT_TRANSLATE_NOOP("Backup", "Checking the backup…"))
    check_backup(backup, passphrase)
    folder = vault_path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = _FileLock(vault_path)
    lock.acquire()  # VaultLocked while the vault is open anywhere
    remove_stale_parts(vault_path)
    tmp = folder / f".{vault_path.name}.restore-{secrets.token_hex(4)}.part"
    try:
        wal = Path(str(vault_path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise RestoreRefused()
        step(35, QT_TRANSLATE_NOOP("Backup", "Copying the backup beside the vault…"))
        old_umask = os.umask(0o077)
        try:
            shutil.copyfile(backup, tmp)
        finally:
            os.umask(old_umask)
        os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        _fsync_file(tmp)
        step(55, QT_TRANSLATE_NOOP("Backup", "Checking the copy…"))
        check_backup(tmp, passphrase)
        kept = None
        if vault_path.exists():
            step(85, QT_TRANSLATE_NOOP("Backup", "Keeping the current vault aside…"))
            kept = before_restore_path(vault_path)
            shutil.copyfile(vault_path, kept)
            os.chmod(kept, stat.S_IRUSR | stat.S_IWUSR)
            _fsync_file(kept)
        _unlink_quietly(wal, Path(str(vault_path) + "-shm"))
        lock.unlock_file()  # Windows cannot replace a file it has open (the .lock stays held)
        os.replace(tmp, vault_path)
        _fsync_dir(folder)
        step(100, QT_TRANSLATE_NOOP("Backup", "Done"))
        return kept
    except BaseException as exc:
        _unlink_quietly(tmp)
        if isinstance(exc, OSError) and _is_disk_full(exc):
            raise DiskFull() from None
        raise
    finally:
        lock.release()


def passphrase_matches(path: str | os.PathLike[str], passphrase: str) -> bool:
    """Does ``passphrase`` (in any of its Unicode forms) open the vault at ``path``?
    (read-only probe; works while the vault is open in this app.)"""
    return any(key_opens(Path(path), form) for form in passphrase_forms(passphrase))
