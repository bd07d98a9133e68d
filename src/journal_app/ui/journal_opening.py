"""The work of opening the journal, run on a worker thread (no Qt here): plain,
after unlocking, or after turning the passphrase on or off.

Imports of the storage stack happen inside the functions: SQLAlchemy costs ~0.4 s,
and the window paints before any of it is loaded."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass
class Opened:
    services: object  # AppServices
    stored: object  # today's prompt as stored, or None
    is_new: bool  # created just now: the welcome is shown
    encrypted: bool


@dataclass
class Converted:
    opened: Opened | None  # the journal, open again in whichever form it is now in
    error: BaseException | None = None  # why the conversion did not happen (nothing changed)
    recovery_key: str | None = None  # shown once


def open_journal(data_dir: Path, today: date, key: bytes | None = None) -> Opened | None:
    """The open journal, or None when it is encrypted and no key was given (the lock
    screen asks for the passphrase)."""
    from ..services.app_services import journal_exists, open_services
    from ..services.encryption import needs_passphrase

    encrypted = needs_passphrase(data_dir)
    if encrypted and key is None:
        return None  # (a file that only looks encrypted is refused by open_services)
    is_new = not journal_exists(data_dir)
    services = open_services(data_dir, key=key)
    return Opened(services, services.prompts.stored_prompt_of_the_day(today), is_new, encrypted)


class DamagedJournal(Exception):
    """The key was right but the journal cannot be read: damage. Carries the key so
    the backups can be checked with it (never shown or logged)."""

    def __init__(self, error: BaseException, key: bytes | None) -> None:
        super().__init__(str(error))
        self.key = key


def damaged_on_opening(error: BaseException, data_dir: Path) -> bool:
    """Whether a failure to open means damage (a file is there, and cannot be read)."""
    from ..domain.errors import ErrorCode, JournalError

    if isinstance(error, DamagedJournal):
        return True
    journal = data_dir / "journal.sqlite3"
    return (isinstance(error, JournalError) and error.code is ErrorCode.JOURNAL_UNREADABLE
            and journal.exists() and journal.stat().st_size > 0)


def unlock_and_open(data_dir: Path, today: date, secret: str, recovery: bool) -> Opened | None:
    from ..domain.errors import ErrorCode, JournalError
    from ..services import encryption

    key = encryption.unlock_with_recovery_key(data_dir, secret) if recovery else encryption.unlock(data_dir, secret)
    try:
        return open_journal(data_dir, today, key)
    except JournalError as exc:
        if exc.code is ErrorCode.JOURNAL_UNREADABLE:
            raise DamagedJournal(exc, key) from None
        raise


def protect_and_open(data_dir: Path, today: date, passphrase: str, with_recovery: bool) -> Converted:
    from ..domain.errors import JournalError
    from ..services import encryption

    try:
        key, recovery_key = encryption.turn_on(data_dir, passphrase, with_recovery_key=with_recovery)
    except JournalError as exc:  # unchanged, and still plain
        return Converted(open_journal(data_dir, today), exc)
    return Converted(open_journal(data_dir, today, key), recovery_key=recovery_key)


def unprotect_and_open(data_dir: Path, today: date, passphrase: str) -> Converted:
    from ..domain.errors import JournalError
    from ..services import encryption

    try:
        encryption.turn_off(data_dir, passphrase)
    except JournalError as exc:  # unchanged, and still encrypted with this passphrase
        key = encryption.unlock(data_dir, passphrase) if encryption.is_encrypted(data_dir) else None
        return Converted(open_journal(data_dir, today, key), exc)
    return Converted(open_journal(data_dir, today))


def load_content(services, today: date):  # noqa: ANN001, ANN202
    """Worker thread: read and check the content files (off the start-up path)."""
    from ..content.loader import load_catalog
    from ..content.problems import ContentError
    from ..domain.content import ContentCatalog
    from ..paths import resources_dir

    try:
        base = load_catalog(resources_dir())
    except (ContentError, OSError):  # broken content must not keep anyone from writing
        base = ContentCatalog({}, {}, {}, {})
    current = services.prompts.full_catalog(base)
    return base, current, services.prompts.prompt_of_the_day(current, today)
