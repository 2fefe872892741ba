"""The journal (``-wal``) as SQLite will replay it, and the read-only checks of what a
reader of main file plus journal would see (none of them writes the vault)."""

from __future__ import annotations

import contextlib
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from vp_desk.storage.connection import _connect_ro
from vp_desk.storage.errors import (
    JournalDamaged,
    NotAVault,
    SchemaTooNew,
    VaultDamaged,
    WrongPassphrase,
)
from vp_desk.storage.files import APPLICATION_ID, PAGE_SIZE, _sqlite_open_error
from vp_desk.storage.keys import passphrase_forms
from vp_desk.storage.migrations import SCHEMA_VERSION

_PAGE_NO = re.compile(r"page (\d+)")
_SEQ_KEY = "commit_seq"  # meta row counted up by every commit (finds an old journal)
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


def _commit_seq(conn: sqlcipher3.Connection) -> int:
    row = conn.execute(f"SELECT value FROM meta WHERE key = '{_SEQ_KEY}'").fetchone()
    return int(row[0]) if row else 0


def _check_with_journal(path: Path, passphrase: str, wal: WalInfo) -> None:
    """Before a read-write connection replays a journal left by a crash: check the key and
    what a reader would see on a read-only connection (raises; never writes).

    Damage that the main file alone does not have is the journal's (a stray ``-wal`` of
    another file). Every commit also counts up ``meta.commit_seq``, so an old copy of this
    vault's own journal (its count lower than the main file's) is refused rather than
    replayed over later commits."""
    if wal.damaged_inside:
        raise JournalDamaged(detail=wal.problems[0])
    conn = _connect_ro(path, passphrase)
    seq = 0
    try:
        probe_header(conn, path, passphrase, wal)
        problems = [p for p in reader_problems(conn, wal) if p not in wal.problems]
        seq = _commit_seq(conn) if not problems else 0
    except VaultDamaged as exc:
        if isinstance(exc, JournalDamaged):
            raise
        problems = [str(exc.params.get("detail", ""))]
    finally:
        conn.close()
    main = _connect_ro(path, passphrase, immutable=True)  # the main file alone
    try:
        main_seq = _commit_seq(main)
        main_damaged = bool(problems) and bool(reader_problems(main, None, structure=False))
    except dbapi2.DatabaseError:
        main_seq, main_damaged = 0, True
    finally:
        main.close()
    if problems:
        if main_damaged:
            raise VaultDamaged(detail=problems[0][:100])
        raise JournalDamaged(detail=problems[0][:100])
    if seq < main_seq:
        raise JournalDamaged(detail="it is older than the vault, and replaying it would undo later changes")


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


def _readable_form(path: Path, passphrase: str) -> str:
    """The form of ``passphrase`` (see :func:`passphrase_forms`) that opens the main file,
    tried read-only so a wrong form never writes; the first form when none does (the
    checks that follow then say why). One form (any passphrase without accents) needs no
    probe: a read-write connection that is refused without a journal beside the file
    writes nothing, and a journal is checked read-only first anyway — this saves a second
    key derivation on nearly every unlock."""
    forms = passphrase_forms(passphrase)
    if len(forms) == 1:
        return forms[0]
    for form in forms:
        try:
            if _main_file_opens(path, form):
                return form
        except (dbapi2.Error, OSError):
            break
    return forms[0]

