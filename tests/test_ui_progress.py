"""The Progress area in the real window (issue 12): it fills in off the UI thread,
the period changes the figures, and every figure leads somewhere: a day to the
Journal, a theme to its prompts, a tag to its entries, a commitment marked here."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journal_app.domain.moment import WrittenMoment
from journal_app.domain.progress import Period
from journal_app.services.app_services import open_services
from journal_app.storage.entries import EntryStore, NewEntry
from journal_app.ui.main_window import JOURNAL, PROGRESS, TODAY

PROMPT = "first-week-people-around-you"


def _journal(data_dir, clock) -> date:  # noqa: ANN001
    """Entries today, ten days ago and sixty days ago (real dates: the window uses today)."""
    today = date.today()
    services = open_services(data_dir, clock)
    rows = []
    for days_ago, tags in ((0, ("work",)), (10, ("family",)), (60, ("family",))):
        day = today - timedelta(days=days_ago)
        moment = WrittenMoment.from_local(datetime(day.year, day.month, day.day, 12).astimezone(), "UTC")
        rows.append(NewEntry(moment, f"written {days_ago} days ago", 4, prompt_id=PROMPT, mood_before=2,
                             mood_after=4, tags=tags))
    EntryStore(services.db).import_many(rows)
    services.commitments.make("ask my aunt about the strike")
    services.close()
    return today


def _progress(window):  # noqa: ANN001, ANN202
    window.show_area(PROGRESS)
    return window.area(PROGRESS)


def test_the_period_changes_the_figures_and_each_reads_as_text(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal(data_dir, clock)
    window = open_window(data_dir)
    progress = _progress(window)
    assert progress.report is not None and progress.period is Period.LAST_12_MONTHS
    assert progress.entries.value.text() == "3"
    progress.period_buttons[Period.LAST_30_DAYS].click()
    assert progress.entries.value.text() == "2" and progress.entries.accessibleName() == "entries written: 2"
    assert "in the last 30 days" in progress.entries.note.text()
    assert progress.chart.accessibleDescription()  # the chart's bars, as text
    assert "days with entries" in progress.heat_card.accessibleDescription()
    assert "higher after writing" in progress.mood_card.accessibleDescription()
    assert progress.themes.buttons and "A gentle first week" in progress.themes.buttons["first-week"].text()


def test_a_day_in_the_heat_map_opens_it_in_the_journal(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    today = _journal(data_dir, clock)
    window = open_window(data_dir)
    progress = _progress(window)
    day = today - timedelta(days=10)
    progress.resize(1200, 1600)
    progress.heat_map.show()
    QTest.mouseClick(progress.heat_map, Qt.MouseButton.LeftButton, pos=progress.heat_map.cell_rect(day).center())
    assert window.stack.currentWidget() is window.area(JOURNAL)
    journal = window.area(JOURNAL)
    assert journal.model.summary(journal.list_view.currentIndex().row()).local_date == day
    assert journal.editor.entry is not None and journal.editor.entry.local_date == day  # and it is open


def test_a_theme_opens_its_prompts_and_a_tag_its_entries(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal(data_dir, clock)
    window = open_window(data_dir)
    progress = _progress(window)
    progress.untouched.buttons["repair"].click()
    today = window.area(TODAY)
    assert window.stack.currentWidget() is today and today.browser.current_shelf() == "repair"
    progress = _progress(window)
    progress.tags.buttons["family"].click()
    journal = window.area(JOURNAL)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2, timeout=3000)
    assert {journal.model.summary(row).tags for row in range(2)} == {("family",)}


def test_commitments_are_marked_in_progress_with_their_dates(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    _journal(data_dir, clock)
    window = open_window(data_dir)
    progress = _progress(window)
    assert progress.commitments_card.accessibleDescription().startswith("Made 1 · kept 0 · open 1")
    row = progress.commitment_list.rows.itemAt(0).widget()
    row.kept_button.click()
    assert progress.commitments_card.accessibleDescription().startswith("Made 1 · kept 1 · open 0")
    row = progress.commitment_list.rows.itemAt(0).widget()
    assert row.reopen_button.isVisibleTo(row) and "kept" in row.findChildren(type(progress.subtitle))[1].text()


def test_an_empty_journal_says_what_will_grow_here(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    progress = _progress(window)
    assert progress.entries.value.text() == "0"
    assert "grow here" in progress.subtitle.text()
    assert progress.chart.accessibleDescription() and progress.heat_map.is_empty()
    assert not progress.mood.isVisibleTo(progress)
