"""Choosing today's prompt."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .content import Prompt

_INTENSITY_ORDER = {"gentle": 0, "moderate": 1, "heavy": 2}


def prompt_for_day(prompts: Sequence[Prompt], day: date) -> Prompt | None:
    """A prompt for `day`: the same all day, a different one the next day.

    Heavy prompts are never offered unasked as the prompt of the day, and gentle
    prompts come first. (The content system later stores the choice per date and
    avoids repeats.)"""
    pool = sorted(
        (p for p in prompts if p.intensity != "heavy"),
        key=lambda p: (_INTENSITY_ORDER.get(p.intensity, 1), p.id),
    )
    if not pool:
        return None
    return pool[day.toordinal() % len(pool)]
