"""The encrypted vault: file format, errors, locking, rekey. Real SQLCipher files only."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from vp_desk.domain.models import Contact, Dossier, Organisation
from vp_desk.storage.errors import (
    BadPassphrase,
    NotAVault,
    SchemaTooNew,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from vp_desk.storage.keys import quote_passphrase
from vp_desk.storage.migrations import SCHEMA_VERSION
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

CANARY = "Zwartkopmeesvink7731"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_canary(vault: Vault) -> None:
    repo = Repository(vault)
    org = repo.save_organisation(Organisation(f"Org {CANARY}", "BE"))
    d = Dossier(org_id=org, code=f"code-{CANARY}", request_date=__import__("datetime").date(2026, 1, 5),
                intake_date=None, channel="phone", themes=("stress",), intake_notes=f"notes {CANARY}",
                real_name=f"Jan {CANARY}")
    repo.save_dossier(d)
    repo.save_contact(Contact(d.id, __import__("datetime").date(2026, 1, 6), "phone", 30, f"contact {CANARY}"))


def test_file_is_encrypted_and_has_no_plaintext(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill_canary(v)
        wal = Path(str(vault_path) + "-wal")
        for p in (vault_path, wal):
            if p.exists():
                assert CANARY.encode() not in p.read_bytes()
                assert CANARY.encode("utf-16-le") not in p.read_bytes()
    data = vault_path.read_bytes()
    assert CANARY.encode() not in data
    assert not data.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(vault_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_owner_only_permissions(vault_path):
    Vault.create(vault_path, PASSPHRASE).close()
    if os.name == "posix":
        assert (vault_path.stat().st_mode & 0o777) == 0o600


def test_standard_sqlcipher4_client_opens_it(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill_canary(v)
    conn = sqlcipher3.connect(str(vault_path))
    conn.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 1
    conn.close()


def test_reopen_with_right_passphrase(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill_canary(v)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert Repository(v).count_dossiers() == 1
        assert v.schema_version() == SCHEMA_VERSION
        assert v.integrity_errors() == []


@pytest.mark.parametrize("phrase", ["it's \"quoted\" ; DROP TABLE x; --", "ëmoji 🙂 passphrase", "a'b''c"])
def test_quoting_of_odd_passphrases(tmp_path, phrase):
    p = tmp_path / "q.vpvault"
    Vault.create(p, phrase).close()
    Vault.open(p, phrase).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(p, phrase + "x")


def test_wrong_passphrase_leaves_file_unchanged(vault_path):
    Vault.create(vault_path, PASSPHRASE).close()
    before = sha(vault_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase")
    assert sha(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()  # the failed try released the lock


@pytest.mark.parametrize("kind", ["random", "empty", "plain_sqlite", "truncated", "truncated_page", "text"])
def test_not_a_vault_is_refused_unchanged(tmp_path, kind):
    p = tmp_path / f"{kind}.vpvault"
    if kind == "random":
        p.write_bytes(os.urandom(10_000))
    elif kind == "empty":
        p.write_bytes(b"")
    elif kind == "text":
        p.write_text("hello, I am a shopping list\n" * 200)
    elif kind == "plain_sqlite":
        c = sqlite3.connect(p)
        c.execute("CREATE TABLE t(x)")
        c.execute("INSERT INTO t VALUES ('x')")
        c.commit()
        c.close()
    else:
        src = tmp_path / "full.vpvault"
        with Vault.create(src, PASSPHRASE) as v:
            fill_canary(v)
        data = src.read_bytes()
        cut = len(data) // 2 + (123 if kind == "truncated" else 0)
        cut -= cut % 4096 if kind == "truncated_page" else 0
        p.write_bytes(data[:cut])
    before = sha(p)
    with pytest.raises((NotAVault, WrongPassphrase)) as info:
        Vault.open(p, PASSPHRASE)
    if kind != "truncated_page":
        assert isinstance(info.value, NotAVault)
    assert sha(p) == before
    assert not Path(str(p) + ".lock").exists()


def test_foreign_sqlcipher_database_is_not_a_vault(tmp_path):
    p = tmp_path / "foreign.db"
    c = sqlcipher3.connect(str(p))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    c.execute("CREATE TABLE other(x)")
    c.commit()
    c.close()
    before = sha(p)
    with pytest.raises(NotAVault):
        Vault.open(p, PASSPHRASE)
    assert sha(p) == before


def test_newer_schema_is_refused_untouched(vault_path):
    Vault.create(vault_path, PASSPHRASE).close()
    c = sqlcipher3.connect(str(vault_path))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    before = sha(vault_path)
    with pytest.raises(SchemaTooNew) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert str(SCHEMA_VERSION + 1) in info.value.render()
    assert sha(vault_path) == before
    assert not list(vault_path.parent.glob("*.bak"))


def test_create_refuses_existing_file_and_bad_passphrase(tmp_path):
    p = tmp_path / "x.vpvault"
    p.write_bytes(b"keep me")
    with pytest.raises(VaultExists):
        Vault.create(p, PASSPHRASE)
    assert p.read_bytes() == b"keep me"
    with pytest.raises(BadPassphrase):
        Vault.create(tmp_path / "y.vpvault", "")
    with pytest.raises(BadPassphrase):
        Vault.create(tmp_path / "y.vpvault", "abc\x00def")
    assert not (tmp_path / "y.vpvault").exists()
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "missing.vpvault", PASSPHRASE)


def test_rekey_then_old_passphrase_fails(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill_canary(v)
        with pytest.raises(WrongPassphrase):
            v.rekey("wrong old one", "nieuwe zin met woorden 42")
        v.rekey(PASSPHRASE, "nieuwe zin met woorden 42")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "nieuwe zin met woorden 42") as v:
        assert Repository(v).count_dossiers() == 1


def test_second_open_in_same_process_is_refused(vault_path):
    with Vault.create(vault_path, PASSPHRASE), pytest.raises(VaultLocked):
        Vault.open(vault_path, PASSPHRASE)


def test_second_process_cannot_open_for_writing(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill_canary(v)
        before = sha(vault_path)
        code = textwrap.dedent(f"""
            import sys
            from vp_desk.storage.vault import Vault
            from vp_desk.storage.errors import VaultLocked
            try:
                Vault.open({str(vault_path)!r}, {PASSPHRASE!r})
            except VaultLocked:
                sys.exit(7)
            sys.exit(0)
        """)
        rc = subprocess.run([sys.executable, "-c", code], timeout=60).returncode
        assert rc == 7
        assert sha(vault_path) == before
    # released when the first owner closes
    rc = subprocess.run([sys.executable, "-c", code], timeout=60).returncode
    assert rc == 0


def test_failed_transaction_rolls_back(vault):
    repo = Repository(vault)
    with pytest.raises(RuntimeError), vault.transaction():
        repo.save_organisation(Organisation("Halfway", "NL"))
        raise RuntimeError("crash in the middle")
    assert repo.organisations() == []
