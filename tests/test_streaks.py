"""Streaks are counted on local dates: across gaps, month and year ends, and travel."""
from datetime import date, datetime, timedelta, timezone

from journal_app.domain.streaks import current_streak, longest_streak


def days(*isos: str) -> list[date]:
    return [date.fromisoformat(d) for d in isos]


def test_a_gap_ends_the_current_streak_but_not_the_longest() -> None:
    written = days("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-05", "2026-01-06")
    assert current_streak(written, date(2026, 1, 6)) == 2
    assert longest_streak(written) == 3


def test_today_not_written_yet_keeps_yesterdays_streak() -> None:
    written = days("2026-01-04", "2026-01-05")
    assert current_streak(written, date(2026, 1, 6)) == 2
    assert current_streak(written, date(2026, 1, 7)) == 0


def test_streak_runs_across_month_and_year_ends() -> None:
    written = days("2025-12-30", "2025-12-31", "2026-01-01", "2026-01-31", "2026-02-01")
    assert current_streak(written[:3], date(2026, 1, 1)) == 3
    assert current_streak(written, date(2026, 2, 1)) == 2
    assert longest_streak(written) == 3
    leap = days("2024-02-28", "2024-02-29", "2024-03-01")
    assert longest_streak(leap) == 3


def test_several_entries_a_day_count_the_day_once() -> None:
    written = days("2026-05-01", "2026-05-01", "2026-05-02", "2026-05-02")
    assert longest_streak(written) == 2
    assert current_streak(written, date(2026, 5, 2)) == 2


def test_no_entries_no_streak() -> None:
    assert current_streak([], date(2026, 1, 1)) == 0
    assert longest_streak([]) == 0


def test_travel_keeps_each_entry_on_the_day_it_was_written(services, clock) -> None:
    """Written at 23:30 in London, then at 08:00 the next morning in Seoul (which is
    still the previous evening in London): two local days in a row, not one."""
    london = timezone(timedelta(hours=0))
    seoul = timezone(timedelta(hours=9))
    clock.at(datetime(2026, 3, 1, 23, 30, tzinfo=london), "Europe/London")
    services.journal.write_entry("Packing for the flight.")
    clock.at(datetime(2026, 3, 2, 8, 0, tzinfo=seoul), "Asia/Seoul")
    second = services.journal.write_entry("Landed.")
    assert second.local_date == date(2026, 3, 2)
    assert second.written_at.date() == date(2026, 3, 1)  # still 1 March in UTC
    summary = services.progress.summary(date(2026, 3, 2))
    assert summary.current_streak == 2
    assert summary.longest_streak == 2
