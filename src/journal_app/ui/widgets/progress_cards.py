"""The pieces of the Progress page: a card with a heading, a big figure, and a row
of chips (tags, themes not yet explored) that wraps."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import style
from .flow_layout import FlowLayout


class Card(QFrame):
    """A surface with a heading, an optional line under it, and its content."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 18)
        self.body.setSpacing(10)
        self.heading = QLabel(heading, objectName="SectionHeading")
        self.line = QLabel(wordWrap=True)
        self.line.setProperty("role", "muted")
        self.line.hide()
        self.body.addWidget(self.heading)
        self.body.addWidget(self.line)
        self.setAccessibleName(heading)

    def say(self, text: str) -> None:
        """The card's line of text; also what a screen reader hears for the card."""
        self.line.setText(text)
        self.line.setVisible(bool(text))
        self.setAccessibleDescription(text)


class Figure(QFrame):
    """One big number with its words; its accessible name reads the whole figure."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(2)
        self.value = QLabel("…")
        self.value.setFont(style.heading_font(26))
        self.caption = QLabel(caption, wordWrap=True)
        self.caption.setProperty("role", "muted")
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("role", "muted")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setAccessibleDescription(note)


class Chips(QWidget):
    """Buttons in wrapping rows; each calls back with its key."""

    def __init__(self, chosen: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = chosen
        self.flow = FlowLayout(self)
        self.buttons: dict[str, QPushButton] = {}

    def set_chips(self, chips: list[tuple[str, str, str]]) -> None:
        """(key, label, tooltip) for each chip, in order."""
        self.flow.clear()
        self.buttons = {}
        for key, label, tip in chips:
            button = QPushButton(label, objectName="Chip")
            button.setToolTip(tip)
            button.setAccessibleName(tip or label)
            button.clicked.connect(lambda _checked=False, k=key: self._chosen(k))
            self.flow.addWidget(button)
            self.buttons[key] = button
        self.setVisible(bool(chips))
        self.updateGeometry()
