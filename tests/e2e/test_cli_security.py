"""Every command-line argument, fuzzed: a clear one-line failure, never a traceback; and
the backup/verify commands on good files."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vp_desk import cli
from vp_desk.storage.restore import verify_file
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

COMMANDS = ["demo-data", "report", "backup", "verify"]
FLAGS = ["--dossiers", "--orgs", "--years", "--seed", "--passphrase-file", "--org", "--year", "--out", "--to",
         "--from"]


def _safe(token: str) -> bool:  # help/usage output is not an error; never generated
    return not (token in ("-h",) or token.startswith("--h") or token == "--")


garbage = st.text(min_size=0, max_size=30).filter(lambda t: "\x00" not in t and _safe(t))
tokens = st.one_of(st.sampled_from(FLAGS), garbage, st.integers(-10**12, 10**12).map(str),
                   st.sampled_from(["", "-1", "0", "abc", "é", "../../x", "/dev/null", ".", "1e9", "2025-01-01",
                                    "2026-02-29", "2025-13-01", "9999-12-31", "x.pdf"]))
argv = st.tuples(st.sampled_from(COMMANDS + ["", "unknown", "-x"]), st.lists(tokens, max_size=7)).map(
    lambda t: [t[0], *t[1]])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(argv)
def test_garbage_arguments_fail_with_one_line(args):
    with tempfile.TemporaryDirectory() as d:
        old = os.getcwd()
        os.chdir(d)
        err, out = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
                rc = cli.main(args)
        finally:
            os.chdir(old)
        assert os.listdir(d) == []  # nothing written anywhere
    text = err.getvalue()
    assert rc != 0, (args, out.getvalue())
    assert "Traceback" not in text and len(text.strip().splitlines()) == 1, (args, text)
    assert text.startswith("vp-desk: ")


def _run(*args):
    return subprocess.run([sys.executable, "-m", "vp_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_backup_and_verify_commands(tmp_path):
    vault = tmp_path / "cli.vpvault"
    Vault.create(vault, PASSPHRASE).close()
    pf = tmp_path / "p.txt"
    pf.write_text(PASSPHRASE + "\n")
    r = _run("verify", vault, "--passphrase-file", pf)
    assert r.returncode == 0 and "OK" in r.stdout, r.stderr
    r = _run("backup", vault, "--to", tmp_path / "stick", "--passphrase-file", pf)
    assert r.returncode == 0, r.stderr
    (copy,) = list((tmp_path / "stick").iterdir())
    assert verify_file(copy, PASSPHRASE).ok and str(copy) in r.stdout
    wrong = tmp_path / "w.txt"
    wrong.write_text("dit is niet de zin\n")
    r = _run("verify", copy, "--passphrase-file", wrong)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    r = _run("backup", vault, "--to", pf, "--passphrase-file", pf)  # --to is a file
    assert r.returncode == 2 and "folder" in r.stderr
