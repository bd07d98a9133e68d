"""Backups and the background check: what the app makes on its own (at most once a
day, and on closing after changes), "Back up now", and restoring.

A backup is made only after the full check finds the journal whole, so damage is
never copied over the good backups that could repair it.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.backup import (
    SKIPPED_DAMAGED, SKIPPED_SPACE, SKIPPED_STOPPED, SKIPPED_UNCHANGED, BackupInfo, BackupOutcome,
)
from ..domain.backup_rotation import backups_to_keep
from ..domain.errors import ErrorCode, JournalError
from ..domain.settings import BACKUP_DAILY, BACKUP_WEEKLY
from ..storage import backups as stored
from ..storage import health
from ..storage.database import Database
from ..storage.key_file import key_file_path
from .clock import Clock, system_clock

RESERVE = 200 * 1024 * 1024  # never fill the disk: the journal itself needs room to grow
DAY = timedelta(hours=24)


class BackupService:
    def __init__(self, db: Database, data_dir: Path, settings, clock: Clock = system_clock) -> None:  # noqa: ANN001
        self._db = db
        self._data_dir = data_dir
        self._settings = settings
        self._clock = clock
        self.reserve = RESERVE
        self._commits_backed_up = 0

    @property
    def folder(self) -> Path:
        return stored.backups_dir(self._data_dir)

    def backups(self) -> list[BackupInfo]:
        """The automatic backups, newest first, each with its entry count."""
        return [self._describe(b) for b in stored.list_backups(self.folder)]

    def last_backup_at(self) -> datetime | None:
        found = stored.list_backups(self.folder)
        return found[0].made_at if found else None

    def changed_since_last(self) -> bool:
        """Whether the journal was written to after the newest backup was made (the
        files' own times: cheap, and both from the same clock)."""
        found = stored.list_backups(self.folder)
        if not found:
            return True
        paths = [self._db.path, self._db.path.with_name(self._db.path.name + "-wal")]
        written = max((p.stat().st_mtime_ns for p in paths if p.exists()), default=0)
        # A checkpoint touches the file without changing it: at worst one backup too many.
        return written > found[0].path.stat().st_mtime_ns

    def changed_this_session(self) -> bool:
        """Whether this program wrote to the journal since it opened it or since its
        last backup. The closing backup asks this, not the files' times: opening a
        journal touches its write-ahead log without changing a thing, and at 100,000
        entries a needless backup keeps the app alive for seconds after its window."""
        return self._db.commits > self._commits_backed_up

    def due(self) -> bool:
        """The once-a-day backup: none in the last 24 hours, and something changed."""
        last = self.last_backup_at()
        now = self._clock().utc
        return (last is None or now - last >= DAY) and self.changed_since_last()

    def check(self, should_stop: Callable[[], bool] = lambda: False) -> health.Damage | None:
        """The full check (every page, every entry's checksum); None when all is well."""
        return health.full_check(self._db.path, self._db.key, should_stop)

    def back_up(self, should_stop: Callable[[], bool] = lambda: False, *, only_if_changed: bool = True) -> BackupOutcome:
        """Check, copy, rotate. Skipped (with the reason) when nothing changed, when
        the check finds damage, or when the disk is nearly full."""
        if only_if_changed and not self.changed_since_last():
            return BackupOutcome(None, SKIPPED_UNCHANGED)
        damage = self.check(should_stop)
        if damage is not None:
            return BackupOutcome(None, SKIPPED_DAMAGED, damage.detail)
        stored.remove_partials(self.folder)
        try:
            stored.check_space(self._db.path, self.folder, self.reserve)
        except stored.NotEnoughSpace as short:
            return BackupOutcome(None, SKIPPED_SPACE, f"{short.free} bytes free")
        target = self.folder / stored.name_for(self._clock().utc)
        commits = self._db.commits  # what this copy holds at least
        try:
            stored.make_backup(self._db.path, self._db.key, target, should_stop)
        except stored.BackupStopped:
            return BackupOutcome(None, SKIPPED_STOPPED)
        except OSError as exc:  # the disk filled up meanwhile: the partial copy is gone
            return BackupOutcome(None, SKIPPED_SPACE, str(exc))
        self._commits_backed_up = commits
        self._rotate()
        made = next(b for b in stored.list_backups(self.folder) if b.path == target)
        return BackupOutcome(self._describe(made))

    def back_up_to(self, folder: Path) -> Path:
        """"Back up now" into a folder the person chose (not rotated; theirs to keep).
        An encrypted journal's key file goes beside it: the copy opens on its own."""
        moment = self._clock().utc
        target = folder / f"Intertwined backup {moment.strftime('%Y-%m-%d %H%M%S')}.sqlite3"
        try:
            stored.check_space(self._db.path, folder, 0)
            stored.make_backup(self._db.path, self._db.key, target)
        except stored.NotEnoughSpace as exc:
            raise JournalError(ErrorCode.SAVE_FAILED, reason=str(exc), disk=True) from exc
        except OSError as exc:
            raise JournalError(ErrorCode.SAVE_FAILED, reason=str(exc)) from exc
        return target

    def _rotate(self) -> None:
        found = stored.list_backups(self.folder)
        keep = backups_to_keep([b.made_at for b in found], self._settings.get(BACKUP_DAILY),
                               self._settings.get(BACKUP_WEEKLY))
        for backup in found:
            if backup.made_at not in keep:
                stored.remove_backup(backup)

    def _describe(self, backup: stored.StoredBackup) -> BackupInfo:
        return describe(backup, self._db.key, self._data_dir)


def describe(backup: stored.StoredBackup, key: bytes | None, data_dir: Path) -> BackupInfo:
    current_key_file = key_file_path(data_dir)
    other = backup.encrypted and backup.key_path.exists() and (
        not current_key_file.exists() or backup.key_path.read_bytes() != current_key_file.read_bytes())
    return BackupInfo(backup.path, backup.made_at, backup.size,
                      stored.count_entries(backup.path, key if backup.encrypted else None),
                      backup.encrypted, other)


def newest_good_backup(data_dir: Path, key: bytes | None) -> BackupInfo | None:
    """The newest backup that reads whole (with today's key, for an encrypted one)."""
    for backup in stored.list_backups(stored.backups_dir(data_dir)):
        info = describe(backup, key, data_dir)
        if info.entries is not None and health.full_check(backup.path, key if backup.encrypted else None) is None:
            return info
    return None


def restore(data_dir: Path, backup: BackupInfo, now: datetime) -> Path | None:
    """Put a backup in the journal's place (the journal must be closed); the journal
    as it was is kept beside it, and its name returned."""
    found = next((b for b in stored.list_backups(backup.path.parent) if b.path == backup.path), None)
    if found is None:
        raise JournalError(ErrorCode.NOT_FOUND, path=str(backup.path))
    try:
        return stored.restore_backup(data_dir, found, now)
    except stored.BackupInUse as exc:
        raise JournalError(ErrorCode.JOURNAL_IN_USE, reason=str(exc)) from exc
    except OSError as exc:
        raise JournalError(ErrorCode.SAVE_FAILED, reason=str(exc)) from exc


def move_damaged_aside(data_dir: Path, now: datetime) -> Path | None:
    return health.move_aside(data_dir, now)


__all__ = ["SKIPPED_DAMAGED", "SKIPPED_SPACE", "SKIPPED_UNCHANGED", "BackupService", "newest_good_backup",
           "restore", "move_damaged_aside"]
