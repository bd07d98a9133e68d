"""Keeping and clearing recovery drafts: one row per page being written."""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from ..domain.recovery import RecoveredDraft
from .database import Database
from .models import RecoveryDraftRow


class RecoveryDraftStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def keep(self, draft: RecoveredDraft) -> None:
        values = dict(key=draft.key, entry_id=draft.entry_id, prompt_id=draft.prompt_id, title=draft.title,
                      body=draft.body, saved_at=draft.saved_at)
        stmt = insert(RecoveryDraftRow).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[RecoveryDraftRow.key],
                                          set_={k: v for k, v in values.items() if k != "key"})
        with self._db.write() as session:
            session.execute(stmt)

    def clear(self, key: str) -> None:
        with self._db.write() as session:
            session.execute(delete(RecoveryDraftRow).where(RecoveryDraftRow.key == key))

    def all(self) -> list[RecoveredDraft]:
        with self._db.read() as session:
            rows = session.scalars(select(RecoveryDraftRow).order_by(RecoveryDraftRow.saved_at))
            return [RecoveredDraft(key=r.key, body=r.body, saved_at=r.saved_at, title=r.title,
                                   entry_id=r.entry_id, prompt_id=r.prompt_id) for r in rows]
