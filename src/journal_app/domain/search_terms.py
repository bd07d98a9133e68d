"""What the search index needs beyond words, and how a person's query becomes pieces.

The word index (FTS5 unicode61) keeps Tamil and Malayalam words whole, but it sees a
run of Chinese or Japanese as one long word and drops emoji. So every entry also
carries `extra_tokens`: each CJK character on its own, and each emoji as a private
token, in text order. A CJK or emoji query is then a phrase of those tokens: one
Chinese character finds every entry with it, and "家人" finds 家 followed by 人."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .words import CJK_RANGES, EMOJI_RANGES, cjk_and_emoji

_CJK = re.compile(f"[{CJK_RANGES}]")
_EMOJI_CHAR = re.compile(f"[{EMOJI_RANGES}]")
# Emoji become words no one types: a private-use character (a letter to the
# tokenizer, category Co) and the code point in hex, e.g. 🌱 -> "\ue0001f331".
_EMOJI_MARK = "\ue000"
_SPECIAL = re.compile(f"[{CJK_RANGES}]|[{EMOJI_RANGES}][\u200d\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
                      f"{EMOJI_RANGES}]*")


def _tokens(cluster: str) -> list[str]:
    if _CJK.fullmatch(cluster):
        return [cluster]
    # An emoji and its modifiers: one token per pictograph, skin tones and joiners
    # left out, so 👍 finds 👍🏽 and a family emoji finds each person in it.
    return [f"{_EMOJI_MARK}{ord(c):x}" for c in cluster if _EMOJI_CHAR.match(c)]


def extra_tokens(text: str) -> str:
    """The entry's CJK characters and emoji as separate index tokens, in order."""
    if not text:
        return ""
    return " ".join(token for cluster in cjk_and_emoji(text) for token in _tokens(cluster))


@dataclass(frozen=True, slots=True)
class QueryPiece:
    words: str  # what the word index searches ("" when the piece is all CJK or emoji)
    extra: str  # tokens for the extra column, space-separated ("" when none)
    phrase: bool  # typed in "quotes"
    shown: str  # as typed, for highlighting


def split_special(piece: str) -> tuple[str, list[str]]:
    """The piece without its CJK characters and emoji (those become spaces), and the
    extra tokens for them."""
    tokens: list[str] = []

    def take(match: re.Match) -> str:
        tokens.extend(_tokens(match.group()))
        return " "

    return _SPECIAL.sub(take, piece), tokens
