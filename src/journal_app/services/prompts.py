"""Prompts in a person's life: today's prompt, favourites, what they answered, the
prompts they write themselves, and the packs they import."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..content.packs import check_pack, with_person_content
from ..content.problems import ContentError, ContentProblem, Problem
from ..domain.content import ContentCatalog, Prompt, PromptPack
from ..domain.daily_prompt import INTENSITY_RANK, answers_that_count_since, choose_daily_prompt, offered_prompt
from ..domain.errors import ErrorCode, JournalError
from ..domain.settings import PROMPT_AUDIENCES, PROMPT_DEPTH
from ..storage.database import Database
from ..storage.own_prompts import OwnPromptStore, PromptPackStore
from ..storage.prompt_state import PromptStateStore
from .clock import Clock, system_clock
from .settings import SettingsService

MAX_PACK_BYTES = 2_000_000  # a pack is a text file; anything far larger is not one


class PromptService:
    def __init__(self, db: Database, settings: SettingsService, clock: Clock = system_clock) -> None:
        self._state = PromptStateStore(db)
        self._own = OwnPromptStore(db)
        self._packs = PromptPackStore(db)
        self._settings = settings
        self._clock = clock

    # -- today's prompt ------------------------------------------------------------
    def stored_prompt_of_the_day(self, day: date) -> tuple[str, str] | None:
        """(id, text) if a prompt was already chosen for `day`: enough to show it
        before any content file is read."""
        return self._state.daily(day)

    def prompt_of_the_day(self, catalog: ContentCatalog, day: date) -> Prompt | None:
        """The prompt for `day`, chosen once and stored; None when none fits the settings."""
        stored = self._state.daily(day)
        if stored is not None:
            return offered_prompt(catalog.prompts, *stored)
        choice = choose_daily_prompt(
            list(catalog.prompts.values()), day,
            depth=self._settings.get(PROMPT_DEPTH), audiences=self._settings.get(PROMPT_AUDIENCES),
            last_answered=self._state.answered_since(answers_that_count_since(day)),
            last_shown=self._state.last_shown(),
        )
        if choice is not None:
            self._state.record_daily(day, choice.id, choice.text, self._clock().utc)
            return catalog.prompts.get(self._state.daily(day)[0], choice)
        return None

    # -- favourites and answers -----------------------------------------------------
    def favourites(self) -> set[str]:
        return self._state.favourites()

    def set_favourite(self, prompt_id: str, favourite: bool) -> None:
        self._state.set_favourite(prompt_id, favourite, self._clock().utc)

    def last_answered(self) -> dict[str, date]:
        """Every prompt answered by a live entry, with the latest day it was answered."""
        return self._state.last_answered()

    def last_answered_on(self, prompt_id: str) -> date | None:
        """The latest day a live entry answered this prompt (one quick query, where
        `last_answered` reads every answer)."""
        return self._state.last_answered_on(prompt_id)

    # -- the person's own prompts -----------------------------------------------------
    def own_prompts(self) -> list[Prompt]:
        return self._own.all()

    def add_own_prompt(self, *, theme: str, text: str, follow_ups: tuple[str, ...] = (),
                       intensity: str = "gentle", content_note: str | None = None,
                       audience: str = "everyone") -> Prompt:
        """Save a prompt the person wrote; answer it like any other."""
        return self._own.add(self._checked(locals()), self._clock().utc)

    def update_own_prompt(self, prompt_id: str, *, theme: str, text: str,
                          follow_ups: tuple[str, ...] = (), intensity: str = "gentle",
                          content_note: str | None = None, audience: str = "everyone") -> Prompt:
        fields = self._checked({k: v for k, v in locals().items() if k != "prompt_id"})
        return self._own.update(prompt_id, fields, self._clock().utc)

    def delete_own_prompt(self, prompt_id: str) -> None:
        """Remove the prompt; entries that answered it keep their text."""
        self._own.delete(prompt_id)

    @staticmethod
    def _checked(fields: dict) -> dict:
        fields = {k: v for k, v in fields.items() if k != "self"}
        fields["text"] = fields["text"].strip()
        fields["follow_ups"] = tuple(f.strip() for f in fields["follow_ups"] if f.strip())
        note = (fields.get("content_note") or "").strip()
        fields["content_note"] = note or None
        if not fields["text"]:
            raise JournalError(ErrorCode.MISSING_TEXT, field="text")
        if fields["intensity"] not in INTENSITY_RANK:
            raise JournalError(ErrorCode.BAD_SETTING, field="intensity", value=fields["intensity"])
        if fields["intensity"] == "heavy" and not note:
            raise JournalError(ErrorCode.MISSING_TEXT, field="content_note")
        return fields

    # -- imported packs ------------------------------------------------------------
    def import_pack(self, path: Path, catalog: ContentCatalog) -> PromptPack:
        """Take a prompt pack file whole, or not at all.

        Raises ContentError with every problem found; nothing is stored then."""
        try:
            raw = path.read_bytes()
            if len(raw) > MAX_PACK_BYTES:
                raise ContentError([ContentProblem(Problem.UNREADABLE, str(path), None, None, None,
                                                   f"{len(raw)} bytes")])
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ContentError([ContentProblem(Problem.SYNTAX, str(path), None, None, None, str(exc))]) from exc
        except OSError as exc:
            raise ContentError([ContentProblem(Problem.UNREADABLE, str(path), None, None, None,
                                               exc.strerror or str(exc))]) from exc
        taken = set(catalog.prompts) | {pack.id for pack in self.imported_packs()}
        pack, problems = check_pack(path, text, catalog, taken)
        if problems or pack is None:
            raise ContentError(problems)
        self._packs.add(pack.id, pack.title, text, self._clock().utc)
        return pack

    def imported_packs(self) -> list[PromptPack]:
        packs = []
        for _pack_id, title, source in self._packs.all():
            pack, problems = check_pack(Path(f"{title}.toml"), source, _OPEN_CATALOG, set())
            if pack is not None and not [p for p in problems if p.problem is not Problem.DANGLING_REFERENCE]:
                packs.append(pack)
        return packs

    def remove_pack(self, pack_id: str) -> None:
        """Forget an imported pack; entries that answered its prompts keep their text."""
        self._packs.remove(pack_id)

    def full_catalog(self, catalog: ContentCatalog) -> ContentCatalog:
        """The built-in content plus the person's own prompts and imported packs."""
        return with_person_content(catalog, self.own_prompts(), self.imported_packs())


# Stored packs were checked on import; re-reading them only needs their own fields.
_OPEN_CATALOG = ContentCatalog({}, {}, {}, {})
