"""Writing an entry: plain text exactly as typed, saved without being asked.

Autosave commits the entry about a second after typing pauses, at least every five
seconds while typing goes on, and whenever the person moves away (`save_now`).
"Saved" is shown only after the commit. A failed save keeps the text here and
tries again.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...domain.content import Prompt
from ...domain.entry import Entry
from ...domain.errors import JournalError
from ...domain.session import with_follow_up
from ...domain.words import count_words
from .. import messages, style
from ..plural import plural

IDLE_SAVE_MS = 1000
MAX_UNSAVED_MS = 5000
RETRY_MS = 3000
WORD_COUNT_DELAY_MS = 250  # recounting a long entry on every keystroke would lag typing


class EntryEditor(QWidget):
    saved = Signal(object)  # the committed Entry
    delete_requested = Signal(int)  # entry id

    def __init__(self, journal, text_size: int = 13, parent: QWidget | None = None, *,  # noqa: ANN001
                 can_delete: bool = True) -> None:
        super().__init__(parent)
        self._can_delete = can_delete
        self._journal = journal
        self._entry: Entry | None = None
        self._prompt: Prompt | None = None
        self._dirty = False

        self._idle = self._timer(IDLE_SAVE_MS)
        self._ceiling = self._timer(MAX_UNSAVED_MS)  # not restarted by typing
        self._retry = self._timer(RETRY_MS)
        self._recount = QTimer(self, singleShot=True, interval=WORD_COUNT_DELAY_MS)
        self._recount.timeout.connect(self._update_words)

        self.prompt_banner = QFrame(objectName="PromptBanner")
        banner = QVBoxLayout(self.prompt_banner)
        banner.setContentsMargins(16, 12, 16, 12)
        self.prompt_caption = QLabel(self.tr("Writing about"))
        self.prompt_caption.setProperty("role", "eyebrow")
        self.prompt_text = QLabel(wordWrap=True)
        self.prompt_text.setFont(style.writing_font(text_size + 1))
        self.prompt_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.addWidget(self.prompt_caption)
        banner.addWidget(self.prompt_text)

        self.title_edit = QLineEdit(objectName="TitleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Entry title"))
        self.body_edit = QPlainTextEdit(objectName="Writing")
        self.body_edit.setPlaceholderText(self.tr("Write whatever comes. It saves as you go."))
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        self.body_edit.setFont(style.writing_font(text_size))
        self.body_edit.setTabChangesFocus(False)

        self.word_label = QLabel()
        self.word_label.setProperty("role", "muted")
        self.state_label = QLabel()
        self.state_label.setProperty("role", "muted")
        self.state_label.setAccessibleName(self.tr("Save status"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setProperty("role", "quiet")
        self.delete_button.setToolTip(self.tr("Delete this entry"))
        self.delete_button.clicked.connect(self._ask_delete)

        self.delete_button.setVisible(can_delete)
        self.placeholder = self.body_edit.placeholderText()

        footer = QHBoxLayout()
        footer.addWidget(self.word_label)
        footer.addSpacing(16)
        footer.addWidget(self.state_label)
        footer.addStretch(1)
        footer.addWidget(self.delete_button)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.prompt_banner)
        column.addWidget(self.title_edit)
        column.addWidget(self.body_edit, 1)
        column.addLayout(footer)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(style.READING_WIDTH)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(page, 1)

        self.title_edit.textEdited.connect(self._changed)
        self.body_edit.textChanged.connect(self._body_changed)
        self._show_entry_state()

    def set_text_size(self, points: int) -> None:
        self.body_edit.setFont(style.writing_font(points))
        self.prompt_text.setFont(style.writing_font(points + 1))

    def _timer(self, msecs: int) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=msecs)
        timer.timeout.connect(self.save_now)
        return timer

    # -- what is open ------------------------------------------------------------
    @property
    def entry(self) -> Entry | None:
        return self._entry

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def start_new(self, prompt: Prompt | None = None) -> None:
        """A blank page (optionally answering a prompt); nothing is stored until typed."""
        self.save_now()
        self._load(None, prompt, "", "")
        self.body_edit.setFocus()

    def open_entry(self, entry: Entry, prompt: Prompt | None = None, *, reload: bool = False) -> None:
        """Show a saved entry; `reload` reads it afresh even when it is already open
        (it may have been edited elsewhere, in the Journal, since)."""
        if self._entry is not None and entry.id == self._entry.id and not reload:
            return
        self.save_now()
        self._load(entry, prompt, entry.title or "", entry.body)

    def set_placeholder(self, text: str | None) -> None:
        """The invitation shown on an empty page (None: the usual one)."""
        self.body_edit.setPlaceholderText(text or self.placeholder)

    def add_follow_up(self, question: str) -> None:
        """Put a follow-up question at the end, as a heading to answer under, and save.
        Typed through the editor's cursor, so Undo takes it away again."""
        body = self.body_edit.toPlainText()
        addition = with_follow_up(body, question)[len(body):]
        cursor = self.body_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(addition)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.ensureCursorVisible()
        self.body_edit.setFocus()
        self.save_now()

    def set_focus_mode(self, on: bool) -> None:
        """Only the prompt and the text: no title, count or save line."""
        self.title_edit.setVisible(not on)
        for widget in (self.word_label, self.state_label):
            widget.setVisible(not on)
        self.delete_button.setVisible(self._can_delete and not on)

    def _load(self, entry: Entry | None, prompt: Prompt | None, title: str, body: str) -> None:
        self._entry, self._prompt = entry, prompt
        self.title_edit.setText(title)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(body)
        self.body_edit.blockSignals(False)
        self._dirty = False
        for timer in (self._idle, self._ceiling, self._retry):
            timer.stop()
        self.prompt_banner.setVisible(prompt is not None)
        self.prompt_text.setText(prompt.text if prompt else "")
        self._update_words()
        self._show_entry_state()

    # -- saving ------------------------------------------------------------------
    def _body_changed(self) -> None:
        self._recount.start()
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self._idle.start()
        if not self._ceiling.isActive():
            self._ceiling.start()
        if not self._retry.isActive():
            self.state_label.setText(self.tr("Editing…"))

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_now(self) -> bool:
        """Commit what is typed, if anything changed. True when nothing is left unsaved."""
        for timer in (self._idle, self._ceiling, self._retry):
            timer.stop()
        if not self._dirty:
            return True
        body, title = self.body_edit.toPlainText(), self.title_edit.text()
        if self._entry is None and not body.strip() and not title.strip():
            self._dirty = False  # an untouched blank page is not an entry
            return True
        self.state_label.setText(self.tr("Saving…"))
        try:
            if self._entry is None:
                prompt_id = self._prompt.id if self._prompt else None
                entry = self._journal.write_entry(body, title=title, prompt_id=prompt_id)
            else:
                entry = self._journal.update_entry(self._entry.id, body, title=title)
        except JournalError as exc:
            self._save_failed(exc)
            return False
        self._entry = entry
        self.delete_button.setEnabled(True)
        # Typing during the save leaves the page dirty; only then is it "saved".
        self._dirty = (body, title) != (self.body_edit.toPlainText(), self.title_edit.text())
        self.state_label.setText(self.tr("Saved"))
        self.saved.emit(entry)
        return not self._dirty

    def _save_failed(self, exc: JournalError) -> None:
        title, text = messages.describe(exc)
        self.state_label.setText(f"{title}. {text} " + self.tr("Trying again in a moment."))
        self._retry.start()

    # -- display -----------------------------------------------------------------
    def _update_words(self) -> None:
        words = count_words(self.body_edit.toPlainText())
        self.word_label.setText(plural(words, "%n word", "%n words"))

    def _show_entry_state(self) -> None:
        self.delete_button.setEnabled(self._entry is not None)
        self.state_label.setText(self.tr("Saved") if self._entry is not None else "")

    def _ask_delete(self) -> None:
        if self._entry is not None:
            self.save_now()
            self.delete_requested.emit(self._entry.id)

    def clear(self) -> None:
        """Show nothing (after the open entry was deleted)."""
        self._load(None, None, "", "")
