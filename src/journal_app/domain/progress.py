"""What the Progress area shows, and the periods it can show it for.

Streaks count local dates (the day as the writer lived it), so a change of time
zone never breaks or doubles one. Periods end today and include it. The figures
are gathered from SQL aggregates (storage/progress_queries.py); the rules that turn
them into what a person reads are here, free of I/O.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum


class Period(str, Enum):
    LAST_30_DAYS = "30d"
    LAST_12_MONTHS = "12m"
    ALL_TIME = "all"


WEEK, MONTH, YEAR = "week", "month", "year"


def period_start(period: Period, today: date) -> date | None:
    """The first day of the period (None: since the first entry)."""
    if period is Period.LAST_30_DAYS:
        return today - timedelta(days=29)
    if period is Period.LAST_12_MONTHS:
        month = today.month + 1  # the same month a year ago is not included: 12 whole months
        year = today.year - 1
        if month == 13:
            month, year = 1, year + 1
        return date(year, month, 1)
    return None


def grouping(period: Period, first_written: date | None, today: date) -> str:
    """How the chart groups entries: weeks for a month, months for a year, years for
    all time (months while the journal is under two years old)."""
    if period is Period.LAST_30_DAYS:
        return WEEK
    if period is Period.LAST_12_MONTHS:
        return MONTH
    if first_written is None or (today - first_written).days < 730:
        return MONTH
    return YEAR


def bucket_of(day: date, by: str) -> date:
    """The first day of the week (Monday), month or year `day` falls in."""
    if by == WEEK:
        return day - timedelta(days=day.weekday())
    if by == MONTH:
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def buckets(first: date, last: date, by: str) -> list[date]:
    """Every bucket from the one holding `first` to the one holding `last`, so quiet
    weeks show as quiet rather than vanishing from the chart."""
    out, current = [], bucket_of(first, by)
    while current <= last:
        out.append(current)
        if by == WEEK:
            current += timedelta(days=7)
        elif by == MONTH:
            current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
        else:
            current = date(current.year + 1, 1, 1)
    return out


@dataclass(frozen=True, slots=True)
class Bucket:
    start: date
    entries: int
    words: int


@dataclass(frozen=True, slots=True)
class ThemeFigure:
    theme_id: str
    entries: int
    mood_change: float | None  # mean of (after - before) where both were noted
    mood_pairs: int


@dataclass(frozen=True, slots=True)
class ProgressReport:
    period: Period
    first_day: date | None  # of the period (None: all time, and nothing written)
    today: date
    entries: int
    words: int
    days_written: int  # in the period
    current_streak: int
    longest_streak: int
    days_this_month: int
    days_this_year: int
    by: str  # WEEK, MONTH or YEAR
    over_time: tuple[Bucket, ...]
    heat: Mapping[date, int]  # entries per local date, the last twelve months (whatever the period)
    themes: tuple[ThemeFigure, ...]  # most written first
    untouched_themes: tuple[str, ...]  # theme ids with no entry yet (in the period)
    prompts_answered: int  # distinct prompts with an entry (ever)
    prompts_total: int
    commitments: Mapping[str, int]  # made in the period, by state
    mood_change: float | None  # overall, in the period
    mood_pairs: int
    tags: tuple[tuple[str, int], ...] = field(default=())  # most used first


def theme_figures(per_prompt: Iterable[tuple[str, int, float | None, int]],
                  theme_of: Mapping[str, str]) -> list[ThemeFigure]:
    """Per-prompt rows (prompt id, entries, summed mood change, mood pairs) rolled up
    into themes; prompts no longer in the catalog are left out."""
    totals: dict[str, list[float]] = {}
    for prompt_id, entries, change_sum, pairs in per_prompt:
        theme = theme_of.get(prompt_id)
        if theme is None:
            continue
        row = totals.setdefault(theme, [0, 0.0, 0])
        row[0] += entries
        row[1] += change_sum or 0.0
        row[2] += pairs
    figures = [ThemeFigure(theme, int(n), (s / p) if p else None, int(p)) for theme, (n, s, p) in totals.items()]
    return sorted(figures, key=lambda f: (-f.entries, f.theme_id))


def mood_direction(change: float | None) -> str:
    """Which way the average change went, for the UI to word gently (never a verdict)."""
    if change is None:
        return "none"
    if change >= 0.5:
        return "higher"
    if change > 0.15:
        return "slightly_higher"
    if change >= -0.15:
        return "same"
    if change > -0.5:
        return "slightly_lower"
    return "lower"
