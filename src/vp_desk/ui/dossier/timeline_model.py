"""The timeline of one dossier: request, intake, contacts, consents (and their
withdrawal), interventions, referrals, closures and reopenings, in date order.

:func:`build_timeline` is plain Python over domain objects; :class:`TimelineModel` shows
the entries in a table with column constants and custom roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from vp_desk.domain.catalog import Profile
from vp_desk.domain.dates import format_day
from vp_desk.ui.common.row_model import RowsModel

ModelIndex = QModelIndex | QPersistentModelIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4

# Order of kinds on the same day: what happens first in real life comes first.
KINDS = ("request", "intake", "consent", "contact", "intervention", "referral", "consent_withdrawn",
         "closed", "reopened")

KIND_LABELS = {
    "request": QT_TRANSLATE_NOOP("TimelineModel", "Request"),
    "intake": QT_TRANSLATE_NOOP("TimelineModel", "Intake"),
    "consent": QT_TRANSLATE_NOOP("TimelineModel", "Consent"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("TimelineModel", "Consent withdrawn"),
    "contact": QT_TRANSLATE_NOOP("TimelineModel", "Contact"),
    "intervention": QT_TRANSLATE_NOOP("TimelineModel", "Intervention"),
    "referral": QT_TRANSLATE_NOOP("TimelineModel", "Referral"),
    "closed": QT_TRANSLATE_NOOP("TimelineModel", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("TimelineModel", "Reopened"),
}


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    date: date
    record_id: int | None  # id in its own table (the dossier id for request/intake)
    record: Any  # the domain object (Dossier, Contact, Consent, …)

    def sort_key(self) -> tuple:
        return (self.date, KINDS.index(self.kind), self.record_id or 0)


def build_timeline(dossier, contacts=(), consents=(), interventions=(), referrals=(),
                   events=()) -> list[TimelineEntry]:
    out: list[TimelineEntry] = []
    if dossier.intake_date is None or dossier.request_date != dossier.intake_date:
        out.append(TimelineEntry("request", dossier.request_date, dossier.id, dossier))
    if dossier.intake_date is not None:
        out.append(TimelineEntry("intake", dossier.intake_date, dossier.id, dossier))
    out += [TimelineEntry("contact", c.date, c.id, c) for c in contacts]
    for c in consents:
        out.append(TimelineEntry("consent", c.given_date, c.id, c))
        if c.withdrawn_date is not None:
            out.append(TimelineEntry("consent_withdrawn", c.withdrawn_date, c.id, c))
    out += [TimelineEntry("intervention", i.date, i.id, i) for i in interventions]
    out += [TimelineEntry("referral", r.date, r.id, r) for r in referrals]
    out += [TimelineEntry(e.kind, e.date, e.id, e) for e in events if e.kind in ("closed", "reopened")]
    return sorted(out, key=TimelineEntry.sort_key)




def _first_line(text: str, limit: int = 120) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class TimelineModel(RowsModel):
    COL_DATE, COL_KIND, COL_DETAIL = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Date"),
        QT_TRANSLATE_NOOP("TimelineModel", "What"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    )
    columns = len(HEADERS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self.language = "nl"

    def set_entries(self, entries: list[TimelineEntry], prof: Profile, language: str = "nl") -> None:
        self.reset_rows(entries, _profile=prof, language=language)

    def entry(self, row: int) -> TimelineEntry:
        return self.rows[row]

    def row_of(self, kind: str, record_id: int | None) -> int | None:
        for i, e in enumerate(self.rows):
            if e.kind == kind and e.record_id == record_id:
                return i
        return None

    # -- Qt model API -------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == KIND_ROLE:
            return e.kind
        if role == RECORD_ID_ROLE:
            return e.record_id
        if role == SORT_ROLE:
            key = f"{e.date.isoformat()}|{KINDS.index(e.kind):02d}|{e.record_id or 0:012d}"
            if col == self.COL_DATE:
                return key
            return f"{self.data(index).casefold()}|{key}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_DATE:
                return format_day(e.date)
            if col == self.COL_KIND:
                return self.kind_label(e.kind)
            return self.detail(e)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DETAIL:
            return self.detail(e, full=True)
        return None

    @staticmethod
    def kind_label(kind: str) -> str:
        return QCoreApplication.translate("TimelineModel", KIND_LABELS.get(kind, kind))

    def _label(self, list_name: str, key: str | None) -> str:
        if self._profile is None or key is None:
            return key or ""
        return self._profile.label(list_name, key, self.language)

    def detail(self, e: TimelineEntry, full: bool = False) -> str:
        """One line describing the entry (the tooltip gives the whole note)."""
        r = e.record
        note = ""
        parts: list[str] = []
        if e.kind == "request":
            parts.append(QCoreApplication.translate("TimelineModel", "channel: %1").replace("%1", self._label("channels", r.channel)))
            if r.intake_date is None:
                parts.append(QCoreApplication.translate("TimelineModel", "not yet heard"))
        elif e.kind == "intake":
            parts.append(", ".join(self._label("themes", k) for k in r.themes))
            note = r.intake_notes
        elif e.kind == "contact":
            parts.append(self._label("contact_kinds", r.kind))
            parts.append(QCoreApplication.translate("TimelineModel", "%1 min").replace("%1", str(r.minutes)))
            note = r.notes
        elif e.kind in ("consent", "consent_withdrawn"):
            parts.append(self._label("consent_scopes", r.scope))
            if r.given_by.value == "other_party":
                parts.append(QCoreApplication.translate("TimelineModel", "by the other party"))
            if e.kind == "consent" and r.withdrawn_date is not None:
                parts.append(QCoreApplication.translate("TimelineModel", "withdrawn on %1").replace("%1", format_day(r.withdrawn_date)))
            note = r.description
        elif e.kind == "intervention":
            parts.append(self._label("intervention_types", r.type))
            if r.other_party_agreed:
                parts.append(QCoreApplication.translate("TimelineModel", "other party agreed"))
            note = r.notes
        elif e.kind == "referral":
            parts.append(self._label("referral_destinations", r.destination))
            parts.append(QCoreApplication.translate("TimelineModel", "contacted by me, with consent")
                         if r.confidant_contacts else
                         QCoreApplication.translate("TimelineModel", "advice: the requester goes alone"))
            if r.formal_request:
                parts.append(QCoreApplication.translate("TimelineModel", "formal request"))
            if r.outcome:
                parts.append(r.outcome if full else _first_line(r.outcome, 60))
            note = r.notes
        elif e.kind == "closed":
            parts.append(self._label("outcomes", r.outcome))
            note = r.note
        text = " · ".join(p for p in parts if p)
        if note:
            body = note.strip()[:2000] if full else _first_line(note)
            text = f"{text} — {body}" if text else body
        return text
