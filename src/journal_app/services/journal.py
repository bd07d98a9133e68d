"""Writing, reading, finding and deleting entries."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.entry import Entry, EntrySummary, PageCursor, SearchResults
from ..domain.moment import WrittenMoment
from ..domain.words import count_words
from ..storage.database import Database
from ..storage.entries import EntryStore
from ..storage.search import search_entries
from .clock import Clock, system_clock
from .saving import saving


@dataclass(frozen=True, slots=True)
class EntryPage:
    entries: tuple[EntrySummary, ...]
    next: PageCursor | None  # None when this was the last page


class JournalService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._store = EntryStore(db)
        self._clock = clock

    def write_entry(
        self, body: str, *, title: str | None = None, prompt_id: str | None = None
    ) -> Entry:
        """Save a new entry; returns it once committed."""
        return saving(
            self._store.create,
            body=body,
            word_count=count_words(body),
            moment=self._clock(),
            title=_clean_title(title),
            prompt_id=prompt_id,
        )

    def update_entry(self, entry_id: int, body: str, *, title: str | None = None) -> Entry:
        """Save new text for an entry; returns it once committed."""
        return saving(
            self._store.update_text,
            entry_id,
            body=body,
            title=_clean_title(title),
            word_count=count_words(body),
            now=self._clock().utc,
        )

    def move_entry(self, entry_id: int, local: datetime) -> Entry:
        """Say an entry was written at another date and time (a naive wall-clock time
        in the entry's own zone): for writing today about an earlier day. The local
        date, the calendar and the streaks follow it; the words do not change."""
        entry = self._store.get(entry_id)
        moment = WrittenMoment.at_local(local, entry.tz_name, entry.utc_offset_minutes)
        return saving(self._store.move, entry_id, moment, self._clock().utc)

    def get_entry(self, entry_id: int) -> Entry:
        return self._store.get(entry_id)

    def earlier_answers(self, prompt_id: str, *, excluding: int | None = None, limit: int = 20) -> list[Entry]:
        """What the person wrote before in answer to this prompt, newest first,
        leaving out `excluding` (the entry being written now) and the Trash."""
        return self._store.answers_to(prompt_id, excluding=excluding, limit=limit)

    def newest_entries(self, after: PageCursor | None = None, limit: int = 100) -> EntryPage:
        """One page of live entries, newest first; pass `next` back for the following page."""
        rows = self._store.newest_page(after, limit)
        cursor = PageCursor(rows[-1].written_at, rows[-1].id) if len(rows) == limit else None
        return EntryPage(tuple(rows), cursor)

    def count_entries(self) -> int:
        return self._store.count_live()

    def search(self, query: str, limit: int = 200) -> SearchResults:
        """Live entries containing every word of `query` (the last as a prefix) or a
        "quoted phrase", newest first. Never raises on odd input."""
        return search_entries(self._db, query, limit)

    def trash_entry(self, entry_id: int) -> None:
        """Move to the Trash: gone from the journal and search, restorable."""
        saving(self._store.set_deleted, entry_id, self._clock().utc)

    def restore_entry(self, entry_id: int) -> None:
        saving(self._store.set_deleted, entry_id, None)



def _clean_title(title: str | None) -> str | None:
    return title.strip() or None if title else None
