"""The number each entry has in the search indexes: its written minute, then a slot.

FTS5 walks a word's matches in the order of this number, so numbering them by
time lets "newest first" read only one page of matches (migration 0008). The
number is the minute the entry was written times eight, plus the first slot free
in that minute: small gaps between neighbours keep the index's lists compact (the
gaps are stored; a key made of seconds and the id made the index 2.2 times the
size and its building twice as slow). Entries in the same minute are ordered as
they took their slots; a ninth entry in one minute takes the next free number,
which sorts it among the following minute's at most. Before 1970 the number is
simply negative.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import EntryRow

SLOTS = 8  # numbers per minute
_WINDOW = 64


def first_key(written_at: datetime) -> int:
    return int(written_at.timestamp() // 60) * SLOTS


def claim_key(session: Session, written_at: datetime, own: int | None = None) -> int:
    """The first number free from the entry's minute on (`own`, the entry's present
    number, counts as free: it is given up by the same update)."""
    key = first_key(written_at)
    column = EntryRow.search_key
    while True:
        taken = session.scalars(select(column).where(column >= key).order_by(column).limit(_WINDOW)).all()
        for number in taken:
            if number == own:
                continue
            if number != key:
                return key
            key += 1
        if len(taken) < _WINDOW:
            return key


def claim_keys(session: Session, moments: Iterable[datetime]) -> list[int]:
    """Numbers for many new entries at once (an import), in the order given."""
    moments = list(moments)
    if not moments:
        return []
    lowest = min(first_key(m) for m in moments)
    column = EntryRow.search_key
    taken = set(session.scalars(select(column).where(column >= lowest)))
    keys = []
    for moment in moments:
        key = first_key(moment)
        while key in taken:
            key += 1
        taken.add(key)
        keys.append(key)
    return keys
