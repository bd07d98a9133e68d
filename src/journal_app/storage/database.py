"""Opening the journal: check the revision cheaply, upgrade safely, hand out sessions.

SQLAlchemy is imported when the engine is made, not with this module: checking the
journal (`check_journal`) needs the driver alone."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ErrorCode, JournalError
from . import schema
from .engine import connect_plain, is_encrypted_file, make_engine
from .files import database_path, ensure_private_dir, ensure_private_file, repair_permissions
from .upgrade_copies import prune_upgrade_copies, upgrade_copy_path

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session


class Database:
    """The open journal database: one engine, short transactions."""

    def __init__(self, path: Path, engine: Engine, key: bytes | None = None) -> None:
        from sqlalchemy.orm import sessionmaker

        self.path = path
        self.engine = engine
        # For copies made beside the open journal (backups, checks) in its own form;
        # dropped with the Database when the journal locks.
        self.key = key
        self._reads = sessionmaker(engine, expire_on_commit=False)
        # Writes take the write lock at BEGIN, so a concurrent writer (the command
        # line) makes us wait (busy timeout) instead of failing mid-transaction.
        self._writes = sessionmaker(
            engine.execution_options(immediate=True), expire_on_commit=False
        )
        self.commits = 0  # write transactions committed through this Database (backups ask)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reads() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction, committed on success and rolled back on any error."""
        with self._writes.begin() as session:
            yield session
        self.commits += 1

    def close(self) -> None:
        self.engine.dispose()
        self.key = None


def open_database(data_dir: Path, key: bytes | None = None) -> Database:
    """Open (creating or upgrading as needed) the journal in `data_dir`; an encrypted
    journal needs its data key (services/encryption.py unwraps it).

    A journal at an older revision is copied beside itself before it is upgraded.
    A journal from a newer version of the app, or a file that is not a journal, is
    refused with a JournalError and left exactly as it was.
    """
    from .conversion import JournalInUse, finish_interrupted

    ensure_private_dir(data_dir)
    repair_permissions(data_dir)
    try:
        finish_interrupted(data_dir)
    except JournalInUse as exc:
        raise JournalError(ErrorCode.JOURNAL_IN_USE, path=str(data_dir)) from exc
    path = database_path(data_dir)
    encrypted = is_encrypted_file(path)
    if encrypted and key is None:
        from .key_file import key_file_path

        if key_file_path(data_dir).exists():
            raise JournalError(ErrorCode.JOURNAL_LOCKED, path=str(path))
        # Damaged, not a journal, or encrypted with its key file gone: all unreadable.
        raise JournalError(ErrorCode.JOURNAL_UNREADABLE, path=str(path), no_key_file=True)
    key = key if encrypted else None  # a journal decrypted meanwhile opens as it is
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        ensure_private_file(path)
    try:
        conn = connect_plain(path, key)  # no pragmas: a refused file must stay untouched
    except Exception as exc:  # the driver raises on files it cannot open
        raise JournalError(ErrorCode.JOURNAL_UNREADABLE, path=str(path), reason=str(exc)) from exc
    try:
        revision = _checked_revision(conn, path)
        if revision != schema.HEAD and revision is not None:
            copy = schema.backup_copy(conn, upgrade_copy_path(path, revision, datetime.now(timezone.utc)), key)
            if key is not None:
                from .conversion import carry_key_file
                from .key_file import key_file_path

                carry_key_file(key_file_path(data_dir), copy)
    finally:
        conn.close()
    if key is not None:
        _encrypt_plain_copies(data_dir, key)

    engine = make_engine(path, key)
    if revision != schema.HEAD:
        _upgrade(data_dir, path, engine, new=revision is None)
        if revision is not None:
            prune_upgrade_copies(data_dir)  # older copies go; the one just made stays
    return Database(path, engine, key)


def _upgrade(data_dir: Path, path: Path, engine: Engine, new: bool) -> None:
    """Create or upgrade the schema, one program at a time: the window and a command
    started at the same moment on a new journal must not both run the migrations."""
    from . import migrate  # Alembic costs ~0.5 s to import: only when needed
    from .conversion import JournalInUse, holding_conversion_lock

    try:
        with holding_conversion_lock(data_dir, wait=60):
            migrate.upgrade(engine)  # a no-op if the other program finished it meanwhile
    except JournalInUse as exc:
        engine.dispose()
        raise JournalError(ErrorCode.JOURNAL_IN_USE, path=str(data_dir)) from exc
    except Exception as exc:
        engine.dispose()
        raise JournalError(ErrorCode.UPGRADE_FAILED, path=str(path), reason=str(exc), new=new) from exc


def _checked_revision(conn, path: Path) -> str | None:  # noqa: ANN001
    try:
        revision = schema.read_revision(conn)
    except schema.NotAJournal as exc:
        raise JournalError(ErrorCode.JOURNAL_UNREADABLE, path=str(path), reason=str(exc)) from exc
    if revision is not None and revision not in schema.KNOWN_REVISIONS:
        raise JournalError(ErrorCode.JOURNAL_TOO_NEW, path=str(path), revision=revision)
    return revision


def _encrypt_plain_copies(data_dir: Path, key: bytes) -> None:
    """Copies left plain by an encryption that was stopped are encrypted now."""
    from .conversion import copies_follow

    copies_follow(data_dir, key)
