"""Search results in time order, however entries came to be where they are: written
on another day, moved, trashed and restored, or in a journal from before 0008."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as driver

from journal_app.domain.entry import EntryFilter
from journal_app.services.app_services import open_services
from journal_app.storage import search
from tests.helpers.old_journals import journal_at, old_entry


def headings(results) -> list[str]:  # noqa: ANN001
    return [e.heading for e in results.entries]


def test_newest_first_follows_the_written_time_not_the_order_of_writing(services, clock) -> None:  # noqa: ANN001
    journal = services.journal
    clock.at(datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc))
    journal.write_entry("Tuesday: tea with my aunt")
    clock.at(datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc))
    journal.write_entry("Thursday: tea after the march")
    clock.at(datetime(2026, 3, 14, 9, 0, tzinfo=timezone.utc))
    late = journal.write_entry("Saturday, written late: tea about Wednesday")
    journal.move_entry(late.id, datetime(2026, 3, 11, 21, 0))  # it belongs to Wednesday
    results = journal.find(EntryFilter(text="tea"), newest_first=True)
    assert headings(results) == ["Thursday: tea after the march", "Saturday, written late: tea about Wednesday",
                                 "Tuesday: tea with my aunt"]


# Words alone (FTS5 picks each page), a word being typed (a prefix query), and words
# with another filter (each match joined to its entry first).
@pytest.mark.parametrize("flt", [EntryFilter(text="river"), EntryFilter(text="rive"),
                                 EntryFilter(text="river", date_from=date(2026, 1, 1))],
                         ids=["words", "prefix", "words and dates"])
def test_every_page_of_a_long_search_joins_up_newest_first(services, clock, monkeypatch, flt) -> None:  # noqa: ANN001
    monkeypatch.setattr(search, "RELEVANCE_MAX", 0)  # as when thousands match: newest first, page by page
    journal = services.journal
    for day in range(1, 24):
        clock.at(datetime(2026, 1, day, 8, 0, tzinfo=timezone.utc))
        journal.write_entry(f"Day {day}: a walk by the river")
    journal.write_entry("A quiet day at home")  # matches nothing: never on a page
    journal.trash_entry(journal.find(EntryFilter(text="Day 5"), newest_first=True).entries[0].id)
    everything = [f"Day {day}: a walk by the river" for day in range(23, 0, -1) if day != 5]
    first = journal.find(flt, limit=5)
    assert first.total == 22 and not first.by_relevance
    pages = [first] + [journal.find(flt, offset=n, limit=5, total=first.total)
                       for n in range(5, 30, 5)]  # the later pages come from the oldest side
    assert [h for page in pages for h in headings(page)] == everything
    assert all(e.snippet and "river" in e.snippet for page in pages for e in page.entries)


def test_trashed_entries_are_searched_only_in_the_trash_until_restored(services) -> None:  # noqa: ANN001
    journal = services.journal
    kept = journal.write_entry("A letter to my brother about courage")
    gone = journal.write_entry("Courage, said badly, then unsaid")
    journal.trash_entry(gone.id)
    assert [e.id for e in journal.search("courage").entries] == [kept.id]
    assert journal.search("courage").total == 1
    in_trash = journal.find(EntryFilter(text="courage", trashed=True))
    assert [e.id for e in in_trash.entries] == [gone.id] and in_trash.total == 1
    journal.restore_entry(gone.id)
    assert {e.id for e in journal.search("courage").entries} == {kept.id, gone.id}
    assert journal.find(EntryFilter(text="courage", trashed=True)).total == 0
    journal.trash_entry(gone.id)
    assert journal.delete_forever() == 1
    assert journal.find(EntryFilter(text="courage", trashed=True)).total == 0
    assert journal.search("unsaid").total == 0


def test_an_edited_entry_is_found_by_its_new_words_only(services) -> None:  # noqa: ANN001
    journal = services.journal
    entry = journal.write_entry("Silence at dinner")
    journal.update_entry(entry.id, "Speaking up at dinner")
    assert journal.search("silence").total == 0
    assert [e.id for e in journal.search("speaking").entries] == [entry.id]


def make_0007_journal(data_dir: Path) -> Path:
    """A journal as the app before 0008 left it: entries found through the old index,
    ids in a different order from their times (as an entry moved back would be)."""
    return journal_at(data_dir, "0007_entry_checksums", [
        old_entry("2024-06-02T08:00:00.000000Z", "2024-06-02", "Grandmother's garden in June",
                  id=1, search_extra="", text_checksum="sum"),
        old_entry("2024-06-01T08:00:00.000000Z", "2024-06-01", "Grandmother's recipe, 我的奶奶",
                  id=2, search_extra="我 的 奶 奶", text_checksum="sum"),
        old_entry("2024-06-03T08:00:00.000000Z", "2024-06-03", "Grandmother, a trashed draft",
                  id=3, search_extra="", text_checksum="sum", deleted_at="2024-06-04T08:00:00.000000Z"),
    ])


def test_a_journal_from_before_0008_is_found_in_time_order_after_the_upgrade(data_dir: Path, clock) -> None:  # noqa: ANN001
    path = make_0007_journal(data_dir)
    services = open_services(data_dir, clock)
    try:
        journal = services.journal
        results = journal.find(EntryFilter(text="grandmother"), newest_first=True)
        assert [e.id for e in results.entries] == [1, 2] and results.total == 2
        assert [e.id for e in journal.search("奶奶").entries] == [2]
        assert [e.id for e in journal.find(EntryFilter(text="grandmother", trashed=True)).entries] == [3]
        written = journal.write_entry("Grandmother again, after the upgrade")
        assert journal.search("grandmother").entries[0].id == written.id
    finally:
        services.close()
    conn = driver.connect(str(path))
    # The upgrade keeps what 0007 added (the checksums the background check relies on).
    assert conn.execute("SELECT text_checksum FROM entries WHERE id = 1").fetchone()[0] == "sum"
    conn.close()


@pytest.mark.parametrize("written_at", [datetime(1969, 7, 20, 20, 17, tzinfo=timezone.utc),
                                        datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)])
def test_entries_dated_before_1970_are_searchable_too(services, clock, written_at: datetime) -> None:  # noqa: ANN001
    clock.at(written_at)
    entry = services.journal.write_entry("A story my father told about that night")
    assert [e.id for e in services.journal.search("father").entries] == [entry.id]


def test_entries_written_in_the_same_minute_are_each_found_latest_first(services, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(search, "RELEVANCE_MAX", 0)
    journal = services.journal  # the test clock stands still: every entry in one minute
    written = [journal.write_entry(f"Note {n} about the garden").id for n in range(12)]
    journal.move_entry(written[3], datetime(2026, 3, 14, 9, 30))  # moved within its own minute
    results = journal.search("garden")
    assert results.total == 12
    assert sorted(e.id for e in results.entries) == sorted(written)
    assert [e.id for e in results.entries][-3:] == [written[2], written[1], written[0]]
