"""What Alembic's autogenerate may compare: everything but the FTS5 tables."""


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    # FTS5 virtual tables and their shadow tables are written by hand in the
    # migrations; autogenerate would otherwise propose dropping them.
    return not (name or "").startswith(("entries_fts", "trash_fts"))
