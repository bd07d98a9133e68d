"""Writing streaks, counted on the local dates entries were written.

A streak is a run of consecutive calendar days with at least one entry. Days come
from each entry's stored local date, so travelling across time zones never moves
an entry to another day, and months and years are just days.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)


def current_streak(days: Iterable[date], today: date) -> int:
    """Days in a row up to today, or up to yesterday if today is not written yet.

    Not having written yet today does not break a streak: the day is not over.
    """
    written = set(days)
    day = today if today in written else today - _ONE_DAY
    count = 0
    while day in written:
        count += 1
        day -= _ONE_DAY
    return count


def longest_streak(days: Iterable[date]) -> int:
    """The longest run of consecutive written days ever."""
    longest = run = 0
    previous: date | None = None
    for day in sorted(set(days)):
        run = run + 1 if previous is not None and day - previous == _ONE_DAY else 1
        longest = max(longest, run)
        previous = day
    return longest
