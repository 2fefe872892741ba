"""Keys and passphrases under hostile conditions: a rekey on a full disk, Unicode forms of
a passphrase, backups with their own salt. Real SQLCipher files only."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from vp_desk import demo
from vp_desk.paths import Config
from vp_desk.security.keychain import Keychain, KeychainKeepsOld, change_passphrase
from vp_desk.storage import backup, restore
from vp_desk.storage.errors import NotAVault, RekeyFailed, WrongPassphrase
from vp_desk.storage.keys import key_opens
from vp_desk.storage.migrations import SCHEMA_VERSION
from vp_desk.storage.vault import Vault, build_at_version

from ..conftest import PASSPHRASE
from ..keyring_double import MemoryKeyring

NEW = "nieuwe zin met woorden 42"


def test_rekey_on_a_full_disk_says_so_and_keeps_the_old_key_working(small_disk):
    path = small_disk.root / "v.vpvault"
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, 40, orgs=2, years=2, seed=3, today=date(2026, 11, 23))
    v = Vault.open(path, PASSPHRASE)
    try:
        with small_disk.full(), pytest.raises(RekeyFailed) as info:
            v.rekey(PASSPHRASE, NEW)
        assert "disk is full" in str(info.value)
        # the file still has the old key, and this session goes on with it: edits are kept
        assert key_opens(path, PASSPHRASE) and not key_opens(path, NEW)
        assert v.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 40
        with v.transaction() as c:
            c.execute("INSERT INTO settings(key, value) VALUES ('after-full-disk', '1')")
        # with room again the change works, on the same open vault
        v.rekey(PASSPHRASE, NEW)
        with v.transaction() as c:
            c.execute("INSERT INTO settings(key, value) VALUES ('after-rekey', '1')")
    finally:
        v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    with Vault.open(path, NEW) as again:
        rows = dict(again.conn.execute("SELECT key, value FROM settings WHERE key LIKE 'after-%'"))
    assert rows == {"after-full-disk": "1", "after-rekey": "1"}


# -- the keychain during a passphrase change ----------------------------------------------


def test_forget_refused_by_a_locked_keychain_says_so_and_keeps_the_entry(tmp_path):
    ring = MemoryKeyring()
    kc = Keychain(backend=ring, config=Config(tmp_path / "c.json"))
    vault = tmp_path / "v.vpvault"
    kc.remember(vault, PASSPHRASE)
    ring.refuse_delete = True
    assert kc.forget(vault) is False
    assert kc.is_remembered(vault) and kc.recall(vault) == PASSPHRASE  # not lost sight of
    ring.refuse_delete = False
    assert kc.forget(vault) is True
    assert not kc.is_remembered(vault) and ring.store == {}


def test_passphrase_change_is_refused_while_the_keychain_keeps_the_old_one(vault_path, tmp_path):
    ring = MemoryKeyring()
    kc = Keychain(backend=ring, config=Config(tmp_path / "c.json"))
    with Vault.create(vault_path, PASSPHRASE) as v:
        kc.remember(vault_path, PASSPHRASE)
        ring.refuse_delete = True
        with pytest.raises(KeychainKeepsOld):
            change_passphrase(v, kc, PASSPHRASE, NEW)
        assert key_opens(vault_path, PASSPHRASE) and not key_opens(vault_path, NEW)
        assert kc.recall(vault_path) == PASSPHRASE
        with pytest.raises(WrongPassphrase):  # a wrong current passphrase never touches the keychain
            change_passphrase(v, kc, "niet de juiste zin", NEW)
        ring.refuse_delete = False
        change_passphrase(v, kc, PASSPHRASE, NEW)
        assert key_opens(vault_path, NEW) and not key_opens(vault_path, PASSPHRASE)
        assert kc.recall(vault_path) is None and ring.store == {}


def test_a_failed_change_keeps_the_keychain_entry(small_disk, tmp_path):
    ring = MemoryKeyring()
    kc = Keychain(backend=ring, config=Config(tmp_path / "c.json"))
    path = small_disk.root / "v.vpvault"
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, 20, orgs=1, years=1, seed=3, today=date(2026, 11, 23))
        kc.remember(path, PASSPHRASE)
        with small_disk.full(), pytest.raises(RekeyFailed):
            change_passphrase(v, kc, PASSPHRASE, NEW)
        assert kc.is_remembered(path) and kc.recall(path) == PASSPHRASE


# -- Unicode forms of a passphrase ---------------------------------------------------------
TYPED = "één kleine olifant fietst"
NFC = unicodedata.normalize("NFC", TYPED)
NFD = unicodedata.normalize("NFD", TYPED)


def test_a_new_vault_made_with_nfd_opens_with_nfc_and_the_other_way(tmp_path):
    mac, win = tmp_path / "mac.vpvault", tmp_path / "win.vpvault"
    Vault.create(mac, NFD).close()  # typed on macOS
    Vault.create(win, NFC).close()  # typed on Windows
    assert key_opens(mac, NFC) and key_opens(win, NFC)  # both stored in NFC
    Vault.open(mac, NFC).close()
    Vault.open(win, NFD).close()
    assert restore.passphrase_matches(win, NFD) and restore.verify_file(win, NFD).ok


def test_an_old_nfd_vault_opens_and_is_rekeyed_to_nfc(tmp_path):
    old = tmp_path / "old.vpvault"
    build_at_version(old, NFD, SCHEMA_VERSION)  # as the old code made it: the key as typed
    assert key_opens(old, NFD) and not key_opens(old, NFC)
    restore.verify_file(old, NFC)  # the read-only check finds the old form, writes nothing
    assert key_opens(old, NFD) and not key_opens(old, NFC)
    Vault.open(old, NFD).close()  # opening migrates the key to NFC
    assert key_opens(old, NFC) and not key_opens(old, NFD)
    Vault.open(old, NFC).close()
    Vault.open(old, NFD).close()
    other = tmp_path / "other.vpvault"  # an old NFD vault typed in NFC on another computer
    build_at_version(other, NFD, SCHEMA_VERSION)
    Vault.open(other, NFC).close()
    assert key_opens(other, NFC)


def test_rekey_stores_nfc(vault_path):
    with Vault.create(vault_path, PASSPHRASE) as v:
        v.rekey(PASSPHRASE, NFD)
        assert key_opens(vault_path, NFC) and not key_opens(vault_path, NFD)
        v.rekey(NFD, PASSPHRASE)  # the current one typed in the other form is accepted
    Vault.open(vault_path, PASSPHRASE).close()


# -- backups have their own salt -----------------------------------------------------------
def test_backups_have_their_own_salt_and_a_spliced_page_is_detected(tmp_path):
    path = tmp_path / "v.vpvault"
    with Vault.create(path, PASSPHRASE) as v:
        demo.fill(v, 12, orgs=1, years=1, seed=4, today=date(2026, 11, 23))
        older = backup.backup_to(v, tmp_path / "a").path
        with v.transaction() as c:
            c.execute("UPDATE settings SET value = value")  # a later edit
            c.execute("INSERT INTO settings(key, value) VALUES ('newer', '1')")
        newer = backup.backup_to(v, tmp_path / "b").path
    a, b, live = older.read_bytes(), newer.read_bytes(), path.read_bytes()
    assert len({a[:16], b[:16], live[:16]}) == 3  # three salts
    assert restore.verify_file(newer, PASSPHRASE).ok and restore.verify_file(older, PASSPHRASE).ok
    page = 4096
    pages = min(len(a), len(b)) // page
    assert pages > 8
    for n in sorted({1, 2, pages // 2, pages - 1, *range(3, pages, max(pages // 6, 1))}):
        spliced = tmp_path / f"spliced-{n}.vpvault"
        spliced.write_bytes(b[:n * page] + a[n * page:(n + 1) * page] + b[(n + 1) * page:])
        with pytest.raises((restore.BackupDamaged, NotAVault)):  # refused as damaged, never reverted
            restore.check_backup(spliced, PASSPHRASE)
