"""The copy of the journal made before each upgrade, and how many are kept.

Opening a journal made by an older version copies it aside first (database.py),
so a failed or unwanted upgrade loses nothing. Only the newest copy is kept once
an upgrade has succeeded: each is a whole journal (about 300 MB at 100,000
entries), every one holds what the journal itself still holds, and the daily
backups cover the time between upgrades. Copies set aside by a restore
(`journal-before-restore-*`) are a person's choice and are never removed here.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

PREFIX = "journal-before-upgrade-"
SUFFIX = ".sqlite3"
# What SQLite and the key file leave beside a copy (conversion.carry_key_file).
_SIDECARS = ("-wal", "-shm")


def upgrade_copy_path(journal: Path, revision: str, now: datetime) -> Path:
    return journal.with_name(f"{PREFIX}{revision}-{now:%Y%m%dT%H%M%SZ}{SUFFIX}")


def upgrade_copies(data_dir: Path) -> list[Path]:
    """The pre-upgrade copies in the folder, newest first. Symbolic links are not
    the app's own and are left out (a link is never followed to delete its target)."""
    found = [p for p in data_dir.glob(f"{PREFIX}*{SUFFIX}") if p.is_file() and not p.is_symlink()]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def prune_upgrade_copies(data_dir: Path, keep: int = 1) -> list[Path]:
    """Remove all but the newest `keep` copies, with their WAL, shared memory and key
    file. Returns the copies removed; one that cannot be removed now stays."""
    removed = []
    for copy in upgrade_copies(data_dir)[keep:]:
        try:
            for extra in [copy.with_name(copy.name + s) for s in _SIDECARS] + [copy.with_suffix(".key")]:
                extra.unlink(missing_ok=True)
            copy.unlink()
        except OSError:
            continue  # tried again after the next upgrade
        removed.append(copy)
    return removed
