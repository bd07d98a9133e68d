"""Reading and changing settings through the typed registry."""
from __future__ import annotations

from ..domain.errors import ErrorCode, JournalError
from ..domain.settings import REGISTRY, Setting, T, stored_value
from ..storage.database import Database
from ..storage.settings_store import SettingsStore


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._store = SettingsStore(db)
        self._values = self._store.load_all()

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when unset or no longer valid."""
        return stored_value(setting, self._values)

    def set(self, setting: Setting[T], value: T) -> None:
        if setting.key not in REGISTRY:
            raise JournalError(ErrorCode.BAD_SETTING, key=setting.key)
        try:
            value = setting.validate(value)
        except ValueError as exc:
            raise JournalError(ErrorCode.BAD_SETTING, key=setting.key, reason=str(exc)) from exc
        self._store.save(setting.key, list(value) if isinstance(value, tuple) else value)
        self._values[setting.key] = value
