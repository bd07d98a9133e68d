"""Settings values in the journal database, as JSON text per key."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from .database import Database
from .models import SettingRow


class SettingsStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load_all(self) -> dict[str, object]:
        with self._db.read() as session:
            rows = session.execute(select(SettingRow.key, SettingRow.value)).all()
        values = {}
        for key, raw in rows:
            try:
                values[key] = json.loads(raw)
            except ValueError:
                continue  # a damaged value falls back to the default
        return values

    def save(self, key: str, value: object) -> None:
        raw = json.dumps(value, ensure_ascii=False)
        stmt = insert(SettingRow).values(key=key, value=raw)
        stmt = stmt.on_conflict_do_update(index_elements=[SettingRow.key], set_={"value": raw})
        with self._db.write() as session:
            session.execute(stmt)
