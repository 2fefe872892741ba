#!/usr/bin/env python3
"""Timings of the dossier screens on a synthetic vault (run on demand, never in tests):

    .venv/bin/python benchmarks/dossier_flow.py               # 5,000 dossiers
    .venv/bin/python benchmarks/dossier_flow.py --dossiers 500

Prints the median of several runs for: the due-items panel refresh, opening one dossier
(records + timeline model + header), saving an intake, and the list reload after a save.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def timed(fn, runs: int = 5) -> float:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return statistics.median(out) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=5000)
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from vp_desk import demo
    from vp_desk.domain.models import Dossier
    from vp_desk.paths import Config
    from vp_desk.storage.vault import Vault
    from vp_desk.ui.shell.window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vpvault"
        t0 = time.perf_counter()
        with Vault.create(path, "benchmark passphrase") as v:
            demo.fill(v, args.dossiers, orgs=5, years=5, seed=7)
        print(f"built {args.dossiers} dossiers in {time.perf_counter() - t0:.1f} s")
        w = MainWindow(Config(Path(tmp) / "c.json"), vault_path=path)
        w.unlock_now("benchmark passphrase")
        c = w.features.dossiers
        app.processEvents()
        ids = [s.id for s in w.service.repo.dossier_summaries()]
        busiest = max(ids[:500], key=lambda i: len(w.service.repo.contacts(i)))
        print(f"due panel refresh (all organisations): {timed(c.refresh_due):8.1f} ms "
              f"({c.due_panel.model.rowCount()} items)")
        print(f"open one dossier (timeline + header):  {timed(lambda: c.open_dossier(busiest)):8.1f} ms "
              f"({c.view.model.rowCount()} entries)")
        org = w.service.repo.organisations()[0]
        n = iter(range(10**6))
        theme = w.service.profile_of(org.id).keys("themes")[0]

        def save_intake():
            d = Dossier(org_id=org.id, code=f"BENCH-{next(n)}", request_date=date.today(),
                        intake_date=date.today(), channel="phone", themes=(theme,),
                        intake_notes="benchmark " * 200)
            w.service.save_dossier(d)
            return d.id

        print(f"save an intake (validation + FTS):     {timed(save_intake):8.1f} ms")
        last = save_intake()
        print(f"after-save refresh (list+view+due):    {timed(lambda: c.after_save(last)):8.1f} ms")
        w.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
