"""Prompts a person writes for themselves, and prompt packs they imported."""
from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select

from ..domain.content import Citation, Prompt
from ..domain.errors import ErrorCode, JournalError
from .database import Database
from .models import OwnPromptRow, PromptPackRow

OWN_PREFIX = "own-"  # own prompts' ids, as stored in entries.prompt_id
OWN_SOURCE = "own"  # their source text id: the person themselves


def own_prompt_id(row_id: int) -> str:
    return f"{OWN_PREFIX}{row_id}"


def _row_id(prompt_id: str) -> int:
    if not prompt_id.startswith(OWN_PREFIX) or not prompt_id[len(OWN_PREFIX):].isdigit():
        raise JournalError(ErrorCode.NOT_FOUND, prompt_id=prompt_id)
    return int(prompt_id[len(OWN_PREFIX):])


def _to_prompt(row: OwnPromptRow) -> Prompt:
    return Prompt(
        id=own_prompt_id(row.id), theme=row.theme, text=row.text,
        follow_ups=tuple(json.loads(row.follow_ups or "[]")), intensity=row.intensity,
        audience=row.audience, source=Citation(OWN_SOURCE, ""), content_note=row.content_note,
    )


class OwnPromptStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Prompt]:
        with self._db.read() as session:
            return [_to_prompt(r) for r in session.scalars(select(OwnPromptRow).order_by(OwnPromptRow.id))]

    def add(self, fields: dict, now: datetime) -> Prompt:
        row = OwnPromptRow(**self._columns(fields), created_at=now, updated_at=now)
        with self._db.write() as session:
            session.add(row)
            session.flush()
            return _to_prompt(row)

    def update(self, prompt_id: str, fields: dict, now: datetime) -> Prompt:
        with self._db.write() as session:
            row = session.get(OwnPromptRow, _row_id(prompt_id))
            if row is None:
                raise JournalError(ErrorCode.NOT_FOUND, prompt_id=prompt_id)
            for key, value in self._columns(fields).items():
                setattr(row, key, value)
            row.updated_at = now
            session.flush()
            return _to_prompt(row)

    def delete(self, prompt_id: str) -> None:
        with self._db.write() as session:
            result = session.execute(delete(OwnPromptRow).where(OwnPromptRow.id == _row_id(prompt_id)))
            if result.rowcount == 0:
                raise JournalError(ErrorCode.NOT_FOUND, prompt_id=prompt_id)

    @staticmethod
    def _columns(fields: dict) -> dict:
        return dict(theme=fields["theme"], text=fields["text"],
                    follow_ups=json.dumps(list(fields.get("follow_ups", ())), ensure_ascii=False),
                    intensity=fields["intensity"], content_note=fields.get("content_note"),
                    audience=fields.get("audience", "everyone"))


class PromptPackStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[tuple[str, str, str]]:
        """(id, title, TOML source) of every imported pack, oldest first."""
        with self._db.read() as session:
            rows = session.execute(select(PromptPackRow.id, PromptPackRow.title, PromptPackRow.source)
                                   .order_by(PromptPackRow.imported_at)).all()
        return [tuple(r) for r in rows]

    def add(self, pack_id: str, title: str, source: str, now: datetime) -> None:
        with self._db.write() as session:
            session.add(PromptPackRow(id=pack_id, title=title, source=source, imported_at=now))

    def remove(self, pack_id: str) -> None:
        with self._db.write() as session:
            session.execute(delete(PromptPackRow).where(PromptPackRow.id == pack_id))
