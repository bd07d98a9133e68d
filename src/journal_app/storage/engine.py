"""The one place that knows how the journal database is opened: driver, pragmas,
transactions. Encryption (a key pragma on connect) will be added here and only here."""
from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as driver
from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def connect_plain(path: Path) -> driver.Connection:
    """A DB-API connection that changes nothing on its own (no journal-mode switch),
    for reading the schema revision and taking copies before anything is decided."""
    conn = driver.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _apply_pragmas(conn: driver.Connection) -> None:
    cur = conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk before we tell the person "Saved".
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    # Freed pages are overwritten with zeros: text deleted forever is not left behind.
    cur.execute("PRAGMA secure_delete = ON")
    cur.close()


def make_engine(path: Path) -> Engine:
    """The engine for the journal file.

    The real file URL (not `creator=` on `sqlite://`) makes SQLAlchemy choose a pool
    meant for files. The driver's own transaction handling is switched off and we
    emit BEGIN ourselves (SQLAlchemy's documented recipe for pysqlite), so that DDL
    in migrations is transactional and write sessions can take the write lock at
    once (BEGIN IMMEDIATE) instead of failing on upgrade from a read lock in WAL.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        module=driver,
        connect_args={"check_same_thread": False},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None
        _apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
