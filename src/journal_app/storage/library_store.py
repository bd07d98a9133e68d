"""What the person noted in the Library (saved, read) and the resources they added.
Domain objects only."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from ..domain.errors import ErrorCode, JournalError
from ..domain.library import LibraryMark, OwnResource
from .database import Database
from .models import LibraryMarkRow, OwnResourceRow


def _to_mark(row: LibraryMarkRow) -> LibraryMark:
    return LibraryMark(item_id=row.item_id, saved=bool(row.saved), read=bool(row.read))


def _to_resource(row: OwnResourceRow) -> OwnResource:
    return OwnResource(id=row.id, title=row.title, kind=row.kind, note=row.note, url=row.url,
                       created_at=row.created_at)


class LibraryStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- marks on built-in items -------------------------------------------------------
    def marks(self) -> dict[str, LibraryMark]:
        with self._db.read() as session:
            return {row.item_id: _to_mark(row) for row in session.scalars(select(LibraryMarkRow))}

    def set_mark(self, item_id: str, now: datetime, *, saved: bool | None = None,
                 read: bool | None = None) -> LibraryMark:
        """Set `saved` and/or `read` for an item (creating its row), in one statement."""
        changes = {k: v for k, v in (("saved", saved), ("read", read)) if v is not None}
        statement = insert(LibraryMarkRow).values(item_id=item_id, updated_at=now, **changes)
        statement = statement.on_conflict_do_update(
            index_elements=[LibraryMarkRow.item_id], set_={**changes, "updated_at": now},
        ).returning(LibraryMarkRow.item_id, LibraryMarkRow.saved, LibraryMarkRow.read)
        with self._db.write() as session:
            row = session.execute(statement).one()
            return LibraryMark(item_id=row.item_id, saved=bool(row.saved), read=bool(row.read))

    # -- the person's own resources ------------------------------------------------------
    def resources(self) -> list[OwnResource]:
        """In the order they were added."""
        query = select(OwnResourceRow).order_by(OwnResourceRow.created_at, OwnResourceRow.id)
        with self._db.read() as session:
            return [_to_resource(row) for row in session.scalars(query)]

    def add_resource(self, title: str, kind: str, note: str, url: str | None, now: datetime) -> OwnResource:
        with self._db.write() as session:
            row = OwnResourceRow(title=title, kind=kind, note=note, url=url, created_at=now)
            session.add(row)
            session.flush()
            return _to_resource(row)

    def update_resource(self, resource_id: int, title: str, kind: str, note: str,
                        url: str | None) -> OwnResource:
        with self._db.write() as session:
            row = session.get(OwnResourceRow, resource_id)
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, resource_id=resource_id)
            row.title, row.kind, row.note, row.url = title, kind, note, url
            session.flush()
            return _to_resource(row)

    def delete_resource(self, resource_id: int) -> None:
        with self._db.write() as session:
            result = session.execute(delete(OwnResourceRow).where(OwnResourceRow.id == resource_id))
            if result.rowcount == 0:
                raise JournalError(ErrorCode.NOT_FOUND, resource_id=resource_id)
