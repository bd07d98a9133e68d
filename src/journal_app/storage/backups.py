"""Backups: consistent copies made with SQLite's online backup, encrypted exactly as
the journal is, each with the key file of its time beside it.

    backups/journal-20261201T210400Z.sqlite3   the copy
    backups/journal-20261201T210400Z.key       the key file it opens with (encrypted only)

A copy is written under a temporary name and renamed when whole, so a backup that
was cut short is never listed (and is removed at the next backup).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .engine import connect_plain, is_encrypted_file, unlock_connection
from .files import PRIVATE_DIR, ensure_private_file
from .key_file import key_file_path, sync_dir

BACKUPS = "backups"
PREFIX = "journal-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class StoredBackup:
    path: Path
    made_at: datetime  # UTC, from the name
    size: int
    encrypted: bool

    @property
    def key_path(self) -> Path:
        return self.path.with_suffix(".key")


class BackupStopped(Exception):
    """The backup was given up (the journal is locking or the app closing)."""


class NotEnoughSpace(Exception):
    def __init__(self, needed: int, free: int) -> None:
        super().__init__(f"needs {needed} bytes, {free} free")
        self.needed, self.free = needed, free


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUPS


def name_for(moment: datetime) -> str:
    return PREFIX + moment.astimezone(timezone.utc).strftime(_STAMP) + SUFFIX


def list_backups(folder: Path) -> list[StoredBackup]:
    """The whole backups in `folder`, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.glob(PREFIX + "*" + SUFFIX):
        try:
            made = datetime.strptime(path.name[len(PREFIX):-len(SUFFIX)], _STAMP).replace(tzinfo=timezone.utc)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue  # not one of ours
        found.append(StoredBackup(path, made, size, is_encrypted_file(path)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def check_space(journal: Path, folder: Path, reserve: int) -> None:
    """NotEnoughSpace unless a copy of the journal fits with `reserve` bytes to spare."""
    needed = sum(p.stat().st_size for p in (journal, journal.with_name(journal.name + "-wal")) if p.exists())
    free = shutil.disk_usage(folder if folder.exists() else folder.parent).free
    if free - needed < reserve:
        raise NotEnoughSpace(needed, free)


def make_backup(journal: Path, key: bytes | None, target: Path,
                should_stop: Callable[[], bool] = lambda: False) -> Path:
    """Copy the open journal to `target` (and its key file beside it when encrypted).
    Other connections may go on writing meanwhile: the backup API copies a consistent
    state, as of the moment it finishes. `should_stop` is asked between steps: a
    backup given up leaves no file."""
    target.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    ensure_private_file(partial)
    source = connect_plain(journal, key)
    try:
        import sqlcipher3.dbapi2 as driver

        dest = driver.connect(str(partial))
        try:
            unlock_connection(dest, key)
            def step(_status: int, _remaining: int, _total: int) -> None:
                if should_stop():
                    raise BackupStopped

            source.backup(dest, pages=256, progress=step)  # in steps: writers are not held up for long
            dest.execute("PRAGMA journal_mode = DELETE")  # a single file, whatever the journal's mode
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    _fsync(partial)
    if key is not None:
        _copy_private(key_file_path(journal.parent), target.with_suffix(".key"))
    os.replace(partial, target)
    sync_dir(target.parent)
    return target


def remove_backup(backup: StoredBackup) -> None:
    backup.key_path.unlink(missing_ok=True)
    backup.path.unlink(missing_ok=True)


def remove_partials(folder: Path) -> None:
    if folder.is_dir():
        for partial in folder.glob("*" + PARTIAL):
            partial.unlink(missing_ok=True)


def count_entries(path: Path, key: bytes | None) -> int | None:
    """Entries in a backup (not in the Trash), or None when it cannot be read with
    `key` (damaged, or encrypted with another key)."""
    try:
        conn = connect_plain(path, key)
    except Exception:  # noqa: BLE001
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()[0])
    except Exception:  # noqa: BLE001 - the driver's errors share no useful base here
        return None
    finally:
        conn.close()


def _copy_private(source: Path, target: Path) -> None:
    """Copy `source` to `target` (0600), whole or not at all, without holding it in memory."""
    partial = target.with_name(target.name + PARTIAL)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with open(source, "rb") as reading, os.fdopen(os.dup(fd), "wb") as writing:
            shutil.copyfileobj(reading, writing, 1 << 20)
            writing.flush()
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        partial.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(partial, target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_backup(data_dir: Path, backup: StoredBackup, now: datetime) -> Path | None:
    """Put `backup` in the journal's place (the journal must be closed). The journal
    as it was is kept beside it first, as journal-before-restore-<time>.sqlite3 with
    its key file; returns that name (None if there was no journal). Every step is
    one rename, so a crash leaves either journal whole."""
    from .key_file import KEY_FILE_NAME

    journal = data_dir / "journal.sqlite3"
    wal = journal.with_name(journal.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise BackupInUse("the journal is still open")
    incoming = journal.with_name(journal.name + ".restoring")
    _copy_private(backup.path, incoming)
    stamp = now.astimezone(timezone.utc).strftime(_STAMP)
    kept = None
    if journal.exists() and journal.stat().st_size > 0:
        kept = data_dir / f"journal-before-restore-{stamp}{SUFFIX}"
        try:
            os.link(journal, kept)  # a second name: the journal stays in place until the swap
        except OSError:  # a file system without hard links
            _copy_private(journal, kept)
        key = data_dir / KEY_FILE_NAME
        if key.exists():
            _copy_private(key, kept.with_suffix(".key"))
    if backup.encrypted and backup.key_path.exists():
        _copy_private(backup.key_path, data_dir / KEY_FILE_NAME)  # first: the copy needs it
    for side in ("-wal", "-shm"):
        journal.with_name(journal.name + side).unlink(missing_ok=True)
    os.replace(incoming, journal)
    if not backup.encrypted:
        (data_dir / KEY_FILE_NAME).unlink(missing_ok=True)
    sync_dir(data_dir)
    return kept


class BackupInUse(Exception):
    """The journal is open: it cannot be replaced under itself."""
