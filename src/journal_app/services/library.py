"""The Library: what the person saved and read, and the resources they added.

URLs are stored as typed; the app never opens one by itself (the window opens a
link in the system browser only when the person clicks it)."""
from __future__ import annotations


from ..domain.errors import ErrorCode, JournalError
from ..domain.library import KINDS, LibraryMark, OwnResource
from ..storage.database import Database
from ..storage.library_store import LibraryStore
from .clock import Clock, system_clock
from .saving import saving



class LibraryService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._store = LibraryStore(db)
        self._clock = clock

    # -- marks on built-in items -----------------------------------------------------------
    def marks(self) -> dict[str, LibraryMark]:
        """Every item the person marked, by item id (items never marked are absent)."""
        return self._store.marks()

    def set_saved(self, item_id: str, saved: bool) -> LibraryMark:
        """Save an item for later, or un-save it; returns the mark once committed."""
        return saving(lambda: self._store.set_mark(item_id, self._clock().utc, saved=bool(saved)))

    def set_read(self, item_id: str, read: bool) -> LibraryMark:
        """Mark an item read, or not read; returns the mark once committed."""
        return saving(lambda: self._store.set_mark(item_id, self._clock().utc, read=bool(read)))

    # -- the person's own resources --------------------------------------------------------
    def own_resources(self) -> list[OwnResource]:
        """The person's own resources, in the order they were added."""
        return self._store.resources()

    def add_resource(self, title: str, kind: str = "article", note: str = "",
                     url: str | None = None) -> OwnResource:
        """Add a resource; returns it once committed.

        Raises JournalError MISSING_TEXT (field="title") for an empty title."""
        title, kind, note, url = _cleaned(title, kind, note, url)
        return saving(lambda: self._store.add_resource(title, kind, note, url, self._clock().utc))

    def update_resource(self, resource_id: int, title: str, kind: str = "article", note: str = "",
                        url: str | None = None) -> OwnResource:
        """Save new details for a resource.

        Raises JournalError MISSING_TEXT for an empty title, NOT_FOUND for an unknown id."""
        title, kind, note, url = _cleaned(title, kind, note, url)
        return saving(lambda: self._store.update_resource(resource_id, title, kind, note, url))

    def delete_resource(self, resource_id: int) -> None:
        """Remove a resource for good. Raises JournalError NOT_FOUND for an unknown id."""
        saving(lambda: self._store.delete_resource(resource_id))


def _cleaned(title: str, kind: str, note: str, url: str | None) -> tuple[str, str, str, str | None]:
    title = (title or "").strip()
    if not title:
        raise JournalError(ErrorCode.MISSING_TEXT, field="title")
    if kind not in KINDS:  # the window offers only these: another is a bug, not a typo
        raise ValueError(f"unknown resource kind {kind!r}")
    url = (url or "").strip() or None  # otherwise exactly as typed
    return title, kind, (note or "").strip(), url
