"""A guided writing session: check in, the prompt, writing, one commitment, check out.

Every step but the writing is optional, and a session can be left at any step and
picked up again exactly there; the session row remembers the step, the entry holds
the words."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

CHECK_IN, PROMPT, WRITING, COMMITMENT, CHECK_OUT = "check-in", "prompt", "writing", "commitment", "check-out"
STEPS = (CHECK_IN, PROMPT, WRITING, COMMITMENT, CHECK_OUT)

# How a session ended; None while it is still open.
FINISHED, SET_ASIDE = "finished", "set-aside"

MOODS = (1, 2, 3, 4, 5)  # 1 the lowest; the UI shows each with words


@dataclass(frozen=True, slots=True)
class CommitmentDraft:
    """What is typed on the commitment step before the commitment is made."""

    text: str = ""
    action_id: str | None = None
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class WritingSession:
    id: int
    prompt_id: str
    step: str
    started_at: datetime
    updated_at: datetime
    entry_id: int | None = None
    mood_before: int | None = None
    feelings: tuple[str, ...] = ()
    body_note: str = ""
    follow_ups_shown: int = 0
    mood_after: int | None = None
    commitment_id: int | None = None
    draft: CommitmentDraft = field(default_factory=lambda: CommitmentDraft())
    outcome: str | None = None  # None while open, else FINISHED or SET_ASIDE
    ended_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    @property
    def checked_in(self) -> bool:
        return self.mood_before is not None or bool(self.feelings) or bool(self.body_note.strip())


def next_step(step: str) -> str | None:
    """The step after `step`, or None after checking out."""
    index = STEPS.index(step)
    return STEPS[index + 1] if index + 1 < len(STEPS) else None


def previous_step(step: str) -> str | None:
    index = STEPS.index(step)
    return STEPS[index - 1] if index > 0 else None


def check_mood(mood: int | None) -> int | None:
    if mood is not None and mood not in MOODS:
        raise ValueError(f"a mood is 1 to 5, not {mood!r}")
    return mood


def clean_feelings(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Feeling words as the person ticked or typed them: trimmed, no blanks, each
    once (the first spelling kept), in the order given."""
    seen: set[str] = set()
    kept = []
    for word in words:
        word = " ".join(word.split())
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            kept.append(word)
    return tuple(kept)


def with_follow_up(body: str, question: str) -> str:
    """The entry's text with a follow-up question added at the end, as a heading the
    answer goes under. What was typed before stays exactly as it was."""
    heading = f"### {question.strip()}\n\n"
    if not body:
        return heading
    return body + ("\n" if body.endswith("\n") else "\n\n") + heading


def acknowledgement(session: WritingSession, count: int) -> int:
    """Which of `count` acknowledgements to show after a session: a different one
    from one session to the next, never chosen at random in a test."""
    return session.id % count if count else 0
