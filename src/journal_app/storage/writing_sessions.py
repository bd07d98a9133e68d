"""Writing sessions as records: where each one is, and what was checked in."""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select, update

from ..domain.errors import ErrorCode, JournalError
from ..domain.session import CHECK_IN, CommitmentDraft, WritingSession
from .database import Database
from .models import EntryRow, WritingSessionRow

# The fields a session may change after it starts.
_CHANGEABLE = {"step", "entry_id", "mood_before", "feelings", "body_note", "follow_ups_shown",
               "mood_after", "commitment_id", "draft", "outcome", "ended_at"}


def _to_session(row: WritingSessionRow) -> WritingSession:
    return WritingSession(
        id=row.id, prompt_id=row.prompt_id, step=row.step, started_at=row.started_at,
        updated_at=row.updated_at, entry_id=row.entry_id, mood_before=row.mood_before,
        feelings=tuple(json.loads(row.feelings or "[]")), body_note=row.body_note,
        follow_ups_shown=row.follow_ups_shown, mood_after=row.mood_after,
        commitment_id=row.commitment_id, draft=_draft(row.commitment_draft), outcome=row.outcome,
        ended_at=row.ended_at,
    )


def _draft(stored: str | None) -> CommitmentDraft:
    raw = json.loads(stored or "{}")
    due = raw.get("due_on")
    return CommitmentDraft(raw.get("text", ""), raw.get("action_id"), date.fromisoformat(due) if due else None)


def _stored_draft(draft: CommitmentDraft) -> str:
    due = draft.due_on.isoformat() if draft.due_on else None
    return json.dumps({"text": draft.text, "action_id": draft.action_id, "due_on": due}, ensure_ascii=False)


class WritingSessionStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def start(self, prompt_id: str, now: datetime, *, set_aside_others: bool = True) -> WritingSession:
        """A new session at its first step; any session still open is set aside (its
        words stay in the journal) so there is only ever one to continue."""
        with self._db.write() as session:
            if set_aside_others:
                session.execute(
                    update(WritingSessionRow).where(WritingSessionRow.outcome.is_(None))
                    .values(outcome="set-aside", ended_at=now, updated_at=now))
            row = WritingSessionRow(prompt_id=prompt_id, step=CHECK_IN, started_at=now, updated_at=now,
                                    feelings="[]", body_note="", follow_ups_shown=0, commitment_draft="{}")
            session.add(row)
            session.flush()
            return _to_session(row)

    def get(self, session_id: int) -> WritingSession:
        with self._db.read() as session:
            row = session.get(WritingSessionRow, session_id)
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, session_id=session_id)
            return _to_session(row)

    def current(self) -> WritingSession | None:
        """The open session, if there is one (the latest, should there be several)."""
        with self._db.read() as session:
            row = session.scalars(
                select(WritingSessionRow).where(WritingSessionRow.outcome.is_(None))
                .order_by(WritingSessionRow.updated_at.desc(), WritingSessionRow.id.desc()).limit(1)
            ).first()
            return _to_session(row) if row else None

    def change(self, session_id: int, now: datetime, *, entry_moods: dict | None = None,
               **fields: object) -> WritingSession:
        """Change some fields in one transaction; `entry_moods` (mood_before and/or
        mood_after) is written to the session's entry in the same commit."""
        unknown = set(fields) - _CHANGEABLE
        if unknown:
            raise ValueError(f"not a session field: {sorted(unknown)}")
        if "feelings" in fields:
            fields["feelings"] = json.dumps(list(fields["feelings"]), ensure_ascii=False)
        if "draft" in fields:
            fields["commitment_draft"] = _stored_draft(fields.pop("draft"))
        with self._db.write() as session:
            row = session.get(WritingSessionRow, session_id)
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, session_id=session_id)
            for name, value in fields.items():
                setattr(row, name, value)
            row.updated_at = now
            if entry_moods and row.entry_id is not None:
                session.execute(update(EntryRow).where(EntryRow.id == row.entry_id).values(**entry_moods))
            session.flush()
            return _to_session(row)
