"""Locking drops decrypted vault pages from memory, not only from the models.

SQLite keeps every page it decrypts in its page cache; closing the vault (lock, quit) frees
that cache. Without ``cipher_memory_security`` the freed pages keep their plaintext in the
process heap, where a memory dump, a hibernation image or a swap file can find it. The vault
turns the setting on; this test reads the whole vault in a fresh process, closes it and
scans that process's own memory for the notes. A control run with the setting left out
must find them, so the scan is shown to work. Linux only: it reads /proc/self/mem.
"""

from __future__ import annotations

import os
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

# Counts the distinct note numbers found after ``marker`` anywhere in the process's readable
# memory, as one-byte text (Python str, SQLite, UTF-8) or as UTF-16 (Qt's QString).
FIND = r"""
def notes_in_memory(marker):
    import re
    found = set()
    patterns = [re.compile(re.escape(marker.encode()) + rb"(\d{5})"),
                re.compile(re.escape(marker.encode("utf-16-le")) + rb"((?:\d\x00){5})")]
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if "r" not in perms or "[vvar" in line or "[vsyscall" in line:
                continue
            lo, hi = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(lo)
                block = mem.read(hi - lo)
            except (OSError, OverflowError, ValueError):
                continue
            for p in patterns:
                found.update(m.replace(b"\x00", b"") for m in p.findall(block))
    return len(found)
"""

SCAN = FIND + textwrap.dedent(r"""
    import gc, sys
    from pathlib import Path
    import vp_desk.storage.journal as J
    import vp_desk.storage.vault as V

    path, passphrase, marker, control = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4] == "1"
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
        J._connect_ro = _connect_ro
    v = V.Vault.open(path, passphrase)
    # Touch every page (notes included) without handing any text to Python.
    v.conn.execute("SELECT count(*) FROM contacts WHERE notes LIKE '%no such text%'").fetchone()
    v.conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'zzzzqqq'").fetchone()
    v.close()
    del v
    gc.collect()
    print(notes_in_memory(marker))
""")


def _fill(path: Path, marker: str) -> None:
    """60 dossiers with 5 notes each; every note starts with ``marker`` and its number.
    One in three is short (Python keeps those in its own small-object pools), the rest long."""
    with Vault.create(path, PASSPHRASE) as v:
        repo = Repository(v)
        org = repo.save_organisation(Organisation("Geheugen bv", "BE"))
        for i in range(60):
            d = Dossier(org_id=org, code=f"G-{i}", request_date=date(2026, 3, 2), intake_date=date(2026, 3, 3),
                        channel="phone", themes=("stress",))
            repo.save_dossier(d)
            for k in range(5):
                n = i * 5 + k
                tail = "en de planning " * (2 if n % 3 == 0 else 30)
                repo.save_contact(Contact(d.id, date(2026, 3, 10), "phone", 30,
                                          f"{marker}{n:05d} vertelt over de afdeling {tail}"))


def _scan(path: Path, marker: str, control: bool) -> int:
    out = subprocess.run([sys.executable, "-c", SCAN, str(path), PASSPHRASE, marker, "1" if control else "0"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return int(out.stdout.strip().splitlines()[-1])


def test_closing_the_vault_leaves_no_decrypted_pages_in_memory(tmp_path):
    # The marker is split so that this test's own source never holds the whole string.
    marker = "Kanarie" + secrets.token_hex(4) + "Nr"
    path = tmp_path / "geheugen.vpvault"
    _fill(path, marker)
    control = _scan(path, marker, control=True)
    assert control > 50, f"the scan found only {control} notes without memory wiping: the test proves nothing"
    assert _scan(path, marker, control=False) == 0


# The GUI path: the real main window shows every note (dossier list, each dossier's
# timeline with its tooltips, the search match, the note editor, the access view), then
# locks through its one lock path and lets the event loop run on as the app does, before a
# gc and the scan.
GUI_SCAN = FIND + textwrap.dedent(r"""
    import gc, sys
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    path, passphrase, marker, config = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    app = QApplication([])
    from vp_desk.paths import Config
    from vp_desk.ui.shell.window import MainWindow

    def run_events(seconds=0.0):  # a real event loop, so deleteLater() happens as in the app
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    w = MainWindow(Config(config), vault_path=path)
    w.show()

    def use_the_vault():
        w.unlock_now(passphrase)
        run_events()
        ctl = w.features.dossiers
        ids = [s.id for s in w.vault_view.model.summaries()]
        for i, dossier_id in enumerate(ids):
            ctl.open_dossier(dossier_id)
            run_events()
            view = ctl.view
            for row in range(view.model.rowCount()):
                view.model.data(view.model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
            if i % 10 == 3:  # the access view (every note, as rich text), left open until the lock
                w.vault_view.select_dossier(dossier_id)
                w.features.actions.access.trigger()
                w.features.windows.open[-1].toggle.setChecked(True)
                run_events()
            if i % 6 == 0:  # the note editor of the newest entry
                ctl.edit_entry(view.model.entry(view.model.rowCount() - 1))
                run_events()
                if i + 6 < len(ids):
                    ctl.dialog.reject()  # the last one stays open until the lock
                    run_events()
        w.vault_view.search.setText("afdeling")  # every dossier matches; the snippet shows a note
        run_events(0.3)
        ctl.open_dossier(ids[0])
        run_events()
        assert w.features.dossiers.view.match.text(), "the search match is not shown"
        print("shown", notes_in_memory(marker), flush=True)

    use_the_vault()
    w.lock_action.trigger()
    assert w.vault is None
    run_events(1.0)
    gc.collect()
    print(notes_in_memory(marker))
""")


def test_locking_the_gui_leaves_no_note_text_in_memory(tmp_path):
    marker = "Merel" + secrets.token_hex(4) + "Nr"
    path = tmp_path / "scherm.vpvault"
    _fill(path, marker)
    out = subprocess.run([sys.executable, "-c", GUI_SCAN, str(path), PASSPHRASE, marker, str(tmp_path / "c.json")],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    shown, after = int(lines[-2].split()[1]), int(lines[-1])
    assert shown >= 250, f"only {shown} notes were in memory while shown: the scan proves nothing"
    # Before: 31 to 33 notes survived the lock (freed Python strings and Qt text buffers that
    # nothing had reused yet). Now the lock overwrites freed memory; measured 0 in 23 of 26
    # runs and 1 in the other 3: what the allocator hands back is not fully deterministic.
    assert after <= 2, f"{after} of 300 notes are still in memory after locking"
