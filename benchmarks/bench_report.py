#!/usr/bin/env python3
"""Yearly report benchmark (issue 4): one organisation, one year, in a vault of 10,000
dossiers (20 organisations, 10 years), including PDF writing. Target <= 1 s.

    .venv/bin/python benchmarks/bench_report.py [--dossiers 10000] [--runs 7]

Reuses (or builds) the cached archive of ``benchmarks/run.py`` and works on a copy of it,
since every export records its figures in the vault.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402 - the shared archive builder

from vp_desk.report import api, pdf  # noqa: E402
from vp_desk.report.figures import year_period  # noqa: E402
from vp_desk.storage.repository import Repository  # noqa: E402
from vp_desk.storage.vault import Vault  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossiers", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--year", type=int, default=2025)
    args = ap.parse_args()
    source = run.archive(args.dossiers)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.vpvault"
        shutil.copyfile(source, copy)
        with Vault.open(copy, run.PASSPHRASE) as v:
            repo = Repository(v)
            orgs = repo.organisations()
            org = max(orgs, key=lambda o: v.conn.execute(
                "SELECT count(*) FROM dossiers WHERE org_id = ?", (o.id,)).fetchone()[0])
            start, end = year_period(args.year)
            total, prepare_t, render_t = [], [], []
            out = Path(tmp) / "report.pdf"
            for _ in range(args.runs):
                t0 = time.perf_counter()
                prepared = api.prepare(v, org.id, start, end)
                t1 = time.perf_counter()
                data = pdf.render(prepared.document)
                t2 = time.perf_counter()
                api.write(v, prepared, out)  # renders again, writes atomically, records the export
                t3 = time.perf_counter()
                total.append((t1 - t0) + (t3 - t2))
                prepare_t.append(t1 - t0)
                render_t.append(t2 - t1)
            pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
            new = prepared.figures.new_requests
    m = statistics.median(total)
    print(f"vault: {args.dossiers} dossiers, 20 organisations; report {args.year} for {org.name!r} "
          f"({new} new requests, {len(data) // 1024} KB PDF, ~{pages} page(s))")
    print(f"  figures + disclosure (median): {statistics.median(prepare_t) * 1000:7.1f} ms")
    print(f"  PDF rendering        (median): {statistics.median(render_t) * 1000:7.1f} ms")
    print(f"  whole report -> PDF  (median of {args.runs}): {m * 1000:7.1f} ms   target <= 1000 ms  "
          f"[{'ok' if m <= 1.0 else 'MISS'}]")
    return 0 if m <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
