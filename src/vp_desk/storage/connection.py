"""How a connection to a vault file is made: read-write for the session, read-only for
checks that must never write (closing a read-only connection replays no journal)."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from vp_desk.storage.keys import quote_passphrase

# A prepared statement kept in the cache holds SQLite's per-connection lookaside memory; with
# the default 128 the lookaside runs out after a few screens' queries, and every allocation
# after that goes to malloc, which cipher_memory_security mlocks, wipes and munlocks: listing
# 10,000 dossiers went from 16 ms to 300 ms (measured with strace: 50,000 mlock/munlock pairs).
# Re-preparing a statement costs far less than that.
CACHED_STATEMENTS = 8


def _connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              cached_statements=CACHED_STATEMENTS)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.execute("PRAGMA cipher_memory_security = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_ro(path: Path, passphrase: str, immutable: bool = False) -> sqlcipher3.Connection:
    """A read-only connection: it cannot write the vault, and closing it replays nothing."""
    uri = Path(os.path.realpath(path)).as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                              cached_statements=CACHED_STATEMENTS)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
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

