"""Guided writing sessions: start, check in, move between steps, follow-ups, the
commitment, check out; set aside and pick up again at the same step."""
from __future__ import annotations

from datetime import date

from ..domain.commitment import Commitment
from ..domain.session import (
    CHECK_OUT, FINISHED, PROMPT, SET_ASIDE, STEPS, CommitmentDraft, WritingSession, check_mood, clean_feelings,
)
from ..storage.database import Database
from ..storage.writing_sessions import WritingSessionStore
from .clock import Clock, system_clock
from .commitments import CommitmentService
from .saving import saving


class SessionService:
    def __init__(self, db: Database, commitments: CommitmentService, clock: Clock = system_clock) -> None:
        self._store = WritingSessionStore(db)
        self._commitments = commitments
        self._clock = clock

    def start(self, prompt_id: str) -> WritingSession:
        """A new session on a prompt, at the check-in. A session still open is set
        aside first: its words are already in the journal."""
        return saving(self._store.start, prompt_id, self._now())

    def current(self) -> WritingSession | None:
        """The open session Today offers to continue, if any."""
        return self._store.current()

    def get(self, session_id: int) -> WritingSession:
        return self._store.get(session_id)

    def check_in(self, session_id: int, *, mood: int | None = None, feelings: list[str] | tuple[str, ...] = (),
                 body_note: str = "", move_on: bool = True) -> WritingSession:
        """Keep what the person noticed before writing and move on to the prompt (or,
        with `move_on` false, only keep it: they are leaving mid-check-in)."""
        step = {"step": PROMPT} if move_on else {}
        return self._change(session_id, mood_before=check_mood(mood), feelings=clean_feelings(feelings),
                            body_note=body_note.strip(), entry_moods={"mood_before": mood}, **step)

    def keep_draft(self, session_id: int, draft: CommitmentDraft) -> WritingSession:
        """What is typed on the commitment step, kept until it is made or skipped."""
        return self._change(session_id, draft=draft)

    def go_to(self, session_id: int, step: str) -> WritingSession:
        """Move to a step (on, back, or skipping an optional one); nothing else changes."""
        if step not in STEPS:
            raise ValueError(f"not a session step: {step!r}")
        return self._change(session_id, step=step)

    def attach_entry(self, session_id: int, entry_id: int) -> WritingSession:
        """The entry this session's writing is in (once its first words are saved);
        the check-in mood goes onto the entry too, for Progress."""
        session = self._store.get(session_id)
        return self._change(session_id, entry_id=entry_id,
                            entry_moods=_moods(session.mood_before, session.mood_after))

    def show_follow_up(self, session_id: int) -> WritingSession:
        """One more follow-up question was shown (they come one at a time)."""
        session = self._store.get(session_id)
        return self._change(session_id, follow_ups_shown=session.follow_ups_shown + 1)

    def commit_to(self, session_id: int, text: str, *, action_id: str | None = None,
                  due_on: date | None = None) -> Commitment:
        """Make the session's commitment (replacing one made earlier in it) and move on
        to the check-out."""
        session = self._store.get(session_id)
        commitment = self._commitments.make(text, action_id=action_id, due_on=due_on,
                                            prompt_id=session.prompt_id, entry_id=session.entry_id)
        if session.commitment_id is not None:
            self._commitments.drop(session.commitment_id)
        self._change(session_id, commitment_id=commitment.id, draft=CommitmentDraft(), step=CHECK_OUT)
        return commitment

    def finish(self, session_id: int, *, mood_after: int | None = None) -> WritingSession:
        """Check out (the mood is optional) and end the session."""
        return self._change(session_id, mood_after=check_mood(mood_after), outcome=FINISHED,
                            ended_at=self._now(), step=CHECK_OUT,
                            entry_moods={"mood_after": mood_after} if mood_after is not None else None)

    def set_aside(self, session_id: int) -> WritingSession:
        """End the session without finishing it: Today stops offering it; what was
        written stays in the journal."""
        return self._change(session_id, outcome=SET_ASIDE, ended_at=self._now())

    def _change(self, session_id: int, **fields: object) -> WritingSession:
        return saving(self._store.change, session_id, self._now(), **fields)

    def _now(self):  # noqa: ANN202
        return self._clock().utc


def _moods(before: int | None, after: int | None) -> dict | None:
    moods = {k: v for k, v in (("mood_before", before), ("mood_after", after)) if v is not None}
    return moods or None

