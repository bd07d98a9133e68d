"""Finding entries among years of writing: every script (one Chinese character, one
emoji), filters that combine with search and each other, tags renamed and merged,
and the Trash, down to "deleted forever" leaving no copy in the files (issue 9)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.domain.entry import MATCH_END, MATCH_START, EntryFilter
from journal_app.storage.files import database_path

SCRIPTS = {
    "chinese": "我想和家人谈谈今天的事",
    "japanese": "日本語のひらがなとカタカナで書いた",
    "korean": "오늘 가족과 연대에 대해 이야기했다",
    "tamil": "இன்று நான் தமிழ் மொழியில் எழுதினேன்",
    "malayalam": "ഇന്ന് ഞാൻ മലയാളം ഭാഷയിൽ എഴുതി",
    "arabic": "تحدثت اليوم مع عائلتي عن التضامن",
    "hebrew": "דיברתי היום עם המשפחה על סולידריות",
    "emoji": "a good day 🌱 with my family 👨‍👩‍👧 and a thumbs up 👍🏽",
}


@pytest.fixture
def journal(services):  # noqa: ANN001, ANN201
    journal = services.journal
    journal.ids = {name: journal.write_entry(text).id for name, text in SCRIPTS.items()}  # type: ignore[attr-defined]
    return journal


def found(journal, query: str) -> set[int]:  # noqa: ANN001
    return {e.id for e in journal.find(EntryFilter(text=query)).entries}


@pytest.mark.parametrize(("script", "query"), [
    ("chinese", "家"), ("chinese", "家人"), ("chinese", "今天"), ("japanese", "ひらがな"), ("japanese", "カ"),
    ("korean", "가족과"), ("korean", "가족"), ("tamil", "தமிழ்"), ("malayalam", "മലയാളം"),
    ("arabic", "التضامن"), ("hebrew", "המשפחה"), ("emoji", "🌱"), ("emoji", "👍"), ("emoji", "👨‍👩‍👧"),
])
def test_one_character_or_one_emoji_finds_the_entry_in_every_script(journal, script: str, query: str) -> None:  # noqa: ANN001
    assert found(journal, query) == {journal.ids[script]}


def test_cjk_is_matched_as_written_not_as_loose_characters(journal) -> None:  # noqa: ANN001
    assert found(journal, "人家") == set()  # the same characters, the other way round
    assert found(journal, '"家人 谈谈"') == {journal.ids["chinese"]}
    assert found(journal, "家 family") == set()  # every piece must be there
    assert found(journal, "family 🌱") == {journal.ids["emoji"]}


def test_tamil_and_malayalam_match_whole_words_not_near_misses(journal) -> None:  # noqa: ANN001
    assert found(journal, "தமாழ") == set()
    assert found(journal, "മലയാള") == {journal.ids["malayalam"]}  # the last word is a prefix while typing
    assert found(journal, "മലയാള ഭാഷയിൽ") == set()  # ...but only the last


def test_snippets_mark_exactly_the_searched_words(journal) -> None:  # noqa: ANN001
    (chinese,) = journal.find(EntryFilter(text="家人")).entries
    assert f"{MATCH_START}家人{MATCH_END}" in chinese.snippet and chinese.snippet.count(MATCH_START) == 1
    (emoji,) = journal.find(EntryFilter(text="family 🌱")).entries
    assert f"{MATCH_START}🌱{MATCH_END}" in emoji.snippet and f"{MATCH_START}family{MATCH_END}" in emoji.snippet
    (tamil,) = journal.find(EntryFilter(text="தமிழ்")).entries
    assert tamil.snippet.count(MATCH_START) == 1 and f"{MATCH_START}தமிழ்{MATCH_END}" in tamil.snippet


def test_few_hits_come_best_match_first_and_many_come_newest_first(services, clock) -> None:  # noqa: ANN001
    journal = services.journal
    once = journal.write_entry("A walk, and then home.")
    clock.advance(days=1)
    titled = journal.write_entry("The walk was long, a walk by the walk of the river walk.", title="Walk")
    clock.advance(days=1)
    newest = journal.write_entry("Nothing much; a short walk.")
    ranked = journal.find(EntryFilter(text="walk"))
    assert ranked.by_relevance and ranked.entries[0].id == titled.id
    newest_first = journal.find(EntryFilter(text="walk"), newest_first=True)
    assert [e.id for e in newest_first.entries] == [newest.id, titled.id, once.id]


def test_filters_combine_with_search_and_with_each_other(services, clock) -> None:  # noqa: ANN001
    journal = services.journal
    rows = {}
    for n, (day, prompt, mood, tags, words) in enumerate([
        (date(2026, 1, 5), "repair-an-apology-that-helped", 2, ("family",), "an apology at dinner"),
        (date(2026, 2, 9), "repair-an-apology-that-helped", 4, ("family", "work"), "an apology at work"),
        (date(2026, 2, 20), "first-week-what-brought-you", 4, ("work",), "why I came here"),
        (date(2026, 3, 1), None, None, (), "a free page about an apology"),
    ]):
        clock.at(datetime(day.year, day.month, day.day, 20, 0, tzinfo=timezone(timedelta(0))))
        entry = journal.write_entry(words, prompt_id=prompt, tags=tags)
        if mood:
            with services.db.write() as s:
                from sqlalchemy import text

                s.execute(text("UPDATE entries SET mood_before = :m WHERE id = :id"), {"m": mood, "id": entry.id})
        rows[n] = entry.id

    def ids(**given) -> list[int]:  # noqa: ANN003
        return sorted(e.id for e in journal.find(EntryFilter(**given)).entries)

    assert ids(text="apology") == sorted([rows[0], rows[1], rows[3]])
    assert ids(text="apology", tags=("family",)) == sorted([rows[0], rows[1]])
    assert ids(tags=("family", "work")) == [rows[1]]  # every tag given
    assert ids(tags=("FAMILY",)) == sorted([rows[0], rows[1]])  # tags ignore case
    assert ids(prompt_ids=("repair-an-apology-that-helped", "first-week-what-brought-you")) == rows_of(rows, 0, 1, 2)
    assert ids(prompt_ids=()) == []  # a theme whose prompts were never answered
    assert ids(moods=(4,)) == rows_of(rows, 1, 2)
    assert ids(date_from=date(2026, 2, 1), date_to=date(2026, 2, 28)) == rows_of(rows, 1, 2)
    assert ids(text="apology", moods=(4,), date_from=date(2026, 2, 1), tags=("work",)) == [rows[1]]
    assert ids(text="apology", date_to=date(2026, 1, 31), moods=(4,)) == []
    assert journal.find(EntryFilter(tags=("work",))).total == 2


def rows_of(rows: dict, *n: int) -> list[int]:
    return sorted(rows[i] for i in n)


def test_paging_through_a_result_keeps_its_order_and_its_total(services, clock) -> None:  # noqa: ANN001
    journal = services.journal
    made = []
    for n in range(45):
        made.append(journal.write_entry(f"note {n} about listening").id)
        clock.advance(hours=3)
    first = journal.find(EntryFilter(text="listening"), limit=20, newest_first=True)
    rest = [journal.find(EntryFilter(text="listening"), offset=o, limit=20, newest_first=True, total=first.total)
            for o in (20, 40)]
    listed = [e.id for page in (first, *rest) for e in page.entries]
    assert first.total == 45 and listed == list(reversed(made))


def test_going_to_a_date_finds_its_row_and_the_days_that_have_entries(services, clock) -> None:  # noqa: ANN001
    journal = services.journal
    for day in (1, 1, 3, 7, 9):
        clock.at(datetime(2026, 5, day, 12, tzinfo=timezone(timedelta(0))))
        journal.write_entry(f"May {day}")
    assert journal.days_with_entries(date(2026, 5, 1), date(2026, 5, 31)) == {
        date(2026, 5, d) for d in (1, 3, 7, 9)}
    everything = EntryFilter()
    assert journal.row_of_day(everything, date(2026, 5, 7)) == 1  # only the 9th is newer
    assert journal.row_of_day(everything, date(2026, 5, 5)) == 2  # the 3rd is the nearest earlier day
    assert journal.row_of_day(everything, date(2026, 6, 1)) == 0


def test_tags_are_renamed_and_merged_and_every_entry_follows(services) -> None:  # noqa: ANN001
    journal = services.journal
    a = journal.write_entry("one", tags=("famly", "work"))
    b = journal.write_entry("two", tags=("family",))
    c = journal.write_entry("three", tags=("Famly",))  # the same tag, any case
    assert journal.tags_of(c.id) == ("famly",)
    assert journal.tags_with_counts() == [("famly", 2), ("family", 1), ("work", 1)]
    assert journal.rename_tag("famly", "family") == 3  # merged into the existing tag
    assert [journal.tags_of(e.id) for e in (a, b, c)] == [("family", "work"), ("family",), ("family",)]
    journal.rename_tag("work", "Work and study")
    assert journal.tags_with_counts() == [("family", 3), ("Work and study", 1)]
    journal.rename_tag("family", "Family")  # only the case changes
    assert journal.tags_of(b.id) == ("Family",)
    journal.set_tags(a.id, ["Family"])
    assert [name for name, _ in journal.tags_with_counts()] == ["Family"]  # unused tags go


def test_tag_counts_leave_out_the_trash(services) -> None:  # noqa: ANN001
    journal = services.journal
    journal.write_entry("one", tags=("family", "work"))
    two = journal.write_entry("two", tags=("family", "grief"))
    journal.write_entry("three", tags=("family",))
    assert journal.tags_with_counts() == [("family", 3), ("grief", 1), ("work", 1)]
    journal.trash_entry(two.id)
    # "grief" is only on an entry in the Trash: not offered until it is restored.
    assert journal.tags_with_counts() == [("family", 2), ("work", 1)]
    journal.restore_entry(two.id)
    assert journal.tags_with_counts() == [("family", 3), ("grief", 1), ("work", 1)]


def test_trash_restore_and_delete_forever_leaves_no_copy_in_the_files(services, data_dir) -> None:  # noqa: ANN001
    journal = services.journal
    secret = "zanzibarquokka"  # a word found nowhere else
    keep = journal.write_entry("an ordinary day")
    gone = journal.write_entry(f"something private: {secret} 家人", title=f"{secret} title")
    services.recovery.keep(f"entry:{gone.id}", f"draft with {secret}", entry_id=gone.id)
    journal.trash_entry(gone.id)
    assert found(journal, secret) == set()  # out of search while in the Trash
    assert [e.id for e in journal.find(EntryFilter(trashed=True)).entries] == [gone.id]
    assert [e.id for e in journal.find(EntryFilter(text=secret, trashed=True)).entries] == [gone.id]
    journal.restore_entry(gone.id)
    assert found(journal, secret) == {gone.id}
    journal.trash_entry(gone.id)
    assert journal.delete_forever([keep.id]) == 0  # not in the Trash: untouched
    assert journal.delete_forever() == 1
    assert journal.count_trashed() == 0 and journal.count_entries() == 1
    services.db.close()
    database = database_path(data_dir)
    for path in (database, database.with_name(database.name + "-wal")):
        if path.exists():
            assert secret.encode() not in path.read_bytes(), f"{path.name} still holds the text"


def test_after_the_upgrade_old_and_new_entries_are_found_in_every_script(data_dir) -> None:  # noqa: ANN001
    """A journal written before the extra index column gets it, filled; the triggers
    keep new entries searchable too."""
    from journal_app.services.app_services import open_services
    from journal_app.storage import migrate
    from journal_app.storage.engine import make_engine
    from journal_app.storage.files import ensure_private_dir

    ensure_private_dir(data_dir)
    engine = make_engine(database_path(data_dir))
    migrate.upgrade(engine, "0005_recovery_drafts")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO entries (written_at, updated_at, local_date, tz_name, utc_offset_minutes, body, word_count) "
            "VALUES ('2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', '2026-01-01', 'UTC', 0, "
            "'旧的日记 🌱 old words', 3)")
    engine.dispose()
    services = open_services(data_dir)  # upgrades
    try:
        journal = services.journal
        new = journal.write_entry("新的一天 👍 new words")
        assert len(journal.find(EntryFilter(text="旧")).entries) == 1
        assert len(journal.find(EntryFilter(text="🌱")).entries) == 1
        assert [e.id for e in journal.find(EntryFilter(text="👍")).entries] == [new.id]
        assert len(journal.find(EntryFilter(text="words")).entries) == 2
    finally:
        services.close()
