"""The Journal as a person browses years of it: rows grouped by month and day, the
calendar, filters with search, tags with completion, renaming and merging, and the
Trash (issue 9)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

from conftest import type_text
from journal_app.services.app_services import open_services
from journal_app.ui.main_window import JOURNAL


def _write(data_dir, clock, days_and_words, **kw):  # noqa: ANN001, ANN003, ANN202
    """Entries on given local days (noon, or the hour given), through the services."""
    services = open_services(data_dir, clock)
    ids = []
    for item in days_and_words:
        day, words = item[0], item[1]
        hour = item[2] if len(item) > 2 else 12
        clock.at(datetime(day.year, day.month, day.day, hour, tzinfo=timezone(timedelta(0))), "UTC")
        ids.append(services.journal.write_entry(words, **kw).id)
    services.close()
    return ids


def _journal(window):  # noqa: ANN001, ANN202
    window.show_area(JOURNAL)
    return window.area(JOURNAL)


def _rows(journal) -> list[str]:  # noqa: ANN001
    return [journal.model.summary(r).heading for r in range(journal.model.rowCount())]


def test_rows_are_grouped_by_month_and_day_and_show_their_parts(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _write(data_dir, clock, [(date(2026, 2, 27), "late February"), (date(2026, 3, 2), "March, morning", 9),
                             (date(2026, 3, 2), "March, evening", 20), (date(2026, 3, 5), "fifth")])
    window = open_window(data_dir)
    journal = _journal(window)
    delegate = journal.list_view.itemDelegate()
    margins = [delegate.margin(journal.model.index(r), journal.model.summary(r)) for r in range(4)]
    locale = QLocale()
    assert margins == [
        (locale.toString(date(2026, 3, 5), "MMM yyyy"), locale.toString(date(2026, 3, 5), "ddd d")),
        (None, locale.toString(date(2026, 3, 2), "ddd d")),  # same month: no month again
        (None, None),  # same day: the day is shown once
        (locale.toString(date(2026, 2, 27), "MMM yyyy"), locale.toString(date(2026, 2, 27), "ddd d")),
    ]
    evening = journal.model.summary(1)
    window.services.journal.set_tags(evening.id, ["family", "work"])
    journal.model.refresh()
    meta = delegate.meta(journal.model.summary(1))
    assert "20:00" in meta and "#family #work" in meta and "2 words" in meta


def test_keys_move_through_the_list_and_open_each_entry(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _write(data_dir, clock, [(date(2026, 3, d), f"day {d}") for d in (1, 2, 3)])
    window = open_window(data_dir)
    journal = _journal(window)
    journal.list_view.setFocus()
    journal.list_view.setCurrentIndex(journal.model.index(0))
    QTest.keyClick(journal.list_view, Qt.Key.Key_Down)
    assert journal.editor.text() == "day 2"
    QTest.keyClick(journal.list_view, Qt.Key.Key_End)
    assert journal.editor.text() == "day 1"
    QTest.keyClick(journal.list_view, Qt.Key.Key_Home)
    assert journal.editor.text() == "day 3"
    QTest.keyClick(journal.list_view, Qt.Key.Key_PageDown)
    assert journal.editor.text() == "day 1"


def test_the_calendar_marks_days_written_and_goes_to_a_date(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _write(data_dir, clock, [(date(2025, 11, 3), "November"), (date(2026, 1, 10), "January 10"),
                             (date(2026, 1, 20), "January 20"), (date(2026, 3, 1), "March")])
    window = open_window(data_dir)
    journal = _journal(window)
    QTest.keyClick(journal.list_view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    jump = journal.date_jump
    assert jump.isVisible()
    jump.calendar.setCurrentPage(2026, 1)
    assert {d for d in jump.marked_days() if d.month == 1} == {date(2026, 1, 10), date(2026, 1, 20)}
    assert jump.calendar.dateTextFormat(QDate(2026, 1, 10)).fontWeight() == QFont.Weight.Bold
    assert jump.calendar.dateTextFormat(QDate(2026, 1, 11)).fontWeight() != QFont.Weight.Bold
    jump.calendar.setSelectedDate(QDate(2026, 1, 15))  # no entry that day: the nearest earlier one
    jump.calendar.activated.emit(jump.calendar.selectedDate())
    assert journal.list_view.currentIndex().row() == 2
    assert journal.editor.text() == "January 10"
    assert not jump.isVisible()


def test_filters_combine_with_search_in_the_list(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    services = open_services(data_dir, clock)
    services.journal.write_entry("an apology at home", tags=("family",), prompt_id="repair-an-apology-that-helped")
    services.journal.write_entry("an apology at work", tags=("work",), prompt_id="repair-an-apology-that-helped")
    services.journal.write_entry("a quiet evening", tags=("family",))
    services.close()
    window = open_window(data_dir)
    journal = _journal(window)
    journal.filter_button.click()
    assert journal.filters.isVisible()
    journal.filters.tag.setCurrentText("family")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2, timeout=2000)
    journal.search_box.setText("apology")
    qtbot.waitUntil(lambda: _rows(journal) == ["an apology at home"], timeout=2000)
    assert journal.result_label.text() == "1 entry found"
    assert journal.filter_button.text() == "Filter (1)"
    journal.filters.tag.setCurrentText("")
    journal.filters.theme.setCurrentIndex(journal.filters.theme.findData("repair"))
    qtbot.waitUntil(lambda: sorted(_rows(journal)) == ["an apology at home", "an apology at work"], timeout=2000)
    journal.filters.clear()
    journal.search_box.clear()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 3 and not journal.result_label.isVisible(), timeout=2000)


def test_tags_are_added_with_completion_removed_and_kept(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _write(data_dir, clock, [(date(2026, 3, 1), "older")], tags=("solidarity",))
    window = open_window(data_dir)
    journal = _journal(window)
    journal.start_entry(None)
    editor = journal.editor
    tags = editor.tag_editor
    assert tags.completer.model().stringList() == ["solidarity"]  # offered while typing
    type_text(tags.field, "family")
    QTest.keyClick(tags.field, Qt.Key.Key_Return)
    type_text(editor.body_edit, "A new page with a tag")  # the tag waits for the first save
    assert journal.save_now()
    entry_id = editor.entry.id
    assert window.services.journal.tags_of(entry_id) == ("family",)
    type_text(tags.field, "work")
    QTest.keyClick(tags.field, Qt.Key.Key_Return)
    assert window.services.journal.tags_of(entry_id) == ("family", "work")
    QTest.keyClick(tags.field, Qt.Key.Key_Backspace)  # in the empty field: the last tag goes
    assert window.services.journal.tags_of(entry_id) == ("family",)
    assert "#family" in journal.list_view.itemDelegate().meta(journal.model.summary(0))


def test_tags_dialog_renames_and_merges(qtbot, open_window, data_dir, clock, dialogs) -> None:  # noqa: ANN001
    from journal_app.ui.views.tags_dialog import TagsDialog

    services = open_services(data_dir, clock)
    a = services.journal.write_entry("one", tags=("famly",)).id
    b = services.journal.write_entry("two", tags=("family",)).id
    services.close()
    window = open_window(data_dir)
    journal = _journal(window)
    dialog = TagsDialog(window.services.journal, dialogs, journal)
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == ["family  (1)", "famly  (1)"]
    dialog.list.setCurrentRow(1)  # the misspelt one
    dialogs.text_answer = "family"
    dialog.rename()
    assert dialogs.asked[-1][0] == "Merge the two tags?"
    assert [window.services.journal.tags_of(i) for i in (a, b)] == [("family",), ("family",)]
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == ["family  (2)"]
    shown = []
    dialog.show_entries.connect(shown.append)
    dialog.show_button.click()
    assert shown == ["family"]


def test_the_trash_restores_and_deletes_forever_after_asking(qtbot, open_window, data_dir, clock, dialogs) -> None:  # noqa: ANN001
    ids = _write(data_dir, clock, [(date(2026, 3, 1), "keep me"), (date(2026, 3, 2), "a private worry"),
                                   (date(2026, 3, 3), "another worry")])
    window = open_window(data_dir)
    journal = _journal(window)
    for entry_id in ids[1:]:
        journal.delete_entry(entry_id)  # asks, then moves to the Trash
    assert "Trash" in dialogs.asked[-1][1] and journal.trash_button.text() == "Trash (2)"
    assert _rows(journal) == ["keep me"]
    journal.search_box.setText("worry")
    qtbot.waitUntil(lambda: journal.result_label.text() == "No entries contain these words.", timeout=2000)
    journal.search_box.clear()
    journal.trash_button.click()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2, timeout=2000)
    assert journal.result_label.text() == "2 entries in the Trash"
    journal.list_view.setCurrentIndex(journal.model.index(1))
    assert journal.right.currentWidget() is journal.trash_panel
    assert journal.trash_panel.text.toPlainText() == "a private worry"
    journal.trash_panel.restore_button.click()
    assert window.services.journal.get_entry(ids[1]).deleted_at is None
    assert journal.trash_button.text() == "← Back to the journal"
    assert journal.result_label.text() == "1 entry in the Trash"
    dialogs.confirm_answer = False
    journal.empty_trash_button.click()
    assert "Backups made before now still hold it" in dialogs.asked[-1][1]
    assert window.services.journal.count_trashed() == 1  # said no: nothing deleted
    dialogs.confirm_answer = True
    journal.empty_trash_button.click()
    assert window.services.journal.count_trashed() == 0
    qtbot.waitUntil(lambda: journal.result_label.text() == "The Trash is empty.", timeout=2000)
    journal.trash_button.click()  # back to the journal
    assert journal.trash_button.text() == "Trash"
    qtbot.waitUntil(lambda: sorted(_rows(journal)) == ["a private worry", "keep me"], timeout=2000)


def test_a_newer_search_replaces_an_older_one(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    """Searches run on a worker thread; only the newest query's results are shown."""
    from journal_app.ui.tasks import ThreadPoolTaskRunner

    _write(data_dir, clock, [(date(2026, 3, 1), "rivers and seas"), (date(2026, 3, 2), "mountains")])
    window = open_window(data_dir)
    journal = _journal(window)
    runner = ThreadPoolTaskRunner()
    journal._runner = runner  # noqa: SLF001 - the app's own threaded runner
    for query in ("riv", "mount", "mountains"):
        journal.search_box.setText(query)
        journal._run_search()  # noqa: SLF001 - no waiting for the typing pause
    runner.wait()
    qtbot.waitUntil(lambda: _rows(journal) == ["mountains"], timeout=3000)
    qtbot.wait(50)  # any older result still on its way arrives, and is ignored
    assert journal.model.filter.text == "mountains" and _rows(journal) == ["mountains"]
