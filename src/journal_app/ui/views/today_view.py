"""The Today area: one prompt for today, and two ways to start writing."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.content import ContentCatalog, Prompt
from ...domain.daily_prompt import prompt_for_day
from .. import style
from .citation import citation_text


class TodayView(QWidget):
    write_about = Signal(object)  # the Prompt
    write_freely = Signal()

    def __init__(self, catalog: ContentCatalog, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.prompt: Prompt | None = prompt_for_day(list(catalog.prompts.values()), today)

        date_label = QLabel(QLocale().toString(today, QLocale.FormatType.LongFormat))
        date_label.setProperty("role", "muted")
        greeting = QLabel(self.tr("Today"))
        greeting.setFont(style.heading_font(24))

        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 28, 32, 28)
        card_layout.setSpacing(14)
        eyebrow = QLabel(self.tr("TODAY'S PROMPT"))
        eyebrow.setProperty("role", "eyebrow")
        self.prompt_label = QLabel(wordWrap=True)
        self.prompt_label.setFont(style.prompt_font())
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.theme_label = QLabel(wordWrap=True)
        self.theme_label.setProperty("role", "muted")
        self.source_label = QLabel(wordWrap=True)
        self.source_label.setProperty("role", "muted")
        self.write_button = QPushButton(self.tr("Write about this"))
        self.write_button.setProperty("role", "primary")
        self.free_button = QPushButton(self.tr("Write freely"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.free_button)
        buttons.addStretch(1)
        for widget in (eyebrow, self.prompt_label, self.theme_label):
            card_layout.addWidget(widget)
        card_layout.addSpacing(6)
        card_layout.addLayout(buttons)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.source_label)

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(date_label)
        column.addWidget(greeting)
        column.addSpacing(18)
        column.addWidget(card)
        column.addStretch(1)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(style.READING_WIDTH)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 36, 40, 24)
        outer.addWidget(page, 1)

        self.write_button.clicked.connect(lambda: self.write_about.emit(self.prompt))
        self.free_button.clicked.connect(self.write_freely)
        self._show_prompt()

    def _show_prompt(self) -> None:
        prompt = self.prompt
        if prompt is None:  # no prompts could be loaded: writing still works
            self.prompt_label.setText(self.tr("What is on your mind today?"))
            self.theme_label.hide()
            self.source_label.hide()
            self.write_button.hide()
            return
        self.prompt_label.setText(prompt.text)
        theme = self._catalog.themes.get(prompt.theme)
        self.theme_label.setText(theme.title if theme else "")
        self.source_label.setText(citation_text(self._catalog, prompt.source, with_summary=True))
