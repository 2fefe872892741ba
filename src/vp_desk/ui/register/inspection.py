"""The inspection view: one organisation's register, read-only and full screen, for an inspector."""

from __future__ import annotations

import contextlib
import html
from datetime import date

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.catalog import profile
from vp_desk.domain.dates import format_day
from vp_desk.i18n import current_language
from vp_desk.ui.common.form_base import (
    pydate,
    qdate,
)
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.register import RegisterBook

OPEN_INSPECTIONS: list[QWidget] = []  # closed on lock


class InspectionView(QWidget):
    """Read-only, large type, one organisation's register for a chosen period, full
    screen: nothing else of the vault is visible. Esc closes it."""

    def __init__(self, service: DeskService, org_id: int, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.org_id = org_id
        self.store = RegisterBook(service)
        org = service.organisation(org_id)
        self.org_name = org.name
        self.setWindowTitle(self.tr("Register of facts by third parties — inspection"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.5)
        self.setFont(big)
        today = service.today()
        self.start = QDateEdit(qdate(date(today.year - 4, 1, 1)))
        self.end = QDateEdit(qdate(today))
        for w, name in ((self.start, self.tr("Period from")), (self.end, self.tr("Period until"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
            w.setAccessibleName(name)
            w.dateChanged.connect(self.refresh)
        self.body = QTextBrowser()
        self.body.setAccessibleName(self.tr("Register entries"))
        self.body.setReadOnly(True)
        self.body.setOpenLinks(False)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        top = QHBoxLayout()
        title = QLabel(f"<b>{html.escape(self.org_name)}</b>")
        top.addWidget(title)
        top.addStretch()
        top.addWidget(QLabel(self.tr("&From:"), buddy=self.start))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("&until:"), buddy=self.end))
        top.addWidget(self.end)
        top.addWidget(close)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.body, 1)
        self.refresh()

    def refresh(self) -> None:
        e = html.escape
        prof = profile("BE")
        lang = current_language()
        rows = self.store.entries(self.org_id, pydate(self.start.date()), pydate(self.end.date()))
        title = self.tr("Register of facts by third parties")
        count = self.tr("%n entry(ies) registered in this period.", "", len(rows))
        parts = [f"<h2>{e(title)}</h2>", f"<p>{e(count)}</p>"]
        labels = (self.tr("Registered on"), self.tr("Facts"), self.tr("Type(s)"), self.tr("Place"),
                  self.tr("Third party"), self.tr("Description"), self.tr("Worker"),
                  self.tr("Preventive measures considered"), self.tr("Follow-up"))
        for r in rows:
            worker = (r.worker_identity or "") if r.worker_consent else self.tr("(not recorded: no consent)")
            values = (format_day(r.registered_date), format_day(r.facts_from) + (f" – {format_day(r.facts_to)}" if r.facts_to else ""),
                      ", ".join(prof.label("register_types", t, lang) for t in r.types), r.place,
                      prof.label("third_party_capacities", r.third_party_capacity, lang), r.description, worker,
                      r.measures, r.follow_up)
            cells = "".join(f"<tr><td valign='top' width='28%'><b>{e(a)}</b></td><td>{e(b).replace(chr(10), '<br>')}"
                            "</td></tr>" for a, b in zip(labels, values, strict=True))
            number = self.tr("No. %1").replace("%1", str(r.seq))
            parts.append(f"<h3>{e(number)}</h3>"
                         f"<table cellpadding='4' width='100%'>{cells}</table><hr>")
        self.body.setHtml("".join(parts))

    def clear(self) -> None:
        self.body.clear()


def close_inspections() -> None:
    """Clear and close every open inspection view (at a lock)."""
    for v in list(OPEN_INSPECTIONS):
        with contextlib.suppress(RuntimeError):
            v.clear()
            v.close()
    OPEN_INSPECTIONS.clear()
