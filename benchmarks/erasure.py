#!/usr/bin/env python3
"""Erasure at archive scale (issue 8). Run on demand, never in the tests:

    .venv/bin/python benchmarks/erasure.py                  # 10,000 dossiers over 10 years
    .venv/bin/python benchmarks/erasure.py --dossiers 2000

Builds a throw-away vault in a temp folder with the synthetic-data generator, then prints:
the time of the review list (every closed dossier checked against its delete-by date and
the exported report periods), and of erasing every due dossier (one transaction with
secure_delete, then WAL checkpoint and VACUUM), with the file size before and after.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from vp_desk import demo
from vp_desk.storage.retention import RetentionStore
from vp_desk.storage.vault import Vault

PASSPHRASE = "benchmark erasure passphrase 1"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=10_000)
    ap.add_argument("--years", type=int, default=10)
    args = ap.parse_args()
    today = date(2026, 11, 23)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vpvault"
        t = time.perf_counter()
        with Vault.create(path, PASSPHRASE) as v:
            demo.fill(v, args.dossiers, orgs=10, years=args.years, seed=8, today=today, contacts_per_dossier=5)
        print(f"built {args.dossiers} dossiers in {time.perf_counter() - t:.1f} s")
        with Vault.open(path, PASSPHRASE) as v:
            store = RetentionStore(v)
            t = time.perf_counter()
            items = store.review(today)
            print(f"review list: {len(items)} records past their date in {1000 * (time.perf_counter() - t):.0f} ms")
            store.confirm_erasure(i.record_id for i in items if i.held_back)
            items = store.review(today)
            due = [i for i in items if i.due]
            size = path.stat().st_size
            t = time.perf_counter()
            counts = store.erase(due, today)
            took = time.perf_counter() - t
            print(f"erased {counts} in {took:.2f} s (delete + secure_delete + VACUUM); "
                  f"file {size / 1e6:.1f} MB -> {path.stat().st_size / 1e6:.1f} MB")
            left = v.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
            print(f"dossiers left: {left}; free pages: {v.conn.execute('PRAGMA freelist_count').fetchone()[0]}")


if __name__ == "__main__":
    main()
