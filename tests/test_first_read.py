"""Today at a glance, read with the driver alone (storage/first_read.py,
services/today.py): the same answers as the open journal gives, the same prompt it
will choose, nothing read from a journal that must first be opened, and no
SQLAlchemy (or Alembic) imported to do it."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.content.loader import load_catalog
from journal_app.domain.daily_prompt import answers_that_count_since, choose_daily_prompt
from journal_app.domain.settings import PROMPT_AUDIENCES, PROMPT_DEPTH
from journal_app.paths import resources_dir
from journal_app.services.app_services import open_services
from journal_app.services.today import glance
from journal_app.storage.first_read import FirstRead

DAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def catalog():  # noqa: ANN201
    return load_catalog(resources_dir())


def _a_lived_in_journal(services, clock, catalog) -> list:  # noqa: ANN001
    """Answers old and recent, one trashed, favourites, a setting, two days' prompts,
    commitments in every state and a session waiting at its check-in."""
    prompts = list(catalog.prompts.values())
    for days_ago, prompt in ((400, prompts[0]), (40, prompts[1]), (29, prompts[2]), (3, prompts[0]), (1, prompts[3])):
        clock.at(datetime.combine(DAY - timedelta(days=days_ago), datetime.min.time(), timezone.utc)
                 + timedelta(hours=20))
        services.journal.write_entry(f"an answer {days_ago} days ago", prompt_id=prompt.id)
    trashed = services.journal.write_entry("taken back", prompt_id=prompts[4].id)
    services.journal.trash_entry(trashed.id)
    clock.at(datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc))
    services.prompts.set_favourite(prompts[1].id, True)
    services.prompts.set_favourite(prompts[5].id, True)
    services.settings.set(PROMPT_DEPTH, "moderate")
    services.prompts.prompt_of_the_day(catalog, DAY - timedelta(days=2))
    services.prompts.prompt_of_the_day(catalog, DAY - timedelta(days=1))
    kept = services.commitments.make("Read the article", action_id=None, due_on=DAY + timedelta(days=7))
    services.commitments.keep(kept.id)
    services.commitments.make("Call Ma", due_on=DAY)
    services.commitments.make("Listen more than I talk")
    session = services.sessions.start(prompts[6].id)
    services.sessions.check_in(session.id, mood=3, feelings=["tired", "hopeful"], body_note="tight shoulders",
                               move_on=False)
    return prompts


def test_the_first_read_answers_as_the_open_journal_does(services, data_dir, clock, catalog) -> None:  # noqa: ANN001
    prompts = _a_lived_in_journal(services, clock, catalog)
    reader = FirstRead.open(data_dir)
    assert reader is not None
    with reader:
        assert reader.current_session() == services.sessions.current() is not None
        assert reader.open_commitments() == services.commitments.open_ones()
        assert len(reader.open_commitments()) == 2
        assert reader.favourites() == services.prompts.favourites()
        since = answers_that_count_since(DAY)
        state = services.prompts._state  # the ORM store itself, side by side
        assert reader.answered_since(since) == state.answered_since(since)
        assert reader.last_shown() == state.last_shown()
        assert reader.daily(DAY - timedelta(days=1)) == services.prompts.stored_prompt_of_the_day(DAY - timedelta(days=1))
        assert reader.daily(DAY) is None
        for prompt in prompts[:6]:
            assert reader.last_answered_on(prompt.id) == services.prompts.last_answered_on(prompt.id) \
                == services.prompts.last_answered().get(prompt.id)
        assert reader.last_answered_on(prompts[4].id) is None  # its only answer is in the Trash
        assert reader.settings()[PROMPT_DEPTH.key] == "moderate"
        assert not reader.has_own_prompts()
        newest = reader.newest_entries(3)  # Today's latest entries: the list's first rows
        assert newest == list(services.journal.newest_entries(limit=3).entries)
        assert [e.heading for e in newest] == ["an answer 1 days ago", "an answer 3 days ago",
                                               "an answer 29 days ago"]  # the trashed one left out


def test_only_answers_of_the_last_thirty_days_change_the_choice(catalog) -> None:
    prompts = list(catalog.prompts.values())
    every = {p.id: DAY - timedelta(days=n) for n, p in enumerate(prompts)}  # one answered each day back
    recent = {pid: day for pid, day in every.items() if day >= answers_that_count_since(DAY)}
    assert 0 < len(recent) < len(every)
    shown = {p.id: DAY - timedelta(days=n) for n, p in enumerate(prompts[::2])}
    for day_later in range(3):
        assert choose_daily_prompt(prompts, DAY, last_answered=every, last_shown=shown) == \
            choose_daily_prompt(prompts, DAY, last_answered=recent, last_shown=shown)
        shown = {}  # and with a fresh pool


def test_the_glance_shows_the_prompt_the_journal_then_chooses(services, data_dir, clock, catalog) -> None:  # noqa: ANN001
    _a_lived_in_journal(services, clock, catalog)
    seen = glance(data_dir, catalog, DAY)  # nothing stored for the day yet: chosen here ...
    assert seen is not None and seen.prompt is not None
    chosen = services.prompts.prompt_of_the_day(catalog, DAY)  # ... and by the open journal, which stores it
    assert seen.prompt == chosen
    assert seen.favourite is (chosen.id in services.prompts.favourites())
    assert seen.answered_on == services.prompts.last_answered_on(chosen.id)
    assert seen.session == services.sessions.current()
    assert list(seen.commitments) == services.commitments.open_ones()
    assert glance(data_dir, catalog, DAY).prompt == chosen  # stored now: the same again


def test_the_glance_follows_the_settings(services, data_dir, catalog) -> None:  # noqa: ANN001
    services.settings.set(PROMPT_DEPTH, "gentle")
    services.settings.set(PROMPT_AUDIENCES, ())
    for n in range(5):
        seen = glance(data_dir, catalog, DAY + timedelta(days=n)).prompt
        assert seen.intensity == "gentle" and seen.audience == "everyone"
        assert services.prompts.prompt_of_the_day(catalog, DAY + timedelta(days=n)) == seen


def test_a_stored_prompt_no_longer_in_the_catalog_is_shown_with_its_words(services, data_dir, catalog) -> None:  # noqa: ANN001
    chosen = services.prompts.prompt_of_the_day(catalog, DAY)
    without = type(catalog)(catalog.texts, catalog.themes, {}, catalog.library, catalog.exercises)
    seen = glance(data_dir, without, DAY)
    assert seen.prompt.id == chosen.id and seen.prompt.text == chosen.text


def test_the_choice_among_the_persons_own_prompts_waits_for_the_journal(services, data_dir, catalog) -> None:  # noqa: ANN001
    services.prompts.add_own_prompt(theme="first-week", text="What did I notice today?")
    assert glance(data_dir, catalog, DAY) is None  # the open journal chooses among them too
    services.prompts.prompt_of_the_day(services.prompts.full_catalog(catalog), DAY)
    assert glance(data_dir, catalog, DAY) is not None  # chosen and stored: shown at a glance


def test_nothing_is_read_from_a_journal_that_must_be_opened_first(tmp_path: Path, catalog, clock) -> None:  # noqa: ANN001
    new = tmp_path / "new"
    assert glance(new, catalog, DAY) is None and not new.exists()  # and nothing is made
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "journal.sqlite3").touch()
    assert glance(tmp_path / "empty", catalog, DAY) is None
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / "journal.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x13" * 4096)
    assert glance(tmp_path / "garbage", catalog, DAY) is None
    (tmp_path / "not-ours").mkdir()
    (tmp_path / "not-ours" / "journal.sqlite3").write_bytes(b"\x8f" * 8192)  # looks encrypted, no key file
    assert glance(tmp_path / "not-ours", catalog, DAY) is None

    older = tmp_path / "older"
    opened = open_services(older, clock)
    opened.close()
    import sqlcipher3.dbapi2 as driver

    conn = driver.connect(str(older / "journal.sqlite3"))
    conn.execute("UPDATE alembic_version SET version_num = '0005_recovery_drafts'")
    conn.commit()
    conn.close()
    assert glance(older, catalog, DAY) is None  # to be upgraded: opened (and copied) first

    stopped = tmp_path / "stopped"
    open_services(stopped, clock).close()
    (stopped / "journal.sqlite3.converting").write_bytes(b"half a copy")
    assert glance(stopped, catalog, DAY) is None  # a conversion to tidy first


GLANCE_ALONE = r"""
import sys
from datetime import date
from pathlib import Path
from journal_app.ui.journal_opening import Glanced, glance_journal
result = glance_journal(Path(sys.argv[1]), date(2026, 11, 23))
print("glanced", isinstance(result, Glanced) and result.glance.prompt is not None)
print("sqlalchemy", "sqlalchemy" in sys.modules, "alembic", "alembic" in sys.modules)
"""


def test_the_glance_imports_neither_sqlalchemy_nor_alembic(services, data_dir) -> None:  # noqa: ANN001
    result = subprocess.run([sys.executable, "-c", GLANCE_ALONE, str(data_dir)], capture_output=True, text=True,
                            timeout=60)
    assert "glanced True" in result.stdout, result.stderr
    assert "sqlalchemy False alembic False" in result.stdout


def test_an_upgrade_is_foreseen_only_for_a_journal_from_an_older_version(tmp_path: Path) -> None:
    from journal_app.storage.files import database_path
    from journal_app.storage.first_read import upgrade_pending
    from tests.helpers.old_journals import journal_at

    assert not upgrade_pending(tmp_path / "nothing-here")  # a new journal is made, not upgraded
    journal_at(tmp_path / "old", "0007_entry_checksums", [])
    assert upgrade_pending(tmp_path / "old")
    open_services(tmp_path / "current").close()
    assert not upgrade_pending(tmp_path / "current")
    (tmp_path / "not-a-journal").mkdir()
    database_path(tmp_path / "not-a-journal").write_bytes(b"a shopping list, not a journal")
    assert not upgrade_pending(tmp_path / "not-a-journal")  # opening it says what it is
