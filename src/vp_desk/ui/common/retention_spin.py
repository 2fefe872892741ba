"""The retention period of an organisation's closed dossiers: the profile's default
(stored as ``None``) or its own number of years."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

DEFAULT = -1  # the spin box's value for "the profile's default"


class RetentionSpin(QSpinBox):
    """Shows "profile default (5 years)" rather than a bare "profile default", and the
    first step up from it goes to the default's own number, not to "0 years"."""

    def __init__(self, years: int | None, default_years: int, parent=None) -> None:
        super().__init__(parent)
        self.setRange(DEFAULT, 30)
        self.setSuffix(QCoreApplication.translate("RetentionSpin", " years"))
        self.default_years = default_years
        self.set_default(default_years)
        self.setValue(DEFAULT if years is None else years)

    def set_default(self, years: int) -> None:
        """The profile's default (after the profile was changed)."""
        self.default_years = years
        self.setSpecialValueText(QCoreApplication.translate(
            "RetentionSpin", "profile default (%n year(s))", "", years))
        self.update()

    def years(self) -> int | None:
        return None if self.value() == DEFAULT else self.value()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.value() == DEFAULT and steps > 0:
            self.setValue(self.default_years)
            return
        super().stepBy(steps)
