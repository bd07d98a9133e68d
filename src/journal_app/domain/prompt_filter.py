"""Narrowing the prompts a person browses: by theme, favourites, their own, depth
and audience. Pure, so the rules are testable without a window."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from .content import Prompt
from .daily_prompt import INTENSITY_RANK

ALL = "all"
FAVOURITES = "favourites"
OWN = "own"


@dataclass(frozen=True, slots=True)
class PromptFilter:
    shelf: str = ALL  # ALL, FAVOURITES, OWN, or a theme id
    intensity: str | None = None
    audience: str | None = None  # None: every audience; "everyone": only prompts for everyone


def is_own(prompt: Prompt) -> bool:
    return prompt.source.text_id == "own"


def filter_prompts(prompts: Iterable[Prompt], chosen: PromptFilter,
                   favourites: Collection[str] = ()) -> list[Prompt]:
    """The prompts that pass, gentlest first, in a stable order."""
    def keep(p: Prompt) -> bool:
        if chosen.shelf == FAVOURITES and p.id not in favourites:
            return False
        if chosen.shelf == OWN and not is_own(p):
            return False
        if chosen.shelf not in (ALL, FAVOURITES, OWN) and p.theme != chosen.shelf:
            return False
        if chosen.intensity and p.intensity != chosen.intensity:
            return False
        return chosen.audience is None or p.audience == chosen.audience

    return sorted((p for p in prompts if keep(p)),
                  key=lambda p: (INTENSITY_RANK.get(p.intensity, 1), p.theme, p.id))


def shelf_counts(prompts: Iterable[Prompt], favourites: Collection[str] = ()) -> Counter:
    """How many prompts each shelf holds: every theme, and ALL, FAVOURITES, OWN."""
    counts: Counter = Counter()
    for p in prompts:
        counts[ALL] += 1
        counts[p.theme] += 1
        counts[FAVOURITES] += p.id in favourites
        counts[OWN] += is_own(p)
    return counts
