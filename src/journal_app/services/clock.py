"""The writer's clock: now, in their own time zone, with the zone's name."""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..domain.moment import WrittenMoment

Clock = Callable[[], WrittenMoment]


def local_zone_name() -> str:
    """The IANA name of the system zone where it can be known (TZ, /etc/localtime),
    else the zone's abbreviation; the stored UTC offset keeps the time exact."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz and not tz.startswith("/"):
        return tz
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return datetime.now().astimezone().tzname() or "UTC"


def system_clock() -> WrittenMoment:
    return WrittenMoment.from_local(datetime.now().astimezone(), local_zone_name())
