"""Errors the core reports as codes and details; the UI words them for people."""
from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    JOURNAL_TOO_NEW = "journal_too_new"  # written by a newer version of the app
    JOURNAL_UNREADABLE = "journal_unreadable"  # not a journal, or damaged
    UPGRADE_FAILED = "upgrade_failed"  # a migration failed; the copy is kept
    SAVE_FAILED = "save_failed"  # disk full, read-only, locked...
    ENTRY_NOT_FOUND = "entry_not_found"
    BAD_SETTING = "bad_setting"
    MISSING_TEXT = "missing_text"  # a required field left empty (details: field=...)
    NOT_FOUND = "not_found"  # a contact, resource or prompt that no longer exists
    JOURNAL_LOCKED = "journal_locked"  # encrypted: needs the passphrase first
    WRONG_PASSPHRASE = "wrong_passphrase"  # or a recovery key that is not this journal's
    KEY_FILE_MISSING = "key_file_missing"  # an encrypted journal without journal.key
    KEY_FILE_DAMAGED = "key_file_damaged"
    JOURNAL_IN_USE = "journal_in_use"  # another program has it open (conversion needs it alone)
    CONVERSION_FAILED = "conversion_failed"  # the converted copy did not check out; unchanged
    WEAK_PASSPHRASE = "weak_passphrase"  # shorter than the minimum


class JournalError(Exception):
    """A failure the person needs to hear about, as a code plus details."""

    def __init__(self, code: ErrorCode, **details: object) -> None:
        super().__init__(code.value, details)
        self.code = code
        self.details = details

    def __str__(self) -> str:  # for logs and the terminal, not for the window
        extra = ", ".join(f"{k}={v}" for k, v in self.details.items())
        return f"{self.code.value}" + (f" ({extra})" if extra else "")
