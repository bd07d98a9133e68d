"""Every Progress figure on a small hand-built journal (issue 12): streaks across a
month end, a year end and a change of time zone; trashed entries left out; mood
change per theme; commitments by state; the edges of each period."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from journal_app.domain.moment import WrittenMoment
from journal_app.domain.progress import (
    MONTH, WEEK, YEAR, Period, buckets, grouping, mood_direction, period_start,
)
from journal_app.domain.words import count_words
from journal_app.storage.entries import EntryStore, NewEntry

TODAY = date(2026, 1, 6)
THEME_OF = {"p-family-1": "family", "p-family-2": "family", "p-history-1": "history", "p-unused": "repair"}
THEMES = ("family", "history", "repair", "first-week")


def _at(day: date, hour: int = 20, zone: str = "Europe/London") -> WrittenMoment:
    return WrittenMoment.from_local(datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(zone)), zone)


def _entry(moment, body="three small words", prompt=None, before=None, after=None, tags=()):  # noqa: ANN001, ANN202
    return NewEntry(moment, body, count_words(body), prompt_id=prompt, mood_before=before, mood_after=after,
                    tags=tags)


@pytest.fixture
def journal(services):  # noqa: ANN001, ANN201
    """Dec 30, Dec 31, Jan 1 in London, Jan 2 in Tokyo (still Jan 1 in UTC), a trashed
    Jan 3, then Jan 5 and Jan 6 (today): current streak 2, longest 4."""
    tokyo = _at(date(2026, 1, 2), 8, "Asia/Tokyo")
    assert tokyo.utc.date() == date(2026, 1, 1) and tokyo.local_date == date(2026, 1, 2)
    rows = [
        _entry(_at(date(2025, 12, 30)), "one two", "p-family-1", 2, 4, ("family",)),
        _entry(_at(date(2025, 12, 31)), "one two three four", "p-family-2", 3, 2, ("family", "work")),
        _entry(_at(date(2026, 1, 1)), "one", "p-history-1", 1, 3),
        _entry(tokyo, "a b c d e", None, 4, None, ("work",)),  # a check-in without a check-out
        _entry(_at(date(2026, 1, 3)), "trashed words here", "p-history-1", 1, 5, ("family",)),
        _entry(_at(date(2026, 1, 5), 9), "morning"),
        _entry(_at(date(2026, 1, 5), 21), "evening too"),
        _entry(_at(date(2026, 1, 6)), "today", "p-family-1", 3, 3, ("work",)),
        _entry(_at(date(2025, 12, 7)), "exactly thirty days before today", None),  # today - 30: outside
        _entry(_at(date(2025, 12, 8)), "twenty nine days before", None),  # today - 29: inside
        _entry(_at(date(2024, 6, 1)), "long ago", "p-history-1", 2, 5),
    ]
    EntryStore(services.db).import_many(rows)
    trashed = next(e.id for e in services.journal.search("trashed").entries)
    services.journal.trash_entry(trashed)
    return services


def _report(services, period):  # noqa: ANN001, ANN202
    return services.progress.report(period, TODAY, THEME_OF, THEMES)


def test_streaks_cross_month_and_year_ends_and_a_time_zone_and_skip_the_trash(journal) -> None:  # noqa: ANN001
    report = _report(journal, Period.ALL_TIME)
    assert report.current_streak == 2  # Jan 5 and 6; Jan 4 empty (Jan 3 is in the Trash)
    assert report.longest_streak == 4  # Dec 30, 31, Jan 1, Jan 2 (written in Tokyo)
    assert report.days_this_month == 4  # Jan 1, 2, 5, 6
    assert report.days_this_year == 4


def test_totals_follow_the_period_and_its_edges(journal) -> None:  # noqa: ANN001
    month = _report(journal, Period.LAST_30_DAYS)
    assert period_start(Period.LAST_30_DAYS, TODAY) == date(2025, 12, 8)
    assert month.entries == 8  # every live entry from Dec 8 on (not Dec 7, not the Trash, not 2024)
    assert month.words == 2 + 4 + 1 + 5 + 1 + 2 + 1 + 4
    assert month.days_written == 7  # two entries on Jan 5 are one day
    everything = _report(journal, Period.ALL_TIME)
    assert everything.entries == 10 and everything.first_day == date(2024, 6, 1)
    year = _report(journal, Period.LAST_12_MONTHS)
    assert year.first_day == date(2025, 2, 1) and year.entries == 9


def test_entries_over_time_are_grouped_with_empty_buckets_kept(journal) -> None:  # noqa: ANN001
    month = _report(journal, Period.LAST_30_DAYS)
    assert month.by == WEEK
    weeks = {b.start: (b.entries, b.words) for b in month.over_time}
    assert list(weeks) == buckets(date(2025, 12, 8), TODAY, WEEK)
    assert weeks[date(2025, 12, 8)] == (1, 4)  # Monday Dec 8
    assert weeks[date(2025, 12, 15)] == (0, 0)  # a quiet week shows as quiet
    assert weeks[date(2025, 12, 29)] == (4, 12)  # Dec 30, 31, Jan 1, Jan 2 (Mon Dec 29 - Sun Jan 4)
    assert weeks[date(2026, 1, 5)] == (3, 4)
    everything = _report(journal, Period.ALL_TIME)
    assert everything.by == MONTH  # under two years of writing
    assert sum(b.entries for b in everything.over_time) == 10


def test_themes_prompts_and_mood_change_per_theme(journal) -> None:  # noqa: ANN001
    report = _report(journal, Period.ALL_TIME)
    themes = {f.theme_id: f for f in report.themes}
    assert themes["family"].entries == 3 and themes["history"].entries == 2  # the trashed one left out
    assert themes["family"].mood_change == pytest.approx(((4 - 2) + (2 - 3) + (3 - 3)) / 3)
    assert themes["history"].mood_change == pytest.approx(((3 - 1) + (5 - 2)) / 2)
    assert report.untouched_themes == ("repair", "first-week")
    assert report.prompts_answered == 3 and report.prompts_total == 4
    # Overall: every entry with both moods (the Tokyo check-in has no check-out).
    assert report.mood_pairs == 5
    assert report.mood_change == pytest.approx((2 - 1 + 2 + 0 + 3) / 5)
    month = _report(journal, Period.LAST_30_DAYS)
    assert {f.theme_id: f.entries for f in month.themes} == {"family": 3, "history": 1}


def test_commitments_by_state_in_the_period(journal, clock) -> None:  # noqa: ANN001
    clock.at(datetime(2025, 6, 1, 10, tzinfo=timezone.utc), "UTC")
    journal.commitments.make("long ago")
    clock.at(datetime(2026, 1, 2, 10, tzinfo=timezone.utc), "UTC")
    kept = journal.commitments.make("ask about the history")
    dropped = journal.commitments.make("read the book")
    journal.commitments.make("call my cousin")
    journal.commitments.keep(kept.id)
    journal.commitments.drop(dropped.id)
    assert _report(journal, Period.LAST_30_DAYS).commitments == {"open": 1, "kept": 1, "dropped": 1}
    assert _report(journal, Period.ALL_TIME).commitments == {"open": 2, "kept": 1, "dropped": 1}


def test_top_tags_and_the_heat_map_leave_the_trash_out(journal) -> None:  # noqa: ANN001
    report = _report(journal, Period.ALL_TIME)
    assert report.tags == (("work", 3), ("family", 2))
    assert report.heat[date(2026, 1, 5)] == 2 and date(2026, 1, 3) not in report.heat
    assert min(report.heat) >= TODAY - timedelta(days=364)
    assert date(2024, 6, 1) not in report.heat  # older than a year


def test_an_empty_journal_has_figures_of_nothing(services) -> None:  # noqa: ANN001
    report = services.progress.report(Period.ALL_TIME, TODAY, THEME_OF, THEMES)
    assert (report.entries, report.words, report.current_streak, report.longest_streak) == (0, 0, 0, 0)
    assert report.over_time == () and report.heat == {} and report.mood_change is None
    assert report.untouched_themes == THEMES


def test_the_pure_rules() -> None:
    assert period_start(Period.LAST_12_MONTHS, date(2026, 12, 2)) == date(2026, 1, 1)
    assert period_start(Period.ALL_TIME, TODAY) is None
    assert grouping(Period.ALL_TIME, date(2020, 1, 1), TODAY) == YEAR
    assert buckets(date(2025, 11, 15), date(2026, 2, 1), MONTH) == [date(2025, 11, 1), date(2025, 12, 1),
                                                                    date(2026, 1, 1), date(2026, 2, 1)]
    assert [mood_direction(v) for v in (None, 1.0, 0.3, 0.0, -0.3, -1.0)] == [
        "none", "higher", "slightly_higher", "same", "slightly_lower", "lower"]
