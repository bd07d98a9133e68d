"""The one place that knows how the journal database is opened: driver, pragmas,
transactions, and the encryption key (SQLCipher's key pragma, first on every
connection).

Only `make_engine` needs SQLAlchemy (~0.4 s to import), so it imports it itself: the
plain connections (the revision check, Today's first read, copies) start without it."""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as driver

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 5000


PLAIN_HEADER = b"SQLite format 3\x00"


def key_pragma(key: bytes | None) -> str | None:
    """SQLCipher's pragma for a raw 256-bit key (used as it is: no second stretching)."""
    return None if key is None else f"PRAGMA key = \"x'{key.hex()}'\""


def unlock_connection(conn: driver.Connection, key: bytes | None) -> None:
    # SQLCipher writes a line to stderr for every page it cannot decrypt: our errors
    # say it in the person's words instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))


def is_encrypted_file(path: Path) -> bool:
    """True when `path` holds something other than a plain SQLite database (an
    encrypted journal, or a damaged file: opening tells them apart). An empty or
    missing file is a new journal, not encrypted."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return bool(header) and header != PLAIN_HEADER


def connect_plain(path: Path, key: bytes | None = None) -> driver.Connection:
    """A DB-API connection that changes nothing on its own (no journal-mode switch),
    for reading the schema revision and taking copies before anything is decided."""
    conn = driver.connect(str(path), check_same_thread=False, isolation_level=None)
    unlock_connection(conn, key)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _set_wal(cur: driver.Cursor) -> None:
    """WAL mode, waiting as the busy timeout would: while another program's last
    connection checkpoints and removes the log (the command line beside the window),
    this pragma is refused at once, without the busy handler."""
    waited = 0.0
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except driver.OperationalError as exc:
            if "locked" not in str(exc) or waited * 1000 >= BUSY_TIMEOUT_MS:
                raise
            time.sleep(0.02)
            waited += 0.02


def _apply_pragmas(conn: driver.Connection) -> None:
    cur = conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _set_wal(cur)
    # FULL: a commit is on disk before we tell the person "Saved".
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    # Freed pages are overwritten with zeros: text deleted forever is not left behind.
    cur.execute("PRAGMA secure_delete = ON")
    cur.close()


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine for the journal file (encrypted with `key` when one is given).

    The real file URL (not `creator=` on `sqlite://`) makes SQLAlchemy choose a pool
    meant for files. The driver's own transaction handling is switched off and we
    emit BEGIN ourselves (SQLAlchemy's documented recipe for pysqlite), so that DDL
    in migrations is transactional and write sessions can take the write lock at
    once (BEGIN IMMEDIATE) instead of failing on upgrade from a read lock in WAL.
    """
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",
        module=driver,
        connect_args={"check_same_thread": False},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None
        unlock_connection(dbapi_conn, key)
        _apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
