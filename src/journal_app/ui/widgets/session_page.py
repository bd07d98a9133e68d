"""The frame every step of a guided session shares: a heading, a quiet hint, then
the step's own content, in a comfortable reading column."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .. import style


class SessionPage(QWidget):
    def __init__(self, heading: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(style.READING_WIDTH)
        self.heading = QLabel(heading, wordWrap=True)
        self.heading.setFont(style.heading_font(20))
        self.hint = QLabel(hint, wordWrap=True)
        self.hint.setProperty("role", "muted")
        self.hint.setVisible(bool(hint))
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.hint)
        self.body.addSpacing(6)

    def first_field(self) -> QWidget | None:
        """Where the keyboard starts on this step (the subclass knows)."""
        return None
