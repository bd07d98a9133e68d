"""Step 2: the prompt, with the passage it comes from. A heavy prompt shows its
content note first and offers a grounding exercise before writing."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.content import ContentCatalog, Prompt
from .prompt_card import PromptCard
from .session_page import SessionPage


class SessionPromptPage(SessionPage):
    grounding_requested = Signal()
    library_item_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The prompt"), "", parent)
        self.card = PromptCard()
        self.card.hide_actions()
        self.ground_button = QPushButton(self.tr("&Try a grounding exercise first"))
        self.ground_button.setToolTip(self.tr("A few minutes to settle before you write"))
        row = QHBoxLayout()
        row.addWidget(self.ground_button)
        row.addStretch(1)
        self.body.addWidget(self.card)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.ground_button.clicked.connect(self.grounding_requested)
        self.card.library_item_requested.connect(self.library_item_requested)

    def show_prompt(self, prompt: Prompt, catalog: ContentCatalog, has_exercises: bool) -> None:
        self.card.show_prompt(prompt, catalog)
        heavy = prompt.intensity == "heavy"
        self.hint.setVisible(heavy)
        self.hint.setText(self.tr("This prompt goes somewhere heavy. Read the note first, and take your time."))
        self.ground_button.setVisible(heavy and has_exercises)

    def first_field(self) -> QWidget | None:
        return self.ground_button if self.ground_button.isVisible() else None
