"""`vp-desk report …`: the PDF, and one clear line on every failure."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from ..conftest import PASSPHRASE


def run(*args):
    return subprocess.run([sys.executable, "-m", "vp_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=180, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    (d / "p.txt").write_text(PASSPHRASE + "\n")
    r = run("demo-data", d / "v.vpvault", "--dossiers", 80, "--orgs", 2, "--years", 2, "--seed", 5,
            "--passphrase-file", d / "p.txt")
    assert r.returncode == 0, r.stderr
    return d


def test_report_writes_pdf(vault):
    out = vault / "gemeente.pdf"
    r = run("report", vault / "v.vpvault", "--org", "Gemeente Heuvelrode", "--year", 2026, "--out", out,
            "--passphrase-file", vault / "p.txt")
    assert r.returncode == 0, r.stderr
    assert out.exists() and "Gemeente Heuvelrode" in "".join(p.extract_text() for p in PdfReader(str(out)).pages)


def test_report_periods_are_whole_reporting_years(vault):
    """--from/--to is accepted only for a whole reporting year or a 2-5 year summary; any
    other range is refused with one line and nothing is written."""
    out = vault / "periode.pdf"
    r = run("report", vault / "v.vpvault", "--org", "Gemeente Heuvelrode", "--from", "2025-07-01",
            "--to", "2026-06-30", "--out", out, "--passphrase-file", vault / "p.txt")
    assert r.returncode != 0 and not out.exists()
    assert "not a reporting period" in r.stdout + r.stderr and "Traceback" not in r.stderr
    year = vault / "jaar.pdf"
    r = run("report", vault / "v.vpvault", "--org", "Gemeente Heuvelrode", "--from", "2025-01-01",
            "--to", "2025-12-31", "--out", year, "--passphrase-file", vault / "p.txt")
    assert r.returncode == 0 and "yearly report 2025" in r.stdout, r.stderr
    summary = vault / "samenvatting.pdf"
    r = run("report", vault / "v.vpvault", "--org", "Gemeente Heuvelrode", "--year", "2026", "--summary", "2",
            "--out", summary, "--passphrase-file", vault / "p.txt")
    assert r.returncode == 0 and "summary report 2025\u20132026" in r.stdout, r.stdout + r.stderr
    text = "".join(p.extract_text() for p in PdfReader(str(summary)).pages)
    assert "2025" in text and "2026" in text
    # the same year again re-issues exactly what was released
    again = vault / "jaar2.pdf"
    r = run("report", vault / "v.vpvault", "--org", "Gemeente Heuvelrode", "--year", "2025",
            "--out", again, "--passphrase-file", vault / "p.txt")
    assert r.returncode == 0 and "re-issued exactly" in r.stdout, r.stdout


@pytest.mark.parametrize("change", [
    {"--org": "Bestaat Niet"}, {"--year": "twintig"}, {"--year": "1800"}, {"--out": "/nonexistent/dir/x.pdf"},
    {"--out": "report.txt"}, {"pass": "wrong"}, {"--from": "2025-02-30", "--to": "2025-12-31", "--year": None},
    {"--from": "2025-06-01", "--to": "2025-01-01", "--year": None}, {"--from": "2025-01-01", "--year": None},
    {"--from": "2025-01-01", "--to": "2025-12-31"}, {"--year": None}, {"--summary": "7"},
    {"--from": "2025-01-01", "--to": "2025-12-30", "--year": None},
])
def test_report_failures_are_one_line(vault, change):
    args = {"--org": "Gemeente Heuvelrode", "--year": "2026", "--out": str(vault / "x.pdf")}
    pfile = vault / "p.txt"
    if "pass" in change:
        pfile = vault / "wrong.txt"
        pfile.write_text("dit is niet de juiste zin\n")
    args.update({k: v for k, v in change.items() if k != "pass"})
    args = {k: v for k, v in args.items() if v is not None}
    before = (vault / "v.vpvault").read_bytes()
    r = run("report", vault / "v.vpvault", *[x for kv in args.items() for x in kv], "--passphrase-file", pfile)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert (vault / "v.vpvault").read_bytes() == before


def test_cli_pdf_is_the_pdf_the_window_exports(vault, qtbot):
    """Same vault, same settings: the command line and the Reports window write the same report."""
    from datetime import date
    from io import BytesIO

    from vp_desk.report import pdf
    from vp_desk.services import DeskService
    from vp_desk.storage.vault import Vault
    from vp_desk.ui.report_window import ReportWindow

    out = vault / "same.pdf"
    r = run("report", vault / "v.vpvault", "--org", "Gemeente Heuvelrode", "--year", 2025, "--out", out,
            "--passphrase-file", vault / "p.txt")
    assert r.returncode == 0, r.stderr
    with Vault.open(vault / "v.vpvault", PASSPHRASE) as v:
        service = DeskService(v, today=date.today)
        org = service.repo.organisation_by_name("Gemeente Heuvelrode")
        dlg = ReportWindow(service, None, org.id)
        qtbot.addWidget(dlg)
        dlg.year.setValue(2025)
        gui = pdf.render(dlg.prepared.document)
        dlg.close()

    def words(data) -> str:
        return "\n".join(p.extract_text() for p in PdfReader(data).pages)

    assert words(str(out)) == words(BytesIO(gui))
    assert "Gemeente Heuvelrode" in words(BytesIO(gui))
