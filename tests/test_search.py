"""Full-text search: every script people write in, and no query that can break it."""
from __future__ import annotations

import pytest

from journal_app.domain.entry import MATCH_END, MATCH_START

ENTRIES = {
    "english": "Today I talked with my family about solidarity and courage.",
    "korean": "오늘 가족과 연대에 대해 이야기했다",
    "tamil": "இன்று நான் தமிழ் மொழியில் எழுதினேன்",
    "malayalam": "ഇന്ന് ഞാൻ മലയാളം ഭാഷയിൽ എഴുതി",
    "arabic": "تحدثت اليوم مع عائلتي عن التضامن",
}


@pytest.fixture
def journal(services):  # noqa: ANN001, ANN201
    ids = {name: services.journal.write_entry(text).id for name, text in ENTRIES.items()}
    services.journal.ids = ids  # type: ignore[attr-defined]
    return services.journal


def found(journal, query: str) -> set[int]:  # noqa: ANN001
    return {e.id for e in journal.search(query).entries}


@pytest.mark.parametrize(
    ("script", "word"),
    [
        ("english", "solidarity"),
        ("korean", "가족과"),
        ("tamil", "தமிழ்"),
        ("malayalam", "മലയാളം"),
        ("arabic", "التضامن"),
    ],
)
def test_finds_a_whole_word_in_every_script(journal, script: str, word: str) -> None:  # noqa: ANN001
    assert found(journal, word) == {journal.ids[script]}


def test_a_tamil_near_miss_does_not_match(journal) -> None:  # noqa: ANN001
    # "தமாழ" differs from "தமிழ்" only in its vowel signs; the default tokenizer
    # would split at those marks and match.
    assert found(journal, "தமாழ") == set()
    assert found(journal, "மலയാളം") == set()  # mixed-script nonsense finds nothing


def test_all_words_must_appear_and_the_last_is_a_prefix(journal) -> None:  # noqa: ANN001
    assert found(journal, "family courage") == {journal.ids["english"]}
    assert found(journal, "family tamil") == set()
    assert found(journal, "famil") == {journal.ids["english"]}  # typing in progress
    assert found(journal, "famil courage") == set()  # only the last word is a prefix


def test_a_latin_word_being_typed_matches_from_its_fourth_letter(journal) -> None:  # noqa: ANN001
    english = {journal.ids["english"]}
    assert found(journal, "fam") == set()  # three letters: only the word "fam" itself
    assert found(journal, "fami") == english
    assert found(journal, "my") == english  # a short word is still found whole
    assert found(journal, "தமி") == {journal.ids["tamil"]}  # other scripts: from the first letter
    assert found(journal, "가") == {journal.ids["korean"]}


def test_a_quoted_phrase_must_appear_as_written(journal) -> None:  # noqa: ANN001
    assert found(journal, '"my family"') == {journal.ids["english"]}
    assert found(journal, '"family my"') == set()


def test_snippets_highlight_the_matched_words(journal) -> None:  # noqa: ANN001
    result = journal.search("courage")
    assert result.total == 1
    snippet = result.entries[0].snippet
    assert f"{MATCH_START}courage{MATCH_END}" in snippet
    assert snippet.count(MATCH_START) == 1


def test_results_are_newest_first_with_a_count(services, clock) -> None:  # noqa: ANN001
    first = services.journal.write_entry("a walk by the river")
    clock.advance(days=1)
    second = services.journal.write_entry("another walk, in the rain")
    result = services.journal.search("walk")
    assert result.total == 2
    assert [e.id for e in result.entries] == [second.id, first.id]


def test_trashed_entries_are_not_found(journal) -> None:  # noqa: ANN001
    journal.trash_entry(journal.ids["english"])
    assert found(journal, "solidarity") == set()
    journal.restore_entry(journal.ids["english"])
    assert found(journal, "solidarity") == {journal.ids["english"]}


def test_edited_text_is_found_and_old_text_is_not(journal) -> None:  # noqa: ANN001
    journal.update_entry(journal.ids["english"], "A quiet evening of listening.")
    assert found(journal, "listening") == {journal.ids["english"]}
    assert found(journal, "solidarity") == set()


HOSTILE = [
    '"', '""', "'", "*", "**", "-", "-family", "+", "^", ":", "(", ")", "NEAR(", "NEAR(family",
    "NEAR(family courage, 2)", "AND", "OR", "NOT", "family AND", "OR courage", "family NOT",
    'family "', '"family', "col:family", "title:family", "{family}", "family*", "\\", "%", "_",
    "'; DROP TABLE entries; --", "\x00", " ", "", "🙂", "a" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_no_query_can_raise(journal, query: str) -> None:  # noqa: ANN001
    result = journal.search(query)
    assert result.total == len(result.entries)
    assert journal.count_entries() == len(ENTRIES)  # nothing was harmed


@pytest.mark.parametrize(
    "query", ["-family", "+family", "family AND", "family*", '"family', "family)", "^family"]
)
def test_syntax_characters_are_searched_as_words(journal, query: str) -> None:  # noqa: ANN001
    """Operators around a real word are treated as text, so the word is still found."""
    assert journal.ids["english"] in found(journal, query)


def test_words_joined_by_punctuation_are_searched_as_a_phrase(journal) -> None:  # noqa: ANN001
    """As with "well-known", "my:family" looks for the two words side by side."""
    assert found(journal, "my:family") == {journal.ids["english"]}
    assert found(journal, "NEAR(family") == set()  # there is no "near family" in any entry
