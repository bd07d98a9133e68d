"""Choosing the prompt of the day.

Chosen once per local date (the caller stores the choice), deterministically, from
the prompts that fit the person's depth and audiences and that were neither
answered in the last 30 days nor shown before; gentle first. When that pool runs
out, the least recently shown prompt that fits comes back.
"""
from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta

from .content import Prompt

INTENSITY_RANK = {"gentle": 0, "moderate": 1, "heavy": 2}
DEPTHS = {"gentle": {"gentle"}, "moderate": {"gentle", "moderate"}, "all": {"gentle", "moderate", "heavy"}}
RECENT_ANSWER = timedelta(days=30)


def fits(prompt: Prompt, depth: str, audiences: Collection[str]) -> bool:
    """Whether a prompt is within the chosen depth and written for someone shown."""
    allowed = DEPTHS.get(depth, DEPTHS["all"])
    return prompt.intensity in allowed and (prompt.audience == "everyone" or prompt.audience in audiences)


def _spread(day: date, prompt_id: str) -> str:
    """A stable, day-dependent order among equals (not alphabetical, same on every run)."""
    return hashlib.sha256(f"{day.isoformat()}|{prompt_id}".encode()).hexdigest()


def choose_daily_prompt(
    prompts: Sequence[Prompt],
    day: date,
    *,
    depth: str = "all",
    audiences: Collection[str] = (),
    last_answered: Mapping[str, date] | None = None,
    last_shown: Mapping[str, date] | None = None,
) -> Prompt | None:
    """The prompt for `day`, or None when no prompt fits the settings."""
    last_answered = last_answered or {}
    last_shown = last_shown or {}
    fitting = [p for p in prompts if fits(p, depth, audiences)]
    if not fitting:
        return None

    def answered_recently(p: Prompt) -> bool:
        answered = last_answered.get(p.id)
        return answered is not None and day - answered < RECENT_ANSWER

    fresh = [p for p in fitting if p.id not in last_shown and not answered_recently(p)]
    if fresh:
        return min(fresh, key=lambda p: (INTENSITY_RANK.get(p.intensity, 1), _spread(day, p.id)))
    # The pool ran out: the least recently shown comes back, preferring prompts not
    # answered lately, then gentler ones.
    return min(
        fitting,
        key=lambda p: (answered_recently(p), last_shown.get(p.id, date.min),
                       INTENSITY_RANK.get(p.intensity, 1), _spread(day, p.id)),
    )


def answers_that_count_since(day: date) -> date:
    """The earliest date an answer can be on and still keep a prompt from `day`'s choice:
    older answers change nothing, so the choice needs only entries from this date on."""
    return day - RECENT_ANSWER + timedelta(days=1)


def offered_prompt(prompts: Mapping[str, Prompt], prompt_id: str, text: str) -> Prompt:
    """The prompt stored for a day, from the catalog; one from a pack removed since (or
    not read yet) is still shown with the words that were offered."""
    from .content import Citation

    return prompts.get(prompt_id) or Prompt(prompt_id, "", text, (), "gentle", "everyone", Citation("", ""))
