"""Writing, reading and deleting entries through the journal service."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from unittest import mock

import pytest

from journal_app.domain.errors import ErrorCode, JournalError

EXACT = "# Heading\n\n2*3 <3 \\_ trailing  \n\ttab\n我想和家人谈谈 தமிழ் മലയാളം مرحبا 👨‍👩‍👧"


def test_text_is_stored_exactly_as_typed(services) -> None:  # noqa: ANN001
    entry = services.journal.write_entry(EXACT, title="  A title  ")
    again = services.journal.get_entry(entry.id)
    assert again.body == EXACT
    assert again.title == "A title"
    assert again.heading == "A title"


def test_an_entry_keeps_its_instant_local_day_and_zone(services, clock) -> None:  # noqa: ANN001
    clock.at(datetime(2026, 12, 31, 23, 45, tzinfo=timezone(timedelta(hours=-8))), "America/Los_Angeles")
    entry = services.journal.get_entry(services.journal.write_entry("New Year's Eve").id)
    assert entry.local_date == date(2026, 12, 31)
    assert entry.written_at == datetime(2027, 1, 1, 7, 45, tzinfo=timezone.utc)
    assert entry.tz_name == "America/Los_Angeles"
    assert entry.utc_offset_minutes == -480


def test_updating_keeps_the_written_time_and_recounts_words(services, clock) -> None:  # noqa: ANN001
    entry = services.journal.write_entry("one two")
    clock.advance(hours=2)
    updated = services.journal.update_entry(entry.id, "one two three 四五")
    assert updated.written_at == entry.written_at
    assert updated.updated_at > entry.updated_at
    assert updated.word_count == 5


def test_the_list_is_newest_first_in_pages(services, clock) -> None:  # noqa: ANN001
    ids = []
    for n in range(7):
        ids.append(services.journal.write_entry(f"entry {n}").id)
        clock.advance(minutes=5)
    first = services.journal.newest_entries(limit=3)
    second = services.journal.newest_entries(first.next, limit=3)
    third = services.journal.newest_entries(second.next, limit=3)
    listed = [e.id for page in (first, second, third) for e in page.entries]
    assert listed == list(reversed(ids))
    assert third.next is None


def test_entries_in_the_same_instant_are_all_listed(services) -> None:  # noqa: ANN001
    ids = {services.journal.write_entry(f"same moment {n}").id for n in range(5)}
    first = services.journal.newest_entries(limit=2)
    rest = services.journal.newest_entries(first.next, limit=10)
    assert {e.id for e in first.entries + rest.entries} == ids


def test_trash_hides_an_entry_and_restore_brings_it_back(services) -> None:  # noqa: ANN001
    entry = services.journal.write_entry("to be deleted")
    services.journal.trash_entry(entry.id)
    assert services.journal.count_entries() == 0
    assert services.journal.newest_entries().entries == ()
    services.journal.restore_entry(entry.id)
    assert [e.id for e in services.journal.newest_entries().entries] == [entry.id]


def test_a_failed_save_is_reported_and_nothing_half_written(services) -> None:  # noqa: ANN001
    entry = services.journal.write_entry("the saved version")
    from journal_app.storage.entries import EntryStore

    def disk_full(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(28, "No space left on device")

    with mock.patch.object(EntryStore, "update_text", disk_full):
        with pytest.raises(JournalError) as failed:
            services.journal.update_entry(entry.id, "the new version")
    assert failed.value.code is ErrorCode.SAVE_FAILED
    assert services.journal.get_entry(entry.id).body == "the saved version"


def test_an_unknown_entry_is_reported(services) -> None:  # noqa: ANN001
    with pytest.raises(JournalError) as missing:
        services.journal.get_entry(4242)
    assert missing.value.code is ErrorCode.ENTRY_NOT_FOUND


def test_progress_counts_live_entries_words_and_days(services, clock) -> None:  # noqa: ANN001
    clock.at(datetime(2026, 1, 30, 20, 0, tzinfo=timezone.utc))
    services.journal.write_entry("one two three")
    clock.at(datetime(2026, 1, 31, 20, 0, tzinfo=timezone.utc))
    services.journal.write_entry("four five")
    trashed = services.journal.write_entry("six seven eight nine")
    services.journal.trash_entry(trashed.id)
    clock.at(datetime(2026, 2, 1, 8, 0, tzinfo=timezone.utc))
    services.journal.write_entry("我想")
    summary = services.progress.summary(date(2026, 2, 1))
    assert (summary.entries, summary.words) == (3, 7)
    assert (summary.current_streak, summary.longest_streak) == (3, 3)
    assert (summary.days_this_month, summary.days_this_year) == (1, 3)


def test_bulk_import_keeps_every_entry_and_its_tags(services, clock) -> None:  # noqa: ANN001
    from journal_app.storage.entries import EntryStore, NewEntry

    store = EntryStore(services.db)
    entries = [
        NewEntry(moment=clock(), body=f"imported {n} 家人", word_count=3,
                 tags=("Family", "தமிழ்") if n % 2 else ("family",))
        for n in range(12)
    ]
    assert store.import_many(entries, batch=5) == 12
    assert services.journal.count_entries() == 12
    assert services.journal.search("家人").total == 12  # imported entries are indexed
    assert services.journal.search("imported").total == 12
    listed = services.journal.newest_entries(limit=20).entries
    tags = {e.id: store.tags_of(e.id) for e in listed}
    assert sorted(map(tuple, tags.values())).count(("Family", "தமிழ்")) == 6
    assert sorted(map(tuple, tags.values())).count(("Family",)) == 6  # one tag, whatever its case
    # The search index keeps up after an import: an edit, a new entry and the Trash.
    services.journal.update_entry(listed[0].id, "rewritten after the import")
    services.journal.write_entry("written after the import")
    services.journal.trash_entry(listed[1].id)
    assert services.journal.search("imported").total == 10
    assert services.journal.search("after").total == 2


def test_a_failed_import_batch_leaves_nothing_half_done(services, clock) -> None:  # noqa: ANN001
    import sqlalchemy.exc

    from journal_app.storage.entries import EntryStore, NewEntry

    entries = [NewEntry(moment=clock(), body=f"imported letter {n}", word_count=3,
                        mood_before=9 if n == 7 else None)  # the eighth breaks a rule: moods are 1 to 5
               for n in range(10)]
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        EntryStore(services.db).import_many(entries, batch=5)
    assert services.journal.count_entries() == 5  # the first batch, whole; none of the second
    assert services.journal.search("imported").total == 5
    services.journal.write_entry("a letter written after the failed import")
    assert services.journal.search("letter").total == 6  # the search triggers are back
