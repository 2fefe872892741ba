"""The PDF: canary test (no free text or name from the vault), tiny organisations, languages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from vp_desk.domain.models import (
    Consent,
    Contact,
    Dossier,
    Intervention,
    Organisation,
    OwnActivity,
    Referral,
)
from vp_desk.report import api
from vp_desk.report.document import Options
from vp_desk.storage.repository import Repository
from vp_desk.usecases.desk import DeskService

TODAY = date(2026, 11, 23)


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    meta = PdfReader(str(path)).metadata or {}
    text += "\n" + "\n".join(str(v) for v in meta.values())
    if shutil.which("pdftotext"):
        text += subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return text


def fill_with_canaries(vault) -> tuple[Organisation, list[str]]:
    service = DeskService(vault, today=lambda: TODAY)
    org = Organisation("Canary Org", "BE", appointment_date=date(2024, 1, 1))
    service.save_organisation(org)
    tokens = []

    def tok(name: str) -> str:
        t = f"QZX{name}{len(tokens):03d}Q"
        tokens.append(t)
        return t

    for i in range(12):
        d = Dossier(org_id=org.id, code=tok("code"), real_name=tok("name"), request_date=date(2026, 2, 1 + i),
                    intake_date=date(2026, 2, 2 + i), channel="phone", themes=("stress", "conflict"),
                    intake_notes=tok("intake"))
        service.save_dossier(d)
        service.save_contact(Contact(d.id, date(2026, 3, 1), "phone", 45, tok("contact")))
        c = Consent(d.id, "intervention_other", date(2026, 3, 2), description=tok("consent"))
        service.save_consent(c)
        service.save_intervention(Intervention(d.id, date(2026, 3, 3), "intervention_other", notes=tok("interv")))
        r = Consent(d.id, "referral", date(2026, 3, 4), description=tok("consent"))
        service.save_consent(r)
        service.save_referral(Referral(d.id, date(2026, 3, 5), "paps", outcome=tok("outcome"), notes=tok("refnote")))
        service.close_dossier(d.id, date(2026, 4, 1), "referred", tok("closure"))
    repo = Repository(vault)
    repo.save_own_activity(OwnActivity("intervisie", date(2026, 5, 1), 7.0, org.id, tok("own")))
    with vault.transaction() as conn:
        for i in range(6):
            cur = conn.execute(
                "INSERT INTO register_entries(org_id, seq, registered_date, facts_from, place, third_party_capacity, "
                "description, worker_consent, worker_identity, measures, follow_up) VALUES (?, ?, '2026-06-01', "
                "'2026-05-30', ?, 'client', ?, 1, ?, ?, ?)",
                (org.id, i + 1, tok("place"), tok("descr"), tok("worker"), tok("measures"), tok("follow")))
            conn.execute("INSERT INTO register_entry_types VALUES (?, 'violence')", (cur.lastrowid,))
    repo.save_draft("intake:new", tok("draft"))
    return org, tokens


def test_canary_no_vault_text_in_the_pdf(vault, tmp_path):
    org, tokens = fill_with_canaries(vault)
    out = tmp_path / "report.pdf"
    prepared = api.export_pdf(vault, org.id, 2026, out, Options(vp_name=""))
    assert prepared.figures["new_requests"] == "12"
    text = pdf_text(out)
    assert "Canary Org" in text and "2026" in text  # the header is there
    assert "12" in text
    leaked = [t for t in tokens if t in text or t in out.read_bytes().decode("latin-1")]
    assert leaked == []
    for name in ("DejaVu",):
        assert name.encode() in out.read_bytes()  # the font is embedded


def test_tiny_organisation_gets_only_the_short_report(vault, tmp_path):
    service = DeskService(vault, today=lambda: TODAY)
    org = Organisation("Klein Bedrijf", "NL", language="en")
    service.save_organisation(org)
    for i in range(3):
        service.save_dossier(Dossier(org_id=org.id, code=f"k{i}", request_date=date(2026, 1, 5 + i),
                                     intake_date=date(2026, 1, 6 + i), channel="phone", themes=("bullying",)))
    out = tmp_path / "tiny.pdf"
    api.export_pdf(vault, org.id, 2026, out)
    text = pdf_text(out)
    assert "fewer than 5 new requests" in text
    assert "Bullying" not in text and "Requests per channel" not in text


@pytest.mark.parametrize("lang,word", [("nl", "Jaarverslag"), ("fr", "Rapport annuel"), ("en", "Yearly report")])
def test_pdf_speaks_the_organisation_language(vault, tmp_path, lang, word):
    from vp_desk import demo

    demo.fill(vault, 80, orgs=1, years=1, seed=2, today=TODAY)
    repo = Repository(vault)
    org = repo.organisations()[0]
    org.language = lang
    repo.save_organisation(org)
    out = tmp_path / f"{lang}.pdf"
    api.export_pdf(vault, org.id, 2026, out)
    assert word in pdf_text(out)
    assert len(PdfReader(str(out)).pages) >= 2


def test_second_export_with_other_figures_is_flagged(vault, tmp_path):
    from vp_desk import demo

    demo.fill(vault, 60, orgs=1, years=1, seed=4, today=TODAY)
    org = Repository(vault).organisations()[0]
    first = api.export_pdf(vault, org.id, 2026, tmp_path / "a.pdf")
    assert first.changes == [] and first.exported_before == 0
    again = api.prepare(vault, org.id, date(2026, 1, 1), date(2026, 12, 31))
    assert again.changes == [] and again.exported_before == 1
    DeskService(vault, today=lambda: TODAY).save_dossier(
        Dossier(org_id=org.id, code="late-one", request_date=date(2026, 6, 1), intake_date=date(2026, 6, 2),
                channel="email", themes=("bullying",) if org.profile == "NL" else ("stress",)))
    changed = api.prepare(vault, org.id, date(2026, 1, 1), date(2026, 12, 31))
    assert "new_requests" in changed.changes and "channel.email" in changed.changes


@pytest.mark.parametrize(("start", "end", "profile_code", "lang", "title"), [
    (date(2025, 1, 1), date(2025, 12, 31), "BE", "nl", "Jaarverslag van de vertrouwenspersoon"),
    (date(2025, 9, 1), date(2026, 8, 31), "BE", "fr", "Rapport annuel de la personne de confiance"),
    (date(2024, 3, 1), date(2025, 2, 28), "NL", "en", "Yearly report of the confidential adviser"),
    (date(2025, 1, 1), date(2025, 3, 31), "BE", "nl", "Verslag van de vertrouwenspersoon"),
    (date(2025, 1, 1), date(2025, 3, 31), "NL", "en", "Report of the confidential adviser"),
    (date(2025, 1, 1), date(2026, 6, 30), "BE", "en", "Report of the confidant"),
])
def test_title_says_yearly_report_only_for_twelve_months(start, end, profile_code, lang, title):
    from vp_desk.report.document import ReportDocument

    doc = ReportDocument(org_name="X", lang=lang, profile=profile_code, start=start, end=end,
                         generated=date(2026, 11, 23), threshold=5, vp_name="", reduced=False, sections=[])
    assert doc.title() == title


def test_every_font_is_embedded_and_the_header_names_recipient_and_running_year(vault, tmp_path):
    """No reference to an unembedded Helvetica (every font is DejaVu, embedded); the header
    says for whom the report is, and a report of a year that is not over says so."""
    service = DeskService(vault, today=lambda: TODAY)
    org = Organisation("Lopend Jaar", "BE")
    service.save_organisation(org)
    for i in range(12):
        service.save_dossier(Dossier(org_id=org.id, code=f"r{i}", request_date=date(2026, 2, 1 + i),
                                     intake_date=date(2026, 2, 2 + i), channel="phone" if i % 2 else "email",
                                     sphere="work" if i % 3 else "individual", themes=("stress",)))
    period = api.calendar(vault, org.id).period(2026)
    prepared = api.prepare(vault, org.id, period.start, period.end, today=TODAY)
    out = tmp_path / "lopend.pdf"
    api.write(vault, prepared, out)
    data = out.read_bytes()
    assert b"/BaseFont /Helvetica" not in data and b"Helvetica" not in data
    text = pdf_text(out)
    assert "Bestemd voor" in text and "Comité voor preventie en bescherming op het werk" in text
    assert "nog niet afgelopen" in text


def test_netherlands_profile_report_uses_netherlands_dutch(vault, tmp_path):
    """Issue 15: a Dutch report of a Netherlands organisation does not print the Flemish
    "Tussenkomsten", "Andere" or "Overleg met de preventieadviseur"; a Belgian one still does."""
    from vp_desk import demo

    demo.fill(vault, 160, orgs=2, years=1, seed=2, today=TODAY)
    orgs = {o.profile: o for o in Repository(vault).organisations()}
    assert orgs["NL"].language == orgs["BE"].language == "nl"
    api.export_pdf(vault, orgs["NL"].id, 2026, tmp_path / "nl.pdf")
    api.export_pdf(vault, orgs["BE"].id, 2026, tmp_path / "be.pdf")
    nl, be = (" ".join(pdf_text(tmp_path / f"{c}.pdf").split()) for c in ("nl", "be"))
    assert "Interventies per soort" in nl and "Tussenkomsten" not in nl
    assert "Overleg met de preventiemedewerker" in nl and "Overleg met de preventieadviseur" not in nl
    assert "Andere" not in nl and "Eigen activiteiten van de vertrouwenspersoon" in nl
    assert "Tussenkomsten per soort" in be and "Overleg met de preventieadviseur" in be


def test_the_report_says_bemiddeling_only_where_the_organisation_allows_mediation(vault, tmp_path):
    from vp_desk import demo
    from vp_desk.usecases.desk import DeskService as Desk

    demo.fill(vault, 160, orgs=2, years=1, seed=2, today=TODAY)
    nl = next(o for o in Repository(vault).organisations() if o.profile == "NL")
    plain = api.prepare(vault, nl.id, date(2026, 1, 1), date(2026, 12, 31), today=TODAY)
    labels = {lbl for sec in plain.document.sections for _t, _tab, ls in sec.tables for lbl in ls.values()}
    assert not any(lbl.startswith("Bemiddeling") for lbl in labels)
    Desk(vault, today=lambda: TODAY).set_rule_switches(nl.id, {"mediation": True})
    allowed = api.prepare(vault, nl.id, date(2026, 1, 1), date(2026, 12, 31), today=TODAY)
    labels = {lbl for sec in allowed.document.sections for _t, _tab, ls in sec.tables for lbl in ls.values()}
    assert any(lbl.startswith("Bemiddeling") for lbl in labels)


def test_chart_shows_every_row_the_table_shows() -> None:
    """The Netherlands' theme list has more than 14 themes: the chart once dropped the rows
    after the 14th ("Overig" among them) while the table printed them."""
    from vp_desk.report.document import ShownCell, ShownTable
    from vp_desk.report.pdf import _chart

    cells = tuple(ShownCell(f"t{i}", str(5 + i)) for i in range(20))
    drawing = _chart(ShownTable("themes", cells, None), {})
    assert drawing is not None
    chart = drawing.contents[0]
    assert len(chart.categoryAxis.categoryNames) == 20 and "t19" in chart.categoryAxis.categoryNames


def test_an_english_report_for_a_dutch_organisation_says_confidential_adviser():
    from vp_desk.report.document import build
    from vp_desk.report.texts import text

    values = {"new_requests": "12", "threshold": "5", "signals.total": "0"}
    doc = build(values, "Org", "en", "NL", date(2026, 1, 1), date(2026, 12, 31), Options(), date(2027, 1, 5))
    titles = " ".join(s.title for s in doc.sections)
    assert "confidential adviser's own activity" in titles and "confidant" not in titles
    assert text("confidant", "en", "NL") == "Confidential adviser" and text("confidant", "en", "BE") == "Confidant"
