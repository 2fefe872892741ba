"""`vp-desk report --signals-file F`: the text is checked against the vault like in the
window; each identifying word gets its own line, the command exits non-zero and writes
nothing; a clean text is printed in the PDF and re-issued with the period."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader

from ..conftest import PASSPHRASE


def run(*args):
    return subprocess.run([sys.executable, "-m", "vp_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=180, stdin=subprocess.DEVNULL)


@pytest.fixture
def vault(tmp_path):
    from vp_desk.domain.models import Contact, Dossier, Organisation
    from vp_desk.storage.vault import Vault
    from vp_desk.usecases.desk import DeskService

    (tmp_path / "p.txt").write_text(PASSPHRASE + "\n")
    with Vault.create(tmp_path / "v.vpvault", PASSPHRASE) as v:
        svc = DeskService(v, today=lambda: date(2026, 11, 23))
        org = Organisation(name="Zorgcentrum Test", profile="BE")
        svc.save_organisation(org)
        for i in range(7):
            d = Dossier(org_id=org.id, code="Zwaluw" if i == 0 else f"D{i}", real_name="Jan Peeters" if i == 1 else None,
                        request_date=date(2025, 2, 1 + i), intake_date=date(2025, 2, 1 + i), channel="phone",
                        themes=("stress",))
            svc.save_dossier(d)
            svc.save_contact(Contact(dossier_id=d.id, date=date(2025, 3, 1), kind="in_person", minutes=30,
                                     notes="werkdruk" + (" nachtdienst" if i < 2 else "")))
    return tmp_path


def _report(vault, out, signals):
    return run("report", vault / "v.vpvault", "--org", "Zorgcentrum Test", "--year", 2025, "--out", out,
               "--signals-file", signals, "--passphrase-file", vault / "p.txt")


def test_identifying_words_refuse_the_export(vault):
    signals = vault / "signalen.txt"
    signals.write_text("Zwaluw en Peeters werken in de NACHTDIENST.\n", encoding="utf-8")
    out = vault / "r.pdf"
    r = _report(vault, out, signals)
    assert r.returncode != 0 and not out.exists(), r.stdout + r.stderr
    lines = r.stderr.strip().splitlines()
    assert any("'Zwaluw'" in ln and "pseudonym" in ln for ln in lines), lines
    assert any("'Peeters'" in ln and "real name" in ln for ln in lines), lines
    assert any("'NACHTDIENST'" in ln and "fewer than 5 dossiers" in ln for ln in lines), lines
    assert len(lines) == 4 and "Traceback" not in r.stderr


def test_clean_text_is_printed_and_reissued(vault):
    signals = vault / "signalen.txt"
    signals.write_text("Werkdruk vraagt structurele aandacht.\n\nOverleg met het comité aanbevolen.\n",
                       encoding="utf-8")
    out = vault / "r.pdf"
    r = _report(vault, out, signals)
    assert r.returncode == 0, r.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "Signalen en aanbevelingen" in text and "Werkdruk vraagt structurele aandacht." in text
    other = vault / "ander.txt"
    other.write_text("Een andere tekst.", encoding="utf-8")
    again = vault / "again.pdf"
    r = _report(vault, again, other)
    assert r.returncode == 0 and "issued again" in r.stdout, r.stdout + r.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(str(again)).pages)
    assert "Werkdruk vraagt structurele aandacht." in text and "andere tekst" not in text


def test_unreadable_signals_file_is_one_line(vault):
    bad = vault / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    r = _report(vault, vault / "r.pdf", bad)
    assert r.returncode == 2 and "not UTF-8" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = _report(vault, vault / "r.pdf", vault / "missing.txt")
    assert r.returncode == 2 and "cannot read the signals file" in r.stderr
