"""Encrypted, verified backups, the automatic ones and their rotation.

A backup is a standard SQLCipher 4 file with the vault's passphrase but its own random
salt, so its key differs from the vault's and from every other backup's (made with
``sqlcipher_export`` into a database ATTACHed with the passphrase, so no plaintext ever
leaves SQLCipher). A page copied from one backup (or the vault) into another therefore
fails that file's page HMAC check instead of silently reverting data. It is written under a temporary name in the target folder,
flushed, then verified — ``cipher_integrity_check`` (every page's HMAC),
``integrity_check`` and the row count of every table equal to the source — and only
then renamed to its final name. A backup that fails verification is removed and an
error raised: it never counts.

Checking a file on disk and restoring one are in :mod:`vp_desk.storage.restore`.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.paths import VAULT_SUFFIX, backup_dir, ensure_private_dir
from vp_desk.storage.errors import (
    QT_TRANSLATE_NOOP,
    DiskFull,
    VaultError,
)
from vp_desk.storage.files import APPLICATION_ID, _is_disk_full
from vp_desk.storage.parts import part_name, remove_stale_parts
from vp_desk.storage.vault import Vault

Progress = Callable[[int, str], None]  # percent, English step name (context "Backup")
_STAMP = "%Y%m%d-%H%M%S"


class BackupFailed(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "The backup copy did not pass its check ({detail}); it was removed. "
        "The vault itself is unchanged.")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    counts: dict[str, int]
    size: int


def _tables(conn: sqlcipher3.Connection, schema: str) -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").fetchall()
    return [r[0] for r in rows]


def _counts(conn: sqlcipher3.Connection, schema: str) -> dict[str, int]:
    out = {}
    for name in _tables(conn, schema):
        ident = '"' + name.replace('"', '""') + '"'
        out[name] = int(conn.execute(f"SELECT count(*) FROM {schema}.{ident}").fetchone()[0])
    return out


def _problems(conn: sqlcipher3.Connection, schema: str, structure: bool = True) -> list[str]:
    """Page HMACs (every byte as written), and with ``structure`` SQLite's b-tree check too."""
    problems = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.cipher_integrity_check")]
    if not structure:
        return problems
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.integrity_check")]
    if rows != ["ok"]:
        problems += rows
    return problems


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unlink_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def backup_name(vault_path: Path, when: datetime | None = None) -> str:
    stem = vault_path.name[: -len(VAULT_SUFFIX)] if vault_path.name.endswith(VAULT_SUFFIX) else vault_path.name
    return f"{stem}-{(when or datetime.now()).strftime(_STAMP)}{VAULT_SUFFIX}"


