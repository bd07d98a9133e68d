"""Writing, reading, finding and deleting entries."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from ..domain.entry import Entry, EntryFilter, EntrySummary, PageCursor, SearchResults
from ..domain.errors import ErrorCode, JournalError
from ..domain.moment import WrittenMoment
from ..domain.words import count_words
from ..storage.database import Database
from ..storage.entries import EntryStore
from ..storage.tags import TagStore
from ..storage.search import count_newer, days_with_entries, find_entries, search_entries
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
        self._tags = TagStore(db)
        self._clock = clock

    def write_entry(
        self, body: str, *, title: str | None = None, prompt_id: str | None = None,
        tags: Iterable[str] = (), at: datetime | None = None,
    ) -> Entry:
        """Save a new entry; returns it once committed. `at` dates it (a naive local
        time is read in the writer's zone) for writing about an earlier day; `tags`
        go on it in the same breath."""
        moment = self._clock()
        if at is not None:
            moment = WrittenMoment.at_local(at, moment.tz_name, moment.utc_offset_minutes)
        entry = saving(
            self._store.create,
            body=body,
            word_count=count_words(body),
            moment=moment,
            title=_clean_title(title),
            prompt_id=prompt_id,
            tags=tuple(tags),
        )
        return entry

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

    # -- tags ------------------------------------------------------------------------------
    def set_tags(self, entry_id: int, names: Iterable[str]) -> tuple[str, ...]:
        """An entry's tags, exactly these from now on (as typed, each once, without
        regard to case: "Family" is "family")."""
        return saving(self._tags.set_tags, entry_id, names)

    def tags_of(self, entry_id: int) -> tuple[str, ...]:
        return tuple(self._store.tags_of(entry_id))

    def tags_with_counts(self) -> list[tuple[str, int]]:
        """Every tag with how many entries carry it, most used first."""
        return self._tags.with_counts()

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag everywhere; naming it as another tag merges the two."""
        if not " ".join(new.split()):
            raise JournalError(ErrorCode.MISSING_TEXT, field="tag")
        return saving(self._tags.rename, old, new)

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

    def find(self, flt: EntryFilter, *, offset: int = 0, limit: int = 200, newest_first: bool = False,
             total: int | None = None) -> SearchResults:
        """A page of the entries `flt` asks for (search words, tags, theme or prompt,
        mood, dates, or the Trash), with how many there are in all. Newest first, or
        best matches first when words were searched and few match. Never raises on
        odd input."""
        return find_entries(self._db, flt, offset=offset, limit=limit, newest_first=newest_first, total=total)

    def row_of_day(self, flt: EntryFilter, day: date) -> int:
        """Where in the newest-first list the entries of `day` (or the nearest earlier
        day with entries) begin."""
        return count_newer(self._db, flt, day)

    def days_with_entries(self, first: date, last: date) -> set[date]:
        return days_with_entries(self._db, first, last)

    def search(self, query: str, limit: int = 200) -> SearchResults:
        """Live entries containing every word of `query` (the last as a prefix) or a
        "quoted phrase", newest first. Never raises on odd input."""
        return search_entries(self._db, query, limit)

    def trash_entry(self, entry_id: int) -> None:
        """Move to the Trash: gone from the journal and search, restorable."""
        saving(self._store.set_deleted, entry_id, self._clock().utc)

    def restore_entry(self, entry_id: int) -> None:
        saving(self._store.set_deleted, entry_id, None)

    def delete_forever(self, entry_ids: Iterable[int] | None = None) -> int:
        """Entries in the Trash (these, or with None all of them) gone from the
        journal's files for good: the text, the search index's copy and the WAL's.
        Backups made earlier still hold them until those are replaced. Can take a
        moment on a large journal (the index is merged): run it off the UI thread."""
        return saving(self._store.delete_forever, entry_ids)

    def count_trashed(self) -> int:
        return self._store.count_trashed()



def _clean_title(title: str | None) -> str | None:
    return title.strip() or None if title else None
