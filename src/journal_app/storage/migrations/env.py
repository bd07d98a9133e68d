"""Alembic environment: migrations run on the connection storage hands over."""
from __future__ import annotations

from alembic import context

from journal_app.storage.migrations_filter import include_object
from journal_app.storage.models import Base


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
