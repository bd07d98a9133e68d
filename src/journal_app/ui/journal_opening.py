"""The work of opening the journal, run on a worker thread (no Qt here): a glance
at Today first, then the journal itself, plain, after unlocking, or after turning
the passphrase on or off.

Imports of the storage stack happen inside the functions: SQLAlchemy costs ~0.4 s,
and the window paints, and shows Today's prompt, before any of it is loaded."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

LOCKED = "locked"  # what `glance_journal` says of an encrypted journal: the lock screen, now
UPGRADING = "upgrading"  # ...of a journal from an older version: it is upgraded as it opens


@dataclass
class Glanced:
    base: object  # ContentCatalog: the built-in content
    glance: object  # TodayGlance


@dataclass
class Opened:
    services: object  # AppServices
    is_new: bool  # created just now: the welcome is shown
    encrypted: bool
    base: object = None  # ContentCatalog: the built-in content
    current: object = None  # ContentCatalog: with the person's own prompts and packs
    prompt: object = None  # today's Prompt, or None when none fits the settings


@dataclass
class Converted:
    opened: Opened | None  # the journal, open again in whichever form it is now in
    error: BaseException | None = None  # why the conversion did not happen (nothing changed)
    recovery_key: str | None = None  # shown once


def glance_journal(data_dir: Path, today: date):  # noqa: ANN201
    """Before the journal is opened, with the driver alone: LOCKED when it needs its
    passphrase, UPGRADING when it was made by an older version, Today at a glance
    (Glanced) when it can be read as it is, or None when it must be opened first
    (new, being tidied, ...: `open_journal` says)."""
    from ..services.encryption import needs_passphrase
    from ..services.today import glance
    from ..storage.first_read import upgrade_pending

    try:
        if needs_passphrase(data_dir):
            return LOCKED
        base = built_in_content()
        found = glance(data_dir, base, today)
        if found is None and upgrade_pending(data_dir):  # asked only when the glance declined
            return UPGRADING
    except Exception:  # noqa: BLE001 - opening the journal says what is wrong, in full
        return None
    return Glanced(base, found) if found is not None else None


def open_journal(data_dir: Path, today: date, key: bytes | None = None) -> Opened | None:
    """The open journal with its content and today's prompt, or None when it is
    encrypted and no key was given (the lock screen asks for the passphrase)."""
    from ..services.app_services import journal_exists, open_services
    from ..services.encryption import needs_passphrase

    encrypted = needs_passphrase(data_dir)
    if encrypted and key is None:
        return None  # (a file that only looks encrypted is refused by open_services)
    is_new = not journal_exists(data_dir)
    services = open_services(data_dir, key=key)
    try:
        base = built_in_content()
        current = services.prompts.full_catalog(base)
        prompt = services.prompts.prompt_of_the_day(current, today)
    except BaseException:
        services.close()
        raise
    return Opened(services, is_new, encrypted, base, current, prompt)


def built_in_content():  # noqa: ANN201
    """The built-in catalog (checked once, then cached); broken content must not keep
    anyone from writing, so it is then empty."""
    from ..content import catalog_cache
    from ..paths import resources_dir

    try:
        resources = resources_dir()
    except OSError:
        resources = None
    cached = catalog_cache.read(resources) if resources is not None else None
    if cached is not None:  # without importing the checks (and tomllib) at all
        return cached
    from ..content.loader import load_catalog
    from ..content.problems import ContentError
    from ..domain.content import ContentCatalog

    try:
        if resources is None:
            raise FileNotFoundError("resources")
        return load_catalog(resources)
    except (ContentError, OSError):
        return ContentCatalog({}, {}, {}, {})


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

