"""Counting words the way word processors count them.

Words are separated by whitespace, as in a word processor; inside a run of
non-space characters, each CJK ideograph or kana counts as one word (Chinese and
Japanese are written without spaces) and so does each emoji. A run of punctuation
alone ("—", "...") is not a word.
"""
from __future__ import annotations

import re

# Han ideographs (with extensions and compatibility forms), Hiragana, Katakana,
# half-width Katakana. Hangul is written with spaces, so it counts by spaces.
CJK_RANGES = (
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\U00020000-\U0002ebef\U00030000-\U0003134f"
)
# Pictographic emoji and symbols. Skin tones, ZWJ and variation selectors are
# folded into the emoji before them, so a family or a thumbs-up with a tone counts once.
EMOJI_RANGES = "\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001f3fa\U0001f400-\U0001faff"
_EMOJI_TAIL = "\u200d\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"

_CJK_OR_EMOJI = re.compile(
    rf"[{CJK_RANGES}]|[{EMOJI_RANGES}](?:[{_EMOJI_TAIL}]+[{EMOJI_RANGES}]?)*"
)
_HAS_WORD_CHAR = re.compile(r"[^\W_]")


def cjk_and_emoji(text: str) -> list[str]:
    """Every CJK character and every emoji (with its modifiers) in the text, in order."""
    if not text or text.isascii():  # known without reading the text: most entries end here
        return []
    return _CJK_OR_EMOJI.findall(text)


def count_words(text: str) -> int:
    """The number of words in `text`, counting each CJK character and emoji as one.

    Done by the regex engine and str methods in a pass or two, never a Python step per
    character: a 5 MB entry is counted on every save and after every pause in typing."""
    if not text:
        return 0
    singles = 0
    if not text.isascii():  # CJK or emoji possible: each counts, and splits its chunk
        text, singles = _CJK_OR_EMOJI.subn(" ", text)
    chunks = text.split()
    # A chunk of letters and digits only is a word at once; only the rest ("don't",
    # "தமிழ்" with its vowel signs, "—") need a closer look for a letter or digit.
    return singles + len(chunks) - sum(1 for c in chunks if not c.isalnum() and not _HAS_WORD_CHAR.search(c))
