"""What the Today page shows the moment the window opens."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .commitment import Commitment
from .content import Prompt
from .entry import EntrySummary
from .session import WritingSession


@dataclass(frozen=True)
class TodayGlance:
    """Today's prompt (None: none fits the settings) with its favourite mark and the
    last day it was answered, the session waiting to be continued, the open
    commitments and the latest entries: read before the journal is fully open
    (services/today.py)."""

    prompt: Prompt | None
    favourite: bool
    answered_on: date | None
    session: WritingSession | None
    commitments: tuple[Commitment, ...]
    recent: tuple[EntrySummary, ...] = ()  # the newest live entries, newest first (RECENT_ENTRIES)


RECENT_ENTRIES = 3  # how many of the latest entries Today lists
