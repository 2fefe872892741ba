"""One entry point for the GUI, the command line and the benchmarks, so all three make
the same PDF: figures → document → PDF bytes → atomic write → export recorded (numbers only)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vp_desk.paths import atomic_write_bytes
from vp_desk.report import figures as fig_mod
from vp_desk.report.disclosure import DEFAULT_THRESHOLD, clamp_threshold
from vp_desk.report.document import Options, ReportDocument, build
from vp_desk.storage import report_queries
from vp_desk.storage.repository import Repository
from vp_desk.storage.vault import Vault

SETTING_THRESHOLD = "report.threshold"
SETTING_VP_NAME = "report.vp_name"
SETTING_RECURRING = "report.recurring_min"
SETTING_BREAKDOWNS = "report.breakdowns"


def options_from_settings(vault: Vault) -> Options:
    repo = Repository(vault)
    try:
        rec = int(repo.get_setting(SETTING_RECURRING, "5") or 5)
    except ValueError:
        rec = 5
    breakdowns = tuple(b for b in (repo.get_setting(SETTING_BREAKDOWNS, "") or "").split(",")
                       if b in ("gender", "age_band", "role"))
    return Options(threshold=clamp_threshold(repo.get_setting(SETTING_THRESHOLD, str(DEFAULT_THRESHOLD))),
                   breakdowns=breakdowns, recurring_min=rec, vp_name=repo.get_setting(SETTING_VP_NAME, "") or "")


@dataclass(frozen=True)
class Prepared:
    org_id: int
    figures: fig_mod.YearFigures
    document: ReportDocument
    changes: list[str]  # cells that differ from an earlier export of the same period
    exported_before: int


def prepare(vault: Vault, org_id: int, start: date, end: date, options: Options | None = None,
            today: date | None = None) -> Prepared:
    repo = Repository(vault)
    org = repo.organisation(org_id)
    options = options or options_from_settings(vault)
    figs = fig_mod.compute(vault, org_id, org.profile, start, end)
    doc = build(figs, org.name, org.language, options, today or date.today())
    earlier = report_queries.exported_figures(vault, org_id, start, end)
    changes: list[str] = []
    if earlier:
        changes = diff(json.loads(earlier[-1][1]), json.loads(figs.to_json()))
    return Prepared(org_id, figs, doc, changes, len(earlier))


def diff(old: dict, new: dict) -> list[str]:
    """Names of the cells that changed between two exports (e.g. ``themes.stress``)."""
    out = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if isinstance(a, dict) or isinstance(b, dict):
            a, b = a or {}, b or {}
            out += [f"{key}.{k}" for k in sorted(set(a) | set(b)) if a.get(k, 0) != b.get(k, 0)]
        elif a != b and key not in ("start", "end", "profile"):
            out.append(key)
    return out


def write(vault: Vault, prepared: Prepared, out: Path) -> None:
    from vp_desk.report import pdf  # reportlab loads on first export, not at app start

    vault.require_intact()  # every page's HMAC: a damaged vault exports nothing and is not written
    data = pdf.render(prepared.document)
    atomic_write_bytes(Path(out), data)
    report_queries.record_export(vault, prepared.org_id, prepared.figures.start, prepared.figures.end,
                                 prepared.figures.to_json())


def export_pdf(vault: Vault, org_id: int, year: int, out: Path, options: Options | None = None) -> Prepared:
    start, end = fig_mod.year_period(year)
    prepared = prepare(vault, org_id, start, end, options)
    write(vault, prepared, out)
    return prepared
