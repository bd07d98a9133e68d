"""Recovery drafts: kept while typing, cleared once the words are saved, offered
back at the next start if the app stopped before that (a crash, a killed process)."""
from __future__ import annotations

from ..domain.entry import Entry
from ..domain.recovery import RecoveredDraft
from ..storage.database import Database
from ..storage.recovery_drafts import RecoveryDraftStore
from .clock import Clock, system_clock
from .journal import JournalService
from .saving import saving


class RecoveryService:
    def __init__(self, db: Database, journal: JournalService, clock: Clock = system_clock) -> None:
        self._store = RecoveryDraftStore(db)
        self._journal = journal
        self._clock = clock

    def keep(self, key: str, body: str, *, title: str | None = None, entry_id: int | None = None,
             prompt_id: str | None = None) -> None:
        """Keep what is on the page now (replacing what was kept for it before)."""
        saving(self._store.keep, RecoveredDraft(key=key, body=body, saved_at=self._clock().utc, title=title,
                                                entry_id=entry_id, prompt_id=prompt_id))

    def clear(self, key: str) -> None:
        saving(self._store.clear, key)

    def pending(self) -> list[tuple[RecoveredDraft, Entry | None]]:
        """Drafts left behind, oldest first, each with the saved entry it belongs to
        (None for a new page, or an entry no longer there). A draft that only repeats
        what was saved after all is cleared quietly: there is nothing to offer."""
        found = []
        for draft in self._store.all():
            entry = self._entry(draft.entry_id)
            if entry is not None and entry.body == draft.body and (entry.title or None) == (draft.title or None):
                self.clear(draft.key)
                continue
            found.append((draft, entry))
        return found

    def restore(self, draft: RecoveredDraft, *, as_new: bool = False) -> Entry:
        """Put the recovered words in the journal: over the saved version of its entry,
        or (`as_new`, or the entry is gone) as an entry of their own. Then clear it."""
        entry = None if as_new else self._entry(draft.entry_id)
        if entry is not None:
            saved = self._journal.update_entry(entry.id, draft.body, title=draft.title)
        else:
            saved = self._journal.write_entry(draft.body, title=draft.title, prompt_id=draft.prompt_id)
        self.clear(draft.key)
        return saved

    def _entry(self, entry_id: int | None) -> Entry | None:
        if entry_id is None:
            return None
        try:
            return self._journal.get_entry(entry_id)
        except Exception:  # noqa: BLE001 - gone: the draft stands on its own
            return None
