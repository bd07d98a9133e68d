"""Alembic environment: migrations run on the connection storage hands over."""
from __future__ import annotations

from alembic import context

from journal_app.storage.models import Base


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # FTS5 virtual tables and their shadow tables are written by hand in the
    # migrations; autogenerate would otherwise propose dropping them.
    return not (name or "").startswith("entries_fts")


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through journal_app.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
