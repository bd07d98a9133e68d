"""Which schema revision a journal file is at, read without SQLAlchemy or Alembic.

Start-up reads the revision with one plain query; Alembic (~0.5 s to import) is
loaded only when an upgrade is actually needed.
"""
from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as driver

# Every revision this version of the app knows, oldest first. A test checks this
# list against the migration scripts, so the two cannot drift apart.
KNOWN_REVISIONS: tuple[str, ...] = ("0001_entries", "0002_tags_search", "0003_prompts_library_support",
                                     "0004_sessions_commitments", "0005_recovery_drafts",
                                     "0006_search_every_script", "0007_entry_checksums",
                                     "0008_search_in_time_order", "0009_progress_index",
                                     "0010_prompt_answers_index")
HEAD = KNOWN_REVISIONS[-1]


class NotAJournal(Exception):
    """The file is not a SQLite database we can read (damaged, or something else)."""


def read_revision(conn: driver.Connection) -> str | None:
    """The file's revision, or None for a new, empty database.

    Raises NotAJournal for a file that is not a readable database, or one that has
    tables but no revision (not ours)."""
    try:
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None:
                return str(row[0])
    except driver.DatabaseError as exc:
        raise NotAJournal(str(exc)) from exc
    if tables:
        raise NotAJournal("tables without a schema revision")
    return None


def backup_copy(conn: driver.Connection, target: Path, key: bytes | None = None) -> Path:
    """A consistent copy of the open database through SQLite's online backup API,
    encrypted with `key` when the journal is."""
    from .engine import unlock_connection
    from .files import ensure_private_file

    ensure_private_file(target)
    dest = driver.connect(str(target))
    try:
        unlock_connection(dest, key)
        conn.backup(dest)
    finally:
        dest.close()
    return target
