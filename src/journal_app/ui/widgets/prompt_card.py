"""One prompt, shown with care: its content note first when heavy, the text, where
it comes from, what it relates to, and the ways to act on it."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.content import ContentCatalog, Prompt
from .. import style
from .citation import citation_text


def intensity_word(intensity: str) -> str:
    words = {"gentle": "Gentle", "moderate": "Moderate", "heavy": "Heavy"}
    return QCoreApplication.translate("Prompts", words.get(intensity, intensity))


def audience_words(audience: str) -> str:
    if audience == "everyone":
        return ""
    if audience == "asian-descent":
        return QCoreApplication.translate("Prompts", "Written for writers of Asian descent")
    return QCoreApplication.translate("Prompts", "Written for: %1").replace("%1", audience)


class PromptCard(QFrame):
    write_requested = Signal(object)  # Prompt
    favourite_toggled = Signal(object, bool)  # Prompt, now a favourite
    library_item_requested = Signal(str)  # item id
    edit_requested = Signal(object)  # own prompts only
    delete_requested = Signal(object)

    def __init__(self, eyebrow: str = "", parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.prompt: Prompt | None = None
        self._compact = compact  # a narrow pane beside a list: smaller type and margins
        self._actions = True
        layout = QVBoxLayout(self)
        margin = 20 if compact else 28
        layout.setContentsMargins(margin, 24, margin, 24)
        layout.setSpacing(12)
        self.eyebrow = QLabel(eyebrow)
        self.eyebrow.setProperty("role", "eyebrow")
        self.eyebrow.setVisible(bool(eyebrow))  # no empty band at the top of the browser's card
        self.content_note = QLabel(wordWrap=True, objectName="ContentNote")
        self.text = QLabel(wordWrap=True)
        self.text.setFont(style.prompt_font(compact=compact))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(wordWrap=True)
        self.meta.setProperty("role", "muted")
        self.answered = QLabel(wordWrap=True)
        self.answered.setProperty("role", "muted")

        self.write_button = QPushButton(self.tr("Write about this"))
        self.write_button.setProperty("role", "primary")
        self.favourite_button = QPushButton(checkable=True)
        self.favourite_button.setProperty("role", "quiet")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setProperty("role", "quiet")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setProperty("role", "quiet")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.write_button)
        self.buttons.addStretch(1)
        for button in (self.favourite_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)

        self.source = QLabel(wordWrap=True)
        self.source.setProperty("role", "muted")
        # Related library items as links in a wrapping line (a row of buttons would
        # set a wide minimum for the whole window).
        self.related_box = QLabel(wordWrap=True)
        self.related_box.setTextFormat(Qt.TextFormat.RichText)
        self.related_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.related_box.linkActivated.connect(self._open_related)
        for widget in (self.eyebrow, self.content_note, self.text, self.meta, self.answered):
            layout.addWidget(widget)
        layout.addLayout(self.buttons)
        layout.addWidget(self.source)
        layout.addWidget(self.related_box)
        layout.addStretch(1)  # in a tall pane, the card's content stays at the top

        # Bound methods, not lambdas holding self: PySide can free a view early when a
        # child's signal keeps a lambda over it.
        self.write_button.clicked.connect(self._write)
        self.favourite_button.toggled.connect(self._favourite_changed)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)

    def hide_actions(self) -> None:
        """Only the prompt and where it comes from (a session shows its own buttons)."""
        self._actions = False
        for button in (self.write_button, self.favourite_button, self.edit_button, self.delete_button):
            button.hide()

    def _write(self) -> None:
        if self.prompt is not None:
            self.write_requested.emit(self.prompt)

    def _edit(self) -> None:
        if self.prompt is not None:
            self.edit_requested.emit(self.prompt)

    def _delete(self) -> None:
        if self.prompt is not None:
            self.delete_requested.emit(self.prompt)

    def _open_related(self, link: str) -> None:
        if link.startswith("item:"):
            self.library_item_requested.emit(link[len("item:"):])

    def show_prompt(self, prompt: Prompt, catalog: ContentCatalog, *, favourite: bool = False,
                    answered_on: date | None = None) -> None:
        self.prompt = prompt
        self.content_note.setVisible(bool(prompt.content_note))
        self.content_note.setText(self.tr("Content note: %1").replace("%1", prompt.content_note or ""))
        self.text.setText(prompt.text)
        self.text.setFont(style.prompt_font(len(prompt.text), self._compact))
        theme = catalog.themes.get(prompt.theme)
        parts = [theme.title if theme else "", intensity_word(prompt.intensity), audience_words(prompt.audience)]
        if prompt.minutes:
            parts.append(self.tr("about %1 minutes").replace("%1", str(prompt.minutes)))
        self.meta.setText("  ·  ".join(p for p in parts if p))
        self.answered.setVisible(answered_on is not None)
        if answered_on is not None:
            when = QLocale().toString(answered_on, QLocale.FormatType.LongFormat)
            self.answered.setText(self.tr("You last wrote about this on %1.").replace("%1", when))
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.blockSignals(False)
        self._label_favourite(favourite)
        own = prompt.source.text_id == "own"
        self.edit_button.setVisible(own and self._actions)
        self.delete_button.setVisible(own and self._actions)
        if own:
            self.source.setText(self.tr("A prompt you wrote."))
        elif prompt.source.text_id:
            self.source.setText(citation_text(catalog, prompt.source, with_summary=True))
        else:
            self.source.setText("")
        self._show_related(prompt, catalog)

    def _show_related(self, prompt: Prompt, catalog: ContentCatalog) -> None:
        items = [catalog.library[i] for i in prompt.related if i in catalog.library]
        self.related_box.setVisible(bool(items))
        links = ", ".join(f'<a href="item:{escape(i.id)}">{escape(i.title)}</a>' for i in items)
        self.related_box.setText(self.tr("In the Library: %1").replace("%1", links))

    def _label_favourite(self, favourite: bool) -> None:
        self.favourite_button.setText(self.tr("★ Favourite") if favourite else self.tr("☆ Add to favourites"))

    def _favourite_changed(self, checked: bool) -> None:
        self._label_favourite(checked)
        if self.prompt is not None:
            self.favourite_toggled.emit(self.prompt, checked)
