"""A checksum of every entry's text, for the background check.

Revision ID: 0007_entry_checksums
Revises: 0006_search_every_script

Added with ALTER TABLE (no table rebuild, so the FTS triggers stay) and filled in
for the entries already there, in batches.
"""
import sqlalchemy as sa
from alembic import op

from journal_app.domain.checksum import text_checksum

revision = "0007_entry_checksums"
down_revision = "0006_search_every_script"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    op.add_column("entries", sa.Column("text_checksum", sa.String, nullable=False, server_default=""))
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(sa.text("SELECT id, title, body FROM entries WHERE id > :last ORDER BY id "
                                          "LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            break
        connection.execute(sa.text("UPDATE entries SET text_checksum = :sum WHERE id = :id"),
                           [{"id": r[0], "sum": text_checksum(r[1], r[2])} for r in rows])
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("text_checksum")
