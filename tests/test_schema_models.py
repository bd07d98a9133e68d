"""The ORM models and the migrations describe the same schema, FTS tables aside."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from journal_app.storage.database import open_database
from journal_app.storage.migrations_filter import include_object
from journal_app.storage.models import Base


def test_autogenerate_finds_nothing_to_change_and_leaves_search_alone(data_dir) -> None:  # noqa: ANN001
    db = open_database(data_dir)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": include_object})
            assert compare_metadata(context, Base.metadata) == []
            # Without the filter, autogenerate would propose dropping the FTS tables.
            bare = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            assert any("entries_fts" in str(diff) for diff in bare)
    finally:
        db.close()
