"""Commitments: "one thing I'll do", made at the end of a session, then kept or
dropped. Each keeps its dates, so Progress can tell the story without judging it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

OPEN, KEPT, DROPPED = "open", "kept", "dropped"
STATES = (OPEN, KEPT, DROPPED)


@dataclass(frozen=True, slots=True)
class Commitment:
    id: int
    text: str
    made_at: datetime  # aware, UTC
    made_on: date  # the writer's local date
    state: str = OPEN
    action_id: str | None = None  # an allyship action in the Library
    due_on: date | None = None
    state_changed_on: date | None = None  # when it was kept or dropped
    prompt_id: str | None = None
    entry_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.state == OPEN
