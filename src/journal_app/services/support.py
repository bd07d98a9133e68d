"""People to reach when things are heavy: the person's own contacts, and the
read-only ones that came with prompt packs."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..domain.content import SupportContact
from ..domain.errors import ErrorCode, JournalError
from ..storage.database import Database
from ..storage.support_contacts import SupportContactStore
from .saving import saving



class SupportService:
    def __init__(self, db: Database, pack_contacts: tuple[SupportContact, ...] = (),
                 pack_titles: Mapping[str, str] | None = None) -> None:
        self._store = SupportContactStore(db)
        self._pack_contacts = tuple(pack_contacts)
        self._pack_titles = dict(pack_titles or {})

    # -- the person's own contacts -------------------------------------------------
    def contacts(self) -> list[SupportContact]:
        """The person's own contacts, in the order they were added."""
        return self._store.list()

    def add_contact(self, name: str, how_to_reach: str, note: str = "") -> SupportContact:
        """Save someone new at the end of the list; returns them once committed.

        Raises JournalError MISSING_TEXT (field="name") for an empty name."""
        name, how_to_reach, note = _cleaned(name, how_to_reach, note)
        return saving(lambda: self._store.add(name, how_to_reach, note))

    def update_contact(self, contact_id: int, name: str, how_to_reach: str, note: str = "") -> SupportContact:
        """Save new details for a contact, keeping their place in the list.

        Raises JournalError MISSING_TEXT for an empty name, NOT_FOUND for an unknown id."""
        name, how_to_reach, note = _cleaned(name, how_to_reach, note)
        return saving(lambda: self._store.update(contact_id, name, how_to_reach, note))

    def delete_contact(self, contact_id: int) -> None:
        """Remove a contact for good. Raises JournalError NOT_FOUND for an unknown id."""
        saving(lambda: self._store.delete(contact_id))

    # -- contacts carried by prompt packs ---------------------------------------------
    def pack_contacts(self, also: Iterable[SupportContact] = ()) -> tuple[SupportContact, ...]:
        """Contacts that came with prompt packs (read-only), given at start and in
        `also` (a catalog loaded later), each once, in the order first seen."""
        seen: dict[tuple, SupportContact] = {}
        for contact in (*self._pack_contacts, *also):
            seen.setdefault((contact.pack_id, contact.name, contact.how_to_reach, contact.note), contact)
        return tuple(seen.values())

    def pack_title(self, pack_id: str | None) -> str:
        """The title of the pack a contact came with; its id when the title is unknown."""
        if not pack_id:
            return ""
        if pack_id in self._pack_titles:
            return self._pack_titles[pack_id]
        try:
            titles = self._store.imported_pack_titles()
        except Exception:  # a label is not worth failing the page over
            titles = {}
        return titles.get(pack_id, pack_id)


def _cleaned(name: str, how_to_reach: str, note: str) -> tuple[str, str, str]:
    name = (name or "").strip()
    if not name:
        raise JournalError(ErrorCode.MISSING_TEXT, field="name")
    return name, (how_to_reach or "").strip(), (note or "").strip()
