#!/usr/bin/env python3
"""Smoke test of the FROZEN app, headless: it starts and shows its window, creates a vault
with a dossier, exports a report, verifies the vault, and exits 0.

    python installer/smoke_test.py dist/vp-desk/vp-desk
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(exe: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    r = subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=120)
    if r.returncode != 0:
        sys.exit(f"smoke test failed: {' '.join(args[:1])} exited {r.returncode}: {r.stderr.strip()[-500:]}")
    return r


def main() -> int:
    exe = str(Path(sys.argv[1]).resolve())
    # VP_DESK_DEBUG: an unexpected error prints its traceback instead of only a dialog
    os.environ["VP_DESK_DEBUG"] = "1"
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VP_DESK_CONFIG_DIR=str(d / "config"),
                   VP_DESK_DATA_DIR=str(d / "data"))
        env.pop("VP_DESK_RESOURCES", None)
        # 1. the GUI starts (demo vault) and shows its window
        t = time.time()
        out = run(exe, "--demo", env=dict(env, VP_DESK_BENCH_SHOWN="1")).stdout
        shown = [float(x.split()[1]) for x in out.splitlines() if x.startswith("SHOWN")]
        if not shown:
            sys.exit("smoke test failed: the window was not shown")
        print(f"start -> window shown (demo vault created and filled): {shown[0] - t:.2f} s")
        # 2. a vault with dossiers, 3. a report, 4. verification
        pfile = d / "pass.txt"
        pfile.write_text("rookproef kwartel pinda 2026\n")
        vault = d / "smoke.vpvault"
        run(exe, "demo-data", str(vault), "--dossiers", "30", "--orgs", "1", "--years", "1",
            "--passphrase-file", str(pfile), env=env)
        pdf = d / "report.pdf"
        year = str(time.localtime().tm_year)
        run(exe, "report", str(vault), "--org", "Gemeente Heuvelrode", "--year", year, "--out", str(pdf),
            "--passphrase-file", str(pfile), env=env)
        if not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF"):
            sys.exit("smoke test failed: no PDF")
        run(exe, "verify", str(vault), "--passphrase-file", str(pfile), env=env)
        print(f"smoke test passed: vault {vault.stat().st_size // 1024} KB, report {pdf.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
