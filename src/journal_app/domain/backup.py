"""What the app says about backups: each one's date, size and entries, and the
outcome of making one."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    size: int  # bytes
    entries: int | None  # None: it could not be read with today's key
    encrypted: bool
    other_passphrase: bool  # made before the passphrase was changed: it opens with the old one


@dataclass(frozen=True)
class BackupOutcome:
    made: BackupInfo | None
    skipped: str | None = None  # one of the SKIPPED_ reasons below
    detail: str = ""


SKIPPED_SPACE = "space"  # the disk is nearly full
SKIPPED_DAMAGED = "damaged"  # the check found damage: a damaged journal is not copied over good backups
SKIPPED_UNCHANGED = "unchanged"  # nothing new since the last one
SKIPPED_STOPPED = "stopped"  # given up: the journal locked, or the app closed (tried again later)
