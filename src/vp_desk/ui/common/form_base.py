"""Shared parts of the dossier dialogs: inline messages next to each field, date and
choice widgets, a save path that keeps every typed value when validation fails, and
drafts: what is typed in a form that keeps drafts (intake, contact, intervention) is
autosaved every few seconds inside the vault (never anywhere else) and on lock, closing
it with typed text asks first, and reopening the form restores it."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.catalog import Profile
from vp_desk.domain.models import Dossier
from vp_desk.domain.validation import Message
from vp_desk.i18n import current_language
from vp_desk.ui.common import seams
from vp_desk.ui.common.date_field import DateField
from vp_desk.ui.common.form_keys import bind_mnemonics, save_shortcuts
from vp_desk.ui.common.styles import ERROR_STYLE
from vp_desk.usecases.desk import DeskService, Invalid
from vp_desk.usecases.dossiers import DossierFlow
from vp_desk.usecases.errors import VaultError


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


AUTOSAVE_MS = 3000  # how often a form that keeps drafts stores what is typed


def date_edit(day: date | None, name: str) -> QDateEdit:
    return DateField(day, name)  # one Tab, takes a typed dd-mm-yyyy (ui/common/date_field.py)


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
    :class:`Invalid` when the domain refuses; nothing typed is ever cleared on error.

    A form that keeps drafts sets ``draft_kind`` (and ``dossier``, ``record`` as its draft's
    place), implements :meth:`state` / :meth:`apply_state` and calls :meth:`start_drafts`
    once built. ``first_field`` gets the keyboard focus when the form is shown."""

    draft_kind: str | None = None  # "intake", "contact", "intervention": the forms with drafts

    def __init__(self, service: DeskService, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.flow = DossierFlow(service)
        self.first_field: QWidget | None = None
        self.locking = False  # set by the lock path: keep the draft without asking
        self.draft_restored = False
        self._autosave: QTimer | None = None
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color: #555;")
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self.general_error = self._error_label()
        self.general_error.setAccessibleName(QCoreApplication.translate("FormDialog", "Problems"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.save_keys = save_shortcuts(self, self.save_by_key)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            QCoreApplication.translate("FormDialog", "Save (Ctrl+S or Ctrl+Enter, also from a notes field)"))

    def save_by_key(self) -> None:
        """Ctrl+S / Ctrl+Enter: what the Save button does, wherever the focus is."""
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()

    def dossier_title(self, text: str, dossier: Dossier | None) -> None:
        """The window title ``text``, naming the dossier the record goes into."""
        self.setWindowTitle(text if dossier is None else f"{text} — {dossier.code}")

    def button_row(self) -> QHBoxLayout:
        """The draft line on the left, Save / Cancel on the right."""
        row = QHBoxLayout()
        row.addWidget(self.draft_label, 1)
        row.addWidget(self.buttons)
        return row

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        bind_mnemonics(self)
        if self.first_field is not None:
            self.first_field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

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

    # -- drafts ---------------------------------------------------------------------
    def draft_fields(self) -> dict[str, QWidget]:
        """The fields a draft keeps, by name (date edits, combos, spin and check boxes, text)."""
        return {}

    def state(self) -> dict:
        """What the form holds now (a draft); the intake adds what its fields cannot say."""
        out: dict = {}
        for name, w in self.draft_fields().items():
            if isinstance(w, QDateEdit):
                out[name] = pydate(w.date()).isoformat()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QSpinBox):
                out[name] = w.value()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
        return out

    def apply_state(self, state: dict) -> None:
        """Put a draft back; a value that no longer fits (an old draft) is skipped."""
        for name, w in self.draft_fields().items():
            value = state.get(name)
            if isinstance(w, QDateEdit) and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    w.setDate(qdate(date.fromisoformat(value)))
            elif isinstance(w, QComboBox) and w.findData(value) >= 0:
                w.setCurrentIndex(w.findData(value))
            elif isinstance(w, QSpinBox) and isinstance(value, int):
                w.setValue(value)
            elif isinstance(w, QCheckBox) and isinstance(value, bool):
                w.setChecked(value)
            elif isinstance(w, QPlainTextEdit) and isinstance(value, str):
                w.setPlainText(value)

    def draft_place(self) -> tuple[int | None, int | None]:
        """(dossier id, record id) of this form's draft; None for a new one."""
        dossier, record = getattr(self, "dossier", None), getattr(self, "record", None)
        return (dossier.id if dossier is not None else None), (record.id if record is not None else None)

    def unsaved_title(self) -> str:
        return QCoreApplication.translate("FormDialog", "Unsaved changes")

    def _save_draft(self, state: dict) -> None:
        dossier_id, record_id = self.draft_place()
        self.flow.save_draft(dossier_id, state, self.draft_kind or "intake", record_id)

    def _delete_draft(self) -> None:
        dossier_id, record_id = self.draft_place()
        self.flow.delete_draft(dossier_id, self.draft_kind or "intake", record_id)

    def start_drafts(self, autosave_ms: int = AUTOSAVE_MS) -> None:
        """Remember the form as opened, restore a draft left earlier, start autosaving."""
        self._initial = self.state()
        dossier_id, record_id = self.draft_place()
        draft = self.flow.load_draft(dossier_id, self.draft_kind or "intake", record_id)
        if draft and draft != self._initial:
            self.apply_state(draft)
            self.draft_restored = True
            self.draft_label.setText(QCoreApplication.translate("FormDialog", "A draft you had not saved was restored."))
        self._last_draft = self.state() if self.draft_restored else self._initial
        self._autosave = QTimer(self)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self.save_draft_now)
        self._autosave.start()

    def has_changes(self) -> bool:
        return self._autosave is not None and self.state() != self._initial

    def save_draft_now(self) -> bool:
        """Store the form in the vault if it changed since the last draft."""
        if self._autosave is None:
            return False
        state = self.state()
        if state == self._last_draft:
            return False
        try:
            if state == self._initial:
                self._delete_draft()
            else:
                self._save_draft(state)
        except Exception:  # noqa: BLE001 - a draft must never break typing; the save reports errors
            return False
        self._last_draft = state
        self.draft_label.setText(QCoreApplication.translate("FormDialog", "Draft kept in the vault at %1.").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))
        return True

    def drop_draft(self) -> None:
        """After a save: the draft is no longer needed."""
        if self._autosave is None:
            return
        self._autosave.stop()
        self._delete_draft()
        self._last_draft = self._initial = self.state()

    def done(self, result: int) -> None:
        if self._autosave is not None:
            self._autosave.stop()
        super().done(result)

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: typed text is kept as a draft, or
        dropped, only after asking (a lock keeps it without asking)."""
        if self._autosave is None:
            super().reject()
            return
        if self.locking:
            self.save_draft_now()
            super().reject()
            return
        if self.has_changes():
            answer = seams.ask(
                self, self.unsaved_title(),
                QCoreApplication.translate("FormDialog", "Keep what you typed as a draft in the vault? It comes back the next time you "
                    "open this form."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            try:
                if answer == QMessageBox.StandardButton.Yes:
                    self._save_draft(self.state())
                else:
                    self._delete_draft()
            except Exception:  # noqa: BLE001 - closing must work even if the vault went away
                pass
        super().reject()
