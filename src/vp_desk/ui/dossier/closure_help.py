"""What the close and reopen dialogs tell before the fields: what closing or reopening
does, the outcomes the report counts, and the aftercare hint (issue 16: the dialogs were
mostly empty). Kept apart from the dialog's fields so both can change independently."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel

from vp_desk.domain.catalog import Profile


def _label(*paragraphs: str) -> QLabel:
    lab = QLabel("".join(f"<p style='margin: 0 0 6px 0'>{html.escape(p)}</p>" for p in paragraphs))
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #333;")
    return lab


def closing_help(prof: Profile, lang: str) -> QLabel:
    outcomes = ", ".join(item.label(lang) for item in prof.items("outcomes"))
    lab = _label(*[
        QCoreApplication.translate("ClosureHelp", "Closing ends the follow-up. The dossier counts as closed in the yearly report of the year it "
            "closes in, and its retention period starts (the delete-by date is shown below). You can reopen "
            "it later; this closing stays in its history."),
        QCoreApplication.translate("ClosureHelp", "Outcome, counted anonymously in the report: %1.").replace("%1", outcomes),
        QCoreApplication.translate("ClosureHelp", "Aftercare: if you agreed to check in with the requester later, plan that contact before you "
            "close."),
    ])
    lab.setAccessibleName(QCoreApplication.translate("ClosureHelp", "What closing does"))
    return lab


def reopening_help() -> QLabel:
    lab = _label(QCoreApplication.translate("ClosureHelp", "Reopening makes the dossier open again for new contacts, interventions and referrals. "
                     "Its delete-by date is cancelled until it is closed again; the earlier closing (date, "
                     "outcome and note) stays in its history."))
    lab.setAccessibleName(QCoreApplication.translate("ClosureHelp", "What reopening does"))
    return lab


def compact(dialog: QDialog, width: int = 560) -> None:
    """As tall as what it shows, no empty space under the fields."""
    dialog.adjustSize()
    dialog.resize(width, dialog.sizeHint().height())
