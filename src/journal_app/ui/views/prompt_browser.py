"""Every prompt to explore: shelves (themes with counts, favourites, your own),
filters by depth and audience, shuffle, and the chosen prompt in full."""
from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from ...domain.content import Prompt
from ...domain.prompt_filter import ALL, FAVOURITES, OWN, PromptFilter, filter_prompts, shelf_counts
from .. import style
from ..widgets.prompt_card import PromptCard, intensity_word
from ..widgets.wrapping_list import wrapping_list
from .prompt_actions import PromptActions

IdRole = Qt.ItemDataRole.UserRole + 1


class PromptBrowser(QWidget):
    back_requested = Signal()
    write_about = Signal(object)
    open_library_item = Signal(str)

    def __init__(self, prompts, holder, dialogs, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._prompts = prompts
        self._holder = holder
        self._random = random.Random()
        self.actions = PromptActions(prompts, holder, dialogs, self)

        back = QPushButton(self.tr("← Today"))
        back.setProperty("role", "quiet")
        title = QLabel(self.tr("Prompts"))
        title.setFont(style.heading_font(22))
        self.own_button = QPushButton(self.tr("Write your own prompt…"))
        self.import_button = QPushButton(self.tr("Import a prompt pack…"))
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.own_button)
        header.addWidget(self.import_button)

        self.theme_list = wrapping_list(self.tr("Themes"))
        self.theme_list.setMinimumWidth(170)
        self.theme_list.setMaximumWidth(250)
        self.intensity = QComboBox()
        self.intensity.setAccessibleName(self.tr("Depth"))
        self.intensity.addItem(self.tr("Any depth"), None)
        for value in ("gentle", "moderate", "heavy"):
            self.intensity.addItem(intensity_word(value), value)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Written for"))
        self.audience.addItem(self.tr("Written for anyone"), None)
        self.audience.addItem(self.tr("For everyone"), "everyone")
        self.audience.addItem(self.tr("For writers of Asian descent"), "asian-descent")
        self.shuffle_button = QPushButton(self.tr("Shuffle"))
        self.shuffle_button.setToolTip(self.tr("Pick a prompt at random from this list"))
        filters = QVBoxLayout()
        first_row = QHBoxLayout()
        first_row.addWidget(self.intensity, 1)
        first_row.addWidget(self.shuffle_button)
        filters.addLayout(first_row)
        filters.addWidget(self.audience)
        self.prompt_list = wrapping_list(self.tr("Prompts"))
        self.prompt_list.setMinimumWidth(180)
        self.empty = QLabel(wordWrap=True)
        self.empty.setProperty("role", "muted")
        middle = QVBoxLayout()
        middle.addLayout(filters)
        middle.addWidget(self.prompt_list, 1)
        middle.addWidget(self.empty)

        self.card = PromptCard(compact=True)
        detail = QScrollArea(widgetResizable=True)
        detail.setWidget(self.card)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.theme_list, 2)
        body.addLayout(middle, 3)
        body.addWidget(detail, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        back.clicked.connect(self.back_requested)
        self.own_button.clicked.connect(self.actions.write_own)
        self.import_button.clicked.connect(self.actions.import_pack)
        self.theme_list.currentRowChanged.connect(self._fill_prompts)
        self.intensity.currentIndexChanged.connect(self._fill_prompts)
        self.audience.currentIndexChanged.connect(self._fill_prompts)
        self.shuffle_button.clicked.connect(self.shuffle)
        self.prompt_list.currentItemChanged.connect(self._show)
        self.card.write_requested.connect(self.write_about)
        self.card.library_item_requested.connect(self.open_library_item)
        self.card.favourite_toggled.connect(self._favourite)
        self.card.edit_requested.connect(self.actions.edit_own)
        self.card.delete_requested.connect(self.actions.delete_own)
        holder.changed.connect(self.refresh)
        self.card.hide()

    # -- filling ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild shelves and list from the current content, keeping the choices made."""
        shelf = self.current_shelf()
        favourites = self._prompts.favourites()
        catalog = self._holder.current
        counts = shelf_counts(catalog.prompts.values(), favourites)
        self.theme_list.blockSignals(True)
        self.theme_list.clear()
        shelves = [(ALL, self.tr("All prompts")), (FAVOURITES, self.tr("Favourites")),
                   (OWN, self.tr("Your own prompts"))]
        shelves += [(t.id, t.title) for t in catalog.themes.values()]
        for key, label in shelves:
            item = QListWidgetItem(f"{label}  ({counts[key]})")
            item.setData(IdRole, key)
            self.theme_list.addItem(item)
            if key == shelf:
                self.theme_list.setCurrentItem(item)
        if self.theme_list.currentRow() < 0:
            self.theme_list.setCurrentRow(0)
        self.theme_list.blockSignals(False)
        self._fill_prompts()

    def current_shelf(self) -> str:
        item = self.theme_list.currentItem()
        return item.data(IdRole) if item is not None else ALL

    def choose_shelf(self, key: str) -> None:
        for row in range(self.theme_list.count()):
            if self.theme_list.item(row).data(IdRole) == key:
                self.theme_list.setCurrentRow(row)
                return

    def visible_prompts(self) -> list[Prompt]:
        chosen = PromptFilter(self.current_shelf(), self.intensity.currentData(), self.audience.currentData())
        return filter_prompts(self._holder.current.prompts.values(), chosen, self._prompts.favourites())

    def _fill_prompts(self, *_changed) -> None:
        keep = self.card.prompt.id if self.card.prompt else None
        answered = self._prompts.last_answered()
        favourites = self._prompts.favourites()
        self.prompt_list.blockSignals(True)
        self.prompt_list.clear()
        for prompt in self.visible_prompts():
            marks = ("★ " if prompt.id in favourites else "") + ("✓ " if prompt.id in answered else "")
            item = QListWidgetItem(marks + prompt.text)
            item.setData(IdRole, prompt.id)
            item.setToolTip(self.tr("Answered") if prompt.id in answered else "")
            self.prompt_list.addItem(item)
            if prompt.id == keep:
                self.prompt_list.setCurrentItem(item)
        self.prompt_list.blockSignals(False)
        rows = self.prompt_list.count()
        self.empty.setVisible(rows == 0)
        self.empty.setText(self._empty_text())
        self.shuffle_button.setEnabled(rows > 0)
        if self.prompt_list.currentRow() < 0 and rows:
            self.prompt_list.setCurrentRow(0)
        self._show(self.prompt_list.currentItem())

    def _empty_text(self) -> str:
        shelf = self.current_shelf()
        if shelf == FAVOURITES:
            return self.tr("No favourites yet. Mark a prompt with ☆ to keep it here.")
        if shelf == OWN:
            return self.tr("You haven't written a prompt yet. “Write your own prompt…” adds one.")
        return self.tr("No prompt here matches these filters.")

    def _show(self, item: QListWidgetItem | None, *_previous) -> None:
        prompt = self._holder.current.prompts.get(item.data(IdRole)) if item is not None else None
        self.card.setVisible(prompt is not None)
        if prompt is not None:
            self.card.show_prompt(prompt, self._holder.current, favourite=prompt.id in self._prompts.favourites(),
                                  answered_on=self._prompts.last_answered().get(prompt.id))

    def select_prompt(self, prompt_id: str) -> None:
        for row in range(self.prompt_list.count()):
            if self.prompt_list.item(row).data(IdRole) == prompt_id:
                self.prompt_list.setCurrentRow(row)
                return

    def shuffle(self) -> None:
        visible = self.visible_prompts()
        if visible:
            current = self.card.prompt.id if self.card.prompt else None
            others = [p for p in visible if p.id != current] or visible
            self.select_prompt(self._random.choice(others).id)

    def _favourite(self, prompt: Prompt, favourite: bool) -> None:
        self._prompts.set_favourite(prompt.id, favourite)
        self._fill_prompts()
