"""The typed registry of settings: every setting the app has, defined here once.

Values live in the journal database (see storage/settings_store.py) so they travel
with the journal and its backups; only window geometry stays in Qt's settings.
Later features add their settings to `REGISTRY`; the Settings dialog is built from it.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T", bool, int, str, tuple)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    choices: tuple = field(default=())  # allowed values, when limited

    def validate(self, value: object) -> T:
        """The value if it fits this setting, else ValueError."""
        if self.type is tuple and isinstance(value, list):
            value = tuple(value)
        # bool is an int in Python: keep them apart so `True` is never a number.
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{self.key}: expected {self.type.__name__}, got {value!r}")
        if self.choices:
            chosen = value if self.type is tuple else (value,)
            if any(v not in self.choices for v in chosen):
                raise ValueError(f"{self.key}: {value!r} is not among {self.choices}")
        return value  # type: ignore[return-value]


def stored_value(setting: Setting[T], values: Mapping[str, object]) -> T:
    """The value stored for `setting` among `values`, or its default when unset or no
    longer valid."""
    if setting.key in values:
        try:
            return setting.validate(values[setting.key])
        except ValueError:
            pass
    return setting.default


PROMPT_DEPTH = Setting("prompts.depth", str, "all", ("gentle", "moderate", "all"))
# Audiences besides "everyone" whose prompts the person wants offered. The texts
# speak to writers of Asian descent in particular; such prompts say so openly.
AUDIENCES = ("asian-descent",)  # every audience a built-in prompt may name
PROMPT_AUDIENCES = Setting("prompts.audiences", tuple, ("asian-descent",), AUDIENCES)
GROUNDING_OFFER = Setting("prompts.grounding_offer", bool, True)
TEXT_SIZE = Setting("editor.text_size", int, 13)
# Minutes without a key press or mouse move before an encrypted journal locks; 0: never.
LOCK_AFTER_MINUTES = Setting("privacy.lock_after_minutes", int, 5, (1, 2, 5, 10, 15, 30, 60, 0))

# Automatic backups kept: the newest of each of the last N days, and of the last M weeks.
BACKUP_DAILY = Setting("backups.daily", int, 5, (3, 5, 7, 14))
BACKUP_WEEKLY = Setting("backups.weekly", int, 3, (0, 3, 4, 8))

REGISTRY: dict[str, Setting] = {
    s.key: s for s in (PROMPT_DEPTH, PROMPT_AUDIENCES, GROUNDING_OFFER, TEXT_SIZE, LOCK_AFTER_MINUTES,
                       BACKUP_DAILY, BACKUP_WEEKLY)
}
