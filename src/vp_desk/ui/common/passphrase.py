"""The one passphrase form: the masked field (at most the length the command line
accepts), the strength gate for new passphrases and the strength meter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar

from vp_desk.security.passphrase import MAX_PASSPHRASE_LENGTH, METER_WORDS, estimate, render_problem


def passphrase_field(name: str) -> QLineEdit:
    """A masked passphrase field holding at most MAX_PASSPHRASE_LENGTH characters (the
    same limit the command line enforces)."""
    f = QLineEdit()
    f.setEchoMode(QLineEdit.EchoMode.Password)
    f.setMaxLength(MAX_PASSPHRASE_LENGTH)
    f.setAccessibleName(name)
    return f


def too_easy(passphrase: str) -> str | None:
    """The translated reason a new passphrase is refused, or None when it is good enough."""
    s = estimate(passphrase)
    if s.acceptable:
        return None
    reason = render_problem(s.problems[0], QCoreApplication.translate)
    return QCoreApplication.translate("LockView", "This passphrase is too easy to guess: %s") % reason


# The meter draws its text over its own colours, never the theme's: dark text on light
# chunk colours and a light track, each pair at least 4.5:1 (WCAG AA) — tested.
METER_TEXT = "#000000"
METER_TRACK = "#eeeeee"
METER_COLOURS = ("#f5a3a3", "#f8c291", "#f3dc7a", "#9fd4a3", "#6cc070")  # very weak .. very strong


class StrengthMeter(QProgressBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRange(0, 4)
        self.setTextVisible(True)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        s = estimate(passphrase)
        self.setValue(s.score)
        word = QCoreApplication.translate("Passphrase", METER_WORDS[s.score]) if passphrase else ""
        self.setFormat(word)
        self.setAccessibleDescription(word)
        self.setStyleSheet(
            f"QProgressBar {{ color: {METER_TEXT}; background: {METER_TRACK}; border: 1px solid #8a8a8a;"
            f" border-radius: 3px; text-align: center; }}"
            f" QProgressBar::chunk {{ background: {METER_COLOURS[s.score]}; }}")


class NewPassphrase:
    """The one form for choosing a passphrase (create a vault, change the passphrase): the
    new passphrase typed twice, the strength meter under it, and the gate that refuses a
    mismatch or an easy passphrase. The dialogs place the fields with their own labels."""

    def __init__(self, first_name: str, repeat_name: str, min_width: int = 0) -> None:
        self.first = passphrase_field(first_name)
        self.repeat = passphrase_field(repeat_name)
        for f in (self.first, self.repeat):
            f.setMinimumWidth(min_width)
        self.meter = StrengthMeter()
        self.first.textChanged.connect(self.meter.update_for)

    def text(self) -> str:
        return self.first.text()

    def add_rows(self, form: QFormLayout, first_label: str, repeat_label: str, strength_label: str) -> None:
        """The three rows (labels from the dialog, in its own words and translation)."""
        form.addRow(first_label, self.first)
        form.addRow(repeat_label, self.repeat)
        form.addRow(strength_label, self.meter)

    def refusal(self, mismatch: str) -> tuple[str, QLineEdit] | None:
        """Why the passphrase cannot be used, and the field to correct (``mismatch`` is
        the dialog's text for two different entries); ``None`` when it is accepted."""
        if self.first.text() != self.repeat.text():
            return mismatch, self.repeat
        refused = too_easy(self.first.text())
        return (refused, self.first) if refused else None
