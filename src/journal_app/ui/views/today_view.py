"""The Today area: today's prompt, and every prompt to explore."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.content import Prompt
from .. import style
from ..widgets.prompt_card import PromptCard
from .prompt_browser import PromptBrowser


class TodayView(QWidget):
    write_about = Signal(object)  # Prompt
    write_freely = Signal()
    open_library_item = Signal(str)
    settings_requested = Signal()

    def __init__(self, services, holder, dialogs, today: date, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._prompts = services.prompts
        self._holder = holder
        self._today = today
        self.prompt: Prompt | None = None

        date_label = QLabel(QLocale().toString(today, QLocale.FormatType.LongFormat))
        date_label.setProperty("role", "muted")
        heading = QLabel(self.tr("Today"))
        heading.setFont(style.heading_font(24))
        self.card = PromptCard(self.tr("TODAY'S PROMPT"))
        self.free_button = QPushButton(self.tr("Write freely"))
        self.card.buttons.insertWidget(1, self.free_button)
        self.no_prompt = QLabel(wordWrap=True)
        self.no_prompt.setProperty("role", "muted")
        self.no_prompt.hide()
        self.explore_button = QPushButton(self.tr("Explore all prompts →"))
        self.explore_button.setProperty("role", "quiet")
        self.explore_button.setToolTip(self.tr("Browse prompts by theme, favourites and your own"))

        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(date_label)
        column.addWidget(heading)
        column.addSpacing(18)
        column.addWidget(self.card)
        column.addWidget(self.no_prompt)
        column.addSpacing(8)
        explore_row = QHBoxLayout()
        explore_row.addWidget(self.explore_button)
        explore_row.addStretch(1)
        column.addLayout(explore_row)
        column.addStretch(1)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(style.READING_WIDTH + 60)
        today_page = QWidget()
        outer = QHBoxLayout(today_page)
        outer.setContentsMargins(40, 36, 40, 24)
        outer.addWidget(page, 1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(today_page)

        self.browser = PromptBrowser(services.prompts, holder, dialogs)
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.card.write_requested.connect(self.write_about)
        self.free_button.clicked.connect(self.write_freely)
        self.card.favourite_toggled.connect(self._favourite)
        self.card.library_item_requested.connect(self.open_library_item)
        self.explore_button.clicked.connect(self.show_browser)
        self.browser.back_requested.connect(self.show_today)
        self.browser.write_about.connect(self.write_about)
        self.browser.open_library_item.connect(self.open_library_item)
        holder.changed.connect(self._content_changed)
        self.card.hide()

    # -- what Today shows --------------------------------------------------------
    def show_stored(self, prompt_id: str, text: str) -> None:
        """Today's prompt as stored when chosen: shown before any content is read."""
        self.card.text.setText(text)
        self.card.show()

    def show_prompt(self, prompt: Prompt | None) -> None:
        self.prompt = prompt
        if prompt is None:
            self.card.hide()
            self.no_prompt.setText(self.tr(
                "No prompt fits your settings today. You can write freely, explore every prompt, "
                "or widen the depth and audiences in Settings."))
            self.no_prompt.show()
            return
        self.no_prompt.hide()
        catalog = self._holder.current
        self.card.show_prompt(prompt, catalog, favourite=prompt.id in self._prompts.favourites(),
                              answered_on=self._prompts.last_answered().get(prompt.id))
        self.card.show()

    def _content_changed(self) -> None:
        if self.prompt is not None:
            self.show_prompt(self._holder.current.prompts.get(self.prompt.id, self.prompt))

    def _favourite(self, prompt: Prompt, favourite: bool) -> None:
        self._prompts.set_favourite(prompt.id, favourite)
        self.browser.refresh()

    def show_browser(self) -> None:
        self.browser.refresh()
        self.pages.setCurrentWidget(self.browser)
        self.browser.theme_list.setFocus()

    def show_today(self) -> None:
        if self.prompt is not None:
            self.show_prompt(self.prompt)
        self.pages.setCurrentIndex(0)
