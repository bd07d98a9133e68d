"""Commitments as records: made, kept, dropped, each with its dates."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ..domain.commitment import OPEN, Commitment
from ..domain.errors import ErrorCode, JournalError
from ..domain.moment import WrittenMoment
from .database import Database
from .models import CommitmentRow


def _to_commitment(row: CommitmentRow) -> Commitment:
    return Commitment(
        id=row.id, text=row.text, made_at=row.made_at, made_on=row.made_on, state=row.state,
        action_id=row.action_id, due_on=row.due_on, state_changed_on=row.state_changed_on,
        prompt_id=row.prompt_id, entry_id=row.entry_id,
    )


class CommitmentStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, text: str, moment: WrittenMoment, *, action_id: str | None = None,
            due_on: date | None = None, prompt_id: str | None = None,
            entry_id: int | None = None) -> Commitment:
        row = CommitmentRow(text=text, made_at=moment.utc, made_on=moment.local_date, state=OPEN,
                            action_id=action_id, due_on=due_on, prompt_id=prompt_id, entry_id=entry_id)
        with self._db.write() as session:
            session.add(row)
            session.flush()
            return _to_commitment(row)

    def set_state(self, commitment_id: int, state: str, moment: WrittenMoment) -> Commitment:
        """Kept, dropped or open again; the date it changed is the writer's own."""
        with self._db.write() as session:
            row = session.get(CommitmentRow, commitment_id)
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, commitment_id=commitment_id)
            row.state = state
            reopened = state == OPEN
            row.state_changed_at = None if reopened else moment.utc
            row.state_changed_on = None if reopened else moment.local_date
            session.flush()
            return _to_commitment(row)

    def get(self, commitment_id: int) -> Commitment:
        with self._db.read() as session:
            row = session.get(CommitmentRow, commitment_id)
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, commitment_id=commitment_id)
            return _to_commitment(row)

    def with_state(self, state: str | None = None) -> list[Commitment]:
        """Newest first; every state when `state` is None."""
        query = select(CommitmentRow).order_by(CommitmentRow.made_at.desc(), CommitmentRow.id.desc())
        if state is not None:
            query = query.where(CommitmentRow.state == state)
        with self._db.read() as session:
            return [_to_commitment(row) for row in session.scalars(query)]

    def counts(self) -> dict[str, int]:
        """How many commitments are in each state (one aggregate query)."""
        with self._db.read() as session:
            rows = session.execute(
                select(CommitmentRow.state, func.count()).group_by(CommitmentRow.state)).all()
        return {state: int(n) for state, n in rows}
