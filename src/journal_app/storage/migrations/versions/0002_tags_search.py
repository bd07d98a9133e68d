"""Tags, and full-text search over entries.

Revision ID: 0002_tags_search
Revises: 0001_entries

The FTS5 table indexes the entries table (external content) and is kept in sync by
triggers. The tokenizer keeps combining marks inside words, so Tamil and Malayalam
words stay whole and a near-miss spelling does not match. Any later migration that
rebuilds `entries` (batch_alter_table) drops these triggers and must recreate them.
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_tags_search"
down_revision = "0001_entries"
branch_labels = None
depends_on = None

TOKENIZE = "unicode61 categories 'L* N* Co M*'"


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(collation="NOCASE"), nullable=False, unique=True),
    )
    op.create_table(
        "entry_tags",
        sa.Column(
            "entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True
        ),
    )
    op.create_index("ix_entry_tags_tag", "entry_tags", ["tag_id"])

    op.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5("
        "title, body, content='entries', content_rowid='id', "
        f'tokenize="{TOKENIZE}")'
    )
    op.execute(
        "CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN "
        "INSERT INTO entries_fts(rowid, title, body) VALUES (new.id, new.title, new.body); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN "
        "INSERT INTO entries_fts(entries_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN "
        "INSERT INTO entries_fts(entries_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); "
        "INSERT INTO entries_fts(rowid, title, body) VALUES (new.id, new.title, new.body); "
        "END"
    )
    # Entries written before this revision become searchable too.
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("entries_fts_insert", "entries_fts_delete", "entries_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
    op.drop_table("entry_tags")
    op.drop_table("tags")
