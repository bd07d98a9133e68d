"""The real main window, driven as a person would: write, wait, close, reopen, find."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from conftest import session_writing, type_text
from journal_app.ui.main_window import JOURNAL, LIBRARY, PROGRESS, TODAY
from journal_app.ui.views.journal_view import JournalView
from journal_app.ui.widgets import entry_editor

WRITTEN = "Walking home I thought about courage, and about 家人 and தமிழ் 🌱"


def journal_of(window) -> JournalView:  # noqa: ANN001
    window.show_area(JOURNAL)
    return window.area(JOURNAL)


def test_write_autosave_close_reopen_and_find(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = journal_of(window)
    qtbot.mouseClick(journal.new_button, Qt.MouseButton.LeftButton)
    type_text(journal.editor.body_edit, WRITTEN)
    # Saved about a second after typing pauses, and it says so.
    qtbot.waitUntil(lambda: journal.editor.state_label.text() == "Saved", timeout=4000)
    assert journal.model.rowCount() == 1
    qtbot.waitUntil(lambda: journal.editor.word_label.text() == "13 words", timeout=2000)  # 家人 is two
    window.close()

    reopened = open_window(data_dir)
    journal = journal_of(reopened)
    qtbot.keyClicks(journal.search_box, "courage")
    qtbot.waitUntil(lambda: journal.model.searching and journal.model.rowCount() == 1, timeout=3000)
    assert journal.result_label.text() == "1 entry found"
    hit = journal.model.summary(0)
    assert "courage" in hit.snippet
    journal.list_view.setCurrentIndex(journal.model.index(0))
    assert journal.editor.body_edit.toPlainText() == WRITTEN


def test_closing_the_window_saves_what_was_just_typed(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = journal_of(window)
    journal.start_entry(None)
    qtbot.keyClicks(journal.editor.body_edit, "typed just before closing")
    assert journal.editor.has_unsaved_changes
    window.close()  # no wait: closing must commit it
    reopened = open_window(data_dir)
    assert reopened.services.journal.search("closing").total == 1


def test_switching_areas_saves_the_entry(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = journal_of(window)
    journal.start_entry(None)
    qtbot.keyClicks(journal.editor.body_edit, "saved on the way out")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.area(LIBRARY)
    assert not journal.editor.has_unsaved_changes
    assert window.services.journal.count_entries() == 1


def test_long_typing_is_saved_at_least_every_few_seconds(qtbot, open_window, data_dir, monkeypatch) -> None:  # noqa: ANN001
    """Typing that never pauses still gets committed (here with shortened timers)."""
    monkeypatch.setattr(entry_editor, "IDLE_SAVE_MS", 60_000)
    monkeypatch.setattr(entry_editor, "MAX_UNSAVED_MS", 300)
    window = open_window(data_dir)
    journal = journal_of(window)
    journal.start_entry(None)
    for word in "one two three four five six".split():
        qtbot.keyClicks(journal.editor.body_edit, word + " ")
        qtbot.wait(80)
    qtbot.waitUntil(lambda: window.services.journal.count_entries() == 1, timeout=2000)
    saved = window.services.journal.newest_entries().entries[0]
    assert saved.heading.startswith("one two")


def test_write_about_todays_prompt_attaches_it(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today = window.area(TODAY)
    assert today.prompt is not None
    assert today.card.text.text() == today.prompt.text
    assert "From " in today.card.source.text()
    qtbot.mouseClick(today.card.write_button, Qt.MouseButton.LeftButton)
    editor = session_writing(window)
    assert editor.prompt_text.text() == today.prompt.text
    assert editor.prompt_banner.isVisible()
    qtbot.keyClicks(editor.body_edit, "An answer to the prompt")
    assert editor.save_now()
    entry = window.services.journal.get_entry(editor.entry.id)
    assert entry.prompt_id == today.prompt.id


def test_todays_prompt_is_the_same_all_day_and_changes_the_next(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    monday = open_window(data_dir, today=lambda: date(2026, 11, 23)).area(TODAY).prompt
    again = open_window(data_dir, today=lambda: date(2026, 11, 23)).area(TODAY).prompt
    tuesday = open_window(data_dir, today=lambda: date(2026, 11, 24)).area(TODAY).prompt
    assert monday == again
    assert tuesday != monday
    assert monday.intensity != "heavy"  # heavy prompts are never offered unasked


def test_write_freely_opens_a_blank_page(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    qtbot.mouseClick(window.area(TODAY).free_button, Qt.MouseButton.LeftButton)
    journal = window.area(JOURNAL)
    assert window.stack.currentWidget() is journal
    assert not journal.editor.prompt_banner.isVisible()
    assert journal.editor.body_edit.toPlainText() == ""


def test_delete_asks_first_and_cancel_keeps_the_entry(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = journal_of(window)
    journal.start_entry(None)
    qtbot.keyClicks(journal.editor.body_edit, "Something I may delete")
    journal.save_now()

    dialogs.confirm_answer = False
    journal.editor.delete_action.trigger()
    assert dialogs.asked and "Something I may delete" in dialogs.asked[-1][1]
    assert window.services.journal.count_entries() == 1

    dialogs.confirm_answer = True
    journal.editor.delete_action.trigger()
    assert window.services.journal.count_entries() == 0
    assert journal.model.rowCount() == 0
    assert window.services.journal.search("delete").total == 0
    assert journal.right.currentWidget() is journal.welcome


def test_empty_journal_invites_the_first_entry(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = journal_of(window)
    assert journal.right.currentWidget() is journal.welcome
    assert journal.welcome.button.text() == "Write your first entry"
    qtbot.mouseClick(journal.welcome.button, Qt.MouseButton.LeftButton)
    assert journal.right.currentWidget() is journal.editor
    assert journal.editor.body_edit.hasFocus() or not window.isActiveWindow()


def test_a_search_with_no_hits_says_so(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    window.services.journal.write_entry("An entry about the sea")
    journal = journal_of(window)
    journal.model.show_newest()
    qtbot.keyClicks(journal.search_box, 'NEAR( "')
    qtbot.waitUntil(lambda: journal.result_label.isVisible(), timeout=2000)
    assert journal.result_label.text() == "No entries contain these words."
    journal.search_box.clear()
    qtbot.waitUntil(lambda: not journal.model.searching, timeout=2000)
    assert journal.model.rowCount() == 1


def test_many_hits_show_the_true_count_and_the_match_stays_in_view(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    from journal_app.domain.entry import MATCH_START
    from journal_app.ui.widgets.entry_delegate import lead_to_first_match

    window = open_window(data_dir)
    padding = "a long opening sentence that has nothing to do with it, " * 3
    for n in range(205):
        window.services.journal.write_entry(f"{padding} then the word river, number {n}")
    journal = journal_of(window)
    journal.search_box.setText("river")
    qtbot.waitUntil(lambda: journal.model.searching, timeout=2000)
    assert journal.result_label.text() == "205 entries found · best matches first"  # every one listed
    assert journal.model.rowCount() == 205 and journal.model.summary(204) is not None
    shown = lead_to_first_match(journal.model.summary(0).snippet)
    assert shown.startswith("…") and shown.index(MATCH_START) <= 30


def test_the_list_fetches_more_entries_as_it_scrolls(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    from journal_app.domain.words import count_words
    from journal_app.storage.entries import EntryStore, NewEntry

    moment = window.services.journal._clock()  # noqa: SLF001
    EntryStore(window.services.db).import_many(
        NewEntry(moment=moment, body=f"entry number {n}", word_count=count_words("x")) for n in range(250)
    )
    journal = journal_of(window)
    journal.model.show_newest()
    assert journal.model.rowCount() == 250  # the whole list, for a true scrollbar...
    assert list(journal.model._pages) == [0]  # noqa: SLF001 - ...but one page of rows fetched
    journal.list_view.scrollToBottom()
    qtbot.wait(50)
    assert journal.model.summary(249).heading == "entry number 0"  # the oldest, fetched on its own
    assert 1 not in journal.model._pages  # noqa: SLF001 - the page between was never needed


def test_ctrl_number_switches_areas_and_progress_shows_figures(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    window.services.journal.write_entry("three small words")
    for key, area in ((Qt.Key.Key_1, TODAY), (Qt.Key.Key_2, JOURNAL), (Qt.Key.Key_3, LIBRARY), (Qt.Key.Key_4, PROGRESS)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.area(area)
        assert window.sidebar.list.currentRow() == area
    progress = window.area(PROGRESS)
    assert progress.entries.value.text() == "1"
    assert progress.words.value.text() == "3"
    assert progress.streak.value.text() == "1"
    assert progress.streak.accessibleName() == "days in a row: 1"


def test_areas_are_built_only_when_first_shown(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    assert set(window._areas) == {TODAY}  # noqa: SLF001
    window.show_area(PROGRESS)
    assert set(window._areas) == {TODAY, PROGRESS}  # noqa: SLF001


def test_window_remembers_its_size(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    # Smaller than a new window (1120 x 740) and within the offscreen screen; the
    # window's minimum width depends on the fonts installed, so read back what it took.
    window.resize(760, 560)
    chosen = (window.width(), window.height())
    assert chosen[1] == 560
    window.close()
    reopened = open_window(data_dir)
    assert (reopened.width(), reopened.height()) == chosen
    assert (data_dir / "window.ini").stat().st_mode & 0o777 == 0o600


def test_a_journal_from_a_newer_app_is_explained(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    import sqlcipher3.dbapi2 as driver

    from journal_app.storage.database import open_database

    open_database(data_dir).close()
    conn = driver.connect(str(data_dir / "journal.sqlite3"))
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    window = open_window(data_dir)
    assert window.services is None
    assert dialogs.errors and "newer version" in dialogs.errors[0][1]
    assert "has not been changed" in window.opening.text.text()
