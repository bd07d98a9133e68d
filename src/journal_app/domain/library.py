"""The Library, as a person browses it: marks (saved, read), their own resources,
finding items by words, kind and topic, and the groups the list is shown in."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from .content import LibraryItem

# Every kind a library item (or one of the person's own resources) can have.
KINDS = ("book", "article", "organisation", "person", "campaign", "event", "law", "concept", "action")

HISTORY_TOPIC = "history-of-solidarity"
REMEMBRANCE_TOPIC = "remembrance"
# A person on one of these topics is someone to learn from; anyone else the texts name
# (a president who signed a law, a translator, an officer at a killing) is listed apart.
LEARN_FROM_TOPICS = ("activists", "writers")

# The groups of the browsing list, in the order they are shown. "other" only ever
# holds items of a kind this version does not know (content validation refuses those).
GROUP_ORDER = ("history", "people", "remembering", "organisations", "books", "concepts", "actions", "named",
               "other")


@dataclass(frozen=True, slots=True)
class LibraryMark:
    """What the person noted about a library item."""

    item_id: str
    saved: bool = False
    read: bool = False


@dataclass(frozen=True, slots=True)
class OwnResource:
    """A book, article, person... the person added themselves."""

    id: int
    title: str
    kind: str
    note: str
    url: str | None
    created_at: datetime


def _folded(text: str) -> str:
    # Compatibility forms fold (full-width Latin), composed and decomposed forms
    # compare equal (Tamil vowel signs, Hangul), accents on Latin letters drop so
    # "Kimberle" finds "Kimberlé", and casefold handles ß and Σ. Only the Latin
    # combining accents (U+0300-U+036F) go: Tamil and Malayalam vowel signs are
    # letters of their words and must stay.
    decomposed = unicodedata.normalize("NFKD", text)
    unaccented = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", unaccented).casefold()


def topic_words(topic: str) -> str:
    """A topic id in plain words: "history-of-solidarity" -> "History of solidarity"."""
    words = topic.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _haystack(item: LibraryItem) -> str:
    topics = " ".join(f"{t} {t.replace('-', ' ')}" for t in item.topics)
    return _folded("\n".join((item.title, item.summary, topics, item.kind)))


def matches(item: LibraryItem, query: str) -> bool:
    """True when every word of `query` appears (case-insensitively, anywhere, so a
    CJK or Tamil word inside a longer run also counts) in the item's title, summary,
    topics or kind. An empty query matches everything."""
    words = _folded(query).split()
    if not words:
        return True
    haystack = _haystack(item)
    return all(word in haystack for word in words)


def filter_items(items: Iterable[LibraryItem], query: str = "", kind: str | None = None,
                 topic: str | None = None, saved_only: bool = False,
                 marks: Mapping[str, LibraryMark] | None = None) -> list[LibraryItem]:
    """The items that match the query, the kind and the topic (None: any), and, with
    `saved_only`, that the person saved; in the order given."""
    marks = marks or {}
    found = []
    for item in items:
        if kind and item.kind != kind:
            continue
        if topic and topic not in item.topics:
            continue
        if saved_only and not (item.id in marks and marks[item.id].saved):
            continue
        if matches(item, query):
            found.append(item)
    return found


def group_of(item: LibraryItem) -> str:
    """The one group an item is listed in. Precedence, first rule that applies:

    1. an allyship action -> "actions" (the article's numbered list stays whole);
    2. topic "remembrance" -> "remembering" (someone remembered, or the event of their
       death, is not an "activist to learn from" nor only a date in a timeline);
    3. a person on an activists or writers topic -> "people" (even with the
       history-of-solidarity topic); any other person -> "named";
    4. an event or a law, or anything else on the history-of-solidarity topic -> "history";
    5. an organisation or a campaign -> "organisations";
    6. a book or an article -> "books";
    7. a concept -> "concepts";
    8. anything else -> "other".
    """
    if item.kind == "action":
        return "actions"
    if REMEMBRANCE_TOPIC in item.topics:
        return "remembering"
    if item.kind == "person":
        return "people" if any(t in item.topics for t in LEARN_FROM_TOPICS) else "named"
    if item.kind in ("event", "law") or HISTORY_TOPIC in item.topics:
        return "history"
    if item.kind in ("organisation", "campaign"):
        return "organisations"
    if item.kind in ("book", "article"):
        return "books"
    if item.kind == "concept":
        return "concepts"
    return "other"


_LEADING = re.compile(r"^[\W_]*(?:(?:the|a|an)\s+)?[\W_]*", re.IGNORECASE)


def _by_title(item: LibraryItem) -> tuple:
    # "The racial wealth gap" under R, "“Yellow peril”" under Y, as a reader looks.
    return (_LEADING.sub("", _folded(item.title)), item.id)


def _by_date(item: LibraryItem) -> tuple:
    return (item.date is None, item.date or "", *_by_title(item))


def _by_number(item: LibraryItem) -> tuple:
    return (item.number is None, item.number or 0, *_by_title(item))


_ORDER = {"history": _by_date, "remembering": _by_date, "actions": _by_number}


def library_groups(items: Iterable[LibraryItem]) -> list[tuple[str, list[LibraryItem]]]:
    """The items in browsing groups (see `group_of`), in GROUP_ORDER, empty groups left
    out. History and remembering run in time order, actions by their number in the
    article, the rest by title."""
    groups: dict[str, list[LibraryItem]] = {}
    for item in items:
        groups.setdefault(group_of(item), []).append(item)
    return [(key, sorted(groups[key], key=_ORDER.get(key, _by_title))) for key in GROUP_ORDER if key in groups]
