"""Add or edit one signal or piece of advice: date, addressee, asked or not, themes and the
confidant's own note (which stays in the vault). What is typed is kept as a draft inside the
vault, as in the other note forms (see :class:`FormDialog`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vp_desk.domain.signals import ADDRESSEES, Signal
from vp_desk.i18n import current_language
from vp_desk.ui.common.fit import fit_to_screen
from vp_desk.ui.common.form_base import (
    AUTOSAVE_MS,
    FormDialog,
    choice_combo,
    date_edit,
    notes_edit,
    pydate,
)
from vp_desk.usecases.desk import DeskService
from vp_desk.usecases.signals import SignalLog


class _Drafts:
    """The form's draft store: the signal log's keys instead of a dossier's."""

    def __init__(self, log: SignalLog) -> None:
        self.log = log

    def save_draft(self, org_id: int | None, state: dict, _kind: str, signal_id: int | None) -> None:
        self.log.save_draft(self.log.draft_key(org_id, signal_id), state)

    def load_draft(self, org_id: int | None, _kind: str, signal_id: int | None) -> dict | None:
        return self.log.load_draft(self.log.draft_key(org_id, signal_id))

    def delete_draft(self, org_id: int | None, _kind: str, signal_id: int | None) -> None:
        self.log.delete_draft(self.log.draft_key(org_id, signal_id))


class SignalDialog(FormDialog):
    draft_kind = "signal"

    def __init__(self, service: DeskService, org_id: int, signal: Signal | None = None, parent=None,
                 autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(service, parent)
        self.log = SignalLog(service)
        self.flow = _Drafts(self.log)  # type: ignore[assignment]
        self.org_id = org_id
        self.signal = signal
        self.saved_id: int | None = None
        prof = self.log.profile_of(org_id)
        self.setWindowTitle(self.tr("New signal or advice") if signal is None else self.tr("Edit signal or advice"))
        fit_to_screen(self, 600, 560)
        self.date = date_edit(signal.date if signal else service.today(), self.tr("Date"))
        self.addressee = choice_combo(prof, ADDRESSEES, signal.addressee if signal else None,
                                      self.tr("To whom"))
        self.asked = QCheckBox(self.tr("&Asked for (unticked: on my own initiative)"))
        self.asked.setAccessibleName(self.tr("Asked for"))
        self.asked.setChecked(bool(signal and signal.asked))
        self.themes = QListWidget()
        self.themes.setAccessibleName(self.tr("Themes (Space ticks a theme)"))
        lang = current_language()
        for item in prof.items("themes"):
            it = QListWidgetItem(item.label(lang))
            it.setData(Qt.ItemDataRole.UserRole, item.key)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if signal and item.key in signal.themes else Qt.CheckState.Unchecked)
            self.themes.addItem(it)
        self.themes.setCurrentRow(0)
        self.note = notes_edit(signal.note if signal else "", self.tr("My note (stays in the vault)"))
        self.note.setPlaceholderText(self.tr("What you signalled or advised; never printed in a report"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.field("date", self.date))
        form.addRow(self.tr("&To:"), self.field("addressee", self.addressee))
        form.addRow("", self.asked)
        form.addRow(self.tr("T&hemes:"), self.field("themes", self.themes))
        form.addRow(self.tr("&Note:"), self.field("note", self.note))
        box = QVBoxLayout(self)
        box.addLayout(form, 1)
        box.addWidget(self.general_error)
        box.addLayout(self.button_row())
        order = [self.date, self.addressee, self.asked, self.themes, self.note, self.buttons]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)
        self.first_field = self.date
        self.start_drafts(autosave_ms)

    def draft_place(self) -> tuple[int | None, int | None]:
        return self.org_id, (self.signal.id if self.signal is not None else None)

    def unsaved_title(self) -> str:
        return self.tr("Unsaved signal")

    def draft_fields(self) -> dict[str, QWidget]:
        return {"date": self.date, "addressee": self.addressee, "asked": self.asked, "note": self.note}

    def checked_themes(self) -> tuple[str, ...]:
        return tuple(self.themes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.themes.count())
                     if self.themes.item(i).checkState() == Qt.CheckState.Checked)

    def state(self) -> dict:
        return {**super().state(), "themes": list(self.checked_themes())}

    def apply_state(self, state: dict) -> None:
        super().apply_state(state)
        themes = state.get("themes")
        if isinstance(themes, list):
            for i in range(self.themes.count()):
                it = self.themes.item(i)
                it.setCheckState(Qt.CheckState.Checked if it.data(Qt.ItemDataRole.UserRole) in themes
                                 else Qt.CheckState.Unchecked)

    def value(self) -> Signal:
        return Signal(org_id=self.org_id, date=pydate(self.date.date()), addressee=self.addressee.currentData(),
                      asked=self.asked.isChecked(), themes=self.checked_themes(), note=self.note.toPlainText(),
                      id=self.signal.id if self.signal is not None else None)

    def save(self) -> None:
        self.saved_id = self.log.save(self.value())
        self.drop_draft()
