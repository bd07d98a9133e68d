"""Recovery drafts: words typed since the last save, kept about every second.

Revision ID: 0005_recovery_drafts
Revises: 0004_sessions_commitments
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_recovery_drafts"
down_revision = "0004_sessions_commitments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_drafts",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("entry_id", sa.Integer),
        sa.Column("prompt_id", sa.String),
        sa.Column("title", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("saved_at", sa.String(27), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("recovery_drafts")
