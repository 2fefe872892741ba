"""The crisis card: when a suicide-related theme is chosen (at intake, and whenever such a
dossier is shown), a calm panel with the national help lines and the steps of the
organisation's own crisis procedure (Edit organisation). Nothing is sent or dialled: the
card only shows text.

:meth:`CrisisCard.follow_intake` hooks it into the intake form with one call."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from vp_desk.i18n import current_language
from vp_desk.usecases.care import CareDesk
from vp_desk.usecases.desk import DeskService

# calm: a soft blue panel with dark text, no alarm colours
CARD_STYLE = ("QFrame#crisisCard { background: #eef4fa; border: 1px solid #b9cfe4; border-left: 5px solid #4a78a8;"
              " border-radius: 4px; } QFrame#crisisCard QLabel { color: #1d2b3a; background: transparent; }")


class CrisisCard(QFrame):
    """Help lines and crisis steps for one organisation; hidden until :meth:`show_for` is
    given a crisis theme."""

    def __init__(self, service: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.care = CareDesk(service)
        self.setObjectName("crisisCard")
        self.setStyleSheet(CARD_STYLE)
        self.setAccessibleName(self.tr("Crisis lines and procedure"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.addWidget(self.text)
        self.hide()

    def show_for(self, org_id: int | None, themes) -> bool:
        """Show the card when ``themes`` hold a crisis theme of the organisation's profile
        (and its crisis-procedure rule is on); hide it otherwise. Returns whether shown."""
        due = org_id is not None and self.care.crisis_card_due(org_id, themes)
        if due:
            self.text.setText(self.render(org_id))
            self.setAccessibleDescription(self.text.text())
        else:
            self.text.clear()
        self.setVisible(due)
        return due

    def render(self, org_id: int) -> str:
        """The card's text (rich text, every value escaped)."""
        e = html.escape
        lang = current_language()
        country = {"BE": self.tr("Belgium"), "NL": self.tr("The Netherlands")}
        lines = []
        for code, line in self.care.crisis_lines(org_id):
            phones = (" " + self.tr("or") + " ").join(line.extra.get("phones", []))
            lines.append(f"{e(country.get(code, code))}: <b>{e(line.label(lang))}</b> — "
                         + e(self.tr("call %1, %2").replace("%1", phones).replace("%2", line.extra.get("web", ""))))
        steps = self.care.crisis_steps(org_id)
        out = "<b>" + e(self.tr("Suicidal thoughts: help is available")) + "</b><br>" + "<br>".join(lines) + "<br>"
        if steps:
            out += (e(self.tr("Crisis procedure of the organisation:"))
                    + "<ol style='margin-top:0; margin-bottom:0'>" + "".join(f"<li>{e(s)}</li>" for s in steps) + "</ol>")
        else:
            out += e(self.tr("No crisis procedure recorded for this organisation: add its steps with "
                             "Edit organisation.")) + "<br>"
        return out + "<span style='color:#4a5a6a'>" + e(self.tr("Shown on screen only: nothing is sent or dialled.")) \
            + "</span>"

    @classmethod
    def follow_intake(cls, dialog) -> CrisisCard:
        """Put a card into an intake dialog (above its messages and buttons) that follows
        the ticked themes and the chosen organisation."""
        card = cls(dialog.service, dialog)
        box = dialog.layout()
        box.insertWidget(max(box.indexOf(dialog.general_error), 0), card)

        def update() -> None:
            card.show_for(dialog.org.currentData(), dialog.checked_themes())

        dialog.themes.itemChanged.connect(lambda _i: update())
        dialog.org.currentIndexChanged.connect(lambda _i: update())
        update()
        return card

