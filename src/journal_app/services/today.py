"""Today's page at a glance, before the journal is fully open.

Opening the journal the usual way imports SQLAlchemy and the ORM (~0.5 s here);
`glance` reads what Today shows with the driver alone (storage/first_read.py), so
the prompt is on screen while the rest opens. It decides nothing the full opening
would decide differently: the prompt is the one stored for the day, or the one
`PromptService.prompt_of_the_day` will choose and store from the same state.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.content import ContentCatalog
from ..domain.daily_prompt import answers_that_count_since, choose_daily_prompt, offered_prompt
from ..domain.settings import PROMPT_AUDIENCES, PROMPT_DEPTH, stored_value
from ..domain.today import RECENT_ENTRIES, TodayGlance
from ..storage.first_read import FirstRead


def glance(data_dir: Path, catalog: ContentCatalog, day: date) -> TodayGlance | None:
    """Today's page for the journal in `data_dir`, with the built-in `catalog`; None
    when the journal has to be opened first (new, encrypted, to be upgraded or
    tidied, unreadable), or when the day's prompt is yet to be chosen among prompts
    the person wrote or imported."""
    reader = FirstRead.open(data_dir)
    if reader is None:
        return None
    with reader:
        stored = reader.daily(day)
        if stored is not None:
            prompt = offered_prompt(catalog.prompts, *stored)
        elif reader.has_own_prompts():
            return None  # the choice is among their prompts too: PromptService makes it
        else:
            values = reader.settings()
            prompt = choose_daily_prompt(
                list(catalog.prompts.values()), day,
                depth=stored_value(PROMPT_DEPTH, values), audiences=stored_value(PROMPT_AUDIENCES, values),
                last_answered=reader.answered_since(answers_that_count_since(day)),
                last_shown=reader.last_shown(),
            )
        return TodayGlance(
            prompt=prompt,
            favourite=prompt is not None and prompt.id in reader.favourites(),
            answered_on=reader.last_answered_on(prompt.id) if prompt is not None else None,
            session=reader.current_session(),
            commitments=tuple(reader.open_commitments()),
            recent=tuple(reader.newest_entries(RECENT_ENTRIES)),
        )
