"""Which automatic backups to keep: the newest of each of the last few days that
have one, and the newest of each of the last few weeks (ISO weeks)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

DAILY, WEEKLY = 5, 3  # the defaults: the last five daily and three weekly backups


def backups_to_keep(made: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY) -> set[datetime]:
    """The times (of those given) whose backups stay; the rest may be removed."""
    newest_first = sorted(set(made), reverse=True)
    keep: set[datetime] = set()
    for period, count in ((lambda t: t.date(), daily), (lambda t: t.isocalendar()[:2], weekly)):
        seen: list[object] = []
        for moment in newest_first:
            key = period(moment)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(moment)
    return keep