def _unique(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        n += 1
        base = name[: -len(VAULT_SUFFIX)] if name.endswith(VAULT_SUFFIX) else name
        target = folder / f"{base}-{n}{VAULT_SUFFIX}"
    return target


@contextlib.contextmanager
def _attached(vault: Vault, path: Path, schema: str) -> Iterator[sqlcipher3.Connection]:
    """``path`` ATTACHed to the vault's connection as ``schema`` with the passphrase: a new
    file gets a fresh random salt, hence its own encryption and HMAC keys (without KEY it
    would share the vault's). DETACHed afterwards, also when the body fails."""
    conn = vault.conn
    conn.execute(f"ATTACH DATABASE ? AS {schema} KEY {vault.backup_key()}", (str(path),))
    try:
        yield conn
        conn.execute(f"DETACH DATABASE {schema}")
    except BaseException:
        with contextlib.suppress(dbapi2.Error):
            conn.execute(f"DETACH DATABASE {schema}")
        raise


def _write_copy(vault: Vault, tmp: Path) -> tuple[int, dict[str, int]]:
    """Export the vault into ``tmp``; return its schema version and row counts."""
    with _attached(vault, tmp, "vpbackup") as conn:
        conn.execute("SELECT sqlcipher_export('vpbackup')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA vpbackup.user_version = {version}")
        conn.execute(f"PRAGMA vpbackup.application_id = {APPLICATION_ID}")
        return version, _counts(conn, "main")


def _check_copy(vault: Vault, tmp: Path, version: int, source_counts: dict[str, int]) -> dict[str, int]:
    """The copy's row counts once it passed its check (BackupFailed if it did not).

    A fresh copy is checked for what writing can break: every page's HMAC and every
    table's row count. (SQLite built its structure itself moments ago; `verify` and
    restore also run the slower structural integrity_check on an existing file: about
    2 s at 10,000 dossiers, which would double the backup made at every quit.)"""
    with _attached(vault, tmp, "vpcheck") as conn:
        problems = _problems(conn, "vpcheck", structure=False)
        copy_counts = _counts(conn, "vpcheck")
        copy_version = int(conn.execute("PRAGMA vpcheck.user_version").fetchone()[0])
    if problems:
        raise BackupFailed(detail="integrity check")
    if copy_counts != source_counts or copy_version != version:
        raise BackupFailed(detail="row counts differ")
    return copy_counts


def backup_to(vault: Vault, folder: str | os.PathLike[str], name: str | None = None,
              progress: Progress | None = None) -> BackupResult:
    """Write a verified encrypted copy of the open ``vault`` into ``folder``."""
    step = progress or (lambda _p, _s: None)
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        if _is_disk_full(exc):
            raise DiskFull() from None
        raise
    final = _unique(folder, name or backup_name(vault.path))
    if final.resolve() == vault.path.resolve():
        raise BackupFailed(detail="target is the vault")
    remove_stale_parts(vault.path, folder)
    vault.require_intact()  # a damaged vault is not copied over good backups
    tmp = part_name(final)
    old_umask = os.umask(0o077)
    try:
        step(5, QT_TRANSLATE_NOOP("Backup", "Copying the encrypted vault…"))
        version, source_counts = _write_copy(vault, tmp)
        os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        _fsync_file(tmp)
        step(50, QT_TRANSLATE_NOOP("Backup", "Checking the copy…"))
        copy_counts = _check_copy(vault, tmp, version, source_counts)
        step(90, QT_TRANSLATE_NOOP("Backup", "Finishing…"))
        if final.exists():
            raise BackupFailed(detail="name taken")
        os.replace(tmp, final)
        _fsync_dir(folder)
        step(100, QT_TRANSLATE_NOOP("Backup", "Done"))
        return BackupResult(final, copy_counts, final.stat().st_size)
    except BaseException as exc:
        _unlink_quietly(tmp, Path(str(tmp) + "-journal"))
        if isinstance(exc, VaultError):
            raise
        if isinstance(exc, (dbapi2.Error, OSError)) and _is_disk_full(exc):
            raise DiskFull() from None
        if isinstance(exc, dbapi2.Error):
            raise BackupFailed(detail=exc.__class__.__name__) from None
        raise
    finally:
        os.umask(old_umask)


_AUTO = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?" + re.escape(VAULT_SUFFIX) + "$")


def automatic_backups(vault_path: Path, folder: Path | None = None) -> list[Path]:
    """This vault's automatic backups, oldest first (only files named as we name them)."""
    folder = folder or backup_dir()
    stem = backup_name(vault_path).rsplit("-", 2)[0]
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _AUTO.match(p.name)
        if m and m.group("stem") == stem and p.is_file():
            found.append(p)
    return sorted(found, key=lambda p: (_AUTO.match(p.name).group("stamp"), p.stat().st_mtime, p.name))


def latest_automatic_backup(vault_path: Path, folder: Path | None = None) -> datetime | None:
    """When the newest automatic backup of this vault was made (from its name), or None."""
    backups = automatic_backups(vault_path, folder)
    if not backups:
        return None
    return datetime.strptime(_AUTO.match(backups[-1].name).group("stamp"), _STAMP)


def rotate(vault_path: Path, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep`` (at least one is kept)."""
    keep = max(int(keep), 1)
    backups = automatic_backups(vault_path, folder)
    removed = backups[: max(len(backups) - keep, 0)]
    for p in removed:
        _unlink_quietly(p)
    return removed


def automatic_backup(vault: Vault, keep: int, folder: Path | None = None,
                     progress: Progress | None = None) -> BackupResult:
    """A verified backup into the app's backup folder, then rotation (only after success)."""
    folder = ensure_private_dir(folder or backup_dir())
    result = backup_to(vault, folder, progress=progress)
    rotate(vault.path, keep, folder)
    return result


