"""Word counts, the way word processors count: CJK characters and emoji one each."""
import pytest

from journal_app.domain.words import count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("Hello, world!", 2),
        ("It's a well-known fact — really.", 5),  # a lone dash is not a word
        ("2*3 <3", 2),
        ("我想和家人谈谈", 7),  # Chinese: one word per character
        ("今日は良い天気です", 9),  # Japanese kanji and kana alike
        ("hello,世界", 3),
        ("안녕하세요 가족", 2),  # Korean is written with spaces
        ("தமிழ் மொழி", 2),  # Tamil vowel signs stay inside the word
        ("മലയാളം ഭാഷ", 2),
        ("مرحبا بالعالم", 2),
        ("a good day 😀", 4),
        ("great😀day", 3),
        ("family 👨‍👩‍👧 and 👍🏽", 4),  # joined and toned emoji count once
        ("I ❤️ you", 3),
    ],
)
def test_counts_words_as_a_word_processor_does(text: str, words: int) -> None:
    assert count_words(text) == words
