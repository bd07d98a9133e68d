"""Search that finds Chinese, Japanese and emoji: a column of extra index tokens.

Revision ID: 0006_search_every_script
Revises: 0005_recovery_drafts

`entries.search_extra` holds each CJK character and each emoji of an entry's title
and text as separate tokens (domain/search_terms.py); the FTS table indexes it
beside title and body. The column is added with ALTER TABLE (no table rebuild), the
existing entries are filled in, and the FTS table and its triggers are made anew,
now with the column: any later migration that rebuilds `entries` must recreate them.
"""
import sqlalchemy as sa
from alembic import op

from journal_app.domain.search_terms import extra_tokens

revision = "0006_search_every_script"
down_revision = "0005_recovery_drafts"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 categories 'L* N* Co M*'"
TRIGGERS = ("entries_fts_insert", "entries_fts_delete", "entries_fts_update")
BATCH = 2000


def _create_fts(columns: str) -> None:
    values_new = ", ".join(f"new.{c}" for c in columns.split(", "))
    values_old = ", ".join(f"old.{c}" for c in columns.split(", "))
    op.execute(f"CREATE VIRTUAL TABLE entries_fts USING fts5({columns}, content='entries', "
               f"content_rowid='id', tokenize=\"{TOKENIZE}\")")
    op.execute(f"CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN "
               f"INSERT INTO entries_fts(rowid, {columns}) VALUES (new.id, {values_new}); END")
    op.execute(f"CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN "
               f"INSERT INTO entries_fts(entries_fts, rowid, {columns}) VALUES ('delete', old.id, {values_old}); END")
    op.execute(f"CREATE TRIGGER entries_fts_update AFTER UPDATE OF {columns} ON entries BEGIN "
               f"INSERT INTO entries_fts(entries_fts, rowid, {columns}) VALUES ('delete', old.id, {values_old}); "
               f"INSERT INTO entries_fts(rowid, {columns}) VALUES (new.id, {values_new}); END")
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def _drop_fts() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS entries_fts")


def upgrade() -> None:
    op.add_column("entries", sa.Column("search_extra", sa.Text, nullable=False, server_default=""))
    connection = op.get_bind()
    last = 0
    while True:  # in batches, so a journal of years does not sit in memory at once
        rows = connection.execute(sa.text("SELECT id, coalesce(title, ''), body FROM entries "
                                          "WHERE id > :last ORDER BY id LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            break
        connection.execute(sa.text("UPDATE entries SET search_extra = :extra WHERE id = :id"),
                           [{"id": r[0], "extra": f"{extra_tokens(r[1])} {extra_tokens(r[2])}".strip()}
                            for r in rows])
        last = rows[-1][0]
    _drop_fts()
    _create_fts("title, body, search_extra")


def downgrade() -> None:
    _drop_fts()
    _create_fts("title, body")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("search_extra")
