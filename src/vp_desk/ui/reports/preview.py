"""The report window's preview: the same sections, tables and cells the PDF will hold,
hidden cells marked with the reason for each, and the screened signals text."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from vp_desk.report.disclosure import SECONDARY
from vp_desk.report.document import ReportDocument, describe_key
from vp_desk.report.texts import text
from vp_desk.ui.common.styles import HIDDEN_BACKGROUND, HIDDEN_TEXT


def document_html(doc: ReportDocument) -> str:
    """The preview: the same sections, tables and cells the PDF will hold. Hidden cells are
    marked (the true count is never shown here either), and a list says why each is hidden."""
    e = html.escape
    t = doc.threshold
    parts = [f"<h2>{e(doc.title())}</h2><p><b>{e(doc.org_name)}</b> — {e(doc.period_text())}"
             + (f" — {e(doc.vp_name)}" if doc.vp_name else "") + "</p>"]
    for sec in doc.sections:
        parts.append(f"<h3 style='color:#1f4e79'>{e(sec.title)}</h3>")
        parts += [f"<p>{e(p)}</p>" for p in sec.paragraphs]
        if sec.facts:
            parts.append("<table cellpadding='2'>" + "".join(
                f"<tr><td>{e(a)}</td><td align='right'>&nbsp;&nbsp;{_mark(b, t)}</td></tr>" for a, b in sec.facts)
                + "</table>")
        for title, table, labels in sec.tables:
            parts.append(f"<p><b>{e(title)}</b></p>")
            if table.withheld:
                parts.append(f"<p style='color:{HIDDEN_TEXT}'>▨ " + e(_withheld_text()) + "</p>")
                continue
            rows = "".join(f"<tr><td>{e(labels.get(c.key, c.key))}</td><td align='right'>"
                           f"{_mark(c.shown(t), t)}</td></tr>" for c in table.cells)
            if table.total_shown:
                rows += f"<tr><td><b>Σ</b></td><td align='right'><b>{e(str(table.total))}</b></td></tr>"
            parts.append(f"<table cellpadding='2' border='0'>{rows}</table>")
        if sec.hours:
            parts.append("<table cellpadding='2'>" + "".join(
                f"<tr><td>{e(a)}</td><td align='right'>&nbsp;{e(b)}</td><td align='right'>&nbsp;{e(c)} h</td></tr>"
                for a, b, c in sec.hours) + "</table>")
    if doc.signals_text.strip():  # the screened text, as the PDF prints it
        parts.append(f"<h3 style='color:#1f4e79'>{e(text('recommendations', doc.lang))}</h3>")
        parts += [f"<p>{e(block.strip())}</p>".replace("\n", "<br/>")
                  for block in doc.signals_text.strip().split("\n\n") if block.strip()]
    why = reasons_text(doc)
    if why:
        parts.append("<h3 style='color:#1f4e79'>" + e(QCoreApplication.translate("ReportWindow", "Why values are hidden"))
                     + "</h3><ul>" + "".join(f"<li>{e(line)}</li>" for line in why) + "</ul>")
    return "".join(parts)


def reasons_text(doc: ReportDocument) -> list[str]:
    """One line per hidden value: what it is and why it is hidden (in the interface's language)."""
    out = []
    for key, reason in sorted(doc.reasons.items()):
        what = describe_key(key, doc.profile, doc.lang)
        if reason == "small":
            out.append(QCoreApplication.translate("ReportWindow", "%1: a count from 1 to %2.").replace("%1", what)
                       .replace("%2", str(doc.threshold - 1)))
        elif reason == "partner":
            out.append(QCoreApplication.translate(
                "ReportWindow", "%1: hidden beside a small count of the same table, so that the small one "
                                "cannot be worked out (a count of %2 or more).").replace("%1", what)
                       .replace("%2", str(doc.threshold)))
        elif reason == "withheld":
            out.append(QCoreApplication.translate("ReportWindow", "%1: left out, it could not be protected otherwise.").replace("%1", what))
        elif reason.startswith("shared:"):
            out.append(QCoreApplication.translate("ReportWindow", "%1: hidden so that the report does not show that (nearly) all "
                                          "requesters share one category.").replace("%1", what))
        elif reason.startswith("protects:"):
            target = reason.split(":", 1)[1]
            stat = target.rpartition(":")[2]
            out.append(QCoreApplication.translate("ReportWindow", "%1: hidden so that %2 cannot be worked out, also not together "
                                          "with earlier reports.").replace("%1", what)
                       .replace("%2", describe_key(stat, doc.profile, doc.lang)))
    return out


def _mark(value: str, t: int) -> str:
    if value in (f"<{t}", SECONDARY):
        return (f"<span style='background:{HIDDEN_BACKGROUND};color:{HIDDEN_TEXT}'>&nbsp;{html.escape(value)}"
                "&nbsp;▨</span>")
    return html.escape(value)


def _withheld_text() -> str:
    return QCoreApplication.translate("ReportWindow", "Whole table hidden: its counts are too small to stay anonymous.")
