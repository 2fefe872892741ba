"""Render a ``ReportDocument`` to PDF with reportlab: A4, embedded DejaVu Sans, a table for
every section, bar charts where they help (value axis from 0), page numbers, and metadata
without personal data. Returns bytes; the caller writes them atomically."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vp_desk import __version__
from vp_desk.domain.catalog import profile as get_profile
from vp_desk.domain.dates import format_day
from vp_desk.report.document import ReportDocument
from vp_desk.report.document import ShownTable as ProtectedTable
from vp_desk.report.texts import text
from vp_desk.resources import resource_path

FONT, FONT_BOLD = "VPDeskSans", "VPDeskSans-Bold"
ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#eef3f8")
GREY = colors.HexColor("#5f6b7a")


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    # charts start every drawing in this default font; ours keeps the PDF free of an
    # unembedded Helvetica reference
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, textColor=ACCENT),
        "org": ParagraphStyle("org", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=6,
                             spaceAfter=3, keepWithNext=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=GREY),
    }


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[str]], widths: list[float], header: bool = True, total_row: bool = False) -> Table:
    # a long table may run onto the next page; its header row comes along
    tbl = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7e0")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 9), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 9), ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
    tbl.setStyle(TableStyle(style))
    return tbl


def _chart(table: ProtectedTable, labels: dict[str, str]) -> Drawing | None:
    visible = [(labels.get(c.key, c.key), c.value) for c in table.cells if not c.hidden and c.value > 0]
    if table.withheld or not 3 <= len(visible) <= 30:  # a chart never drops a row the table shows
        return None
    bar_h = 13
    height = bar_h * len(visible) + 30
    d = Drawing(160 * mm, height)
    ch = HorizontalBarChart()
    ch.x, ch.y = 80 * mm, 18  # room for labels of about 55 characters
    ch.width, ch.height = 76 * mm, bar_h * len(visible)
    ch.data = [[v for _l, v in reversed(visible)]]
    ch.categoryAxis.categoryNames = [(lbl if len(lbl) <= 56 else lbl[:54] + "…") for lbl, _v in reversed(visible)]
    ch.categoryAxis.labels.fontName = FONT
    ch.categoryAxis.labels.fontSize = 7.5
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -3
    ch.valueAxis.valueMin = 0
    ch.valueAxis.labels.fontName = FONT
    ch.valueAxis.labels.fontSize = 7.5
    ch.valueAxis.forceZero = True
    ch.bars[0].fillColor = ACCENT
    ch.bars[0].strokeColor = None
    ch.barSpacing = 2
    d.add(ch)
    return d


def _protected_flowables(title: str, table: ProtectedTable, labels: dict[str, str], doc: ReportDocument,
                         st: dict[str, ParagraphStyle]) -> list:
    lang, t = doc.lang, doc.threshold
    out: list = [Paragraph(_esc(title), st["h2"])]  # h2 keeps with what follows
    if table.withheld:
        out.append(Paragraph(_esc(text("withheld", lang)), st["small"]))
        return [KeepTogether(out)]
    rows = [[text("category", lang), text("count", lang)]]
    for c in table.cells:
        rows.append([Paragraph(_esc(labels.get(c.key, c.key)), st["base"]), c.shown(t)])
    if table.total_shown:
        rows.append([text("total", lang), str(table.total)])
    out.append(_table(rows, [120 * mm, 30 * mm], total_row=table.total_shown))
    chart = _chart(table, labels)
    if chart is not None:
        out.append(KeepTogether([Spacer(1, 3), chart]))
    out.append(Spacer(1, 4))
    return out


def _signals_text(doc: ReportDocument, st: dict[str, ParagraphStyle]) -> list:
    """The confidant's screened "signals and recommendations" text: its own section, one
    paragraph per block of lines (the only free text the PDF holds)."""
    if not doc.signals_text.strip():
        return []
    out: list = [Paragraph(_esc(text("recommendations", doc.lang)), st["h1"]),
                 Paragraph(_esc(text("recommendations_note", doc.lang, doc.profile)), st["small"]), Spacer(1, 3)]
    for block in doc.signals_text.strip().split("\n\n"):
        if block.strip():
            out += [Paragraph(_esc(block.strip()).replace("\n", "<br/>"), st["base"]), Spacer(1, 3)]
    return out


def render(doc: ReportDocument) -> bytes:
    _register_fonts()
    st = _styles()
    lang = doc.lang
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
        title=f"{text('title', lang)} {doc.period_text()}", author="", subject=text("footer", lang),
        creator=f"VP Desk {__version__}", producer="VP Desk", keywords="",
        initialFontName=FONT, initialFontSize=9.5)  # no reference to an unembedded Helvetica
    story: list = [Paragraph(_esc(doc.title()), st["title"]), Spacer(1, 4),
                   Paragraph(_esc(doc.org_name), st["org"]), Spacer(1, 6)]
    prof = get_profile(doc.profile)
    head = [[text("period", lang), doc.period_text()],
            [text("profile", lang), f"{prof.name(lang)} \u2014 {prof.laws.get(lang, prof.laws['nl'])}"],
            [text("generated", lang), format_day(doc.generated)],
            [text("recipient", lang), text(f"recipient_{doc.profile}", lang)]]
    if doc.vp_name:
        head.append([text("confidant", lang, doc.profile), doc.vp_name])
    info = Table([[a, Paragraph(_esc(b), st["base"])] for a, b in head], colWidths=[38 * mm, 132 * mm],
                 hAlign="LEFT")
    info.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (0, 0), (0, -1), FONT_BOLD, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [info, Spacer(1, 6)]
    if doc.running:
        story += [Paragraph(_esc(text("running", lang)), st["base"]), Spacer(1, 3)]
    story += [Paragraph(_esc(text("anonymity", lang, t=doc.threshold, t1=doc.threshold - 1)), st["small"]),
              Spacer(1, 4)]
    for sec in doc.sections:
        head: list = [Paragraph(_esc(sec.title), st["h1"])]
        for p in sec.paragraphs:
            head.append(Paragraph(_esc(p), st["base"]))
        if sec.facts:
            rows = [[Paragraph(_esc(label), st["base"]), value] for label, value in sec.facts]
            head.append(_table(rows, [120 * mm, 30 * mm], header=False))
            head.append(Spacer(1, 4))
        tables = [_protected_flowables(title, table, labels, doc, st) for title, table, labels in sec.tables]
        # the titles keep with what follows (keepWithNext), so a section title never stays
        # alone at the foot of a page, and a long first table no longer pushes it to a new page
        story += head
        for flowables in tables:
            story += flowables
        if sec.hours:
            rows = [[text("category", lang), text("own_count", lang), text("own_hours", lang)]]
            rows += [[Paragraph(_esc(a), st["base"]), b, c] for a, b, c in sec.hours]
            story.append(_table(rows, [100 * mm, 25 * mm, 25 * mm]))
    story += _signals_text(doc, st)

    def footer(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, 10 * mm, text("footer", lang))
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, text("page", lang, n=canvas.getPageNumber()))
        canvas.restoreState()

    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
