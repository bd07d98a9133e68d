"""On Today, while a session is open: where it was left, and the way back into it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.session import STEPS, WritingSession
from .step_bar import step_name

SHOWN_CHARS = 160


class SessionCard(QFrame):
    continue_requested = Signal()
    set_aside_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="SessionCard")
        self.setProperty("role", "card")
        eyebrow = QLabel(self.tr("YOUR SESSION IS WAITING"))
        eyebrow.setProperty("role", "eyebrow")
        self.prompt_text = QLabel(wordWrap=True)
        self.where = QLabel(wordWrap=True)
        self.where.setProperty("role", "muted")
        self.continue_button = QPushButton(self.tr("&Continue where you left off"))
        self.continue_button.setProperty("role", "primary")
        self.aside_button = QPushButton(self.tr("Set aside"))
        self.aside_button.setProperty("role", "quiet")
        self.aside_button.setToolTip(self.tr("End this session here; what you wrote stays in your Journal"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.aside_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        for widget in (eyebrow, self.prompt_text, self.where):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.continue_button.clicked.connect(self.continue_requested)
        self.aside_button.clicked.connect(self.set_aside_requested)

    def show_session(self, session: WritingSession, prompt_text: str) -> None:
        text = prompt_text if len(prompt_text) <= SHOWN_CHARS else prompt_text[:SHOWN_CHARS].rstrip() + "…"
        self.prompt_text.setText(text)
        self.where.setText(self.tr("You were at step %1: %2.").replace("%1", str(STEPS.index(session.step) + 1))
                           .replace("%2", step_name(session.step)))
