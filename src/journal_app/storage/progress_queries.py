"""The Progress figures as SQL aggregates: no entry's text is ever loaded for them.

Each function is one query over live entries (not in the Trash) between two local
dates, inclusive; `first=None` means from the beginning. Local dates are stored as
ISO text, so grouping by week, month or year is a text operation SQLite does in the
index's order.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import text

from .database import Database

# A plain range (no "first IS NULL OR ..."), so the index is read only between the two dates.
_LIVE = "deleted_at IS NULL AND local_date BETWEEN :first AND :last"
_BEGINNING = "0000-01-01"  # before any date an entry can have
# Without statistics SQLite would take the prompt index for "prompt_id IS NOT NULL"
# and read each entry's row (120 ms at 100,000); the Progress index has every column.
_SUMS = "entries INDEXED BY ix_entries_live_day"


def _range(first: date | None, last: date) -> dict:
    return {"first": first.isoformat() if first else _BEGINNING, "last": last.isoformat()}


def per_day(db: Database) -> list[tuple[date, int, int]]:
    """(local date, entries, words) for every day with a live entry, oldest first: one
    pass over the Progress index in its own order, no sort. Totals, streaks, chart
    buckets and the calendar are all sums of these rows (at most one a day, a few
    thousand for years of writing), so none of them reads the entries again."""
    with db.read() as session:
        rows = session.execute(text(
            f"SELECT local_date, count(*), coalesce(sum(word_count), 0) FROM {_SUMS} "
            "WHERE deleted_at IS NULL GROUP BY local_date ORDER BY local_date")).all()
    return [(date.fromisoformat(d), int(n), int(w)) for d, n, w in rows]


def per_prompt(db: Database, first: date | None, last: date) -> list[tuple[str, int, float | None, int]]:
    """(prompt id, entries, summed mood change, entries with both moods) per prompt."""
    with db.read() as session:
        rows = session.execute(text(
            "SELECT prompt_id, count(*), sum(mood_after - mood_before), "
            "count(mood_after - mood_before) "  # counts only rows where both are noted
            f"FROM {_SUMS} WHERE prompt_id IS NOT NULL AND {_LIVE} GROUP BY prompt_id"), _range(first, last)).all()
    return [(p, int(n), None if s is None else float(s), int(pairs)) for p, n, s, pairs in rows]


def answered_prompts(db: Database) -> set[str]:
    """Prompts with at least one live entry, ever."""
    with db.read() as session:
        return set(session.execute(text(f"SELECT DISTINCT prompt_id FROM {_SUMS} WHERE prompt_id IS NOT NULL "
                                        "AND deleted_at IS NULL")).scalars())


def mood_change(db: Database, first: date | None, last: date) -> tuple[float | None, int]:
    """(mean of after - before, how many entries had both), in the range."""
    with db.read() as session:
        row = session.execute(text(f"SELECT avg(mood_after - mood_before), count(mood_after - mood_before) "
                                   f"FROM entries WHERE {_LIVE}"), _range(first, last)).one()
    return (None if row[0] is None else float(row[0])), int(row[1])


def top_tags(db: Database, first: date | None, last: date, limit: int = 12) -> list[tuple[str, int]]:
    with db.read() as session:
        rows = session.execute(text(
            # Counted by tag id first (in the tag index's order), named after.
            "SELECT tags.name, counted.n FROM (SELECT tag_id, count(*) AS n FROM entry_tags "
            f"WHERE {_tagged_in_range(first)} GROUP BY tag_id) AS counted "
            "JOIN tags ON tags.id = counted.tag_id ORDER BY counted.n DESC, tags.name LIMIT :limit"),
            {**_range(first, last), "limit": limit}).all()
    return [(name, int(n)) for name, n in rows]


def _tagged_in_range(first: date | None) -> str:
    """Which tag links count. For all time, the few entries to leave out (the Trash,
    anything dated after today) are quicker to name than the many to keep; for a
    period, the entries in it come from the Progress index (ids included)."""
    if first is None:
        return ("entry_id NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL "
                "UNION ALL SELECT id FROM entries WHERE local_date > :last)")
    return f"entry_id IN (SELECT id FROM entries WHERE {_LIVE})"


def commitments_made(db: Database, first: date | None, last: date) -> dict[str, int]:
    """Commitments made in the range, by their state now."""
    with db.read() as session:
        rows = session.execute(text(
            "SELECT state, count(*) FROM commitments WHERE made_on BETWEEN :first AND :last "
            "GROUP BY state"), _range(first, last)).all()
    return {state: int(n) for state, n in rows}
