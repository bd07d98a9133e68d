"""A new passphrase typed twice, with a hint about its strength (length only: several
ordinary words make a strong passphrase; no rules about symbols)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.passphrase import Strength, strength


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=placeholder)
    # Not learnt by an input method's prediction, nor "corrected" as it is typed.
    hints = Qt.InputMethodHint
    field.setInputMethodHints(hints.ImhSensitiveData | hints.ImhNoPredictiveText | hints.ImhNoAutoUppercase)
    return field


class PassphraseFields(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self.tr("A few words you will remember"))
        self.second = password_field(self.tr("The same again"))
        self.hint = QLabel(wordWrap=True)
        self.hint.setProperty("role", "muted")
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.show_box = QCheckBox(self.tr("Show what I type"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label or self.tr("&New passphrase"), self.first)
        form.addRow(self.tr("&Type it again"), self.second)
        form.addRow("", self.hint)
        form.addRow("", self.show_box)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.show_box.toggled.connect(self._show)
        self._valid = False
        self._changed()

    def passphrase(self) -> str | None:
        """The passphrase once it is long enough and typed the same twice."""
        return self.first.text() if self._valid else None

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _changed(self) -> None:
        text = self.first.text()
        level = strength(text)
        words = {
            Strength.TOO_SHORT: self.tr("At least 8 characters. Several ordinary words are easy to remember "
                                        "and hard to guess."),
            Strength.SHORT: self.tr("Short: a few more words would make it much harder to guess."),
            Strength.GOOD: self.tr("Good. Longer is stronger still."),
            Strength.STRONG: self.tr("Strong."),
        }
        hint = words[level] if text else words[Strength.TOO_SHORT]
        matches = text == self.second.text()
        if text and self.second.text() and not matches:
            hint += " " + self.tr("The two do not match yet.")
        self.hint.setText(hint)
        valid = level is not Strength.TOO_SHORT and matches
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
