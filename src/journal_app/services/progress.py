"""The figures of the Progress area, from SQL aggregates."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.streaks import current_streak, longest_streak
from ..storage.database import Database
from ..storage.entries import EntryStore


@dataclass(frozen=True, slots=True)
class ProgressSummary:
    entries: int
    words: int
    current_streak: int
    longest_streak: int
    days_this_month: int
    days_this_year: int


class ProgressService:
    def __init__(self, db: Database) -> None:
        self._store = EntryStore(db)

    def summary(self, today: date) -> ProgressSummary:
        entries, words = self._store.totals()
        days = self._store.written_days()  # one row per day written, not per entry
        return ProgressSummary(
            entries=entries,
            words=words,
            current_streak=current_streak(days, today),
            longest_streak=longest_streak(days),
            days_this_month=sum(1 for d in days if (d.year, d.month) == (today.year, today.month)),
            days_this_year=sum(1 for d in days if d.year == today.year),
        )
