"""Locking drops decrypted vault pages from memory, not only from the models.

SQLite keeps every page it decrypts in its page cache; closing the vault (lock, quit) frees
that cache. Without ``cipher_memory_security`` the freed pages keep their plaintext in the
process heap, where a memory dump, a hibernation image or a swap file can find it. The vault
turns the setting on; this test reads the whole vault in a fresh process, closes it and
scans that process's own memory for the notes. A control run with the setting left out
must find them, so the scan is shown to work. Linux only: it reads /proc/self/mem.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from vp_desk.domain.models import Contact, Dossier, Organisation
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="reads /proc/self/mem (Linux)")

SCAN = textwrap.dedent(r"""
    import gc, re, sys
    from pathlib import Path
    import vp_desk.storage.vault as V

    path, passphrase, marker, control = Path(sys.argv[1]), sys.argv[2], sys.argv[3].encode(), sys.argv[4] == "1"
    if control:  # the app's connection minus cipher_memory_security, to show the scan finds what is left
        import sqlcipher3
        def _connect(p, pw):
            conn = sqlcipher3.connect(str(p), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {V.quote_passphrase(pw)}")
            return conn
        def _connect_ro(p, pw, immutable=False):  # memory security is global in SQLCipher
            uri = Path(p).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
            conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = {V.quote_passphrase(pw)}")
            return conn
        V._connect = _connect
        V._connect_ro = _connect_ro
    v = V.Vault.open(path, passphrase)
    # Touch every page (notes included) without handing any text to Python.
    v.conn.execute("SELECT count(*) FROM contacts WHERE notes LIKE '%no such text%'").fetchone()
    v.conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'zzzzqqq'").fetchone()
    v.close()
    del v
    gc.collect()
    found = set()
    pattern = re.compile(re.escape(marker) + rb"(\d{5})")
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if "r" not in perms or "[vvar" in line or "[vsyscall" in line:
                continue
            lo, hi = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(lo)
                found.update(pattern.findall(mem.read(hi - lo)))
            except (OSError, OverflowError, ValueError):
                continue
    print(len(found))
""")


def _scan(path: Path, marker: str, control: bool) -> int:
    out = subprocess.run([sys.executable, "-c", SCAN, str(path), PASSPHRASE, marker, "1" if control else "0"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return int(out.stdout.strip().splitlines()[-1])


def test_closing_the_vault_leaves_no_decrypted_pages_in_memory(tmp_path):
    # The marker is split so that this test's own source never holds the whole string.
    marker = "Kanarie" + secrets.token_hex(4) + "Nr"
    path = tmp_path / "geheugen.vpvault"
    with Vault.create(path, PASSPHRASE) as v:
        repo = Repository(v)
        org = repo.save_organisation(Organisation("Geheugen bv", "BE"))
        for i in range(60):
            d = Dossier(org_id=org, code=f"G-{i}", request_date=date(2026, 3, 2), intake_date=date(2026, 3, 3),
                        channel="phone", themes=("stress",))
            repo.save_dossier(d)
            for k in range(5):
                n = i * 5 + k
                repo.save_contact(Contact(d.id, date(2026, 3, 10), "phone", 30,
                                          f"{marker}{n:05d} vertelt over de afdeling " + "en de planning " * 30))
    control = _scan(path, marker, control=True)
    assert control > 50, f"the scan found only {control} notes without memory wiping: the test proves nothing"
    assert _scan(path, marker, control=False) == 0
