"""The vault under hostile conditions (issue 13): stray journals, links, damaged pages and
journals, a crash inside a passphrase change, a full disk, killed backups, unreadable files.
Real SQLCipher files only; every refusal leaves the vault byte-for-byte untouched."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vp_desk import cli
from vp_desk.storage import backup, restore
from vp_desk.storage import locks as locks_mod
from vp_desk.storage.errors import (
    DiskFullAtOpen,
    JournalDamaged,
    NoPermission,
    ReadOnlyMedium,
    VaultDamaged,
    VaultError,
    VaultLocked,
    WrongPassphrase,
)
from vp_desk.storage.files import PAGE_SIZE
from vp_desk.storage.journal import inspect_wal
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE
from .test_backup import CANARY, fill

OTHER = "andere kluis fiets 1234"
NEW = "nieuwe zin lang genoeg 42"
ROOT = Path(__file__).resolve().parents[2]


def sha(*paths: Path) -> list[str | None]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None for p in paths]


def wal_of(p: Path) -> Path:
    return Path(str(p) + "-wal")


def run_child(code: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``code`` in a child process that imports vp_desk (a crash is ``os._exit``)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=env, timeout=120, check=check,
                          capture_output=True, text=True)


def crash_after_commits(path: Path, phrase: str, n: int, rekey_to: str | None = None) -> None:
    """Open ``path`` in a child, commit ``n`` organisations one by one (or change the
    passphrase) and die without closing: the commits sit in the uncheckpointed -wal."""
    run_child(f"""
        import os
        from vp_desk.domain.models import Organisation
        from vp_desk.storage.repository import Repository
        from vp_desk.storage.vault import Vault
        v = Vault.open({str(path)!r}, {phrase!r})
        for i in range({n}):
            Repository(v).save_organisation(Organisation(f"Crash org {{i}}", "NL"))
        if {rekey_to!r}:
            v.rekey({phrase!r}, {rekey_to!r})
        os._exit(0)
    """)
    assert wal_of(path).stat().st_size > 0


def make(path: Path, phrase: str = PASSPHRASE, n: int = 3) -> Path:
    with Vault.create(path, phrase) as v:
        fill(v, n)
    return path


def org_names(path: Path, phrase: str = PASSPHRASE) -> list[str]:
    with Vault.open(path, phrase) as v:
        return sorted(o.name for o in Repository(v).organisations(include_archived=True))


# -- 2. a refused open never writes ------------------------------------------------------------
@pytest.mark.parametrize("phrase", [PASSPHRASE, "not the passphrase"])
def test_stray_wal_of_another_vault_is_never_merged(tmp_path, phrase):
    a = make(tmp_path / "a.vpvault")
    b = make(tmp_path / "b.vpvault", OTHER)
    crash_after_commits(b, OTHER, 5)
    shutil.copyfile(wal_of(b), wal_of(a))  # e.g. a backup copied over the vault by hand after a crash
    before = sha(a, wal_of(a))
    with pytest.raises((JournalDamaged, WrongPassphrase)) as info:
        Vault.open(a, phrase)
    if phrase == PASSPHRASE:
        assert isinstance(info.value, JournalDamaged)
        assert "belong" in info.value.render()
    assert sha(a, wal_of(a)) == before
    assert not Path(str(a) + "-shm").exists()
    wal_of(a).unlink()  # the user removes the stray file: the vault is whole
    assert org_names(a) == [f"Org {CANARY}"]


def test_verify_with_a_stray_wal_writes_nothing(tmp_path):
    a = make(tmp_path / "a.vpvault")
    b = make(tmp_path / "b.vpvault", OTHER)
    crash_after_commits(b, OTHER, 5)
    shutil.copyfile(wal_of(b), wal_of(a))
    before = sha(a, wal_of(a))
    try:
        report = restore.verify_file(a, PASSPHRASE)
    except (JournalDamaged, WrongPassphrase):
        pass
    else:
        assert not report.ok
    assert sha(a, wal_of(a)) == before


def test_old_wal_of_the_same_vault_does_not_undo_later_commits(tmp_path):
    a = make(tmp_path / "a.vpvault")
    crash_after_commits(a, PASSPHRASE, 3)
    old_wal = wal_of(a).read_bytes()
    with Vault.open(a, PASSPHRASE) as v:  # the crash is recovered; later work is saved
        repo = Repository(v)
        for i in range(40):
            fill(v, 2, org_name=f"Later org {i}")
        assert len(repo.organisations()) == 44
    assert not wal_of(a).exists() or wal_of(a).stat().st_size == 0
    wal_of(a).write_bytes(old_wal)  # an old journal comes back
    before = sha(a, wal_of(a))
    try:
        names = org_names(a)
    except VaultDamaged:
        assert sha(a, wal_of(a)) == before
    else:
        assert len(names) == 44, "an old journal silently undid later commits"


def test_old_wal_with_only_in_place_changes_is_refused(tmp_path):
    """The hard case: later sessions changed the same pages in place, so the old journal
    is structurally consistent with the main file and only the commit count tells."""
    a = make(tmp_path / "a.vpvault")
    run_child(f"""
        import os
        from vp_desk.storage.repository import Repository
        from vp_desk.storage.vault import Vault
        v = Vault.open({str(a)!r}, {PASSPHRASE!r})
        Repository(v).set_setting("report.vp_name", "old value")
        os._exit(0)
    """)
    old_wal = wal_of(a).read_bytes()
    with Vault.open(a, PASSPHRASE) as v:
        for i in range(3):
            Repository(v).set_setting("report.vp_name", f"new value {i}")
    wal_of(a).write_bytes(old_wal)
    before = sha(a, wal_of(a))
    with pytest.raises(JournalDamaged) as info:
        Vault.open(a, PASSPHRASE)
    assert "older" in info.value.render()
    assert sha(a, wal_of(a)) == before
    wal_of(a).unlink()
    with Vault.open(a, PASSPHRASE) as v:
        assert Repository(v).get_setting("report.vp_name", "") == "new value 2"


# -- 3. the lock follows the file, not the path ------------------------------------------------
@pytest.mark.parametrize("kind", sorted({locks_mod.FILE_LOCK_KIND} | ({"inode-file"} if os.name == "posix" else set())))
@pytest.mark.parametrize("link", ["hard", "sym"])
def test_second_name_for_the_same_vault_is_locked(tmp_path, link, kind, monkeypatch):
    """Linux's lock and the macOS/BSD one (a lock file named after device and inode, here
    run on Linux too); Windows locks a byte of the file through its handle."""
    monkeypatch.setattr(locks_mod, "FILE_LOCK_KIND", kind)
    a = make(tmp_path / "a.vpvault")
    other = tmp_path / "sub" / "other-name.vpvault"
    other.parent.mkdir()
    try:
        (os.link if link == "hard" else os.symlink)(a, other)
    except OSError as exc:  # Windows grants symbolic links only to administrators or in developer mode
        pytest.skip(f"cannot make a {link} link here: {exc}")
    with Vault.open(a, PASSPHRASE):
        with pytest.raises(VaultLocked):
            Vault.open(other, PASSPHRASE)
        child = run_child(f"""
            import sys
            from vp_desk.storage import locks
            from vp_desk.storage.errors import VaultLocked
            from vp_desk.storage.vault import Vault
            locks.FILE_LOCK_KIND = {kind!r}
            try:
                Vault.open({str(other)!r}, {PASSPHRASE!r})
            except VaultLocked:
                sys.exit(7)
        """, check=False)
        assert child.returncode == 7, child.stderr
    with Vault.open(other, PASSPHRASE) as v:  # free again once the first owner closed it
        assert Repository(v).organisations()


# -- 4. a damaged vault is refused before anything is written ----------------------------------
def test_each_damaged_page_is_refused_and_report_writes_nothing(tmp_path, capsys):
    good = make(tmp_path / "good.vpvault")
    data = good.read_bytes()
    pages = len(data) // PAGE_SIZE
    assert pages >= 20
    for page in range(pages):
        p = tmp_path / f"damaged-{page}.vpvault"
        damaged = bytearray(data)
        damaged[page * PAGE_SIZE + 2000] ^= 0x01
        p.write_bytes(bytes(damaged))
        before = sha(p)
        try:
            with Vault.open(p, PASSPHRASE) as v:
                found = v.problems()
        except (VaultDamaged, WrongPassphrase):
            found = ["refused at unlock"]
        assert found, f"page {page + 1}: damage not found"
        assert sha(p) == before
        pdf = tmp_path / f"r{page}.pdf"
        phrase_file = tmp_path / "pw"
        phrase_file.write_text(PASSPHRASE)
        rc = cli.main(["report", str(p), "--org", f"Org {CANARY}", "--year", "2026", "--out", str(pdf),
                       "--passphrase-file", str(phrase_file)])
        err = capsys.readouterr().err
        assert rc != 0, f"page {page + 1}: report exported from a damaged vault"
        assert err.count("\n") == 1 and "unexpected error" not in err, err
        assert not pdf.exists()
        assert sha(p) == before
        assert not Path(str(p) + "-wal").exists() and not Path(str(p) + "-shm").exists()


def test_damage_found_later_stops_every_write(tmp_path):
    p = make(tmp_path / "a.vpvault")
    with Vault.open(p, PASSPHRASE) as v:  # a table's page: not read when unlocking
        root = v.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    data = bytearray(p.read_bytes())
    data[(root - 1) * PAGE_SIZE + 100] ^= 0x40
    p.write_bytes(bytes(data))
    before = sha(p)
    from vp_desk.storage.journal import file_problems

    assert file_problems(p, PASSPHRASE)  # the GUI's background check
    with Vault.open(p, PASSPHRASE) as v:
        v.mark_damaged(file_problems(p, PASSPHRASE)[0])
        with pytest.raises(VaultDamaged):
            fill(v, 1, org_name="After damage")
        with pytest.raises(VaultDamaged):
            backup.backup_to(v, tmp_path / "bk")
    assert sha(p) == before


# -- 5. damage in the journal after a crash ----------------------------------------------------
def _flip_in_frame(path: Path, frame: int) -> None:
    wal = wal_of(path)
    data = bytearray(wal.read_bytes())
    data[32 + frame * (24 + PAGE_SIZE) + 24 + 1500] ^= 0x01
    wal.write_bytes(bytes(data))


def test_damaged_frame_in_the_journal_is_reported(tmp_path, capsys):
    a = make(tmp_path / "a.vpvault")
    crash_after_commits(a, PASSPHRASE, 6)
    assert inspect_wal(a).lost_commits == 0
    _flip_in_frame(a, 0)  # the first commit: five later commits would be silently dropped
    before = sha(a, wal_of(a))
    phrase_file = tmp_path / "pw"
    phrase_file.write_text(PASSPHRASE)
    rc = cli.main(["verify", str(a), "--passphrase-file", str(phrase_file)])
    err = capsys.readouterr().err
    assert rc != 0 and "DAMAGED" in err and "journal" in err, err
    with pytest.raises(JournalDamaged):
        Vault.open(a, PASSPHRASE)
    assert sha(a, wal_of(a)) == before


def test_damaged_last_transaction_is_said_at_open(tmp_path):
    a = make(tmp_path / "a.vpvault")
    crash_after_commits(a, PASSPHRASE, 1)
    frames = (wal_of(a).stat().st_size - 32) // (24 + PAGE_SIZE)
    _flip_in_frame(a, frames - 1)
    report = restore.verify_file(a, PASSPHRASE)
    assert not report.ok and "journal" in report.problems[0]
    with Vault.open(a, PASSPHRASE) as v:
        assert v.journal_warning and "journal" in v.journal_warning


# -- 6. verify reads what a reader sees: main file plus journal --------------------------------
def test_verify_after_a_crash_inside_a_passphrase_change(tmp_path):
    a = make(tmp_path / "a.vpvault")
    crash_after_commits(a, PASSPHRASE, 0, rekey_to=NEW)
    before = sha(a, wal_of(a))
    report = restore.verify_file(a, NEW)
    assert report.ok, report.problems
    assert report.dossiers == 3
    assert sha(a, wal_of(a)) == before
    assert org_names(a, NEW) == [f"Org {CANARY}"]


# -- 7. I/O errors at open have their own message and leave no files ---------------------------
@pytest.fixture
def tiny_disk(tmp_path):
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mnt)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill_disk(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)


def test_full_disk_at_open_says_so_and_leaves_no_files(tmp_path, tiny_disk):
    src = make(tmp_path / "a.vpvault")
    p = tiny_disk / "a.vpvault"
    shutil.copyfile(src, p)
    _fill_disk(tiny_disk)
    before = sha(p)
    listing = sorted(os.listdir(tiny_disk))
    with pytest.raises(DiskFullAtOpen) as info:
        Vault.open(p, PASSPHRASE)
    assert "full" in info.value.render()
    assert sha(p) == before
    assert sorted(os.listdir(tiny_disk)) == listing


def test_read_only_disk_at_open_says_so(tmp_path, tiny_disk, capsys):
    src = make(tmp_path / "a.vpvault")
    p = tiny_disk / "a.vpvault"
    shutil.copyfile(src, p)
    if subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], capture_output=True).returncode:
        pytest.skip("cannot remount read-only here")
    with pytest.raises(ReadOnlyMedium):
        Vault.open(p, PASSPHRASE)
    assert restore.verify_file(p, PASSPHRASE).ok  # checking a write-protected copy still works
    phrase_file = tmp_path / "pw"
    phrase_file.write_text(PASSPHRASE)
    assert cli.main(["report", str(p), "--org", f"Org {CANARY}", "--year", "2026", "--out",
                     str(tmp_path / "r.pdf"), "--passphrase-file", str(phrase_file)]) == 1
    assert "read-only" in capsys.readouterr().err


# -- 12. leftovers of killed backups and restores ----------------------------------------------
def test_killed_backup_and_restore_leave_no_part_files(tmp_path):
    a = make(tmp_path / "a.vpvault")
    target = tmp_path / "backups"
    run_child(f"""
        import os
        from vp_desk.storage import backup
        from vp_desk.storage.vault import Vault
        def die(pct, _step):
            if pct >= 50:
                os._exit(9)
        backup.backup_to(Vault.open({str(a)!r}, {PASSPHRASE!r}), {str(target)!r}, progress=die)
    """, check=False)
    assert not backup.automatic_backups(a, target)
    assert list(target.glob(".*.part*")), "the killed backup left no part file to clean"
    with Vault.open(a, PASSPHRASE) as v:
        done = backup.backup_to(v, target)
    assert not list(target.glob(".*.part*"))
    run_child(f"""
        import os
        from vp_desk.storage import restore
        def die(pct, _step):
            if pct >= 55:
                os._exit(9)
        restore.restore({str(done.path)!r}, {PASSPHRASE!r}, {str(a)!r}, progress=die)
    """, check=False)
    assert list(tmp_path.glob(".*.part*")), "the killed restore left no part file to clean"
    Vault.open(a, PASSPHRASE).close()
    assert not list(tmp_path.glob(".*.part*"))


def test_part_file_of_a_live_process_is_kept(tmp_path):
    a = make(tmp_path / "a.vpvault")
    target = tmp_path / "backups"
    target.mkdir()
    live = target / f".{backup.backup_name(a)}.{os.getppid()}-0badcafe.part"
    live.write_bytes(b"x")
    with Vault.open(a, PASSPHRASE) as v:
        backup.backup_to(v, target)
    assert live.exists()


# -- 15. small ones ----------------------------------------------------------------------------
def test_unreadable_vault_gives_a_clear_message(tmp_path, capsys):
    if not hasattr(os, "geteuid") or os.geteuid() != 0:  # POSIX root only (no geteuid on Windows)
        pytest.skip("the test drops root privileges to read as another user")
    folder = tmp_path / "shared"
    folder.mkdir()
    a = make(folder / "a.vpvault")
    os.chmod(tmp_path, 0o755)
    os.chmod(folder, 0o777)
    os.chmod(a, 0)
    child = run_child(f"""
        import fcntl, os, sys
        from vp_desk.storage.errors import NoPermission
        from vp_desk.storage.vault import Vault
        os.setgid(65534)  # after the imports: the interpreter's own files may be root-only
        os.setuid(65534)
        try:
            Vault.open({str(a)!r}, {PASSPHRASE!r})
        except NoPermission as exc:
            print(exc.render())
            sys.exit(7)
    """, check=False)
    assert child.returncode == 7, child.stderr
    assert "permission" in child.stdout and not child.stderr
    assert NoPermission.message


def test_backup_checks_the_vault_before_copying(vault, tmp_path):
    fill(vault)
    seen: list[str] = []
    vault.conn.set_trace_callback(seen.append)
    backup.backup_to(vault, tmp_path / "bk")
    vault.conn.set_trace_callback(None)
    assert any("main.cipher_integrity_check" in s for s in seen)  # the vault itself, first
    assert any("vpcheck.cipher_integrity_check" in s for s in seen)  # then the copy


def test_report_on_a_damaged_vault_prints_one_clear_line(tmp_path, capsys):
    p = make(tmp_path / "a.vpvault")
    with Vault.open(p, PASSPHRASE) as v:  # damage on a page that the report's queries read
        root = v.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'dossiers'").fetchone()[0]
    data = bytearray(p.read_bytes())
    data[(root - 1) * PAGE_SIZE + 900] ^= 0x08
    p.write_bytes(bytes(data))
    phrase_file = tmp_path / "pw"
    phrase_file.write_text(PASSPHRASE)
    rc = cli.main(["report", str(p), "--org", f"Org {CANARY}", "--year", "2026", "--out",
                   str(tmp_path / "r.pdf"), "--passphrase-file", str(phrase_file)])
    err = capsys.readouterr().err
    assert rc == 1 and "unexpected" not in err and "backup" in err, err
    assert issubclass(VaultDamaged, VaultError)
