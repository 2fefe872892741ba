"""The report window's "signals and recommendations" text: typed by the confidant for one
release, screened against the vault as it is typed (pseudonyms, real names, register
entries, words in the notes of fewer than t dossiers), each hit listed with its reason.
Export stays refused while any hit remains. A re-issued period shows the released text,
read-only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListView, QPlainTextEdit, QVBoxLayout, QWidget

from vp_desk.domain.signals import (
    MAX_SIGNALS_TEXT,
    PSEUDONYM,
    RARE_WORD,
    REAL_NAME,
    REGISTER_PLACE,
    REGISTER_WORDS,
    REGISTER_WORKER,
    Hit,
)
from vp_desk.ui.common.styles import ERROR_STYLE

CHECK_DELAY_MS = 400  # after the last key, the text is screened


def reason_text(hit: Hit, t: int) -> str:
    """Why a word is a hit, in the interface's language."""
    why = {
        PSEUDONYM: QCoreApplication.translate("SignalsPanel", "the pseudonym of a dossier"),
        REAL_NAME: QCoreApplication.translate("SignalsPanel", "(part of) the real name of a requester"),
        REGISTER_PLACE: QCoreApplication.translate("SignalsPanel", "the place of a register entry"),
        REGISTER_WORKER: QCoreApplication.translate("SignalsPanel", "(part of) a worker's identity in the register"),
        REGISTER_WORDS: QCoreApplication.translate("SignalsPanel", "a word of a register description, rare in your notes"),
        RARE_WORD: QCoreApplication.translate("SignalsPanel", "occurs in the notes of fewer than %1 dossiers")
        .replace("%1", str(t)),
    }.get(hit.reason, hit.reason)
    return QCoreApplication.translate("SignalsPanel", "“%1”: %2").replace("%1", hit.word).replace("%2", why)


class SignalsPanel(QWidget):
    """``checked`` is emitted after each screening (and when the text is cleared)."""

    checked = Signal()

    def __init__(self, screen: Callable[[str], list[Hit]], ready: Callable[[], bool] = lambda: True,
                 parent=None) -> None:
        """``screen`` checks a text against the vault; ``ready`` says whether the vault may be
        read now (not while a report is prepared on the worker thread: then it waits)."""
        super().__init__(parent)
        self._screen, self._ready = screen, ready
        self.hits: list[Hit] = []
        self.threshold = 5
        self.label = QLabel(self.tr("Si&gnals and recommendations (printed in the report; optional):"))
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Signals and recommendations"))
        self.edit.setPlaceholderText(self.tr(
            "General trends and advice for the organisation, without names, pseudonyms or details of cases"))
        self.edit.setMaximumHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.label.setBuddy(self.edit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Signals text check"))
        self.model = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Words to rewrite"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 3 + 8)
        self.list.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.edit, self.status, self.list):
            box.addWidget(w)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        self.edit.textChanged.connect(self._timer.start)

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    @property
    def clean(self) -> bool:
        """Nothing to rewrite (and not waiting for a check)."""
        return not self.hits and not self._timer.isActive() and len(self.text.strip()) <= MAX_SIGNALS_TEXT

    def set_released(self, text: str | None) -> None:
        """A re-issue prints the released text: shown read-only. None: editable again."""
        if text is None:
            if self.edit.isReadOnly():
                self.edit.setReadOnly(False)
                self.edit.clear()
            return
        self.edit.setReadOnly(True)
        self.edit.setPlainText(text)
        self._timer.stop()
        self._show([], self.tr("This period was exported before: its signals text is issued again as it was."))

    def check(self) -> bool:
        """Screen the text now; True when nothing needs rewriting."""
        self._timer.stop()
        if self.edit.isReadOnly():
            return True
        if not self._ready():
            self._timer.start()  # again in a moment
            return False
        text = self.text.strip()
        if len(text) > MAX_SIGNALS_TEXT:
            self._show([], self.tr("The text is too long (%1 characters; at most %2).")
                       .replace("%1", str(len(text))).replace("%2", str(MAX_SIGNALS_TEXT)), error=True)
            return False
        hits = self._screen(text) if text else []
        if hits:
            self._show(hits, self.tr("Rewrite these words: they could identify someone. The report cannot be "
                                     "exported while any is left."), error=True)
        else:
            self._show([], self.tr("Checked: no identifying words found.") if text else "")
        return not hits

    def _show(self, hits: list[Hit], status: str, error: bool = False) -> None:
        self.hits = hits
        self.model.setStringList([reason_text(h, self.threshold) for h in hits])
        self.list.setVisible(bool(hits))
        self.status.setText(status)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.checked.emit()

    def clear(self) -> None:
        """At a lock or close: no text left in the widgets."""
        self._timer.stop()
        self.edit.setReadOnly(False)
        self.edit.clear()
        self.edit.document().clearUndoRedoStacks()
        self.model.setStringList([])
        self.hits = []
