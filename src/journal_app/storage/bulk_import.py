"""Many entries at once (an import, the benchmark's journals): fast, and whole batches only.

Three things make 100,000 entries take seconds rather than a minute: rows go to
the driver as one prepared statement (the ORM's bulk insert spent longer grouping
and binding rows than SQLite spent storing them); the search index is filled with
one INSERT ... SELECT per batch instead of a trigger per row (4x faster); and the
next batch is prepared (checksums, search tokens, times as text) on a helper
thread while FTS5 indexes this one and it commits. Those are single calls into
SQLite, during which the driver lets go of the GIL; started any earlier, the
helper held the GIL while this thread waited to begin the batch (measured: as
long as preparing it here).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice

from ..domain.checksum import text_checksum
from .database import Database
from .entry_rows import NewEntry, next_id, search_extra
from .models import format_instant
from .search_key import claim_keys
from .tags import tag_entries

# Entries per transaction: fewer, larger ones leave FTS5 fewer segments to merge
# (20,000 took 13.7 s for 100,000 entries where 5,000 took 15.5 s).
BATCH = 20_000
SEARCH_TRIGGERS = ("entries_search_insert", "entries_search_delete", "entries_search_update")  # migration 0008
_INSERT = (
    "INSERT INTO entries (id, search_key, written_at, updated_at, local_date, tz_name, utc_offset_minutes, "
    "title, body, prompt_id, mood_before, mood_after, word_count, search_extra, text_checksum) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
IMPORT_CACHE_KIB = -65536  # 64 MiB (SQLite reads a negative size as KiB)
IMPORT_HASH_BYTES = 64 * 1024 * 1024
FTS_HASH_BYTES = 1024 * 1024  # FTS5's own default, put back after each batch
_INDEX = ("INSERT INTO entries_fts(rowid, title, body, search_extra) "
          "SELECT search_key, title, body, search_extra FROM entries WHERE id BETWEEN ? AND ?")

Prepared = tuple[list[tuple], list[tuple[str, ...]]]  # rows (written_at first, for the key), tags


def import_many(db: Database, entries: Iterable[NewEntry], batch: int = BATCH) -> int:
    """Insert many entries, with their tags, one transaction per batch: a failure
    loses at most the batch in progress, never half an entry. Returns how many."""
    total = 0
    batches = _batches(entries, batch)
    first = next(batches, None)
    prepared = _prepare(first) if first else None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import") as helper:
        while prepared is not None:
            following = next(batches, None)
            pending: list[Future[Prepared]] = []

            def prepare_following(chunk: list[NewEntry] | None = following) -> None:
                if chunk:
                    pending.append(helper.submit(_prepare, chunk))

            _store(db, *prepared, while_indexing=prepare_following)
            total += len(prepared[0])
            prepared = pending[0].result() if pending else None
    return total


def _batches(entries: Iterable[NewEntry], size: int) -> Iterator[list[NewEntry]]:
    iterator = iter(entries)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _prepare(entries: Sequence[NewEntry]) -> Prepared:
    rows, tags = [], []
    for item in entries:
        utc = format_instant(item.moment.utc)
        rows.append((
            item.moment.utc, utc, utc, item.moment.local_date.isoformat(), item.moment.tz_name,
            item.moment.utc_offset_minutes, item.title, item.body, item.prompt_id, item.mood_before,
            item.mood_after, item.word_count, search_extra(item.title, item.body),
            text_checksum(item.title, item.body),
        ))
        tags.append(item.tags)
    return rows, tags


def _store(db: Database, rows: list[tuple], tags: list[tuple[str, ...]],
           while_indexing: Callable[[], None] = lambda: None) -> None:
    with db.write() as session:
        # The write lock is held from BEGIN, so no one else inserts: the ids are
        # given here, max(id)+1 onward, and the search keys beside them.
        first = next_id(session)
        last = first + len(rows) - 1
        keys = claim_keys(session, (row[0] for row in rows))
        values = [(entry_id, key, *row[1:]) for entry_id, key, row in zip(range(first, last + 1), keys, rows)]
        connection = session.connection()
        # A larger page cache for the batch: the index and search-segment pages it
        # touches stay in memory (a third faster at 100,000); given back after.
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        try:
            _insert(connection, first, last, values, lambda: tag_entries(session, zip(range(first, last + 1), tags)),
                    while_indexing)
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


def _insert(connection, first: int, last: int, values: list[tuple],  # noqa: ANN001
            add_tags: Callable[[], None], while_indexing: Callable[[], None]) -> None:
    # The search triggers are set aside for the batch inside its transaction, so a
    # failure or a kill puts them back with everything else.
    triggers = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN {SEARCH_TRIGGERS}").all()
    if len(triggers) != len(SEARCH_TRIGGERS):  # never index a row twice, or not at all
        raise RuntimeError("the search triggers are not as this version made them")
    for name, _ in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    connection.exec_driver_sql(_INSERT, values)
    add_tags()
    # FTS5 writes its words out each time its memory of pending ones passes 'hashsize'
    # (1 MiB): with room for the whole batch it writes them once, a quarter faster.
    connection.exec_driver_sql(f"INSERT INTO entries_fts(entries_fts, rank) VALUES ('hashsize', {IMPORT_HASH_BYTES})")
    # Right before the longest call: each small call made while the helper works
    # waits for the GIL (measured: 0.2 s for a one-row statement).
    while_indexing()
    connection.exec_driver_sql(_INDEX, (first, last))
    connection.exec_driver_sql(f"INSERT INTO entries_fts(entries_fts, rank) VALUES ('hashsize', {FTS_HASH_BYTES})")
    for _, sql in triggers:
        connection.exec_driver_sql(sql)
