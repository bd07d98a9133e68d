"""Making, keeping and dropping commitments."""
from __future__ import annotations

from datetime import date

from ..domain.commitment import DROPPED, KEPT, OPEN, STATES, Commitment
from ..domain.errors import ErrorCode, JournalError
from ..storage.commitments import CommitmentStore
from ..storage.database import Database
from .clock import Clock, system_clock
from .saving import saving


class CommitmentService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._store = CommitmentStore(db)
        self._clock = clock

    def make(self, text: str, *, action_id: str | None = None, due_on: date | None = None,
             prompt_id: str | None = None, entry_id: int | None = None) -> Commitment:
        """A new open commitment, dated today. An empty text is refused (MISSING_TEXT)."""
        cleaned = " ".join(text.split())
        if not cleaned:
            raise JournalError(ErrorCode.MISSING_TEXT, field="text")
        return saving(self._store.add, cleaned, self._clock(), action_id=action_id or None,
                                      due_on=due_on, prompt_id=prompt_id, entry_id=entry_id)

    def keep(self, commitment_id: int) -> Commitment:
        return self._set(commitment_id, KEPT)

    def drop(self, commitment_id: int) -> Commitment:
        return self._set(commitment_id, DROPPED)

    def reopen(self, commitment_id: int) -> Commitment:
        """Undo keeping or dropping: open again, as it was made."""
        return self._set(commitment_id, OPEN)

    def get(self, commitment_id: int) -> Commitment:
        return self._store.get(commitment_id)

    def open_ones(self) -> list[Commitment]:
        """Open commitments, newest first (Today lists them)."""
        return self._store.with_state(OPEN)

    def all(self) -> list[Commitment]:
        return self._store.with_state(None)

    def counts(self) -> dict[str, int]:
        """Commitments per state, every state present (zero when none)."""
        found = self._store.counts()
        return {state: found.get(state, 0) for state in STATES}

    def _set(self, commitment_id: int, state: str) -> Commitment:
        return saving(self._store.set_state, commitment_id, state, self._clock())
