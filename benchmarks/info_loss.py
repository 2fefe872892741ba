"""Information loss of the yearly report: the share of non-zero table cells that a report
does not show exactly, per organisation size, on invented demo data.

    .venv/bin/python benchmarks/info_loss.py

For each size (new requests per year) it makes one organisation with three years of demo
dossiers, exports every year and then the three-year summary (as a small employer would),
and counts, over the channel / sphere / relation / themes / interventions / referrals /
outcomes tables, how many non-zero true counts the reports show as an exact number. The
script only uses ``api.prepare`` and the document's tables, so it runs on older versions of
the report code too (it measured the version before the release ledger for the README).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from vp_desk import demo  # noqa: E402
from vp_desk.report import api  # noqa: E402
from vp_desk.report import figures as fig_mod  # noqa: E402
from vp_desk.storage.repository import Repository  # noqa: E402
from vp_desk.storage.vault import Vault  # noqa: E402

TABLES = ("channel", "sphere", "relation", "themes", "interventions", "referrals", "outcomes")
TODAY = date(2026, 12, 31)


def shown_exactly(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for sec in doc.sections:
        for _title, table, _labels in sec.tables:
            if table.withheld:
                out[table.name] = set()
                continue
            out[table.name] = {c.key for c in table.cells if not c.hidden and c.shown(doc.threshold).isdigit()
                               and int(c.shown(doc.threshold)) > 0}
    return out


def loss(vault, org, periods) -> tuple[int, int]:
    hidden = total = 0
    for start, end in periods:
        try:
            prep = api.prepare(vault, org.id, start, end)
            api.write(vault, prep, Path(tempfile.mkdtemp()) / "r.pdf")
        except Exception as exc:  # a refused summary shows nothing
            print(f"    {start}..{end}: refused ({type(exc).__name__})")
            prep = None
        figs = fig_mod.compute(vault, org.id, org.profile, start, end)
        shown = shown_exactly(prep.document) if prep else {}
        for table in TABLES:
            nonzero = {k for k, v in getattr(figs, table).items() if v > 0}
            total += len(nonzero)
            hidden += len(nonzero - shown.get(table, set()))
    return hidden, total


def main() -> None:
    print(f"{'requests/year':>14} {'each year':>10} {'summary after':>14} {'summary alone':>14}")
    years = [(date(y, 1, 1), date(y, 12, 31)) for y in (2024, 2025, 2026)]
    summary = [(date(2024, 1, 1), date(2026, 12, 31))]
    for per_year in (6, 10, 20, 40, 80):
        row = []
        for plan in ([years, summary], [summary]):
            with tempfile.TemporaryDirectory() as d:
                v = Vault.create(Path(d) / "v.vpvault", "kwartel pinda regenjas 7")
                demo.fill(v, per_year * 3, orgs=1, years=3, seed=per_year, today=TODAY)
                org = Repository(v).organisations()[0]
                row += [loss(v, org, periods) for periods in plan]
                v.close()
        cells = " ".join(f"{h / max(t, 1):>13.0%}" for h, t in row)
        print(f"{per_year:>14} {cells}   (hidden/non-zero: {', '.join(f'{h}/{t}' for h, t in row)})")


if __name__ == "__main__":
    main()
