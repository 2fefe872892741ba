#!/usr/bin/env python3
"""The issue-12 audit at archive scale: every year of every organisation released twice.

    .venv/bin/python benchmarks/audit.py                  # the 10,000-dossier archive of run.py
    .venv/bin/python benchmarks/audit.py --dossiers 2000  # quicker
    .venv/bin/python benchmarks/audit.py --orgs 5

Reuses (or builds) the cached archive of ``benchmarks/run.py`` (20 organisations, 10
years), works on a copy of it (the release ledger is written into the vault), and:

1. releases every whole reporting year of every organisation once, oldest year first;
2. releases each of them a second time: a plain re-export for even-numbered organisations,
   six late requests in that year followed by a corrected edition for odd-numbered ones
   (one late request alone is refused, as it should be: the correction would show it);

and prints the median and the maximum time per export of ``api.prepare`` (figures + the
audit over every earlier release; also when it refuses) and of ``api.write`` (PDF +
ledger), per round. Target
(issue 12): the audit stays under 1 s per export. Needs the issue-12 report API
(``corrected``, ``PeriodRefused``); on older code it says so and measures nothing.
"""

from __future__ import annotations

import argparse
import inspect
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

TODAY = date(2026, 11, 23)
Record = Callable[[str, str, str, "bool | None"], None]


def _late_requests(vault, org, year: int, count: int) -> None:
    """``count`` late registrations in ``year``, spread over channels and themes."""
    from vp_desk.domain.models import Dossier
    from vp_desk.usecases.desk import DeskService

    service = DeskService(vault, today=lambda: TODAY)
    prof = service.profile_of(org.id)
    channels, themes = prof.keys("channels"), prof.keys("themes")
    for i in range(count):
        day = date(year, 1 + i % 12, 10 + i % 15)
        service.save_dossier(Dossier(org_id=org.id, code=f"late-{year}-{org.id}-{i}", request_date=day,
                                     intake_date=day, channel=channels[i % 3], themes=(themes[i % 4],)))


def _ms(samples: list[float]) -> str:
    if not samples:
        return "no exports"
    return f"median {statistics.median(samples) * 1000:.0f} ms, max {max(samples) * 1000:.0f} ms (n={len(samples)})"


def audit_archive(path: Path, passphrase: str, record: Record, orgs: int | None = None,
                  late: int = 6) -> dict[str, list[float]]:
    """Release every year of every organisation twice on a copy of ``path``; record the figures."""
    from vp_desk.report import api
    from vp_desk.storage.repository import Repository
    from vp_desk.storage.vault import Vault

    if "corrected" not in inspect.signature(api.prepare).parameters or not hasattr(api, "PeriodRefused"):
        record("issue-12 audit per export", "not measured (no release ledger / audit in report.api)", "< 1 s", None)
        return {}
    refusals = tuple(getattr(api, n) for n in ("PeriodRefused", "ReleaseRefused") if hasattr(api, n))
    times: dict[str, list[float]] = {"prepare 1": [], "write 1": [], "prepare 2": [], "write 2": [],
                                     "refused": []}
    refused = {1: 0, 2: 0}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "archive.vpvault"
        shutil.copyfile(path, copy)
        with Vault.open(copy, passphrase) as v:
            organisations = Repository(v).organisations()[:orgs]
            years = range(TODAY.year - 9, TODAY.year)  # the whole reporting years of the 10-year archive
            for round_ in (1, 2):
                for year in years:
                    for n, org in enumerate(organisations):
                        corrected = round_ == 2 and n % 2 == 1
                        if corrected:
                            _late_requests(v, org, year, late)
                        start, end = date(year, 1, 1), date(year + 1, 1, 1) - timedelta(days=1)
                        t0 = time.perf_counter()
                        try:
                            prepared = api.prepare(v, org.id, start, end, corrected=corrected, today=TODAY)
                            t1 = time.perf_counter()
                            api.write(v, prepared, Path(tmp) / "report.pdf")
                        except refusals:
                            refused[round_] += 1
                            times["refused"].append(time.perf_counter() - t0)
                            continue
                        t2 = time.perf_counter()
                        times[f"prepare {round_}"].append(t1 - t0)
                        times[f"write {round_}"].append(t2 - t1)
    everything = times["prepare 1"] + times["prepare 2"] + times["refused"]
    worst = max(everything) if everything else 0.0
    record("audit (prepare), first releases", _ms(times["prepare 1"]) + f", {refused[1]} refused", "< 1000 ms",
           bool(times["prepare 1"]) and max(times["prepare 1"]) < 1.0)
    record("audit (prepare), re-exports + corrected", _ms(times["prepare 2"]) + f", {refused[2]} refused",
           "< 1000 ms", bool(times["prepare 2"]) and max(times["prepare 2"]) < 1.0)
    record("audit (prepare) that refused the export", _ms(times["refused"]), "< 1000 ms",
           not times["refused"] or max(times["refused"]) < 1.0)
    record("write (PDF + ledger), first releases", _ms(times["write 1"]), "-", None)
    record("write (PDF + ledger), re-exports + corrected", _ms(times["write 2"]), "-", None)
    record("audit, worst single export", f"{worst * 1000:.0f} ms", "< 1000 ms", bool(everything) and worst < 1.0)
    return times


def main() -> int:
    import run  # benchmarks/run.py: the cached archive and the figure printer

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dossiers", type=int, default=10_000)
    ap.add_argument("--orgs", type=int, default=None, help="only the first N organisations")
    ap.add_argument("--late", type=int, default=6, help="late requests before each corrected edition")
    args = ap.parse_args()
    path = run.archive(args.dossiers)
    print(f"archive: {path.name}; releasing every year of every organisation twice …", flush=True)
    audit_archive(path, run.PASSPHRASE, run.record, args.orgs, args.late)
    return 0


if __name__ == "__main__":
    sys.exit(main())
