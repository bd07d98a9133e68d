"""The Journal area: every entry, newest first; search; the editor beside the list."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.content import Prompt
from ...domain.entry import Entry, EntrySummary, SearchResults
from ...domain.settings import TEXT_SIZE
from .. import messages, style
from ..plural import plural
from ..widgets.empty_state import EmptyState
from ..widgets.entry_delegate import EntryDelegate
from ..widgets.entry_editor import EntryEditor
from ..widgets.entry_list_model import EntryListModel, EntryRole

SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching


class JournalView(QWidget):
    def __init__(self, services, holder, runner, dialogs, colors: style.Colors,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = services.journal
        self._settings = services.settings
        self._holder = holder
        self._runner = runner
        self._dialogs = dialogs
        self._search_generation = 0

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search your journal"))
        self.search_box.setAccessibleName(self.tr("Search your journal"))
        self.search_box.setClearButtonEnabled(True)
        self.result_label = QLabel()
        self.result_label.setProperty("role", "muted")
        self.model = EntryListModel(self._journal, self)
        self.list_view = QListView(objectName="EntryList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(colors, self.list_view))
        self.list_view.setUniformItemSizes(False)
        self.list_view.setAccessibleName(self.tr("Entries"))
        self.list_empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setProperty("role", "muted")
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.new_button)
        left.addWidget(self.search_box)
        left.addWidget(self.result_label)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.list_empty, 1)
        left_pane = QWidget()
        left_pane.setLayout(left)
        left_pane.setMinimumWidth(220)
        left_pane.setMaximumWidth(360)

        self.editor = EntryEditor(self._journal, services.settings.get(TEXT_SIZE), recovery=services.recovery,
                                  dialogs=dialogs)
        self.welcome = EmptyState(
            self.tr("Nothing written yet"),
            self.tr("This is your private journal. Nothing leaves this computer. "
                    "Start with a few lines about today, or with today's prompt."),
            self.tr("Write your first entry"),
        )
        self.pick_hint = EmptyState(
            self.tr("Pick up where you left off"),
            self.tr("Choose an entry on the left to read or keep writing, or start a new one."),
            self.tr("New entry"),
        )
        self.right = QStackedWidget()
        for page in (self.welcome, self.pick_hint, self.editor):
            self.right.addWidget(page)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 12, 12)
        layout.addWidget(left_pane)
        layout.addWidget(self.right, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._schedule_search)
        self.new_button.clicked.connect(self.new_entry)
        self.welcome.action.connect(self.new_entry)
        self.pick_hint.action.connect(self.new_entry)
        self.list_view.selectionModel().currentChanged.connect(self._open_current)
        self.editor.saved.connect(self._entry_saved)
        self.editor.delete_requested.connect(self.delete_entry)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_entry)
        # Ctrl+F finds in the entry while its page has focus, else in the whole journal.
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._find)
        QShortcut(QKeySequence.StandardKey.Replace, self, activated=self.editor.open_replace)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box, activated=self.search_box.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)  # only in the box: Esc means other things elsewhere

        self.model.show_newest()
        self._refresh_empty_states()

    # -- writing -------------------------------------------------------------------
    def new_entry(self) -> None:
        self.start_entry(None)

    def start_entry(self, prompt: Prompt | None) -> None:
        if not self.editor.start_new(prompt):
            self._keep_unsaved_page()
            return
        self.list_view.selectionModel().clearSelection()
        self.right.setCurrentWidget(self.editor)
        self.editor.body_edit.setFocus()

    def _keep_unsaved_page(self) -> None:
        """The open page's words could not be saved: it stays in front, selected."""
        self.right.setCurrentWidget(self.editor)
        row = self.model.row_of(self.editor.entry.id) if self.editor.entry else None
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        if row is not None:
            selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self.list_view.viewport().update()
        self.editor.body_edit.setFocus()

    def save_now(self) -> bool:
        return self.editor.save_now()

    def apply_settings(self) -> None:
        self.editor.set_text_size(self._settings.get(TEXT_SIZE))

    def show_saved(self, entry: Entry) -> None:
        """An entry saved elsewhere (in a guided session): into the list, unselected."""
        was_empty = self.model.rowCount() == 0
        self.model.upsert(_summary(entry))
        self.list_view.viewport().update()
        if was_empty:
            self._refresh_empty_states()

    def refresh_open_entry(self) -> None:
        """Coming back to the Journal: the open entry may have grown in a session since."""
        open_entry = self.editor.entry
        if open_entry is None or self.editor.has_unsaved_changes:
            return
        try:
            fresh = self._journal.get_entry(open_entry.id)
        except Exception:  # noqa: BLE001 - gone (deleted elsewhere): leave the page as it is
            return
        if fresh.updated_at != open_entry.updated_at:
            self.editor.open_entry(fresh, self.editor.prompt, reload=True)

    def _entry_saved(self, entry: Entry) -> None:
        was_empty = self.model.rowCount() == 0
        row = self.model.upsert(_summary(entry))
        if row >= 0:
            selection = self.list_view.selectionModel()
            selection.blockSignals(True)  # selecting the row must not reopen the entry
            selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.list_view.viewport().update()
        if was_empty:
            self._refresh_empty_states()

    def _open_current(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        summary: EntrySummary = current.data(EntryRole)
        entry = self._journal.get_entry(summary.id)
        prompt = self._holder.current.prompts.get(entry.prompt_id) if entry.prompt_id else None
        if not self.editor.open_entry(entry, prompt):
            self._keep_unsaved_page()
            return
        self.right.setCurrentWidget(self.editor)

    def delete_entry(self, entry_id: int) -> None:
        entry = self._journal.get_entry(entry_id)
        confirmed = self._dialogs.confirm(
            self, self.tr("Delete this entry?"),
            self.tr("“%1” will be removed from your journal and from search.").replace(
                "%1", entry.heading or self.tr("Untitled entry")),
            self.tr("Delete"),
        )
        if not confirmed:
            return
        try:
            self._journal.trash_entry(entry_id)
        except Exception as exc:  # noqa: BLE001
            self._dialogs.error(self, *messages.describe(exc))
            return
        self.model.remove(entry_id)
        self.editor.clear()
        self._refresh_empty_states()
        self._show_placeholder()

    # -- finding -------------------------------------------------------------------
    def _find(self) -> None:
        focused = QApplication.focusWidget()
        if self.right.currentWidget() is self.editor and focused is not None and self.editor.isAncestorOf(focused):
            self.editor.open_find()
        else:
            self.focus_search()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _schedule_search(self, _text: str) -> None:
        self._search_timer.start()  # restarts: waits for a pause in typing

    def _run_search(self) -> None:
        query = self.search_box.text()
        self._search_generation += 1
        generation = self._search_generation
        if not query.strip():
            self.model.show_newest()
            self._refresh_empty_states()
            return
        # Off the UI thread; a newer query makes this one's result stale.
        self._runner.submit(
            self._journal.search, query,
            on_done=lambda results: self._show_results(generation, results),
            on_error=lambda exc: self._search_failed(generation, exc),
        )

    def _show_results(self, generation: int, results: SearchResults) -> None:
        if generation != self._search_generation:
            return
        self.model.show_results(results)
        self._refresh_empty_states()

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation:
            self.result_label.setText(self.tr("Search didn't work this time. Try again."))

    def _refresh_empty_states(self) -> None:
        rows = self.model.rowCount()
        searching = self.model.searching
        if searching:
            found = self.model.found
            text = plural(found, "%n entry found", "%n entries found")
            if found > rows:
                text += " " + plural(rows, "(the newest %n shown)", "(the newest %n shown)")
            self.result_label.setText(text if found else self.tr("No entries contain these words."))
        self.result_label.setVisible(searching)
        self.list_view.setVisible(rows > 0)
        self.list_empty.setVisible(rows == 0 and not searching)
        self.list_empty.setText(self.tr("Your entries will appear here, newest first."))
        if self.right.currentWidget() is not self.editor:
            self._show_placeholder()

    def _show_placeholder(self) -> None:
        """The right side when no entry is open: an invitation to begin, or to pick one."""
        journal_empty = self.model.rowCount() == 0 and not self.model.searching
        self.right.setCurrentWidget(self.welcome if journal_empty else self.pick_hint)


def _summary(entry: Entry) -> EntrySummary:
    return EntrySummary(id=entry.id, local_date=entry.local_date, written_at=entry.written_at,
                        heading=entry.heading, word_count=entry.word_count, prompt_id=entry.prompt_id,
                        mood_before=entry.mood_before)
