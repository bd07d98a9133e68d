"""The Journal area: every entry, newest first, grouped by month and day; search and
filters; a calendar to go to a date; tags; the Trash; the editor beside the list."""
from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ...domain.content import Prompt
from ...domain.entry import Entry, EntryFilter, EntrySummary, SearchResults
from ...domain.settings import TEXT_SIZE
from .. import messages, style
from ..plural import plural
from ..tasks import while_alive
from ..widgets.date_jump import DateJump
from ..widgets.entry_list_model import PAGE_SIZE, EntryRole
from .journal_view_layout import build_journal_view

SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching


class JournalView(QWidget):
    def __init__(self, services, holder, runner, dialogs, colors: style.Colors,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._journal = services.journal
        self._settings = services.settings
        self._holder = holder
        self._runner = runner
        self._dialogs = dialogs
        self._search_generation = 0
        self.trash_mode = False

        build_journal_view(self, services, dialogs, colors)

        self.date_jump = DateJump(self._journal, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(self._schedule_search)
        self.filters.changed.connect(self._schedule_search)
        self.filter_button.toggled.connect(self._show_filters)
        self.date_button.clicked.connect(self.open_date_jump)
        self.date_jump.chosen.connect(self.go_to_date)
        self.tags_button.clicked.connect(self.open_tags)
        self.trash_button.toggled.connect(self.set_trash_mode)
        self.empty_trash_button.clicked.connect(self.empty_trash)
        self.trash_panel.restore_requested.connect(self.restore_entry)
        self.trash_panel.forever_requested.connect(self.delete_forever)
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
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.open_date_jump)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box, activated=self.search_box.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)  # only in the box: Esc means other things elsewhere

        self.model.show_newest()
        self._show_trash_count()
        self._refresh_empty_states()

    # -- writing -------------------------------------------------------------------------
    def new_entry(self) -> None:
        if self.trash_mode:
            self.trash_button.setChecked(False)
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
        self._select(self.model.row_of(self.editor.entry.id) if self.editor.entry else None)
        self.editor.body_edit.setFocus()

    def _select(self, row: int | None) -> None:
        """Select a row (or none) without opening it again."""
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        if row is not None and row >= 0:
            selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self.list_view.viewport().update()

    def save_now(self) -> bool:
        return self.editor.save_now()

    def unsaved_words(self):  # noqa: ANN201
        return self.editor.unsaved_words()

    def open_entry_by_id(self, entry_id: int) -> bool:
        """Open an entry (back where the person was, after unlocking); False if gone."""
        try:
            entry = self._journal.get_entry(entry_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile (from the terminal): nothing to open
            return False
        prompt = self._holder.current.prompts.get(entry.prompt_id) if entry.prompt_id else None
        if not self.editor.open_entry(entry, prompt):
            return False
        self.right.setCurrentWidget(self.editor)
        self._select(self.model.row_of(entry_id))
        return True

    def put_back(self, held) -> None:  # noqa: ANN001
        """Words that could not be saved before the journal locked, on their page again."""
        if held.entry_id is None or not self.open_entry_by_id(held.entry_id):
            self.start_entry(held.prompt)
        self.editor.put_back(held)

    def apply_settings(self) -> None:
        self.editor.set_text_size(self._settings.get(TEXT_SIZE))

    def show_saved(self, entry: Entry) -> None:
        """An entry saved elsewhere (in a guided session): into the list, unselected."""
        was_empty = self.model.rowCount() == 0
        self.model.upsert(_summary(entry, self._journal.tags_of(entry.id)))
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
        row = self.model.upsert(_summary(entry, self.editor.tag_editor.tags()))
        if row >= 0:
            self._select(row)
        if was_empty:
            self._refresh_empty_states()

    def _open_current(self, current, _previous) -> None:  # noqa: ANN001
        if not current.isValid():
            return
        summary: EntrySummary = current.data(EntryRole)
        if summary is None:
            return
        entry = self._journal.get_entry(summary.id)
        if self.trash_mode:
            self.trash_panel.show_entry(entry)
            self.right.setCurrentWidget(self.trash_panel)
            return
        prompt = self._holder.current.prompts.get(entry.prompt_id) if entry.prompt_id else None
        if not self.editor.open_entry(entry, prompt):
            self._keep_unsaved_page()
            return
        self.right.setCurrentWidget(self.editor)

    # -- deleting and the Trash ---------------------------------------------------------------
    def delete_entry(self, entry_id: int) -> None:
        entry = self._journal.get_entry(entry_id)
        confirmed = self._dialogs.confirm(
            self, self.tr("Delete this entry?"),
            self.tr("“%1” will go to the Trash, out of your journal and search. You can restore it from "
                    "there.").replace("%1", entry.heading or self.tr("Untitled entry")),
            self.tr("Move to Trash"),
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
        self._show_trash_count()
        self._refresh_empty_states()
        self._show_placeholder()

    def set_trash_mode(self, on: bool) -> None:
        if on and not self.editor.save_now():
            self.trash_button.setChecked(False)
            return
        self.trash_mode = on
        for widget in (self.new_button, self.filter_button, self.date_button, self.tags_button):
            widget.setVisible(not on)
        self._show_trash_count()
        self.filters.setVisible(on is False and self.filter_button.isChecked())
        self.empty_trash_button.setVisible(on)
        self.search_box.setPlaceholderText(self.tr("Search the Trash") if on else self.tr("Search your journal"))
        self._run_search()

    def restore_entry(self, entry_id: int) -> None:
        try:
            self._journal.restore_entry(entry_id)
        except Exception as exc:  # noqa: BLE001
            self._dialogs.error(self, *messages.describe(exc))
            return
        self.model.remove(entry_id)
        self._show_trash_count()
        self._refresh_empty_states()
        self._show_placeholder()

    def delete_forever(self, entry_id: int | None = None) -> None:
        """One entry from the Trash (or, with None, all of it), gone for good, after
        asking; the index is merged off the UI thread, which can take a moment."""
        count = 1 if entry_id is not None else self._journal.count_trashed()
        if count == 0:
            return
        title = self.tr("Delete forever?") if entry_id is not None else self.tr("Empty the Trash?")
        what = (self.tr("This entry") if entry_id is not None
                else plural(count, "The %n entry in the Trash", "All %n entries in the Trash"))
        if not self._dialogs.confirm(self, title, self.tr(
                "%1 will be removed from this journal for good, from its search index too. This cannot be "
                "undone. Backups made before now still hold it until they are replaced by newer ones.")
                .replace("%1", what), self.tr("Delete forever")):
            return
        self.trash_panel.set_busy(True)
        self.result_label.setText(self.tr("Deleting forever…"))
        self.result_label.show()
        self._runner.submit(self._journal.delete_forever, [entry_id] if entry_id is not None else None,
                            on_done=while_alive(self, self._deleted_forever),
                            on_error=while_alive(self, self._delete_failed))

    def empty_trash(self) -> None:
        self.delete_forever(None)

    def _deleted_forever(self, _count: int) -> None:
        self.trash_panel.set_busy(False)
        self._show_trash_count()
        self._run_search()
        self._show_placeholder()

    def _delete_failed(self, exc: BaseException) -> None:
        self.trash_panel.set_busy(False)
        self._dialogs.error(self, *messages.describe(exc))
        self._run_search()

    def _show_trash_count(self) -> None:
        if self.trash_mode:
            self.trash_button.setText(self.tr("← Back to the journal"))
            self.trash_button.setToolTip(self.tr("Leave the Trash"))
            return
        count = self._journal.count_trashed()
        self.trash_button.setText(self.tr("Trash (%1)").replace("%1", str(count)) if count else self.tr("Trash"))
        self.trash_button.setToolTip(self.tr("Entries you deleted, to restore or delete forever"))

    # -- finding -------------------------------------------------------------------------
    def _find(self) -> None:
        focused = QApplication.focusWidget()
        if self.right.currentWidget() is self.editor and focused is not None and self.editor.isAncestorOf(focused):
            self.editor.open_find()
        else:
            self.focus_search()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _show_filters(self, on: bool) -> None:
        if on:
            self.filters.fill(self._holder.current, self._journal.tags_with_counts(),
                              set(self._services.prompts.last_answered()))
        self.filters.setVisible(on)
        self._schedule_search()

    def current_filter(self) -> EntryFilter:
        if self.trash_mode:
            return EntryFilter(text=self.search_box.text(), trashed=True)
        parts = self.filters.parts() if self.filter_button.isChecked() else {}
        return EntryFilter(text=self.search_box.text(), **parts)

    def _schedule_search(self, *_args: object) -> None:
        self._search_timer.start()  # restarts: waits for a pause in typing

    def _run_search(self) -> None:
        flt = self.current_filter()
        self._search_generation += 1
        generation = self._search_generation
        active = self.filters.active() if self.filter_button.isChecked() else 0
        self.filter_button.setText(self.tr("Filter (%1)").replace("%1", str(active)) if active else self.tr("Filter"))
        # Off the UI thread; a newer query makes this one's result stale.
        self._runner.submit(
            partial(self._journal.find, flt, limit=PAGE_SIZE),
            on_done=while_alive(self, lambda results: self._show_results(generation, flt, results)),
            on_error=while_alive(self, lambda exc: self._search_failed(generation, exc)),
        )

    def _show_results(self, generation: int, flt: EntryFilter, results: SearchResults) -> None:
        if generation != self._search_generation:
            return
        self.model.show(flt, results)
        self._refresh_empty_states()

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation:
            self.result_label.setText(self.tr("Search didn't work this time. Try again."))

    # -- going to a date, and tags -------------------------------------------------------------
    def open_date_jump(self) -> None:
        current = self.list_view.currentIndex().data(EntryRole)
        self.date_jump.open_at(current.local_date if current else date.today())

    def go_to_date(self, day: date) -> None:
        """Scroll the list to the entries of `day`, or of the nearest earlier day."""
        row = min(self._journal.row_of_day(self.model.filter, day), max(self.model.rowCount() - 1, 0))
        if self.model.rowCount() == 0:
            return
        index = self.model.index(row)
        self.list_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        self.list_view.setCurrentIndex(index)
        self.list_view.setFocus()

    def open_tags(self) -> None:
        from .tags_dialog import TagsDialog

        dialog = TagsDialog(self._journal, self._dialogs, self)
        dialog.show_entries.connect(self.show_tag)
        dialog.changed.connect(self._tags_renamed)
        dialog.open()

    def show_tag(self, name: str) -> None:
        """List only the entries with this tag."""
        self.filter_button.setChecked(True)
        self.filters.show_tag(name)
        self._run_search()

    def _tags_renamed(self) -> None:
        self.model.refresh()
        if self.editor.entry is not None:
            self.editor.tag_editor.set_tags(self._journal.tags_of(self.editor.entry.id))

    def _prompt_text(self, prompt_id: str) -> str:
        prompt = self._holder.current.prompts.get(prompt_id)
        return prompt.text if prompt else ""

    # -- empty states and counts ---------------------------------------------------------------
    def _refresh_empty_states(self) -> None:
        rows = self.model.rowCount()
        flt = self.model.filter
        narrowed = flt.narrows
        if flt.trashed:
            self.result_label.setText(plural(rows, "%n entry in the Trash", "%n entries in the Trash")
                                      if rows else self.tr("The Trash is empty."))
        elif narrowed and rows:
            found = plural(rows, "%n entry found", "%n entries found")
            order = self.tr("best matches first") if self.model.by_relevance else self.tr("newest first")
            self.result_label.setText(f"{found} · {order}" if rows > 1 else found)
        elif narrowed:
            self.result_label.setText(self.tr("No entries contain these words.") if flt.text.strip()
                                      else self.tr("No entries match these filters."))
        self.result_label.setVisible(narrowed)
        self.list_view.setVisible(rows > 0)
        self.list_empty.setVisible(rows == 0 and not narrowed)
        self.list_empty.setText(self.tr("Your entries will appear here, newest first."))
        self.empty_trash_button.setEnabled(bool(flt.trashed and rows))
        if self.right.currentWidget() not in (self.editor, self.trash_panel) or (
                self.trash_mode != (self.right.currentWidget() is self.trash_panel)):
            self._show_placeholder()

    def _show_placeholder(self) -> None:
        """The right side when nothing is open: an invitation to begin, or to pick one."""
        if self.trash_mode:
            self.right.setCurrentWidget(self.trash_hint)
            return
        journal_empty = self.model.rowCount() == 0 and not self.model.filter.narrows
        self.right.setCurrentWidget(self.welcome if journal_empty else self.pick_hint)


def _summary(entry: Entry, tags: tuple[str, ...] = ()) -> EntrySummary:
    return EntrySummary(id=entry.id, local_date=entry.local_date, written_at=entry.written_at,
                        heading=entry.heading, word_count=entry.word_count, prompt_id=entry.prompt_id,
                        mood_before=entry.mood_before, mood_after=entry.mood_after, tags=tuple(tags),
                        utc_offset_minutes=entry.utc_offset_minutes)
