"""A kind empty state: what this place is for, and one clear next action."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import style

COLUMN_WIDTH = 440


class EmptyState(QWidget):
    action = Signal()

    def __init__(self, title: str, text: str, action_label: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A bounded column between stretches (rather than centred labels) lets the
        # word-wrapped text take its real height at any width, down to narrow windows.
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        self.column = inner  # for a page that adds to it (a progress bar)
        self.title = QLabel(title, wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.title.setFont(style.heading_font(18))
        self.text = QLabel(text, wordWrap=True, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.text.setProperty("role", "muted")
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        self.button: QPushButton | None = None
        if action_label:
            self.button = QPushButton(action_label)
            self.button.setProperty("role", "primary")
            self.button.clicked.connect(self.action)
            inner.addSpacing(8)
            inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
