"""Words typed but not yet saved, kept aside about every second while typing goes
on, so a crash between keystrokes and the next save loses nothing. They live in the
journal database, so they are encrypted with it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RecoveredDraft:
    key: str  # "entry:<id>" for an entry being edited, "new:<token>" for a new page
    body: str
    saved_at: datetime  # when this draft was kept
    title: str | None = None
    entry_id: int | None = None
    prompt_id: str | None = None


def entry_key(entry_id: int) -> str:
    return f"entry:{entry_id}"
