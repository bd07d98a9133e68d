"""An index that holds every figure Progress counts, so it never reads an entry's text;
and one for the Trash.

Revision ID: 0009_progress_index
Revises: 0008_search_in_time_order

Progress sums words, counts days and averages moods over live entries between two
dates. Without this index each figure scanned the whole table, texts and all (about
a second at 100,000 entries); the partial, covering index keeps only what those
sums need, in date order, for entries not in the Trash. (`deleted_at`, always NULL
in it, is there because SQLite reads a column the query names from the table
unless the index has it, even when the index's condition settles it.)
"""
import sqlalchemy as sa
from alembic import op

revision = "0009_progress_index"
down_revision = "0008_search_in_time_order"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entries_live_day", "entries",
                    ["local_date", "word_count", "prompt_id", "mood_before", "mood_after", "deleted_at"],
                    sqlite_where=sa.text("deleted_at IS NULL"))
    # The Trash is usually a handful of entries: found at once, not by a scan.
    op.create_index("ix_entries_trashed", "entries", ["deleted_at"], sqlite_where=sa.text("deleted_at IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_entries_trashed", table_name="entries")
    op.drop_index("ix_entries_live_day", table_name="entries")
