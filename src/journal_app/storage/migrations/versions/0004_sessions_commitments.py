"""Guided writing sessions and the commitments made in them.

Revision ID: 0004_sessions_commitments
Revises: 0003_prompts_library_support

New tables only: `entries` is not rebuilt, so its search triggers stay as they are.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_sessions_commitments"
down_revision = "0003_prompts_library_support"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("action_id", sa.String),
        sa.Column("due_on", sa.Date),
        sa.Column("made_at", sa.String(27), nullable=False),
        sa.Column("made_on", sa.Date, nullable=False),
        sa.Column("state", sa.String, nullable=False, server_default="open"),
        sa.Column("state_changed_at", sa.String(27)),
        sa.Column("state_changed_on", sa.Date),
        sa.Column("prompt_id", sa.String),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="SET NULL")),
        sa.CheckConstraint("state IN ('open', 'kept', 'dropped')", name="ck_commitments_state"),
    )
    op.create_index("ix_commitments_state", "commitments", ["state"])
    op.create_table(
        "writing_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("prompt_id", sa.String, nullable=False),
        sa.Column("step", sa.String, nullable=False),
        sa.Column("started_at", sa.String(27), nullable=False),
        sa.Column("updated_at", sa.String(27), nullable=False),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entries.id", ondelete="SET NULL")),
        sa.Column("mood_before", sa.Integer),
        sa.Column("feelings", sa.Text, nullable=False, server_default="[]"),
        sa.Column("body_note", sa.Text, nullable=False, server_default=""),
        sa.Column("follow_ups_shown", sa.Integer, nullable=False, server_default="0"),
        sa.Column("mood_after", sa.Integer),
        sa.Column("commitment_id", sa.Integer, sa.ForeignKey("commitments.id", ondelete="SET NULL")),
        sa.Column("commitment_draft", sa.Text, nullable=False, server_default="{}"),  # JSON
        sa.Column("outcome", sa.String),
        sa.Column("ended_at", sa.String(27)),
        sa.CheckConstraint("mood_before BETWEEN 1 AND 5", name="ck_writing_sessions_mood_before"),
        sa.CheckConstraint("mood_after BETWEEN 1 AND 5", name="ck_writing_sessions_mood_after"),
        sa.CheckConstraint("step IN ('check-in', 'prompt', 'writing', 'commitment', 'check-out')",
                           name="ck_writing_sessions_step"),
        sa.CheckConstraint("outcome IN ('finished', 'set-aside')", name="ck_writing_sessions_outcome"),
    )
    op.create_index("ix_writing_sessions_open", "writing_sessions", ["updated_at"],
                    sqlite_where=sa.text("outcome IS NULL"))


def downgrade() -> None:
    op.drop_table("writing_sessions")
    op.drop_table("commitments")
