"""The command line's passphrase input: a byte-order mark is not part of the passphrase,
one length limit shared with the GUI, the same strength gate as the GUI."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vp_desk.cli import main
from vp_desk.security.passphrase import MAX_PASSPHRASE_LENGTH
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE
from ..unit.test_passphrase import ISSUE_WEAK


def run(*args):
    return subprocess.run([sys.executable, "-m", "vp_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_a_byte_order_mark_is_not_part_of_the_passphrase(tmp_path):
    pfile = tmp_path / "notepad.txt"
    pfile.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")  # as Windows Notepad saves it
    vault = tmp_path / "bom.vpvault"
    r = run("demo-data", vault, "--dossiers", 2, "--orgs", 1, "--years", 1, "--passphrase-file", pfile)
    assert r.returncode == 0, r.stderr
    assert "passphrase strength: very strong" in r.stdout  # the GUI's meter words
    Vault.open(vault, PASSPHRASE).close()  # typed in the GUI, without a BOM
    assert run("verify", vault, "--passphrase-file", pfile).returncode == 0


def test_longer_than_the_gui_field_is_refused_with_one_line(tmp_path, capsys):
    pfile = tmp_path / "long.txt"
    pfile.write_text("kwartel pinda regenjas 7 " * 20 + "\n")
    assert len(pfile.read_text().strip()) > MAX_PASSPHRASE_LENGTH
    vault = tmp_path / "long.vpvault"
    assert main(["demo-data", str(vault), "--dossiers", "1", "--passphrase-file", str(pfile)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"longer than {MAX_PASSPHRASE_LENGTH} characters" in err
    assert not vault.exists()
    pfile.write_text("kwartel pinda regenjas 7 " * 10 + "\n")  # 250 characters: fine
    assert main(["demo-data", str(vault), "--dossiers", "1", "--passphrase-file", str(pfile)]) == 0


@pytest.mark.parametrize("weak", ISSUE_WEAK)
def test_the_weak_passphrases_of_issue_13_are_refused_for_a_new_vault(tmp_path, capsys, weak):
    pfile = tmp_path / "weak.txt"
    pfile.write_text(weak + "\n")
    vault = tmp_path / "n.vpvault"
    assert main(["demo-data", str(vault), "--dossiers", "1", "--passphrase-file", str(pfile)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "too easy to guess" in err
    assert not vault.exists()
