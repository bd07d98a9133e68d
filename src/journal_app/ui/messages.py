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
        return (
            _tr("This journal can't be read"),
            _tr("The file in this folder is not a journal Intertwined can read. "
                "It has not been changed."),
        )
    if code is ErrorCode.UPGRADE_FAILED:
        return (
            _tr("Your journal couldn't be updated"),
            _tr("Updating the journal to this version failed, so it was left as it was. "
                "A copy made before the update is kept beside it."),
        )
    if code is ErrorCode.SAVE_FAILED:
        return (
            _tr("Not saved yet"),
            _tr("Your text is kept here. Saving again in a moment."),
        )
    return (_tr("Something went wrong"), _tr("Nothing you wrote has been lost."))
