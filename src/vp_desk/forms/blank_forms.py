"""The two Belgian paper forms, **blank**, as PDF: the VP prints them and fills them in by hand.

- *verzoek tot informele psychosociale interventie* / *demande d'intervention psychosociale
  informelle* (type chosen, dated, signed by the confidant and the worker, copy to the worker);
- *document ter bevestiging van het persoonlijk onderhoud* / *document confirmant l'entretien
  personnel*.

This module takes no vault, no organisation and no dossier: nothing from the vault can
reach these files. Texts are fixed here per language (nl, fr). DejaVu Sans is embedded.
"""

from __future__ import annotations

import io
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from vp_desk.resources import resource_path

REQUEST = "request_informal"
CONFIRMATION = "confirmation_interview"
FORMS = (REQUEST, CONFIRMATION)
FORM_LANGUAGES = ("nl", "fr")

TEXTS: dict[str, dict[str, dict]] = {
    REQUEST: {
        "nl": {
            "title": "Verzoek tot informele psychosociale interventie",
            "law": "Codex over het welzijn op het werk, boek I, titel 3 — psychosociale risico's op het werk",
            "intro": "De werknemer vraagt de vertrouwenspersoon om een informele psychosociale interventie. "
                     "Dit document wordt gedateerd en ondertekend door de vertrouwenspersoon en de werknemer; "
                     "de werknemer ontvangt een kopie.",
            "fields": ["Naam van de werknemer", "Onderneming / instelling", "Datum van het eerste gesprek"],
            "choice": "Gekozen type van informele interventie (één aankruisen):",
            "options": ["Gesprek: onthaal, actief luisteren, informatie en advies",
                        "Interventie bij een andere persoon van de onderneming (o.m. een lid van de hiërarchische "
                        "lijn), met akkoord van de werknemer",
                        "Verzoening tussen de betrokken personen, mits hun akkoord"],
            "note": "Korte omschrijving van de vraag (facultatief):",
            "place_date": "Opgemaakt te ______________________ op ____ / ____ / ________, in twee exemplaren.",
            "signatures": ["Handtekening van de werknemer", "Handtekening van de vertrouwenspersoon"],
            "footer": "Kopie overhandigd aan de werknemer op ____ / ____ / ________",
        },
        "fr": {
            "title": "Demande d'intervention psychosociale informelle",
            "law": "Code du bien-être au travail, livre I, titre 3 — risques psychosociaux au travail",
            "intro": "Le travailleur demande à la personne de confiance une intervention psychosociale informelle. "
                     "Ce document est daté et signé par la personne de confiance et par le travailleur ; "
                     "le travailleur en reçoit une copie.",
            "fields": ["Nom du travailleur", "Entreprise / institution", "Date du premier entretien"],
            "choice": "Type d'intervention informelle choisi (cocher une case) :",
            "options": ["Entretien : accueil, écoute active, information et conseil",
                        "Intervention auprès d'une autre personne de l'entreprise (notamment un membre de la ligne "
                        "hiérarchique), avec l'accord du travailleur",
                        "Conciliation entre les personnes impliquées, moyennant leur accord"],
            "note": "Brève description de la demande (facultatif) :",
            "place_date": "Fait à ______________________ le ____ / ____ / ________, en deux exemplaires.",
            "signatures": ["Signature du travailleur", "Signature de la personne de confiance"],
            "footer": "Copie remise au travailleur le ____ / ____ / ________",
        },
    },
    CONFIRMATION: {
        "nl": {
            "title": "Document ter bevestiging van het persoonlijk onderhoud",
            "law": "Codex over het welzijn op het werk, boek I, titel 3 — psychosociale risico's op het werk",
            "intro": "De vertrouwenspersoon bevestigt dat de werknemer op de onderstaande datum persoonlijk "
                     "werd gehoord. Dit document wordt op verzoek van de werknemer opgemaakt; de werknemer "
                     "ontvangt een kopie.",
            "fields": ["Naam van de werknemer", "Onderneming / instelling", "Datum van het persoonlijk onderhoud",
                       "Plaats van het onderhoud"],
            "choice": "Het onderhoud vond plaats:",
            "options": ["binnen de 10 kalenderdagen na het eerste contact", "later, op verzoek van de werknemer"],
            "note": "Opmerkingen (facultatief):",
            "place_date": "Opgemaakt te ______________________ op ____ / ____ / ________, in twee exemplaren.",
            "signatures": ["Handtekening van de werknemer", "Handtekening van de vertrouwenspersoon"],
            "footer": "Kopie overhandigd aan de werknemer op ____ / ____ / ________",
        },
        "fr": {
            "title": "Document confirmant l'entretien personnel",
            "law": "Code du bien-être au travail, livre I, titre 3 — risques psychosociaux au travail",
            "intro": "La personne de confiance confirme que le travailleur a été entendu personnellement à la "
                     "date indiquée ci-dessous. Ce document est établi à la demande du travailleur, qui en "
                     "reçoit une copie.",
            "fields": ["Nom du travailleur", "Entreprise / institution", "Date de l'entretien personnel",
                       "Lieu de l'entretien"],
            "choice": "L'entretien a eu lieu :",
            "options": ["dans les 10 jours calendrier suivant le premier contact",
                        "plus tard, à la demande du travailleur"],
            "note": "Remarques (facultatif) :",
            "place_date": "Fait à ______________________ le ____ / ____ / ________, en deux exemplaires.",
            "signatures": ["Signature du travailleur", "Signature de la personne de confiance"],
            "footer": "Copie remise au travailleur le ____ / ____ / ________",
        },
    },
}

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def _fonts() -> tuple[str, str]:
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    bold = resource_path("fonts", "DejaVuSans-Bold.ttf")
    if bold.exists():
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
        return FONT, FONT_BOLD
    return FONT, FONT


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        cand = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(cand, font, size) <= width:
            line = cand
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def blank_form_pdf(kind: str, lang: str) -> bytes:
    """One blank form as PDF bytes. ``kind`` in FORMS, ``lang`` in FORM_LANGUAGES.

    Long: the form's fixed text, one paragraph per statement, in print order."""
    if kind not in TEXTS or lang not in FORM_LANGUAGES:
        raise ValueError(f"unknown form {kind!r}/{lang!r}")
    t = TEXTS[kind][lang]
    regular, bold = _fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True, pageCompression=0, initialFontName=regular)
    c.setTitle(t["title"])
    c.setAuthor("")
    c.setCreator("VP Desk")
    w, h = A4
    left, right = 22 * mm, w - 22 * mm
    width = right - left
    y = h - 28 * mm
    c.setFont(bold, 16)
    for line in _wrap(t["title"], bold, 16, width):
        c.drawString(left, y, line)
        y -= 20
    c.setFont(regular, 8.5)
    c.setFillGray(0.35)
    c.drawString(left, y, t["law"])
    c.setFillGray(0)
    y -= 22
    c.setFont(regular, 10)
    for line in _wrap(t["intro"], regular, 10, width):
        c.drawString(left, y, line)
        y -= 14
    y -= 14
    for label in t["fields"]:
        c.setFont(regular, 10)
        c.drawString(left, y, label + (" :" if lang == "fr" else ":"))
        c.setLineWidth(0.6)
        c.line(left + 70 * mm, y - 2, right, y - 2)
        y -= 26
    y -= 6
    c.setFont(bold, 11)
    c.drawString(left, y, t["choice"])
    y -= 22
    c.setFont(regular, 10)
    for opt in t["options"]:
        c.rect(left + 2, y - 2, 10, 10)
        lines = _wrap(opt, regular, 10, width - 20)
        for i, line in enumerate(lines):
            c.drawString(left + 20, y - i * 13, line)
        y -= 13 * len(lines) + 12
    y -= 4
    c.setFont(regular, 10)
    c.drawString(left, y, t["note"])
    y -= 8
    box_h = 40 * mm
    c.rect(left, y - box_h, width, box_h)
    y -= box_h + 26
    c.drawString(left, y, t["place_date"])
    y -= 34
    col = width / 2
    for i, label in enumerate(t["signatures"]):
        x = left + i * col
        c.drawString(x, y, label)
        c.rect(x, y - 30 * mm, col - 8 * mm, 26 * mm)
    y -= 30 * mm + 24
    c.setFont(regular, 9)
    c.drawString(left, y, t["footer"])
    c.setFont(regular, 7.5)
    c.setFillGray(0.45)
    c.drawString(left, 12 * mm, "VP Desk")
    c.showPage()
    c.save()
    return buf.getvalue()
