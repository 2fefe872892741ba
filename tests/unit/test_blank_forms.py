"""Blank forms: both forms in both languages, text extractable (embedded font), and no
text from the vault in them (canaries)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from vp_desk.domain.models import Contact, Organisation, RegisterEntry
from vp_desk.forms.blank_forms import FORM_LANGUAGES, FORMS, TEXTS, blank_form_pdf
from vp_desk.storage.register import RegisterStore

TOKENS = ["qzxcanaryorg", "qzxcanarycode", "qzxcanaryname", "qzxcanarynote", "qzxcanarycontact",
          "qzxcanaryregister", "qzxcanaryworker", "qzxcanaryplace"]


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages)


@pytest.mark.parametrize("kind", FORMS)
@pytest.mark.parametrize("lang", FORM_LANGUAGES)
def test_form_text_and_embedded_font(kind, lang):
    pdf = blank_form_pdf(kind, lang)
    text = " ".join(text_of(pdf).split())
    t = TEXTS[kind][lang]
    assert t["title"] in text
    for label in t["signatures"]:
        assert label in text
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert "Helvetica" not in str(font["/BaseFont"])
        font = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in font["/FontDescriptor"]  # embedded TrueType


def test_unknown_form_is_refused():
    with pytest.raises(ValueError):
        blank_form_pdf("export_dossier", "nl")
    with pytest.raises(ValueError):
        blank_form_pdf(FORMS[0], "de")


def test_no_vault_text_in_the_forms(vault, service, make_dossier):
    org = Organisation(name="Qzxcanaryorg BV", profile="BE", language="fr", appointment_date=date(2024, 1, 1))
    service.save_organisation(org)
    d = make_dossier(org, code="qzxcanarycode", real_name="Qzxcanaryname", intake_notes="qzxcanarynote")
    service.save_contact(Contact(dossier_id=d.id, date=date(2026, 3, 5), kind="phone", minutes=5,
                                 notes="qzxcanarycontact"))
    RegisterStore(vault).save(RegisterEntry(
        org_id=org.id, registered_date=date(2026, 1, 2), facts_from=date(2026, 1, 1), facts_to=None,
        types=("violence",), place="qzxcanaryplace", third_party_capacity="client", description="qzxcanaryregister",
        worker_consent=True, worker_identity="qzxcanaryworker"))
    for kind in FORMS:
        for lang in FORM_LANGUAGES:
            pdf = blank_form_pdf(kind, lang)
            text = text_of(pdf).lower()
            raw = pdf.lower()
            for token in TOKENS:
                assert token not in text
                assert token.encode() not in raw


def test_forms_are_identical_whatever_the_vault_holds():
    # deterministic output (invariant mode): the same bytes every time, so nothing varies with state
    assert blank_form_pdf(FORMS[0], "nl") == blank_form_pdf(FORMS[0], "nl")
