"""When an entry was written: a UTC instant plus the writer's own calendar."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True, slots=True)
class WrittenMoment:
    utc: datetime  # aware, UTC
    local_date: date
    tz_name: str
    utc_offset_minutes: int

    @classmethod
    def from_local(cls, local: datetime, tz_name: str) -> "WrittenMoment":
        """From an aware local time, e.g. `datetime.now().astimezone()`."""
        if local.tzinfo is None or local.utcoffset() is None:
            raise ValueError("local time must carry its UTC offset")
        offset = local.utcoffset()
        return cls(
            utc=local.astimezone(timezone.utc),
            local_date=local.date(),
            tz_name=tz_name,
            utc_offset_minutes=int(offset.total_seconds() // 60),
        )

    @classmethod
    def at_local(cls, local: datetime, tz_name: str, fallback_offset_minutes: int) -> "WrittenMoment":
        """A wall-clock time (naive) in the zone named `tz_name`: the zone's own offset
        on that date (summer time and all) where the zone is known, else the offset
        given. For moving an entry to the day it was really about."""
        if local.tzinfo is not None:
            return cls.from_local(local, tz_name)
        try:
            zone = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError):
            zone = timezone(timedelta(minutes=fallback_offset_minutes))
        return cls.from_local(local.replace(tzinfo=zone), tz_name)
