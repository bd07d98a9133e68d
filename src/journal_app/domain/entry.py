"""Journal entries as the rest of the app sees them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Entry:
    """One saved entry. `body` is the Markdown exactly as typed."""

    id: int
    written_at: datetime  # aware, UTC
    updated_at: datetime  # aware, UTC
    local_date: date  # the writer's calendar day when it was written
    tz_name: str
    utc_offset_minutes: int
    title: str | None
    body: str
    prompt_id: str | None
    mood_before: int | None
    mood_after: int | None
    word_count: int
    deleted_at: datetime | None = None

    @property
    def heading(self) -> str:
        """What a list shows for the entry: its title, else its first non-empty line."""
        if self.title and self.title.strip():
            return self.title.strip()
        return first_line(self.body)


@dataclass(frozen=True, slots=True)
class EntrySummary:
    """A row of the journal list: enough to show, without the whole body."""

    id: int
    local_date: date
    written_at: datetime
    heading: str
    word_count: int
    prompt_id: str | None
    mood_before: int | None
    snippet: str | None = None  # search results only; matches wrapped in MATCH_START/END
    tags: tuple[str, ...] = ()
    mood_after: int | None = None
    utc_offset_minutes: int = 0  # the writer's, when it was written


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where the next page of the newest-first list starts (keyset paging: as fast
    on the thousandth page as on the first)."""

    written_at: datetime
    id: int


# Snippets mark matches with these control characters; the UI turns them into
# highlighting. They cannot occur in typed text, so no escaping is needed.
MATCH_START = "\x02"
MATCH_END = "\x03"


def first_line(body: str, limit: int = 120) -> str:
    for line in body.splitlines():
        text = line.strip().lstrip("#>*-+ ").strip()
        if text:
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


def summary_heading(title: str | None, head: str) -> str:
    """A row's heading from the stored title and the start of the text."""
    return title.strip() if title and title.strip() else first_line(head)


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    total: int
    entries: tuple[EntrySummary, ...]
    by_relevance: bool = False  # best matches first (few hits), else newest first
    offset: int = 0  # where `entries` start among all `total`


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """What the Journal list shows: words to search, and filters that narrow it.
    Every part is optional and they combine (all must hold)."""

    text: str = ""
    tags: tuple[str, ...] = ()  # entries with every one of these tags
    prompt_ids: tuple[str, ...] | None = None  # answering one of these (a prompt, or a theme's)
    moods: tuple[int, ...] = ()  # mood at the check-in is one of these
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    trashed: bool = False  # the Trash instead of the journal

    @property
    def narrows(self) -> bool:
        """True when anything but "every live entry" is asked for."""
        return bool(self.text.strip() or self.tags or self.prompt_ids is not None or self.moods
                    or self.date_from or self.date_to or self.trashed)
