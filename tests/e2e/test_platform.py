"""What differs per operating system, run on each (CI: Linux, Windows, macOS): the places
the README names for data and config, owner-only files, the config file's atomic replace,
and the vault's OS lock — held against a second process and released by the OS when the
owner is killed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from vp_desk import APP_ID
from vp_desk.paths import Config, atomic_write_bytes, config_dir, data_dir, ensure_private_dir
from vp_desk.storage.vault import Vault

from ..conftest import PASSPHRASE

SRC = str(Path(__file__).resolve().parents[2] / "src")


def test_default_places_are_the_ones_the_readme_names(monkeypatch):
    for name in ("VP_DESK_DATA_DIR", "VP_DESK_CONFIG_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    home = Path.home()
    if sys.platform == "win32":
        local = Path(os.environ["LOCALAPPDATA"]) / APP_ID
        assert (data_dir(), config_dir()) == (local, local)
    elif sys.platform == "darwin":
        support = home / "Library" / "Application Support" / APP_ID
        assert (data_dir(), config_dir()) == (support, support)
    else:
        assert (data_dir(), config_dir()) == (home / ".local" / "share" / APP_ID, home / ".config" / APP_ID)


def test_config_is_replaced_atomically_and_owner_only(tmp_path):
    folder = ensure_private_dir(tmp_path / "conf" / "vp-desk")
    cfg = Config(folder / "config.json")
    cfg.set("idle_minutes", 7)
    cfg.set("idle_minutes", 9)  # the second write replaces an existing file (os.replace on Windows too)
    assert Config(cfg.path).get("idle_minutes") == 9
    assert [p.name for p in folder.iterdir()] == ["config.json"]  # no temp file left
    atomic_write_bytes(folder / "other.bin", b"\x00\x01")
    assert (folder / "other.bin").read_bytes() == b"\x00\x01"
    if os.name == "posix":
        assert (folder.stat().st_mode & 0o777) == 0o700
        assert (cfg.path.stat().st_mode & 0o777) == 0o600


HOLDER = """
import sys, time
from vp_desk.storage.vault import Vault
v = Vault.open(sys.argv[1], sys.argv[2])
print("OPEN", flush=True)
time.sleep(120)
"""

TRY_OPEN = """
import sys
from vp_desk.storage.errors import VaultLocked
from vp_desk.storage.vault import Vault
try:
    Vault.open(sys.argv[1], sys.argv[2]).close()
except VaultLocked:
    print("LOCKED")
else:
    print("OPENED")
"""


def _run(code: str, *args: str, **kw):
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def _try_open(path: Path) -> str:
    out, err = _run(TRY_OPEN, str(path), PASSPHRASE).communicate(timeout=60)
    assert "Traceback" not in err, err
    return out.strip()


def test_the_vault_lock_holds_against_another_process_and_dies_with_its_owner(tmp_path):
    path = tmp_path / "slot.vpvault"
    Vault.create(path, PASSPHRASE).close()
    holder = _run(HOLDER, str(path), PASSPHRASE)
    try:
        assert holder.stdout.readline().strip() == "OPEN", holder.stderr.read()[-2000:]
        assert _try_open(path) == "LOCKED"
    finally:
        holder.kill()  # SIGKILL / TerminateProcess: the process never unlocks itself
        holder.communicate(timeout=60)
    assert _try_open(path) == "OPENED"
    with Vault.open(path, PASSPHRASE) as v:
        assert v.integrity_errors() == []
