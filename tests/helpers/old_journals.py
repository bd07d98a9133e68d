"""Journals as older versions of the app left them, for the upgrade tests: the
schema migrated up to a given revision only, and entries written straight into
its tables, with the columns that revision had."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import sqlcipher3.dbapi2 as driver

from journal_app.storage import migrate
from journal_app.storage.engine import make_engine
from journal_app.storage.files import database_path


def old_entry(instant: str, day: str, body: str, **more: object) -> dict[str, object]:
    """An entries row as every revision has it (written in London, four words),
    with any columns a later revision added given in `more`."""
    return {"written_at": instant, "updated_at": instant, "local_date": day, "tz_name": "Europe/London",
            "utc_offset_minutes": 60, "body": body, "word_count": 4, **more}


def journal_at(data_dir: Path, revision: str, entries: Sequence[dict[str, object]]) -> Path:
    """A new journal folder at `revision`, holding `entries`; returns the database path."""
    data_dir.mkdir(mode=0o700)
    path = database_path(data_dir)
    engine = make_engine(path)
    migrate.upgrade(engine, revision)
    engine.dispose()
    conn = driver.connect(str(path))
    try:
        for row in entries:
            conn.execute(f"INSERT INTO entries ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                         tuple(row.values()))
        conn.commit()
    finally:
        conn.close()
    return path
