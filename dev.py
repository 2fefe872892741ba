#!/usr/bin/env python3
"""One-file bootstrap: makes `.venv`, installs VP Desk with its test tools, builds the
translations, then runs the app or the tests.

    python3 dev.py run --demo     # start the app on throwaway demo data
    python3 dev.py test           # lint + the whole test suite (headless)
    python3 dev.py run [ARGS...]  # any vp-desk arguments, e.g. `report VAULT ...`

Needs only Python 3.11+ (and, on a bare Linux, the Qt system libraries listed in the
README). Re-installs automatically when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".vp-desk-installed"


def _venv_bin(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / (name + ".exe")
    return VENV / "bin" / name


def _python() -> Path:
    return _venv_bin("python")


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> None:
    if STAMP.exists() and STAMP.read_text().strip() == _wanted_stamp() and _python().exists():
        return
    if not _python().exists():
        print("dev.py: creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("dev.py: installing VP Desk and its test tools into .venv …", flush=True)
    pip = [str(_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(_wanted_stamp())


def build_translations() -> None:
    """Compile resources/i18n/*.ts into .qm with Qt's lrelease (shipped by PySide6)."""
    subprocess.run(
        [str(_python()), str(ROOT / "tools" / "i18n.py"), "release"], check=True, cwd=ROOT
    )


def cmd_test(args: list[str]) -> int:
    ensure_env()
    build_translations()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    lint = [p for p in ("src", "tests", "tools", "benchmarks", "installer", "dev.py") if (ROOT / p).exists()]
    rc = subprocess.run([str(_python()), "-m", "ruff", "check", *lint], cwd=ROOT).returncode
    if rc != 0:
        print("dev.py: ruff found problems (see above)", flush=True)
        return rc
    pytest = [str(_python()), "-m", "pytest", *args]
    # A real Secret Service for the keychain tests, where the machine has one to start.
    dbus = shutil.which("dbus-run-session")
    gkd = shutil.which("gnome-keyring-daemon")
    if os.name == "posix" and dbus and gkd and "VP_DESK_NO_DBUS" not in env:
        # The daemon keeps its throwaway "login" keyring in a temp folder (never the
        # user's own keyrings); an empty unlock password would leave it uncreated.
        script = (
            'd=$(mktemp -d); echo -n "vp-desk-test" | XDG_DATA_HOME="$d" gnome-keyring-daemon'
            ' --unlock --components=secrets >/dev/null 2>&1;'
            ' export VP_DESK_REAL_KEYRING=1; "$@"; rc=$?; rm -rf "$d"; exit $rc'
        )
        return subprocess.run([dbus, "--", "sh", "-c", script, "sh", *pytest],
                              cwd=ROOT, env=env).returncode
    return subprocess.run(pytest, cwd=ROOT, env=env).returncode


def cmd_run(args: list[str]) -> int:
    ensure_env()
    build_translations()
    return subprocess.run([str(_python()), "-m", "vp_desk", *args], cwd=ROOT).returncode


def main() -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - the bootstrap may run on an old python3
        print("VP Desk needs Python 3.11 or newer.")
        return 2
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    cmd, rest = sys.argv[1], sys.argv[2:]
    if cmd == "setup":
        ensure_env()
        build_translations()
        return 0
    return cmd_test(rest) if cmd == "test" else cmd_run(rest)


if __name__ == "__main__":
    sys.exit(main())
