"""Noticing damage, and setting a damaged journal aside without writing to it.

At start, opening is the cheap check: the file opens, the key is right, the schema
is known, and reading the first pages succeeds (SQLite refuses a file shorter than
its header says). The full check runs in the background: SQLCipher's HMAC on every
page of an encrypted journal, SQLite's quick_check, and each entry's text against
the checksum written with it (plain SQLite has no page checksums).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..domain.checksum import text_checksum
from .engine import connect_plain
from .files import DB_NAME
from .key_file import KEY_FILE_NAME, sync_dir

BATCH = 500


@dataclass(frozen=True)
class Damage:
    what: str  # "pages" (failed HMAC), "structure" (quick_check), "entries" (a checksum)
    detail: str
    entry_ids: tuple[int, ...] = ()


class Stopped(Exception):
    """The check was asked to stop (the journal is locking or closing)."""


def full_check(path: Path, key: bytes | None, should_stop: Callable[[], bool] = lambda: False) -> Damage | None:
    """The background check, on its own read-only connection; None when all is well."""
    conn = connect_plain(path, key)
    try:
        conn.execute("PRAGMA query_only = ON")
        if key is not None:
            failures = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
            if failures:
                return Damage("pages", "; ".join(failures[:5]))
        _stop_if(should_stop)
        result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        if result != ["ok"]:
            return Damage("structure", "; ".join(result)[:500])
        return _check_entries(conn, should_stop)
    except Stopped:
        raise
    except Exception as exc:  # noqa: BLE001 - a page that cannot even be read is damage too
        return Damage("pages", str(exc))
    finally:
        conn.close()


def _check_entries(conn, should_stop: Callable[[], bool]) -> Damage | None:  # noqa: ANN001
    bad: list[int] = []
    last = 0
    while True:
        _stop_if(should_stop)
        rows = conn.execute("SELECT id, title, body, text_checksum FROM entries WHERE id > ? ORDER BY id LIMIT ?",
                            (last, BATCH)).fetchall()
        if not rows:
            break
        bad += [row[0] for row in rows if row[3] and text_checksum(row[1], row[2]) != row[3]]
        last = rows[-1][0]
    if bad:
        return Damage("entries", f"{len(bad)} entries differ from their checksum", tuple(bad))
    return None


def _stop_if(should_stop: Callable[[], bool]) -> None:
    if should_stop():
        raise Stopped


def move_aside(data_dir: Path, now: datetime | None = None) -> Path | None:
    """Rename a damaged journal (with its WAL and key file) out of the way, unchanged,
    so nothing writes to it again and a backup can take its place. Returns its new
    name, or None when there was nothing to move."""
    journal = data_dir / DB_NAME
    if not journal.exists() or journal.stat().st_size == 0:
        return None
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = data_dir / f"journal-damaged-{stamp}.sqlite3"
    for suffix in ("-wal", "-shm"):  # the WAL belongs to the damaged file: it moves with it
        side = journal.with_name(DB_NAME + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    key = data_dir / KEY_FILE_NAME
    if key.exists():
        aside.with_suffix(".key").write_bytes(key.read_bytes())  # restore brings its own key file
        os.chmod(aside.with_suffix(".key"), 0o600)
    os.replace(journal, aside)
    sync_dir(data_dir)
    return aside
