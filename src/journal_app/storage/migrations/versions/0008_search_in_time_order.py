"""Search that stays fast at 100,000 entries: index rows numbered in time order.

Revision ID: 0008_search_in_time_order
Revises: 0007_entry_checksums

Before, the search index was numbered by entry id, so "newest first" had to find
every match, join it to its entry and sort them all, and the snippet was made for
every match before the sort threw most away: 3.5 s for a common word at 100,000
entries. Now each entry has a `search_key` that grows with its written time
(storage/search_key.py) and the index is numbered by it, so FTS5 itself walks the
matches newest first and stops after one page.

The live entries and the Trash get an index each (`entries_fts`, `trash_fts`),
kept by triggers that move an entry between them when it is trashed or restored:
counting matches is then FTS5's own count, with nothing to subtract. (No prefix
index: `prefix='3'` made prefix search faster but the index three times the size
and bulk import 75% slower; a word being typed matches as a prefix from its fourth
letter instead, see storage/search.py.)
"""
import sqlalchemy as sa
from alembic import op

from journal_app.storage.search_key import first_key
from journal_app.storage.models import parse_instant

revision = "0008_search_in_time_order"
down_revision = "0007_entry_checksums"
branch_labels = None
depends_on = None

BATCH = 5000
COLUMNS = ("title", "body", "search_extra")
TOKENIZE = "unicode61 categories 'L* N* Co M*'"
OLD_TRIGGERS = ("entries_fts_insert", "entries_fts_delete", "entries_fts_update")
# Each index with the condition that puts an entry in it.
INDEXES = {"entries_fts": "IS NULL", "trash_fts": "IS NOT NULL"}


def _values(prefix: str) -> str:
    return ", ".join(f"{prefix}.{c}" for c in COLUMNS)


def create_indexes() -> None:
    """The two search indexes and the triggers that keep them (also used by tests)."""
    columns = ", ".join(COLUMNS)
    inserts, deletes = [], []
    for name, condition in INDEXES.items():
        op.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({columns}, content='entries', "
                   f"content_rowid='search_key', tokenize=\"{TOKENIZE}\")")
        # INSERT ... SELECT ... WHERE: a trigger body has no IF, so the condition picks the index.
        inserts.append(f"INSERT INTO {name}(rowid, {columns}) SELECT new.search_key, {_values('new')} "
                       f"WHERE new.deleted_at {condition};")
        deletes.append(f"INSERT INTO {name}({name}, rowid, {columns}) SELECT 'delete', old.search_key, "
                       f"{_values('old')} WHERE old.deleted_at {condition};")
        op.execute(f"INSERT INTO {name}(rowid, {columns}) SELECT search_key, {columns} FROM entries "
                   f"WHERE deleted_at {condition}")
    op.execute(f"CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN {' '.join(inserts)} END")
    op.execute(f"CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN {' '.join(deletes)} END")
    op.execute(f"CREATE TRIGGER entries_search_update AFTER UPDATE OF {columns}, search_key, deleted_at "
               f"ON entries BEGIN {' '.join(deletes)} {' '.join(inserts)} END")


def _set_keys(connection, batch: list[dict]) -> None:  # noqa: ANN001
    if batch:
        connection.execute(sa.text("UPDATE entries SET search_key = :key WHERE id = :id"), batch)
        batch.clear()


def upgrade() -> None:
    for trigger in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
    op.add_column("entries", sa.Column("search_key", sa.Integer))
    connection = op.get_bind()
    taken: set[int] = set()
    batch = []
    # Oldest first, each entry taking the first free number of its minute (storage/search_key.py).
    for entry_id, written_at in connection.execute(sa.text("SELECT id, written_at FROM entries "
                                                          "ORDER BY written_at, id")).all():
        key = first_key(parse_instant(written_at))
        while key in taken:
            key += 1
        taken.add(key)
        batch.append({"id": entry_id, "key": key})
        if len(batch) >= BATCH:
            _set_keys(connection, batch)
    _set_keys(connection, batch)
    op.create_index("ix_entries_search_key", "entries", ["search_key"], unique=True)
    create_indexes()


def downgrade() -> None:
    for trigger in ("entries_search_insert", "entries_search_delete", "entries_search_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for name in INDEXES:
        op.execute(f"DROP TABLE IF EXISTS {name}")
    op.drop_index("ix_entries_search_key", table_name="entries")
    op.execute("ALTER TABLE entries DROP COLUMN search_key")
    columns = ", ".join(COLUMNS)
    op.execute(f"CREATE VIRTUAL TABLE entries_fts USING fts5({columns}, content='entries', "
               f"content_rowid='id', tokenize=\"{TOKENIZE}\")")
    op.execute(f"CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN "
               f"INSERT INTO entries_fts(rowid, {columns}) VALUES (new.id, {_values('new')}); END")
    op.execute(f"CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN "
               f"INSERT INTO entries_fts(entries_fts, rowid, {columns}) VALUES ('delete', old.id, {_values('old')}); END")
    op.execute(f"CREATE TRIGGER entries_fts_update AFTER UPDATE OF {columns} ON entries BEGIN "
               f"INSERT INTO entries_fts(entries_fts, rowid, {columns}) VALUES ('delete', old.id, {_values('old')}); "
               f"INSERT INTO entries_fts(rowid, {columns}) VALUES (new.id, {_values('new')}); END")
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
