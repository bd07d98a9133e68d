"""Protecting the journal with a passphrase: turning it on and off, unlocking,
changing the passphrase, the recovery key, and erasing the journal.

The data key lives only in the open database connection. Every operation that
changes how the journal is protected asks for the passphrase again (someone at an
unlocked laptop must not be able to change it), and turning encryption on or off
needs the journal closed: the caller closes its services first and reopens them
with the key returned here.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import ErrorCode, JournalError
from ..domain.passphrase import (
    RECOVERY_KEY_BYTES, Strength, format_recovery_key, parse_recovery_key, strength,
)
from ..storage import conversion
from ..storage.engine import is_encrypted_file
from ..storage.files import database_path
from ..storage.key_file import (
    PASSPHRASE, RECOVERY, KeyFile, KeyFileDamaged, key_file_path, new_data_key, passphrase_secret,
    read_key_file, unwrap, wrap, write_key_file,
)

Progress = Callable[[str], None]


def is_encrypted(data_dir: Path) -> bool:
    """Whether the journal needs unlocking (read from the file's first bytes)."""
    return is_encrypted_file(database_path(data_dir))


def needs_passphrase(data_dir: Path) -> bool:
    """Encrypted, with the key file that opens it (without one, the file is unreadable:
    damaged, not a journal, or its key file was lost; opening says so)."""
    return is_encrypted(data_dir) and key_file_path(data_dir).exists()


def check_key_file(data_dir: Path) -> None:
    """JournalError(KEY_FILE_MISSING / KEY_FILE_DAMAGED) unless the key file can be read:
    told before a passphrase is asked for in vain."""
    _key_file(data_dir)


def has_recovery_key(data_dir: Path) -> bool:
    return _key_file(data_dir).slot(RECOVERY) is not None


def unlock(data_dir: Path, passphrase: str) -> bytes:
    """The journal's data key, or JournalError(WRONG_PASSPHRASE). Reads only the key
    file: a wrong passphrase changes nothing on disk. Takes about half a second."""
    return _unwrap(data_dir, PASSPHRASE, passphrase_secret(passphrase))


def unlock_with_recovery_key(data_dir: Path, recovery_key: str) -> bytes:
    raw = parse_recovery_key(recovery_key)
    if raw is None:
        raise JournalError(ErrorCode.WRONG_PASSPHRASE, recovery=True)
    return _unwrap(data_dir, RECOVERY, raw)


def turn_on(data_dir: Path, passphrase: str, *, with_recovery_key: bool = True,
            progress: Progress | None = None) -> tuple[bytes, str | None]:
    """Encrypt the (closed) journal. Returns the data key to reopen it with, and the
    recovery key to show the person once (None when they did not want one)."""
    _check_strength(passphrase)
    if is_encrypted(data_dir):
        raise JournalError(ErrorCode.CONVERSION_FAILED, reason="already encrypted")
    say = progress or (lambda _step: None)
    say("deriving")
    data_key = new_data_key()
    key_file = KeyFile((wrap(data_key, passphrase_secret(passphrase), PASSPHRASE),))
    recovery_text = None
    if with_recovery_key:
        raw = new_data_key()[:RECOVERY_KEY_BYTES]
        key_file = key_file.with_slot(wrap(data_key, raw, RECOVERY))
        recovery_text = format_recovery_key(raw)
    _converting(conversion.encrypt_journal, data_dir, data_key, key_file, say)
    return data_key, recovery_text


def turn_off(data_dir: Path, passphrase: str, progress: Progress | None = None) -> None:
    """Decrypt the (closed) journal, after checking the passphrase."""
    say = progress or (lambda _step: None)
    say("deriving")
    data_key = unlock(data_dir, passphrase)
    _converting(conversion.decrypt_journal, data_dir, data_key, say)


def change_passphrase(data_dir: Path, current: str, new: str) -> None:
    """Wrap the data key with a new passphrase; the journal itself is not rewritten."""
    _check_strength(new)
    data_key = unlock(data_dir, current)
    key_file = _key_file(data_dir).with_slot(wrap(data_key, passphrase_secret(new), PASSPHRASE))
    _writing_key_file(data_dir, key_file)


def new_recovery_key(data_dir: Path, passphrase: str) -> str:
    """A fresh recovery key (the old one stops working), to show the person once."""
    data_key = unlock(data_dir, passphrase)
    raw = new_data_key()[:RECOVERY_KEY_BYTES]
    _writing_key_file(data_dir, _key_file(data_dir).with_slot(wrap(data_key, raw, RECOVERY)))
    return format_recovery_key(raw)


def erase_journal(data_dir: Path) -> list[str]:
    """Remove the journal, its WAL, key file, copies and backups (overwritten first)
    from `data_dir`; returns the names removed. The journal must be closed. Files
    that are not the app's are left where they are."""
    removed: list[str] = []
    backups = data_dir / "backups"
    candidates = [p for p in data_dir.glob("journal*") if p.is_file()]  # journal.sqlite3, .key, copies
    candidates += [data_dir / "window.ini"]
    if backups.is_dir():
        candidates += [p for p in backups.glob("journal-*") if p.is_file()]
    for path in candidates:
        if path.exists():
            conversion.shred(path)
            removed.append(str(path.relative_to(data_dir)))
    if backups.is_dir() and not any(backups.iterdir()):
        backups.rmdir()
    # (window.lock stays: the window that erases holds it, and still runs.)
    (data_dir / conversion.LOCK_NAME).unlink(missing_ok=True)
    return removed


def _check_strength(passphrase: str) -> None:
    if strength(passphrase) is Strength.TOO_SHORT:
        raise JournalError(ErrorCode.WEAK_PASSPHRASE)


def _key_file(data_dir: Path) -> KeyFile:
    path = key_file_path(data_dir)
    if not path.exists():
        raise JournalError(ErrorCode.KEY_FILE_MISSING, path=str(path))
    try:
        return read_key_file(path)
    except KeyFileDamaged as exc:
        raise JournalError(ErrorCode.KEY_FILE_DAMAGED, path=str(path), reason=str(exc)) from exc


def _unwrap(data_dir: Path, kind: str, secret: bytes) -> bytes:
    slot = _key_file(data_dir).slot(kind)
    data_key = None if slot is None else unwrap(slot, secret)
    if data_key is None:
        raise JournalError(ErrorCode.WRONG_PASSPHRASE, recovery=kind == RECOVERY)
    return data_key


def _writing_key_file(data_dir: Path, key_file: KeyFile) -> None:
    try:
        write_key_file(key_file_path(data_dir), key_file)
    except OSError as exc:  # the old key file is still there, whole
        raise JournalError(ErrorCode.SAVE_FAILED, reason=str(exc)) from exc


def _converting(convert, data_dir: Path, *args: object) -> None:  # noqa: ANN001
    """Run a conversion; its failures become errors the person can read. The journal
    is as it was before whenever this raises."""
    try:
        convert(data_dir, *args)
    except conversion.JournalInUse as exc:
        raise JournalError(ErrorCode.JOURNAL_IN_USE, reason=str(exc)) from exc
    except conversion.ConversionFailed as exc:
        raise JournalError(ErrorCode.CONVERSION_FAILED, reason=str(exc)) from exc
    except OSError as exc:  # a full disk: the copy needs as much room as the journal
        raise JournalError(ErrorCode.CONVERSION_FAILED, reason=str(exc), disk=True) from exc
    finally:
        try:
            conversion.finish_interrupted(data_dir)  # a failed try leaves no half copy
        except conversion.JournalInUse:
            pass
