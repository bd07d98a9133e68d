"""The person's relation to prompts: what was offered on which day, favourites, and
which prompts their entries answered."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert

from .database import Database
from .models import DailyPromptRow, EntryRow, FavouritePromptRow


class PromptStateStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def daily(self, day: date) -> tuple[str, str] | None:
        """(prompt id, prompt text) stored for the date, if one was chosen."""
        with self._db.read() as session:
            row = session.get(DailyPromptRow, day)
            return (row.prompt_id, row.prompt_text) if row else None

    def record_daily(self, day: date, prompt_id: str, text: str, now: datetime) -> None:
        """Keep the first choice made for a date (two windows cannot disagree)."""
        stmt = insert(DailyPromptRow).values(local_date=day, prompt_id=prompt_id,
                                             prompt_text=text, chosen_at=now)
        with self._db.write() as session:
            session.execute(stmt.on_conflict_do_nothing(index_elements=[DailyPromptRow.local_date]))

    def last_shown(self) -> dict[str, date]:
        with self._db.read() as session:
            rows = session.execute(
                select(DailyPromptRow.prompt_id, func.max(DailyPromptRow.local_date))
                .group_by(DailyPromptRow.prompt_id)
            ).all()
        return {pid: (d if isinstance(d, date) else date.fromisoformat(d)) for pid, d in rows}

    def last_answered(self) -> dict[str, date]:
        """Each prompt a live entry answers, with the latest local date it was answered."""
        with self._db.read() as session:
            rows = session.execute(
                select(EntryRow.prompt_id, func.max(EntryRow.local_date))
                .where(EntryRow.prompt_id.is_not(None), EntryRow.deleted_at.is_(None))
                .group_by(EntryRow.prompt_id)
            ).all()
        return {pid: (d if isinstance(d, date) else date.fromisoformat(d)) for pid, d in rows}

    def answered_since(self, day: date) -> dict[str, date]:
        """As `last_answered`, for the prompts answered on `day` or later (the index on
        dates keeps this quick at any size, where every answer takes a scan)."""
        with self._db.read() as session:
            rows = session.execute(
                select(EntryRow.prompt_id, func.max(EntryRow.local_date))
                .where(EntryRow.local_date >= day, EntryRow.prompt_id.is_not(None), EntryRow.deleted_at.is_(None))
                .group_by(EntryRow.prompt_id)
            ).all()
        return {pid: (d if isinstance(d, date) else date.fromisoformat(d)) for pid, d in rows}

    def last_answered_on(self, prompt_id: str) -> date | None:
        """The latest local date a live entry answered the prompt."""
        with self._db.read() as session:
            day = session.scalar(
                select(func.max(EntryRow.local_date))
                .where(EntryRow.prompt_id == prompt_id, EntryRow.deleted_at.is_(None)))
        return day if day is None or isinstance(day, date) else date.fromisoformat(day)

    def favourites(self) -> set[str]:
        with self._db.read() as session:
            return set(session.scalars(select(FavouritePromptRow.prompt_id)))

    def set_favourite(self, prompt_id: str, favourite: bool, now: datetime) -> None:
        with self._db.write() as session:
            if favourite:
                session.execute(insert(FavouritePromptRow).values(prompt_id=prompt_id, added_at=now)
                                .on_conflict_do_nothing(index_elements=[FavouritePromptRow.prompt_id]))
            else:
                session.execute(delete(FavouritePromptRow).where(FavouritePromptRow.prompt_id == prompt_id))
