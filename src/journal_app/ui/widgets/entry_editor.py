"""Writing an entry: plain text exactly as typed, saved without being asked.

Autosave commits the entry about a second after typing pauses, at least every five
seconds while typing goes on, and whenever the person moves away (`save_now`).
"Saved" is shown only after the commit. Between saves, the unsaved words are kept
aside about every second (a recovery draft in the journal), so a crash loses
nothing. A failed save keeps the text here, says so plainly, and tries again; the
page cannot be swapped for another until its words are safe.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from ...domain.content import Prompt
from ...domain.entry import Entry
from ...domain.errors import JournalError
from ...domain.line_endings import restore_line_endings
from ...domain.recovery import entry_key
from ...domain.session import with_follow_up
from ...domain.words import count_words
from .. import messages, style
from ..moment_text import on_writers_clock
from ..plural import plural
from .entry_editor_layout import build_editor

IDLE_SAVE_MS = 1000
MAX_UNSAVED_MS = 5000
RETRY_MS = 3000
KEEP_ASIDE_MS = 1000  # a recovery draft about every second while typing goes on
WORD_COUNT_DELAY_MS = 250  # recounting a long entry on every keystroke would lag typing
LONG_TEXT = 400_000  # characters: past this, count less often and colour no Markdown
LONG_TEXT_SLOWER = 4  # ...and save (at least every 20 s) and keep aside (every 4 s) less often


@dataclass(frozen=True)
class HeldWords:
    entry_id: int | None  # None: a page not saved even once
    prompt: Prompt | None
    title: str
    body: str


class EntryEditor(QWidget):
    saved = Signal(object)  # the committed Entry
    delete_requested = Signal(int)  # entry id
    text_size_changed = Signal(int)  # Ctrl+= / Ctrl+- / Ctrl+0 asked for another size

    def __init__(self, journal, text_size: int = 13, parent: QWidget | None = None, *,  # noqa: ANN001
                 can_delete: bool = True, recovery=None, dialogs=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._journal = journal
        self._recovery = recovery
        self._dialogs = dialogs
        self._can_delete = can_delete
        self._entry: Entry | None = None
        self._prompt: Prompt | None = None
        self._dirty = False
        self._loaded_body = ""  # as stored: its line endings are kept for unchanged lines
        self._key = ""  # the recovery draft's key for this page
        self._pending_tags: tuple[str, ...] = ()  # tags on a page not yet saved
        self.text_size = text_size

        self._idle = self._timer(IDLE_SAVE_MS, self.save_now)
        self._ceiling = self._timer(MAX_UNSAVED_MS, self.save_now)  # not restarted by typing
        self._retry = self._timer(RETRY_MS, self.save_now)
        self._keep = self._timer(KEEP_ASIDE_MS, self._keep_aside)  # not restarted by typing
        self._recount = self._timer(WORD_COUNT_DELAY_MS, self._update_words)

        build_editor(self, can_delete)

        self.set_text_size(text_size)
        self.title_edit.textEdited.connect(self._changed)
        self.tag_editor.changed.connect(self._tags_changed)
        self.body_edit.textChanged.connect(self._body_changed)
        self.body_edit.zoom_requested.connect(self._zoom)
        self.body_edit.long_paste.connect(self._pasting)
        self.read_button.toggled.connect(self.set_reading)
        self.when_button.clicked.connect(self.change_moment)
        self._show_entry_state()

    def _timer(self, msecs: int, slot) -> QTimer:  # noqa: ANN001
        timer = QTimer(self, singleShot=True, interval=msecs)
        timer.timeout.connect(slot)
        return timer

    def set_text_size(self, points: int) -> None:
        self.text_size = points
        self.body_edit.keep_font(style.writing_font(points))
        self.reading.keep_font(style.writing_font(points))
        self.prompt_text.setFont(style.writing_font(points + 1))

    def _zoom(self, step: int) -> None:
        size = 13 if step == 0 else min(max(self.text_size + step, 9), 32)
        if size != self.text_size:
            self.set_text_size(size)
            self.text_size_changed.emit(size)

    # -- what is open ----------------------------------------------------------------------
    @property
    def entry(self) -> Entry | None:
        return self._entry

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def text(self) -> str:
        """The entry's text as it will be saved: what was typed, every character, with
        the stored line endings kept on lines that were not changed."""
        return restore_line_endings(self._loaded_body, self.body_edit.text())

    def start_new(self, prompt: Prompt | None = None) -> bool:
        """A blank page (optionally answering a prompt); nothing is stored until typed.
        False (and nothing changes) while the words on the page cannot be saved."""
        if not self.save_now():
            return False
        self._load(None, prompt, "", "")
        self.body_edit.setFocus()
        return True

    def open_entry(self, entry: Entry, prompt: Prompt | None = None, *, reload: bool = False) -> bool:
        """Show a saved entry; `reload` reads it afresh even when it is already open
        (it may have been edited elsewhere since). False while the words on the page
        cannot be saved: they stay, and nothing else is opened over them."""
        if self._entry is not None and entry.id == self._entry.id and not reload:
            return True
        if not self.save_now():
            return False
        self._load(entry, prompt, entry.title or "", entry.body)
        return True

    def set_placeholder(self, text: str | None) -> None:
        """The invitation shown on an empty page (None: the usual one)."""
        self.body_edit.setPlaceholderText(text or self.placeholder)

    def add_follow_up(self, question: str) -> None:
        """Put a follow-up question at the end, as a heading to answer under, and save.
        Typed through the editor's cursor, so Undo takes it away again."""
        self.set_reading(False)
        body = self.body_edit.text()
        cursor = self.body_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(with_follow_up(body, question)[len(body):])
        self.body_edit.setTextCursor(cursor)
        self.body_edit.ensureCursorVisible()
        self.body_edit.setFocus()
        self.save_now()

    def set_focus_mode(self, on: bool) -> None:
        """Only the prompt and the text: no title, date, count or save line."""
        for widget in (self.title_edit, self.tag_editor, self.footer):
            widget.setVisible(not on)
        self.when.setVisible(not on and self._entry is not None)
        if on:
            self.find_bar.hide()
            self.set_reading(False)

    def set_reading(self, on: bool) -> None:
        """The entry formatted for reading, or the plain text to edit."""
        if on:
            self.reading.show_markdown(self.text())
        self.pages.setCurrentWidget(self.reading if on else self.body_edit)
        self.read_button.blockSignals(True)
        self.read_button.setChecked(on)
        self.read_button.setText(self.tr("Edit") if on else self.tr("Read"))
        self.read_button.blockSignals(False)
        (self.reading if on else self.body_edit).setFocus()

    def open_find(self) -> None:
        self.set_reading(False)
        self.find_bar.open_bar()

    def open_replace(self) -> None:
        self.set_reading(False)
        self.find_bar.open_bar(replacing=True)

    def _load(self, entry: Entry | None, prompt: Prompt | None, title: str, body: str) -> None:
        self._entry, self._prompt = entry, prompt
        self._loaded_body = body
        self._key = entry_key(entry.id) if entry else f"new:{uuid.uuid4().hex}"
        self.title_edit.setText(title)
        self._pending_tags = ()
        self._show_tags()
        self._use_highlighter(len(body) <= LONG_TEXT)
        self.body_edit.blockSignals(True)
        self.body_edit.setPlainText(body)
        self.body_edit.blockSignals(False)
        self._dirty = False
        for timer in (self._idle, self._ceiling, self._retry, self._keep):
            timer.stop()
        self.prompt_banner.setVisible(prompt is not None)
        self.prompt_text.setText(prompt.text if prompt else "")
        self.find_bar.hide()
        self.set_reading(False)
        self._update_words()
        self._show_entry_state()

    def _pasting(self, length: int) -> None:
        if length > LONG_TEXT:
            self._use_highlighter(False)

    def _use_highlighter(self, on: bool) -> None:
        wanted = self.body_edit.document() if on else None
        if self.highlighter.document() is not wanted:
            # Re-colouring is a change the editor would hear as typing: not while switching.
            blocked = self.body_edit.blockSignals(True)
            self.highlighter.setDocument(wanted)
            self.body_edit.blockSignals(blocked)

    # -- saving --------------------------------------------------------------------------
    def _body_changed(self) -> None:
        long_text = self.body_edit.document().characterCount() > LONG_TEXT
        # A save of a text this long takes a noticeable moment (about 1.5 s at 5 MB:
        # bench/REPORT.md), so it is made, and kept aside, less often while typing goes on.
        slower = LONG_TEXT_SLOWER if long_text else 1
        self._recount.setInterval(WORD_COUNT_DELAY_MS * (8 if long_text else 1))
        self._idle.setInterval(IDLE_SAVE_MS * slower)
        self._ceiling.setInterval(MAX_UNSAVED_MS * slower)
        self._keep.setInterval(KEEP_ASIDE_MS * slower)
        self._recount.start()
        if long_text:
            self._use_highlighter(False)
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self._idle.start()
        if not self._ceiling.isActive():
            self._ceiling.start()
        if not self._keep.isActive():
            self._keep.start()
        if not self._retry.isActive():
            self.state_label.setText(self.tr("Editing…"))

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def unsaved_words(self) -> HeldWords | None:
        """What is typed but not saved (the journal is about to lock with the disk
        full, say): held in memory, to be put back once it is open again."""
        if not self._dirty:
            return None
        return HeldWords(self._entry.id if self._entry else None, self._prompt, self.title_edit.text(), self.text())

    def put_back(self, held: HeldWords) -> None:
        """Words held while the journal was locked: on the page again, saving as typed."""
        self.set_reading(False)
        self.title_edit.setText(held.title)
        self.body_edit.setPlainText(held.body)
        self._changed()

    def save_now(self) -> bool:
        """Commit what is typed, if anything changed. True when nothing is left unsaved."""
        for timer in (self._idle, self._ceiling, self._retry):
            timer.stop()
        if not self._dirty:
            return True
        body, title = self.text(), self.title_edit.text()
        if self._entry is None and not body.strip() and not title.strip():
            self._dirty = False  # an untouched blank page is not an entry
            self._clear_aside()
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
        new_page = self._entry is None
        self._entry = entry
        if new_page and self._pending_tags:
            self._save_tags(self._pending_tags)
        self._loaded_body = body
        # Typing during the save leaves the page dirty; only then is it "saved".
        self._dirty = (body, title) != (self.text(), self.title_edit.text())
        if not self._dirty:
            self._clear_aside()
        if new_page:
            self._key = entry_key(entry.id)
        self.state_label.setText(self.tr("Saved"))
        self._show_when()
        self.saved.emit(entry)
        return not self._dirty

    def _save_failed(self, exc: JournalError) -> None:
        title, text = messages.describe(exc)
        self.state_label.setText(f"{title}. {text} " + self.tr("Trying again in a moment."))
        self._retry.start()

    def _keep_aside(self) -> None:
        """The recovery draft: what is on the page now, in case the app stops before
        the next save. Failing quietly is fine: the save itself says what is wrong."""
        if not self._dirty or self._recovery is None:
            return
        try:
            self._recovery.keep(self._key, self.text(), title=self.title_edit.text() or None,
                                entry_id=self._entry.id if self._entry else None,
                                prompt_id=self._prompt.id if self._prompt else None)
        except JournalError:
            pass

    def _clear_aside(self) -> None:
        self._keep.stop()
        if self._recovery is not None and self._key:
            try:
                self._recovery.clear(self._key)
            except JournalError:
                pass

    # -- tags ----------------------------------------------------------------------------
    def _show_tags(self) -> None:
        try:
            self.tag_editor.offer([name for name, _ in self._journal.tags_with_counts()])
            self.tag_editor.set_tags(self._journal.tags_of(self._entry.id) if self._entry else ())
        except Exception:  # noqa: BLE001 - no tags shown is better than no page
            self.tag_editor.set_tags(())

    def _tags_changed(self, tags: tuple[str, ...]) -> None:
        if self._entry is None:
            self._pending_tags = tags  # go on with the first save
            return
        self._save_tags(tags)

    def _save_tags(self, tags: tuple[str, ...]) -> None:
        try:
            stored = self._journal.set_tags(self._entry.id, tags)
        except JournalError as exc:
            self._save_failed(exc)
            return
        self._pending_tags = ()
        self.tag_editor.set_tags(stored)
        self.saved.emit(self._journal.get_entry(self._entry.id))

    # -- the entry's date, printing, deleting --------------------------------------------
    def change_moment(self) -> None:
        """Give the entry another date and time (it was about an earlier day)."""
        if self._entry is None or self._dialogs is None or not self.save_now():
            return
        local = on_writers_clock(self._entry.written_at, self._entry.utc_offset_minutes).replace(tzinfo=None)
        chosen = self._dialogs.entry_moment(self, local)
        if chosen is None or chosen == local:
            return
        try:
            moved = self._journal.move_entry(self._entry.id, chosen)
        except JournalError as exc:
            self._dialogs.error(self, *messages.describe(exc))
            return
        self._entry = moved
        self._show_when()
        self.saved.emit(moved)

    def print_entry(self) -> None:
        if self._dialogs is None:
            return
        from ..entry_printing import print_document

        when = self.when_label.text() if self._entry is not None else ""
        title = self.title_edit.text().strip()
        self._dialogs.print_entry(self, print_document(title, when, self._prompt.text if self._prompt else "",
                                                       self.text(), self.text_size))

    def _ask_delete(self) -> None:
        if self._entry is not None and self.save_now():
            self.delete_requested.emit(self._entry.id)

    # -- display ---------------------------------------------------------------------------
    def _update_words(self) -> None:
        words = count_words(self.body_edit.text())
        self.word_label.setText(plural(words, "%n word", "%n words"))

    def _show_entry_state(self) -> None:
        self.state_label.setText(self.tr("Saved") if self._entry is not None else "")
        self._show_when()

    def _show_when(self) -> None:
        entry = self._entry
        self.when.setVisible(entry is not None and self.footer.isVisibleTo(self))
        self.when_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None)
        if entry is not None:
            local = on_writers_clock(entry.written_at, entry.utc_offset_minutes)
            day = QLocale().toString(entry.local_date, QLocale.FormatType.LongFormat)
            self.when_label.setText(self.tr("%1, %2").replace("%1", day)
                                    .replace("%2", QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)))

    def clear(self) -> None:
        """Show nothing (after the open entry was deleted)."""
        self._load(None, None, "", "")

