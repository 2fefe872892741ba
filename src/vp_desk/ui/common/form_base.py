"""Shared parts of the dossier dialogs: inline messages next to each field, date and
choice widgets, and a save path that keeps every typed value when validation fails."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.catalog import Profile
from vp_desk.domain.validation import Message
from vp_desk.i18n import current_language
from vp_desk.ui.common.styles import ERROR_STYLE
from vp_desk.usecases.desk import DeskService, Invalid
from vp_desk.usecases.dossiers import DossierFlow
from vp_desk.usecases.errors import VaultError


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())




def date_edit(day: date | None, name: str) -> QDateEdit:
    w = QDateEdit()
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd-MM-yyyy")
    w.setDate(qdate(day or date.today()))
    w.setAccessibleName(name)
    return w


def choice_combo(prof: Profile, list_name: str, current: str | None, name: str,
                 optional: bool = False) -> QComboBox:
    """A combo over a catalog list; ``optional`` adds a first "not recorded" entry."""
    w = QComboBox()
    w.setAccessibleName(name)
    fill_combo(w, prof, list_name, current, optional)
    return w


def fill_combo(w: QComboBox, prof: Profile, list_name: str, current: str | None,
               optional: bool = False) -> None:
    keep = current if current is not None else w.currentData()
    w.blockSignals(True)
    w.clear()
    if optional:
        w.addItem(QCoreApplication.translate("FormDialog", "— not recorded —"), None)
    lang = current_language()
    for item in prof.items(list_name):
        w.addItem(item.label(lang), item.key)
    idx = w.findData(keep) if keep is not None else 0
    w.setCurrentIndex(max(idx, 0))
    w.blockSignals(False)


def notes_edit(text: str, name: str) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setPlainText(text or "")
    w.setTabChangesFocus(True)
    w.setAccessibleName(name)
    return w


class FormDialog(QDialog):
    """Base of the record dialogs. Subclasses build their widgets, register each with
    :meth:`field` (so messages appear beside it) and implement :meth:`save`, which raises
    :class:`Invalid` when the domain refuses; nothing typed is ever cleared on error."""

    def __init__(self, service: DeskService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.flow = DossierFlow(service)
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general_error = self._error_label()
        self.general_error.setAccessibleName(QCoreApplication.translate("FormDialog", "Problems"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    @staticmethod
    def _error_label() -> QLabel:
        lab = QLabel()
        lab.setStyleSheet(ERROR_STYLE)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.PlainText)
        lab.hide()
        return lab

    def field(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """``widget`` with room for its messages underneath; returns the container."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = self._error_label()
        lay.addWidget(err)
        if widget.maximumHeight() < 16777215:  # a capped field stays at the top of its row
            lay.addStretch(1)
        for key in (name, *aliases):
            self._errors[key] = err
            self._widgets[key] = widget
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            box.setFocusProxy(widget)
        return box

    def clear_messages(self) -> None:
        for lab in {*self._errors.values(), self.general_error}:
            lab.clear()
            lab.hide()

    def show_messages(self, messages: list[Message]) -> None:
        self.clear_messages()
        first: QWidget | None = None
        for m in messages:
            lab = self._errors.get(m.field, self.general_error)
            text = m.render(QCoreApplication.translate)
            lab.setText(f"{lab.text()}\n{text}" if lab.text() else text)
            lab.show()
            if first is None:
                first = self._widgets.get(m.field)
        if first is not None:
            first.setFocus()

    def message_text(self, field: str) -> str:
        lab = self._errors.get(field, self.general_error)
        return lab.text()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def try_save(self) -> bool:
        """Save; on a refusal show the messages and keep the form open."""
        try:
            self.save()
        except Invalid as exc:
            self.show_messages(exc.messages)
            return False
        except VaultError as exc:
            self.show_messages([Message("", exc.render(QCoreApplication.translate))])
            return False
        self.clear_messages()
        self.saved_ok()
        return True

    def saved_ok(self) -> None:
        """After a save: close the form (a form that stays open overrides this)."""
        self.accept()
