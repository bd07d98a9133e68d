"""What an entry row is made of beyond what a person wrote, shared by single saves
and bulk imports."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..domain.moment import WrittenMoment
from ..domain.search_terms import extra_tokens
from .models import EntryRow


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to import in bulk (the benchmark generator, later imports)."""

    moment: WrittenMoment
    body: str
    word_count: int
    title: str | None = None
    prompt_id: str | None = None
    mood_before: int | None = None
    mood_after: int | None = None
    tags: tuple[str, ...] = ()


def search_extra(title: str | None, body: str) -> str:
    """The CJK characters and emoji of title and text, as search tokens."""
    return f"{extra_tokens(title or '')} {extra_tokens(body)}".strip()


def next_id(session) -> int:  # noqa: ANN001
    return (session.scalar(select(func.max(EntryRow.id))) or 0) + 1
