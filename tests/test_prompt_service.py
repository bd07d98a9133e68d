"""Prompts in a person's journal: today's choice, favourites, own prompts, packs."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.content.loader import load_catalog
from journal_app.content.problems import ContentError, Problem
from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.domain.settings import PROMPT_AUDIENCES, PROMPT_DEPTH
from journal_app.paths import resources_dir
from journal_app.services.app_services import open_services

DAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def catalog():  # noqa: ANN201
    return load_catalog(resources_dir())


def test_todays_prompt_is_stored_and_survives_a_restart(services, data_dir, clock, catalog) -> None:  # noqa: ANN001
    first = services.prompts.prompt_of_the_day(catalog, DAY)
    assert services.prompts.stored_prompt_of_the_day(DAY) == (first.id, first.text)
    services.close()
    reopened = open_services(data_dir, clock)
    try:
        assert reopened.prompts.prompt_of_the_day(catalog, DAY) == first
        # Even if the settings change later that day, today's prompt stays.
        reopened.settings.set(PROMPT_DEPTH, "gentle")
        assert reopened.prompts.prompt_of_the_day(catalog, DAY) == first
    finally:
        reopened.close()


def test_no_prompt_repeats_within_a_month_of_days(services, catalog) -> None:  # noqa: ANN001
    services.settings.set(PROMPT_DEPTH, "moderate")
    pool = [p for p in catalog.prompts.values() if p.intensity != "heavy"]
    days = len(pool)
    ids = [services.prompts.prompt_of_the_day(catalog, DAY + timedelta(days=n)).id for n in range(days)]
    assert len(set(ids)) == days  # every day a prompt not shown before
    after = services.prompts.prompt_of_the_day(catalog, DAY + timedelta(days=days)).id
    assert after == ids[0]  # the pool ran out: the least recently shown returns


def test_settings_shape_the_choice(services, catalog) -> None:  # noqa: ANN001
    services.settings.set(PROMPT_DEPTH, "gentle")
    services.settings.set(PROMPT_AUDIENCES, ())
    for n in range(10):
        chosen = services.prompts.prompt_of_the_day(catalog, DAY + timedelta(days=n))
        assert chosen.intensity == "gentle" and chosen.audience == "everyone"


def test_an_answered_prompt_is_marked_with_its_day(services, clock, catalog) -> None:  # noqa: ANN001
    prompt = next(iter(catalog.prompts.values()))
    clock.at(datetime(2026, 11, 20, 21, 0, tzinfo=timezone.utc))
    services.journal.write_entry("My answer", prompt_id=prompt.id)
    assert services.prompts.last_answered() == {prompt.id: date(2026, 11, 20)}


def test_favourites_are_kept(services, data_dir, clock) -> None:  # noqa: ANN001
    services.prompts.set_favourite("first-week-what-brought-you", True)
    services.prompts.set_favourite("first-week-what-brought-you", True)  # twice is once
    assert services.prompts.favourites() == {"first-week-what-brought-you"}
    services.prompts.set_favourite("first-week-what-brought-you", False)
    assert services.prompts.favourites() == set()


def test_own_prompts_are_written_edited_deleted_and_answerable(services, catalog) -> None:  # noqa: ANN001
    mine = services.prompts.add_own_prompt(theme="first-week", text="  What did 家 mean to you today? 🌱 ",
                                           follow_ups=("And now?", " "))
    assert mine.id.startswith("own-") and mine.text == "What did 家 mean to you today? 🌱"
    assert mine.follow_ups == ("And now?",)
    full = services.prompts.full_catalog(catalog)
    assert full.prompts[mine.id] == mine
    entry = services.journal.write_entry("answering my own prompt", prompt_id=mine.id)
    edited = services.prompts.update_own_prompt(mine.id, theme="repair", text="A gentler question?")
    assert services.prompts.own_prompts() == [edited]
    services.prompts.delete_own_prompt(mine.id)
    assert services.prompts.own_prompts() == []
    assert services.journal.get_entry(entry.id).body == "answering my own prompt"


@pytest.mark.parametrize(("fields", "field"), [
    (dict(text="   "), "text"), (dict(text="Heavy?", intensity="heavy"), "content_note")])
def test_own_prompts_need_text_and_heavy_ones_a_note(services, fields, field) -> None:  # noqa: ANN001
    with pytest.raises(JournalError) as refused:
        services.prompts.add_own_prompt(theme="first-week", **fields)
    assert (refused.value.code, refused.value.details["field"]) == (ErrorCode.MISSING_TEXT, field)
    assert services.prompts.own_prompts() == []


PACK = '''id = "dr-okafor-practice"
title = "Between sessions"
description = "Prompts from our sessions."
language = "en"
author = "A therapist"
version = "1"

[[support_contacts]]
name = "The practice"
how_to_reach = "Through the practice's usual contact details"

[[prompts]]
id = "practice-noticing"
theme = "first-week"
text = "What did you notice in your body this week when race came up?"
follow_ups = ["Where did you feel it?", "What helped?"]
intensity = "gentle"
audience = "everyone"
[prompts.source]
text = "pack"
section = "Our sessions"
'''


def test_a_good_pack_is_imported_whole_and_kept(services, data_dir, clock, catalog, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "pack.toml"
    path.write_text(PACK, encoding="utf-8")
    pack = services.prompts.import_pack(path, catalog)
    assert [p.id for p in pack.prompts] == ["practice-noticing"]
    path.unlink()  # the journal keeps its own copy
    services.close()
    reopened = open_services(data_dir, clock)
    try:
        full = reopened.prompts.full_catalog(catalog)
        assert "practice-noticing" in full.prompts
        assert [c.name for c in full.support_contacts] == ["The practice"]
        with pytest.raises(ContentError) as again:
            reopened.prompts.import_pack(_write(tmp_path, PACK), catalog)
        assert {p.problem for p in again.value.problems} == {Problem.DUPLICATE_ID}
    finally:
        reopened.close()


def _write(folder: Path, text: str) -> Path:
    path = folder / "again.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("broken", "problem"), [
    (PACK.replace('theme = "first-week"', 'theme = "no-such-theme"'), Problem.DANGLING_REFERENCE),
    (PACK.replace('intensity = "gentle"', 'intensity = "heavy"'), Problem.HEAVY_WITHOUT_NOTE),
    (PACK + "\n[[prompts]\n", Problem.SYNTAX),
    (PACK.replace('how_to_reach = "Through', 'phone = "Through'), Problem.UNKNOWN_FIELD),
    (PACK.replace('text = "pack"\nsection = "Our sessions"', 'text = "legacy-solidarity"\nsection = "Chapter 9"'),
     Problem.DANGLING_REFERENCE),
    (PACK.replace('language = "en"', 'language = "English"'), Problem.BAD_VALUE),
])
def test_a_broken_pack_is_refused_and_nothing_is_kept(services, catalog, tmp_path, broken, problem) -> None:  # noqa: ANN001
    with pytest.raises(ContentError) as refused:
        services.prompts.import_pack(_write(tmp_path, broken), catalog)
    assert problem in {p.problem for p in refused.value.problems}
    assert services.prompts.imported_packs() == []
    assert "practice-noticing" not in services.prompts.full_catalog(catalog).prompts


def test_a_file_that_is_not_text_is_refused_clearly(services, catalog, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "photo.toml"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    with pytest.raises(ContentError) as refused:
        services.prompts.import_pack(path, catalog)
    assert refused.value.problems[0].problem is Problem.SYNTAX
    missing = tmp_path / "gone.toml"
    with pytest.raises(ContentError) as unreadable:
        services.prompts.import_pack(missing, catalog)
    assert unreadable.value.problems[0].problem is Problem.UNREADABLE
