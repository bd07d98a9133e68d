"""The person's own things around the content: today's prompt, favourites, own
prompts, library marks and resources, support contacts, imported prompt packs.

Revision ID: 0003_prompts_library_support
Revises: 0002_tags_search
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_prompts_library_support"
down_revision = "0002_tags_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per local date a prompt was offered, with its text, so Today shows it
    # at start without loading the content files, and so choices never repeat early.
    op.create_table(
        "daily_prompts",
        sa.Column("local_date", sa.Date, primary_key=True),
        sa.Column("prompt_id", sa.String, nullable=False),
        sa.Column("prompt_text", sa.Text, nullable=False),
        sa.Column("chosen_at", sa.String(27), nullable=False),
    )
    op.create_index("ix_daily_prompts_prompt", "daily_prompts", ["prompt_id"])
    op.create_table(
        "favourite_prompts",
        sa.Column("prompt_id", sa.String, primary_key=True),
        sa.Column("added_at", sa.String(27), nullable=False),
    )
    op.create_table(
        "own_prompts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("theme", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("follow_ups", sa.Text, nullable=False, server_default="[]"),  # JSON list
        sa.Column("intensity", sa.String, nullable=False, server_default="gentle"),
        sa.Column("content_note", sa.Text),
        sa.Column("audience", sa.String, nullable=False, server_default="everyone"),
        sa.Column("created_at", sa.String(27), nullable=False),
        sa.Column("updated_at", sa.String(27), nullable=False),
    )
    op.create_table(
        "library_marks",
        sa.Column("item_id", sa.String, primary_key=True),
        sa.Column("saved", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("read", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("updated_at", sa.String(27), nullable=False),
    )
    op.create_table(
        "own_resources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("kind", sa.String, nullable=False, server_default="article"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("url", sa.Text),
        sa.Column("created_at", sa.String(27), nullable=False),
    )
    op.create_table(
        "support_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("how_to_reach", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    # A prompt pack a person imported (from their therapist, say), kept whole as
    # its TOML so it travels with the journal and its backups.
    op.create_table(
        "prompt_packs",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("imported_at", sa.String(27), nullable=False),
    )


def downgrade() -> None:
    for table in ("prompt_packs", "support_contacts", "own_resources", "library_marks",
                  "own_prompts", "favourite_prompts", "daily_prompts"):
        op.drop_table(table)
