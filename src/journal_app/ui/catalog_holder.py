"""The content every view shows, kept in one place: built-in content plus the
person's own prompts and imported packs. Views read `current`; `changed` tells
them when a prompt was written, edited or a pack imported."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.content import ContentCatalog

EMPTY = ContentCatalog({}, {}, {}, {})


class CatalogHolder(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base: ContentCatalog = EMPTY  # built in, from resources/
        self.current: ContentCatalog = EMPTY
        self.loaded = False

    def set(self, base: ContentCatalog, current: ContentCatalog) -> None:
        self.base, self.current, self.loaded = base, current, True
        self.changed.emit()

    def clear(self) -> None:
        """Locked: the person's own prompts and packs are not kept in memory either."""
        self.base, self.current, self.loaded = EMPTY, EMPTY, False
