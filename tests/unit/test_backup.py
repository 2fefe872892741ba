"""Verified encrypted backups, rotation and restore on real SQLCipher files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from vp_desk.domain.models import Contact, Dossier, Organisation
from vp_desk.paths import backup_dir
from vp_desk.storage import backup, restore
from vp_desk.storage.errors import NotAVault, VaultLocked, WrongPassphrase
from vp_desk.storage.keys import quote_passphrase
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

CANARY = "Grutto9931Kievit"


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def fill(vault: Vault, n: int = 3, org_name: str = f"Org {CANARY}") -> None:
    repo = Repository(vault)
    org = repo.save_organisation(Organisation(org_name, "BE"))
    for i in range(n):
        d = Dossier(org_id=org, code=f"C-{i}", request_date=date(2026, 1, 5), intake_date=None,
                    channel="phone", themes=("stress",), intake_notes=f"notes {CANARY} {i}")
        repo.save_dossier(d)
        repo.save_contact(Contact(d.id, date(2026, 1, 6), "phone", 30, f"contact {CANARY}"))


@pytest.fixture
def full_vault(vault):
    fill(vault)
    return vault


def test_backup_is_a_verified_standard_sqlcipher4_copy(full_vault, tmp_path):
    result = backup.backup_to(full_vault, tmp_path / "stick")
    assert result.path.parent == tmp_path / "stick" and result.path.name.startswith("test-")
    assert result.counts["dossiers"] == 3 and result.counts["contacts"] == 3
    data = result.path.read_bytes()
    assert CANARY.encode() not in data and b"SQLite format 3" not in data
    if os.name == "posix":  # Windows has no mode bits; files stay in the user's own profile
        assert oct(result.path.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in (tmp_path / "stick").iterdir()] == [result.path.name]  # no temp left
    # a plain SQLCipher 4 client with only the passphrase opens it
    c = sqlcipher3.connect(str(result.path))
    c.execute(f"PRAGMA key = {quote_passphrase(PASSPHRASE)}")
    assert c.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3
    assert c.execute("PRAGMA cipher_integrity_check").fetchall() == []
    c.close()
    report = restore.verify_file(result.path, PASSPHRASE)
    assert report.ok and report.counts == result.counts
    with Vault.open(result.path, PASSPHRASE) as copy:
        assert len(Repository(copy).organisations()) == 1


def test_verify_refuses_wrong_passphrase_and_leaves_file(full_vault, tmp_path):
    result = backup.backup_to(full_vault, tmp_path)
    before = sha(result.path)
    with pytest.raises(WrongPassphrase):
        restore.verify_file(result.path, "niet de juiste zin hier")
    assert sha(result.path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(result.path.name)) == [result.path.name]


def test_verify_finds_a_flipped_bit(full_vault, tmp_path):
    result = backup.backup_to(full_vault, tmp_path)
    data = bytearray(result.path.read_bytes())
    data[4096 + 200] ^= 0x01  # inside page 2
    result.path.write_bytes(bytes(data))
    before = sha(result.path)
    report = restore.verify_file(result.path, PASSPHRASE)
    assert not report.ok
    with pytest.raises(restore.BackupDamaged):
        restore.check_backup(result.path, PASSPHRASE)
    assert sha(result.path) == before


def test_verify_of_open_vault_is_refused(full_vault):
    with pytest.raises(VaultLocked):
        restore.verify_file(full_vault.path, PASSPHRASE)


def test_failed_verification_leaves_no_backup(full_vault, tmp_path, monkeypatch):
    def bad_counts(conn, schema):
        counts = real(conn, schema)
        if schema == "vpcheck":
            counts["dossiers"] -= 1
        return counts

    real = backup._counts
    monkeypatch.setattr(backup, "_counts", bad_counts)
    with pytest.raises(backup.BackupFailed):
        backup.backup_to(full_vault, tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []
    assert full_vault.integrity_errors() == []


def test_automatic_backups_rotate_keep_n_and_only_touch_their_own(full_vault, tmp_path):
    folder = backup_dir()
    folder.mkdir(parents=True)
    other = folder / "notes-by-user.txt"
    other.write_text("keep me")
    other_vault = folder / "other-20200101-000000.vpvault"
    other_vault.write_bytes(b"x")
    made = [backup.automatic_backup(full_vault, keep=3).path for _ in range(5)]
    kept = backup.automatic_backups(full_vault.path)
    assert kept == made[-3:]
    assert other.exists() and other_vault.exists()
    assert all(restore.verify_file(p, PASSPHRASE).ok for p in kept)


def test_restore_keeps_old_vault_and_replaces_atomically(tmp_path):
    live = tmp_path / "live.vpvault"
    with Vault.create(live, PASSPHRASE) as v:
        fill(v, 2)
        snap = backup.backup_to(v, tmp_path / "bk").path
        fill(v, 5, org_name="Later")  # changes after the backup
    old_sha = sha(live)
    kept = restore.restore(snap, PASSPHRASE, live)
    assert kept == tmp_path / "live.vpvault.before-restore" and sha(kept) == old_sha
    with Vault.open(live, PASSPHRASE) as v:
        assert v.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 2
        assert v.integrity_errors() == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_restore_refuses_damaged_backup_and_changes_nothing(tmp_path):
    live = tmp_path / "live.vpvault"
    with Vault.create(live, PASSPHRASE) as v:
        fill(v, 2)
        snap = backup.backup_to(v, tmp_path / "bk").path
    snap.write_bytes(snap.read_bytes()[: 4096 * 3])  # truncated
    live_sha, snap_sha = sha(live), sha(snap)
    with pytest.raises((restore.BackupDamaged, NotAVault, WrongPassphrase)):
        restore.restore(snap, PASSPHRASE, live)
    assert sha(live) == live_sha and sha(snap) == snap_sha
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bk", "live.vpvault", "live.vpvault.lock"]


def test_restore_refuses_while_vault_is_open(full_vault, tmp_path):
    snap = backup.backup_to(full_vault, tmp_path / "bk").path
    before = sha(full_vault.path)
    with pytest.raises(VaultLocked):
        restore.restore(snap, PASSPHRASE, full_vault.path)
    assert sha(full_vault.path) == before


@pytest.mark.parametrize("kind", ["empty", "plain_sqlite", "random"])
def test_restore_refuses_foreign_files(tmp_path, kind):
    src = tmp_path / f"{kind}.vpvault"
    if kind == "empty":
        src.write_bytes(b"")
    elif kind == "random":
        src.write_bytes(os.urandom(4096 * 4))
    else:
        c = sqlite3.connect(src)
        c.execute("CREATE TABLE t(x)")
        c.commit()
        c.close()
    before = sha(src)
    with pytest.raises(NotAVault if kind != "random" else (NotAVault, WrongPassphrase)):
        restore.restore(src, PASSPHRASE, tmp_path / "target.vpvault")
    assert sha(src) == before and not (tmp_path / "target.vpvault").exists()


def test_passphrase_matches_while_open(full_vault):
    assert restore.passphrase_matches(full_vault.path, PASSPHRASE)
    assert not restore.passphrase_matches(full_vault.path, "iets anders dan de zin")
    assert not restore.passphrase_matches(full_vault.path, "")
