"""The core's error codes, in the person's words."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import ErrorCode, JournalError


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe(error: BaseException) -> tuple[str, str]:
    """(title, explanation) for a failure, saying what happened and what is safe."""
    code = error.code if isinstance(error, JournalError) else None
    if code is ErrorCode.JOURNAL_TOO_NEW:
        return (
            _tr("This journal needs a newer Intertwined"),
            _tr("The journal in this folder was last opened by a newer version of "
                "Intertwined. It has not been changed. Please update the app to open it."),
        )
    if code is ErrorCode.JOURNAL_UNREADABLE:
        more = _tr(" If it was protected with a passphrase, its key file (journal.key) is missing from "
                   "the folder: copy it back beside the journal.") if error.details.get("no_key_file") else ""
        return (
            _tr("This journal can't be read"),
            _tr("The file in this folder is not a journal Intertwined can read. "
                "It has not been changed.") + more,
        )
    if code is ErrorCode.UPGRADE_FAILED and error.details.get("new"):
        return (_tr("A new journal couldn't be made here"),
                _tr("Setting up the journal in this folder failed. Nothing was written; check that the "
                    "folder can be written to and the disk has room, then try again."))
    if code is ErrorCode.UPGRADE_FAILED:
        return (
            _tr("Your journal couldn't be updated"),
            _tr("Updating the journal to this version failed, so it was left as it was. "
                "A copy made before the update is kept beside it."),
        )
    if code is ErrorCode.MISSING_TEXT:
        return (_tr("Something is missing"), _tr("Please fill in the empty field; nothing was changed."))
    if code is ErrorCode.NOT_FOUND:
        return (_tr("Already gone"), _tr("This was removed in the meantime; nothing else changed."))
    if code is ErrorCode.WRONG_PASSPHRASE:
        if error.details.get("recovery"):
            return (_tr("That recovery key does not open this journal"),
                    _tr("Check each group of four characters and try again. Nothing has changed."))
        return (_tr("That passphrase does not open this journal"),
                _tr("Check Caps Lock and the keyboard language, then try again. Nothing has changed."))
    if code is ErrorCode.JOURNAL_LOCKED:
        return (_tr("This journal is locked"), _tr("It opens with its passphrase or its recovery key."))
    if code is ErrorCode.KEY_FILE_MISSING:
        return (_tr("The key to this journal is missing"),
                _tr("The file journal.key, kept beside the journal, is not in this folder. If you copied the "
                    "journal from somewhere, copy journal.key with it. The journal has not been changed."))
    if code is ErrorCode.KEY_FILE_DAMAGED:
        return (_tr("The key to this journal can't be read"),
                _tr("The file journal.key beside the journal is damaged. If you have a copy of it (in a "
                    "backup of this folder), put it back. The journal has not been changed."))
    if code is ErrorCode.JOURNAL_IN_USE:
        return (_tr("The journal is in use"),
                _tr("Another program (a command in a terminal?) has the journal open. Close it and try "
                    "again. Nothing has changed."))
    if code is ErrorCode.CONVERSION_FAILED:
        if error.details.get("disk"):
            return (_tr("There is not enough room on the disk"),
                    _tr("Changing how the journal is stored needs about as much free space as the journal "
                        "takes. Your journal is exactly as it was."))
        return (_tr("Your journal was left as it was"),
                _tr("The converted copy did not check out, so it was not used. Nothing you wrote has "
                    "been lost."))
    if code is ErrorCode.WEAK_PASSPHRASE:
        return (_tr("That passphrase is too short"),
                _tr("Please use at least 8 characters; a few ordinary words are easy to remember."))
    if code is ErrorCode.SAVE_FAILED:
        return (
            _tr("Not saved yet"),
            _tr("What you wrote is kept here; nothing was lost."),
        )
    return (_tr("Something went wrong"), _tr("Nothing you wrote has been lost."))


def describe_content_problems(problems) -> str:  # noqa: ANN001
    """Every problem in a content file, one line each, in the person's words."""
    return "\n".join(describe_content_problem(p) for p in problems)


def describe_content_problem(problem) -> str:  # noqa: ANN001
    from pathlib import Path

    from ..content.problems import Problem

    where = Path(problem.file).name
    if problem.line:
        where += _tr(", line %1").replace("%1", str(problem.line))
    if problem.item_id:
        where += _tr(" (“%1”)").replace("%1", problem.item_id)
    field, detail = problem.field or "", problem.detail
    reasons = {
        Problem.SYNTAX: _tr("this is not a valid TOML file: %2"),
        Problem.MISSING_FIELD: _tr("“%1” is missing"),
        Problem.UNKNOWN_FIELD: _tr("“%1” is not a field a pack can have"),
        Problem.WRONG_TYPE: _tr("“%1” should be %2"),
        Problem.BAD_VALUE: _tr("“%2” is not allowed for “%1”"),
        Problem.DUPLICATE_ID: _tr("the id “%2” is already used"),
        Problem.DANGLING_REFERENCE: _tr("“%1” points to “%2”, which does not exist"),
        Problem.HEAVY_WITHOUT_NOTE: _tr("a heavy prompt needs a content note"),
        Problem.UNREADABLE: _tr("the file could not be read (%2)"),
    }
    reason = reasons.get(problem.problem, _tr("something is wrong with “%1”"))
    return f"{where}: " + reason.replace("%1", field).replace("%2", detail)
