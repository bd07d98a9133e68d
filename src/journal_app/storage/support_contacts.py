"""The people a person can reach, kept in the order they chose. Domain objects only."""
from __future__ import annotations

from sqlalchemy import delete, func, select

from ..domain.content import SupportContact
from ..domain.errors import ErrorCode, JournalError
from .database import Database
from .models import PromptPackRow, SupportContactRow


def _to_contact(row: SupportContactRow) -> SupportContact:
    return SupportContact(name=row.name, how_to_reach=row.how_to_reach, note=row.note, id=row.id)


class SupportContactStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[SupportContact]:
        """Every contact, in the person's order (then the order they were added)."""
        query = select(SupportContactRow).order_by(SupportContactRow.position, SupportContactRow.id)
        with self._db.read() as session:
            return [_to_contact(row) for row in session.scalars(query)]

    def add(self, name: str, how_to_reach: str, note: str) -> SupportContact:
        with self._db.write() as session:
            last = session.scalar(select(func.max(SupportContactRow.position)))
            row = SupportContactRow(
                name=name, how_to_reach=how_to_reach, note=note,
                position=0 if last is None else last + 1,
            )
            session.add(row)
            session.flush()
            return _to_contact(row)

    def update(self, contact_id: int, name: str, how_to_reach: str, note: str) -> SupportContact:
        with self._db.write() as session:
            row = session.get(SupportContactRow, contact_id)
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, contact_id=contact_id)
            row.name, row.how_to_reach, row.note = name, how_to_reach, note
            session.flush()
            return _to_contact(row)

    def delete(self, contact_id: int) -> None:
        with self._db.write() as session:
            result = session.execute(delete(SupportContactRow).where(SupportContactRow.id == contact_id))
            if result.rowcount == 0:
                raise JournalError(ErrorCode.NOT_FOUND, contact_id=contact_id)

    def imported_pack_titles(self) -> dict[str, str]:
        """Titles of the packs the person imported, by id (to say where a contact came from)."""
        with self._db.read() as session:
            return {row.id: row.title for row in session.execute(select(PromptPackRow.id, PromptPackRow.title))}
