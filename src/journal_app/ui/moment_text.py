"""A moment in words for the person: the local day in full and the time, without
seconds or a time-zone name ("Wednesday, 2 December 2026, 21:04"); a day in short."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QCoreApplication, QLocale


def moment_text(moment: datetime) -> str:
    local = moment.astimezone()
    locale = QLocale()
    day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Moment", "%1, %2").replace("%1", day).replace("%2", time)


def friendly_date(day: date, today: date | None = None) -> str:
    """"Sun 22 Nov" this year, "22 Nov 2019" before, in the person's language."""
    today = today or date.today()
    pattern = "ddd d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(day, pattern)


def on_writers_clock(instant: datetime, utc_offset_minutes: int) -> datetime:
    """`instant` as the writer's clock showed it when they wrote (their offset then)."""
    return instant.astimezone(timezone(timedelta(minutes=utc_offset_minutes)))
