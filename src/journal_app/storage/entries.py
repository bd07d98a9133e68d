"""Reading and writing entries. Returns domain dataclasses only."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, select, text, update

from ..domain.checksum import text_checksum
from ..domain.entry import Entry, EntrySummary, PageCursor, summary_heading
from ..domain.errors import ErrorCode, JournalError
from ..domain.moment import WrittenMoment
from .database import Database
from .models import EntryRow, EntryTagRow, RecoveryDraftRow, TagRow
from .entry_rows import NewEntry, search_extra
from .search_key import claim_key
from .tags import tag_entries

# A list row needs the start of the body for its first line, never the whole body.
_HEAD_CHARS = 300


def _to_entry(row: EntryRow) -> Entry:
    return Entry(
        id=row.id,
        written_at=row.written_at,
        updated_at=row.updated_at,
        local_date=row.local_date,
        tz_name=row.tz_name,
        utc_offset_minutes=row.utc_offset_minutes,
        title=row.title,
        body=row.body,
        prompt_id=row.prompt_id,
        mood_before=row.mood_before,
        mood_after=row.mood_after,
        word_count=row.word_count,
        deleted_at=row.deleted_at,
    )


class EntryStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        *,
        body: str,
        word_count: int,
        moment: WrittenMoment,
        title: str | None = None,
        prompt_id: str | None = None,
        mood_before: int | None = None,
        tags: tuple[str, ...] = (),
    ) -> Entry:
        row = EntryRow(
            written_at=moment.utc,
            updated_at=moment.utc,
            local_date=moment.local_date,
            tz_name=moment.tz_name,
            utc_offset_minutes=moment.utc_offset_minutes,
            title=title,
            body=body,
            prompt_id=prompt_id,
            mood_before=mood_before,
            word_count=word_count,
            search_extra=search_extra(title, body),
            text_checksum=text_checksum(title, body),
        )
        with self._db.write() as session:
            # The index triggers need the search key in the row as it is inserted.
            row.search_key = claim_key(session, moment.utc)
            session.add(row)
            session.flush()
            tag_entries(session, [(row.id, tuple(" ".join(t.split()) for t in tags))])  # one commit with the entry
            return _to_entry(row)

    def update_text(
        self, entry_id: int, *, body: str, title: str | None, word_count: int, now: datetime
    ) -> Entry:
        with self._db.write() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise JournalError(ErrorCode.ENTRY_NOT_FOUND, entry_id=entry_id)
            row.body = body
            row.title = title
            row.word_count = word_count
            row.search_extra = search_extra(title, body)
            row.text_checksum = text_checksum(title, body)
            row.updated_at = now
            session.flush()
            return _to_entry(row)

    def move(self, entry_id: int, moment: WrittenMoment, now: datetime) -> Entry:
        """Give an entry another written time; its local date goes with it."""
        with self._db.write() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise JournalError(ErrorCode.ENTRY_NOT_FOUND, entry_id=entry_id)
            row.written_at = moment.utc
            row.search_key = claim_key(session, moment.utc, own=row.search_key)  # its place in search moves too
            row.local_date = moment.local_date
            row.tz_name = moment.tz_name
            row.utc_offset_minutes = moment.utc_offset_minutes
            row.updated_at = now
            session.flush()
            return _to_entry(row)

    def get(self, entry_id: int) -> Entry:
        with self._db.read() as session:
            row = session.get(EntryRow, entry_id)
            if row is None:
                raise JournalError(ErrorCode.ENTRY_NOT_FOUND, entry_id=entry_id)
            return _to_entry(row)

    def set_deleted(self, entry_id: int, when: datetime | None) -> None:
        """Move to the Trash (a time) or back out of it (None)."""
        with self._db.write() as session:
            result = session.execute(
                update(EntryRow).where(EntryRow.id == entry_id).values(deleted_at=when)
            )
            if result.rowcount == 0:
                raise JournalError(ErrorCode.ENTRY_NOT_FOUND, entry_id=entry_id)

    def delete_forever(self, entry_ids: Iterable[int] | None = None) -> int:
        """Remove entries (or, with None, everything in the Trash) from the journal's
        files: the rows and their recovery drafts in one transaction (secure_delete
        zeroes the freed pages), then the search index merged so its old segments go,
        then the WAL checkpointed and truncated so no copy is left there either.
        Only entries in the Trash can be deleted forever. Returns how many."""
        with self._db.write() as session:
            query = select(EntryRow.id).where(EntryRow.deleted_at.is_not(None))
            if entry_ids is not None:
                query = query.where(EntryRow.id.in_(list(entry_ids)))
            doomed = list(session.scalars(query))
            if not doomed:
                return 0
            session.execute(delete(RecoveryDraftRow).where(RecoveryDraftRow.entry_id.in_(doomed)))
            session.execute(delete(EntryRow).where(EntryRow.id.in_(doomed)))
        with self._db.write() as session:
            for index in ("entries_fts", "trash_fts"):
                session.execute(text(f"INSERT INTO {index}({index}) VALUES ('optimize')"))
        with self._db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(doomed)

    def count_trashed(self) -> int:
        with self._db.read() as session:
            return session.scalar(
                select(func.count()).select_from(EntryRow).where(EntryRow.deleted_at.is_not(None)))

    def newest_page(self, after: PageCursor | None, limit: int) -> list[EntrySummary]:
        """Live entries newest first, starting after `after`."""
        e = EntryRow
        query = (
            select(
                e.id, e.local_date, e.written_at, e.title, func.substr(e.body, 1, _HEAD_CHARS),
                e.word_count, e.prompt_id, e.mood_before,
            )
            .where(e.deleted_at.is_(None))
            .order_by(e.written_at.desc(), e.id.desc())
            .limit(limit)
        )
        if after is not None:
            stamp = after.written_at  # the column type formats it
            query = query.where(
                (e.written_at < stamp) | ((e.written_at == stamp) & (e.id < after.id))
            )
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [
            EntrySummary(
                id=r[0], local_date=r[1], written_at=r[2], heading=summary_heading(r[3], r[4]),
                word_count=r[5], prompt_id=r[6], mood_before=r[7],
            )
            for r in rows
        ]

    def count_live(self) -> int:
        with self._db.read() as session:
            return session.scalar(
                select(func.count()).select_from(EntryRow).where(EntryRow.deleted_at.is_(None))
            )

    def import_many(self, entries: Iterable[NewEntry], batch: int | None = None) -> int:
        """Insert many entries with their tags (storage/bulk_import.py). Returns how many."""
        from .bulk_import import BATCH, import_many

        return import_many(self._db, entries, batch or BATCH)

    def tags_of(self, entry_id: int) -> list[str]:
        with self._db.read() as session:
            return list(session.scalars(
                select(TagRow.name).join(EntryTagRow, EntryTagRow.tag_id == TagRow.id)
                .where(EntryTagRow.entry_id == entry_id).order_by(TagRow.name)
            ))

    def answers_to(self, prompt_id: str, *, excluding: int | None = None, limit: int = 20) -> list[Entry]:
        """Live entries that answer a prompt, newest first (by the prompt index)."""
        query = (select(EntryRow).where(EntryRow.prompt_id == prompt_id, EntryRow.deleted_at.is_(None))
                 .order_by(EntryRow.written_at.desc(), EntryRow.id.desc()).limit(limit))
        if excluding is not None:
            query = query.where(EntryRow.id != excluding)
        with self._db.read() as session:
            return [_to_entry(row) for row in session.scalars(query)]
