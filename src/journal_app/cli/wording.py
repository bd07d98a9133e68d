"""What the verbs print: failures in plain words, and found entries as text or JSON."""
from __future__ import annotations

import re
from datetime import timezone
from pathlib import Path

from ..domain.entry import MATCH_END, MATCH_START
from ..domain.errors import ErrorCode, JournalError

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def describe(error: JournalError) -> str:
    """A failure in plain words: what happened and what is safe."""
    path = error.details.get("path", "the journal")
    reason = error.details.get("reason")
    code = error.code
    if code is ErrorCode.JOURNAL_TOO_NEW:
        return ("This journal was written by a newer version of Intertwined; it was left "
                "unchanged. Update the app to use it.")
    if code is ErrorCode.JOURNAL_UNREADABLE:
        return (f"{path} is not a journal Intertwined can read (it may be damaged, or "
                "another kind of file); it was left unchanged.")
    if code is ErrorCode.UPGRADE_FAILED and error.details.get("new"):
        return (f"A new journal could not be set up in {path} ({reason}); nothing was "
                "written. Check that the folder can be written to and the disk has room.")
    if code is ErrorCode.UPGRADE_FAILED:
        return (f"Updating {path} to this version of Intertwined failed ({reason}), so it "
                "was left as it was; a copy made before the update is kept beside it.")
    if code is ErrorCode.SAVE_FAILED:
        return (f"The entry could not be saved ({reason}). The disk may be full or "
                "read-only; try again.")
    if code is ErrorCode.WRONG_PASSPHRASE:
        if error.details.get("recovery"):
            return "That recovery key does not open this journal. Nothing was changed."
        return "That passphrase does not open this journal. Nothing was changed."
    if code is ErrorCode.JOURNAL_LOCKED:
        return ("This journal is encrypted and needs its passphrase; nothing was changed. "
                "Run the command again to be asked for it.")
    if code is ErrorCode.KEY_FILE_MISSING:
        from ..storage.files import DB_NAME

        key = Path(str(path))
        return (f"{key.with_name(DB_NAME)} is not a journal Intertwined can read: it is "
                f"damaged, or it is encrypted and its key file {key} is missing. It was left "
                f"unchanged; if you moved or restored the journal, put its {key.name} back beside it.")
    if code is ErrorCode.KEY_FILE_DAMAGED:
        return (f"The key file {path} is damaged, so this encrypted journal cannot be unlocked; "
                "both were left unchanged. Put back a copy of the key file if you have one.")
    if code is ErrorCode.JOURNAL_IN_USE:
        return ("Another program is encrypting or decrypting this journal just now; nothing "
                "was changed. Try again when it has finished.")
    if code is ErrorCode.CONVERSION_FAILED:
        disk = " The disk may be full." if error.details.get("disk") else ""
        return (f"Changing how the journal is protected failed ({reason}); the journal was "
                f"left as it was.{disk}")
    if code is ErrorCode.MISSING_TEXT:
        return f"Something required is empty ({error.details.get('field', 'text')}); nothing was changed."
    return f"Something went wrong ({error}); nothing was changed."


def _marked(snippet: str | None) -> str | None:
    if snippet is None:
        return None
    return snippet.replace(MATCH_START, "**").replace(MATCH_END, "**")


def _one_line(text: str) -> str:
    """For a terminal: one line, no control characters (an escape sequence in an
    entry must not drive the terminal)."""
    return _CONTROL.sub("", " ".join(text.split()))


def as_text(entries) -> str:  # noqa: ANN001
    lines = []
    for summary in entries:
        lines.append(f"{summary.local_date.isoformat()}  {_one_line(summary.heading) or '(no words)'}")
        snippet = _marked(summary.snippet)
        if snippet and _one_line(snippet):
            lines.append(f"    {_one_line(snippet)}")
    return "\n".join(lines) + "\n"


def as_json(found) -> str:  # noqa: ANN001
    import json

    items = [
        {
            "id": summary.id,
            "date": summary.local_date.isoformat(),
            "written_at": summary.written_at.astimezone(timezone.utc).isoformat(),
            "title": entry.title,
            "heading": summary.heading,
            "snippet": _marked(summary.snippet),
            "tags": list(summary.tags),
            "text": entry.body,
        }
        for summary, entry in found
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
