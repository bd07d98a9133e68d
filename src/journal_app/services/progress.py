"""The figures of the Progress area, from SQL aggregates (storage/progress_queries.py),
put together for a period. Run off the UI thread: at 100,000 entries the queries
take a noticeable moment."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.commitment import STATES
from ..domain.progress import (
    Bucket, Period, ProgressReport, bucket_of, buckets, grouping, period_start, theme_figures,
)
from ..domain.streaks import current_streak, longest_streak
from ..storage import progress_queries as q
from ..storage.database import Database

HEAT_DAYS = 365


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
        self._db = db

    def summary(self, today: date) -> ProgressSummary:
        """The headline figures, all time."""
        written = [row for row in q.per_day(self._db) if row[0] <= today]
        days = [d for d, _, _ in written]
        return ProgressSummary(sum(n for _, n, _ in written), sum(w for _, _, w in written),
                               current_streak(days, today), longest_streak(days),
                               *_days_this_month_and_year(days, today))

    def report(self, period: Period, today: date, theme_of: Mapping[str, str],
               themes: tuple[str, ...] = ()) -> ProgressReport:
        """Everything Progress shows for `period`. `theme_of` maps prompt ids to their
        theme (from the content catalog); `themes` lists every theme, for those not
        yet touched. Streaks and the heat map do not depend on the period."""
        first = period_start(period, today)
        per_day = q.per_day(self._db)
        days = [d for d, _, _ in per_day]
        started = days[0] if days else None
        in_period = [(d, n, w) for d, n, w in per_day if (first is None or d >= first) and d <= today]
        entries, words, days_written = sum(r[1] for r in in_period), sum(r[2] for r in in_period), len(in_period)
        by = grouping(period, started, today)
        found: dict[date, tuple[int, int]] = {}
        for day, n, w in in_period:
            start = bucket_of(day, by)
            held = found.get(start, (0, 0))
            found[start] = (held[0] + n, held[1] + w)
        heat_from = today - timedelta(days=HEAT_DAYS - 1)
        this_month, this_year = _days_this_month_and_year(days, today)
        chart_from = first or started
        over_time = tuple(Bucket(start, *found.get(start, (0, 0)))
                          for start in (buckets(chart_from, today, by) if chart_from else []))
        per_prompt = q.per_prompt(self._db, first, today)
        figures = theme_figures(per_prompt, theme_of)
        touched = {f.theme_id for f in figures}
        answered = q.answered_prompts(self._db) & set(theme_of)
        mood, pairs = q.mood_change(self._db, first, today)
        made = q.commitments_made(self._db, first, today)
        return ProgressReport(
            period=period, first_day=first or started, today=today, entries=entries, words=words,
            days_written=days_written, current_streak=current_streak(days, today),
            longest_streak=longest_streak(days),
            days_this_month=this_month, days_this_year=this_year,
            by=by, over_time=over_time,
            heat={d: n for d, n, _ in per_day if heat_from <= d <= today},
            themes=tuple(figures), untouched_themes=tuple(t for t in themes if t not in touched),
            prompts_answered=len(answered), prompts_total=len(theme_of),
            commitments={state: made.get(state, 0) for state in STATES},
            mood_change=mood, mood_pairs=pairs, tags=tuple(q.top_tags(self._db, first, today)),
        )


def _days_this_month_and_year(days: list[date], today: date) -> tuple[int, int]:
    month = sum(1 for d in days if (d.year, d.month) == (today.year, today.month) and d <= today)
    year = sum(1 for d in days if d.year == today.year and d <= today)
    return month, year
