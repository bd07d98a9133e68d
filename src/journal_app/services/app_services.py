"""Building every service for a data directory: the app's and the CLI's one door in."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..storage.database import Database, open_database
from .backups import BackupService
from .clock import Clock, system_clock
from .commitments import CommitmentService
from .journal import JournalService
from .library import LibraryService
from .progress import ProgressService
from .prompts import PromptService
from .recovery import RecoveryService
from .sessions import SessionService
from .settings import SettingsService
from .support import SupportService


@dataclass
class AppServices:
    data_dir: Path
    db: Database
    journal: JournalService
    progress: ProgressService
    settings: SettingsService
    prompts: PromptService
    support: SupportService
    library: LibraryService
    commitments: CommitmentService
    sessions: SessionService
    recovery: RecoveryService
    backups: BackupService

    def close(self) -> None:
        self.db.close()


def journal_exists(data_dir: Path) -> bool:
    """Whether `data_dir` holds a journal already (opening one creates it)."""
    from ..storage.files import database_path

    return database_path(data_dir).exists()


def open_services(data_dir: Path, clock: Clock = system_clock, key: bytes | None = None) -> AppServices:
    """Open (create, upgrade) the journal in `data_dir` and build the services; an
    encrypted journal needs its data key (services/encryption.py unlocks it).

    Raises JournalError when the journal cannot be opened; nothing is changed then."""
    db = open_database(data_dir, key)
    settings = SettingsService(db)
    commitments = CommitmentService(db, clock)
    journal = JournalService(db, clock)
    return AppServices(
        data_dir=data_dir,
        db=db,
        journal=journal,
        progress=ProgressService(db),
        settings=settings,
        prompts=PromptService(db, settings, clock),
        support=SupportService(db),
        library=LibraryService(db, clock),
        commitments=commitments,
        sessions=SessionService(db, commitments, clock),
        recovery=RecoveryService(db, journal, clock),
        backups=BackupService(db, data_dir, settings, clock),
    )
