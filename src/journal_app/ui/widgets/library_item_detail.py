"""One library item in full: what it is, its summary and source, topics, web
address, the prompts it relates to, and the person's Saved and Read marks."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.content import ContentCatalog, LibraryItem
from ...domain.library import LibraryMark
from .. import style
from .citation import citation_text
from .resource_dialog import date_words, kind_name, label, link, topic_name


class ItemDetail(QWidget):
    """One library item: what it is, its summary and source, topics, web address, the
    prompts it relates to, and the person's Saved and Read marks."""

    reflect_requested = Signal(str)  # prompt id
    saved_toggled = Signal(bool)
    read_toggled = Signal(bool)
    topic_clicked = Signal(str)
    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.eyebrow = label("", "eyebrow")
        self.title = label()
        self.title.setFont(style.heading_font(22))
        self.saved_button = QPushButton(checkable=True)
        self.read_button = QPushButton(checkable=True)
        marks = QHBoxLayout()
        marks.setSpacing(8)
        marks.addWidget(self.saved_button)
        marks.addWidget(self.read_button)
        marks.addStretch(1)
        self.summary = label()
        self.summary.setFont(style.writing_font(13))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = label("", "muted")
        self.topics = label("", "muted")
        self.topics.setTextFormat(Qt.TextFormat.RichText)
        self.url = label("", "muted")
        self.url.setTextFormat(Qt.TextFormat.RichText)
        self.url.setToolTip(self.tr("Opens in your web browser"))
        self.related_heading = QLabel(self.tr("Related prompts"))
        self.related_heading.setFont(style.heading_font(15))
        self.related_box = QVBoxLayout()
        self.related_box.setSpacing(10)
        self.reflect_buttons: list[QPushButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.eyebrow)
        layout.addWidget(self.title)
        layout.addLayout(marks)
        layout.addSpacing(6)
        for widget in (self.summary, self.source, self.topics, self.url):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.related_heading)
        layout.addLayout(self.related_box)
        layout.addStretch(1)
        self.saved_button.toggled.connect(self.saved_toggled)
        self.read_button.toggled.connect(self.read_toggled)
        self.topics.linkActivated.connect(self.topic_clicked)
        self.url.linkActivated.connect(self.link_clicked)

    def show_item(self, item: LibraryItem, catalog: ContentCatalog, mark: LibraryMark) -> None:
        parts = [kind_name(item.kind)]
        if item.number is not None:
            parts.append(self.tr("number %1 in the article").replace("%1", QLocale().toString(item.number)))
        if item.date:
            parts.append(date_words(item.date))
        self.eyebrow.setText("  ·  ".join(parts))
        self.title.setText(item.title)
        self.summary.setText(item.summary)
        self.source.setText(citation_text(catalog, item.source))
        self.topics.setText(self.tr("Topics: %1").replace("%1", ", ".join(link(t, topic_name(t)) for t in item.topics)))
        self.topics.setVisible(bool(item.topics))
        self.url.setText(link(item.url, item.url) if item.url else "")
        self.url.setVisible(bool(item.url))
        self.show_marks(mark)
        self._show_related([catalog.prompts[p] for p in item.related_prompts if p in catalog.prompts])

    def show_marks(self, mark: LibraryMark) -> None:
        for button, on, on_text, off_text in (
            (self.saved_button, mark.saved, self.tr("★ Saved"), self.tr("☆ Save for later")),
            (self.read_button, mark.read, self.tr("✓ Read"), self.tr("Mark as read")),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.setText(on_text if on else off_text)
            button.blockSignals(False)

    def _show_related(self, prompts: list) -> None:  # list[Prompt]
        while self.related_box.count():
            widget = self.related_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.reflect_buttons = []
        self.related_heading.setVisible(bool(prompts))
        for prompt in prompts:
            card = QFrame()
            card.setProperty("role", "card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(20, 14, 16, 14)
            inner.setSpacing(8)
            if prompt.content_note:  # heavy: the note comes before the words, as everywhere
                note = label(self.tr("Content note: %1").replace("%1", prompt.content_note))
                note.setObjectName("ContentNote")
                inner.addWidget(note)
            text = label(prompt.text)
            text.setFont(style.writing_font(12))
            button = QPushButton(self.tr("Reflect on this"))
            button.setAccessibleName(self.tr("Reflect on “%1”").replace("%1", prompt.text))
            button.setProperty("prompt_id", prompt.id)
            button.clicked.connect(self._reflect_clicked)
            inner.addWidget(text)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.related_box.addWidget(card)
            self.reflect_buttons.append(button)

    def _reflect_clicked(self) -> None:
        self.reflect_requested.emit(self.sender().property("prompt_id"))
