"""The command line: demo-data creates/fills a vault; failures are one clear line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "vp_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=cwd, stdin=subprocess.DEVNULL)


@pytest.fixture
def pfile(tmp_path):
    f = tmp_path / "pass.txt"
    f.write_text(PASSPHRASE + "\n")
    return f


def test_demo_data_creates_then_fills(tmp_path, pfile):
    vault = tmp_path / "demo.vpvault"
    r = run("demo-data", vault, "--dossiers", 25, "--orgs", 2, "--years", 2, "--seed", 4, "--passphrase-file", pfile)
    assert r.returncode == 0, r.stderr
    r = run("demo-data", vault, "--dossiers", 5, "--orgs", 2, "--passphrase-file", pfile)
    assert r.returncode == 0, r.stderr
    with Vault.open(vault, PASSPHRASE) as v:
        repo = Repository(v)
        assert repo.count_dossiers() == 30
        assert len(repo.organisations()) == 2
    # no demo text in the file
    data = vault.read_bytes()
    for word in (b"Verzoeker", b"collega", b"Gemeente", b"Heuvelrode"):
        assert word not in data


@pytest.mark.parametrize("args", [
    ["demo-data"],
    ["demo-data", "X", "--dossiers", "abc", "--passphrase-file", "P"],
    ["demo-data", "X", "--dossiers", "-3", "--passphrase-file", "P"],
    ["nonsense-command"],
    ["demo-data", "X", "--dossiers", "3"],  # no passphrase and no terminal
    ["demo-data", "X", "--dossiers", "3", "--passphrase-file", "/nonexistent/file"],
])
def test_bad_arguments_give_one_line(tmp_path, args):
    args = [a.replace("X", str(tmp_path / "v.vpvault")).replace("P", str(tmp_path / "p.txt")) for a in args]
    (tmp_path / "p.txt").write_text(PASSPHRASE)
    r = run(*args)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_wrong_passphrase_and_not_a_vault(tmp_path, pfile):
    vault = tmp_path / "v.vpvault"
    assert run("demo-data", vault, "--dossiers", 2, "--passphrase-file", pfile).returncode == 0
    before = vault.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("iets heel anders dan dat\n")
    r = run("demo-data", vault, "--dossiers", 2, "--passphrase-file", wrong)
    assert r.returncode == 1 and "passphrase is wrong" in r.stderr and "Traceback" not in r.stderr
    assert vault.read_bytes() == before
    junk = tmp_path / "junk.vpvault"
    junk.write_bytes(b"\x00garbage" * 999)
    r = run("demo-data", junk, "--dossiers", 2, "--passphrase-file", pfile)
    assert r.returncode == 1 and "not a VP Desk vault" in r.stderr
    assert junk.read_bytes() == b"\x00garbage" * 999


def test_weak_passphrase_refused_for_new_vault(tmp_path):
    weak = tmp_path / "weak.txt"
    weak.write_text("welkom123\n")
    r = run("demo-data", tmp_path / "n.vpvault", "--dossiers", 1, "--passphrase-file", weak)
    assert r.returncode == 1 and "too easy to guess" in r.stderr
    assert not (tmp_path / "n.vpvault").exists()
