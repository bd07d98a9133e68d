"""Entries and settings.

Revision ID: 0001_entries
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_entries"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("written_at", sa.String(27), nullable=False),
        sa.Column("updated_at", sa.String(27), nullable=False),
        sa.Column("local_date", sa.Date, nullable=False),
        sa.Column("tz_name", sa.String, nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("prompt_id", sa.String),
        sa.Column("mood_before", sa.Integer),
        sa.Column("mood_after", sa.Integer),
        sa.Column("word_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("deleted_at", sa.String(27)),
        sa.CheckConstraint("mood_before BETWEEN 1 AND 5", name="ck_entries_mood_before"),
        sa.CheckConstraint("mood_after BETWEEN 1 AND 5", name="ck_entries_mood_after"),
    )
    op.create_index(
        "ix_entries_live_written",
        "entries",
        ["written_at", "id"],
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index("ix_entries_local_date", "entries", ["local_date"])
    op.create_index("ix_entries_prompt", "entries", ["prompt_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_table("entries")
