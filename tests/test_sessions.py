"""Guided sessions and commitments through the services: every step, leaving and
coming back, earlier answers to the same prompt, and commitments made, kept and
dropped (issue 7)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.domain.commitment import DROPPED, KEPT, OPEN
from journal_app.domain.errors import ErrorCode, JournalError
from journal_app.domain.session import (
    CHECK_IN, CHECK_OUT, COMMITMENT, FINISHED, PROMPT, SET_ASIDE, WRITING, acknowledgement, clean_feelings,
    next_step, previous_step, with_follow_up,
)
from journal_app.services.app_services import open_services

PROMPT_ID = "whole-persons-more-than-one-part"


def test_a_whole_session_keeps_every_step_and_puts_the_moods_on_the_entry(services, clock) -> None:  # noqa: ANN001
    session = services.sessions.start(PROMPT_ID)
    assert (session.step, session.is_open, session.checked_in) == (CHECK_IN, True, False)
    session = services.sessions.check_in(session.id, mood=2, feelings=["tired ", "Tired", "", "hopeful"],
                                         body_note="  tight shoulders ")
    assert (session.step, session.mood_before, session.feelings, session.body_note) == (
        PROMPT, 2, ("tired", "hopeful"), "tight shoulders")
    services.sessions.go_to(session.id, WRITING)
    entry = services.journal.write_entry("First lines.", prompt_id=PROMPT_ID)
    session = services.sessions.attach_entry(session.id, entry.id)
    assert services.journal.get_entry(entry.id).mood_before == 2
    assert services.sessions.show_follow_up(session.id).follow_ups_shown == 1
    services.sessions.go_to(session.id, COMMITMENT)
    commitment = services.sessions.commit_to(session.id, "  Ask  my aunt about 1992 ", action_id="action-talk-with-family-and-friends",
                                             due_on=date(2026, 3, 21))
    assert (commitment.text, commitment.state, commitment.made_on) == ("Ask my aunt about 1992", OPEN, date(2026, 3, 14))
    assert (commitment.prompt_id, commitment.entry_id) == (PROMPT_ID, entry.id)
    assert services.sessions.get(session.id).step == CHECK_OUT
    session = services.sessions.finish(session.id, mood_after=3)
    assert (session.outcome, session.mood_after, session.commitment_id) == (FINISHED, 3, commitment.id)
    assert services.journal.get_entry(entry.id).mood_after == 3
    assert services.sessions.current() is None  # nothing left to continue


def test_skipping_every_optional_step_still_ends_cleanly(services) -> None:  # noqa: ANN001
    session = services.sessions.start(PROMPT_ID)
    for step in (PROMPT, WRITING, COMMITMENT, CHECK_OUT):
        services.sessions.go_to(session.id, step)
    session = services.sessions.finish(session.id)
    assert (session.outcome, session.mood_before, session.mood_after, session.commitment_id) == (
        FINISHED, None, None, None)
    assert services.commitments.all() == []


def test_a_session_is_picked_up_at_its_step_after_reopening(data_dir, clock) -> None:  # noqa: ANN001
    first = open_services(data_dir, clock)
    session = first.sessions.start(PROMPT_ID)
    first.sessions.check_in(session.id, mood=4)
    first.sessions.go_to(session.id, WRITING)
    first.close()
    again = open_services(data_dir, clock)
    try:
        resumed = again.sessions.current()
        assert (resumed.id, resumed.step, resumed.mood_before) == (session.id, WRITING, 4)
    finally:
        again.close()


def test_starting_another_session_sets_the_open_one_aside(services) -> None:  # noqa: ANN001
    first = services.sessions.start(PROMPT_ID)
    second = services.sessions.start("first-week-what-brought-you")
    assert services.sessions.current().id == second.id
    assert services.sessions.get(first.id).outcome == SET_ASIDE
    services.sessions.set_aside(second.id)
    assert services.sessions.current() is None


def test_a_second_commitment_in_a_session_replaces_the_first(services) -> None:  # noqa: ANN001
    session = services.sessions.start(PROMPT_ID)
    first = services.sessions.commit_to(session.id, "Call Sam")
    second = services.sessions.commit_to(session.id, "Call Sam on Sunday")
    assert services.sessions.get(session.id).commitment_id == second.id
    assert services.commitments.get(first.id).state == DROPPED
    assert [c.text for c in services.commitments.open_ones()] == ["Call Sam on Sunday"]


def test_check_in_refuses_a_mood_off_the_scale(services) -> None:  # noqa: ANN001
    session = services.sessions.start(PROMPT_ID)
    with pytest.raises(ValueError):
        services.sessions.check_in(session.id, mood=6)
    assert services.sessions.get(session.id).step == CHECK_IN


def test_commitments_are_made_kept_dropped_and_reopened_with_their_dates(services, clock) -> None:  # noqa: ANN001
    walk = services.commitments.make("Walk with Ana and listen", action_id="action-follow-their-lead")
    clock.advance(days=1)
    read = services.commitments.make("Read one chapter of My Grandmother's Hands", due_on=date(2026, 4, 1))
    give = services.commitments.make("Give to a local bail fund")
    assert [c.id for c in services.commitments.open_ones()] == [give.id, read.id, walk.id]  # newest first
    clock.advance(days=2)
    kept = services.commitments.keep(walk.id)
    assert (kept.state, kept.state_changed_on, kept.action_id) == (KEPT, date(2026, 3, 17), "action-follow-their-lead")
    dropped = services.commitments.drop(give.id)
    assert (dropped.state, dropped.state_changed_on) == (DROPPED, date(2026, 3, 17))
    assert services.commitments.counts() == {OPEN: 1, KEPT: 1, DROPPED: 1}
    assert [c.id for c in services.commitments.open_ones()] == [read.id]
    reopened = services.commitments.reopen(give.id)
    assert (reopened.state, reopened.state_changed_on) == (OPEN, None)
    assert services.commitments.get(read.id).due_on == date(2026, 4, 1)


def test_an_empty_commitment_is_refused_and_nothing_is_stored(services) -> None:  # noqa: ANN001
    with pytest.raises(JournalError) as raised:
        services.commitments.make("   \n ")
    assert raised.value.code is ErrorCode.MISSING_TEXT
    assert services.commitments.all() == []


def test_then_and_now_finds_earlier_answers_to_the_same_prompt_only_newest_first(services, clock) -> None:  # noqa: ANN001
    older = services.journal.write_entry("Back then I thought…", prompt_id=PROMPT_ID)
    clock.advance(days=30)
    services.journal.write_entry("Another prompt", prompt_id="first-week-what-brought-you")
    services.journal.write_entry("Free writing")
    newer = services.journal.write_entry("A month later…", prompt_id=PROMPT_ID)
    trashed = services.journal.write_entry("Thrown away", prompt_id=PROMPT_ID)
    services.journal.trash_entry(trashed.id)
    clock.advance(days=30)
    now = services.journal.write_entry("Today", prompt_id=PROMPT_ID)
    earlier = services.journal.earlier_answers(PROMPT_ID, excluding=now.id)
    assert [e.id for e in earlier] == [newer.id, older.id]
    assert [e.local_date for e in earlier] == [date(2026, 4, 13), date(2026, 3, 14)]


# -- the pure rules ------------------------------------------------------------------------------
def test_a_follow_up_goes_under_what_was_typed_which_stays_exactly_as_it_was() -> None:
    assert with_follow_up("", "Where did you feel it?") == "### Where did you feel it?\n\n"
    assert with_follow_up("கடல்  ", "Then?") == "கடல்  \n\n### Then?\n\n"  # trailing spaces kept
    assert with_follow_up("line\n", "Then?") == "line\n\n### Then?\n\n"
    assert with_follow_up("a\r\nb", "Then?").startswith("a\r\nb")


def test_steps_run_in_order_and_feelings_are_cleaned() -> None:
    assert next_step(CHECK_IN) == PROMPT and next_step(CHECK_OUT) is None
    assert previous_step(WRITING) == PROMPT and previous_step(CHECK_IN) is None
    assert clean_feelings(["  calm ", "CALM", "a  bit\tlost", ""]) == ("calm", "a bit lost")


def test_acknowledgements_vary_from_one_session_to_the_next(services) -> None:  # noqa: ANN001
    sessions = [services.sessions.start(PROMPT_ID) for _ in range(4)]
    assert len({acknowledgement(s, 8) for s in sessions}) == 4


def test_a_session_with_a_mood_on_the_entry_survives_the_entry_going_to_the_trash(services, clock) -> None:  # noqa: ANN001
    session = services.sessions.start(PROMPT_ID)
    entry = services.journal.write_entry("words", prompt_id=PROMPT_ID)
    services.sessions.attach_entry(session.id, entry.id)
    services.journal.trash_entry(entry.id)
    clock.at(datetime(2026, 3, 15, 8, 0, tzinfo=timezone(timedelta(hours=0))))
    assert services.sessions.finish(session.id, mood_after=4).outcome == FINISHED
    assert services.journal.get_entry(entry.id).mood_after == 4  # restorable with its mood


def test_what_is_typed_on_a_step_is_kept_when_the_person_leaves_it(data_dir, clock) -> None:  # noqa: ANN001
    from journal_app.domain.session import CommitmentDraft

    first = open_services(data_dir, clock)
    session = first.sessions.start(PROMPT_ID)
    first.sessions.check_in(session.id, mood=3, body_note="a knot in my stomach", move_on=False)
    draft = CommitmentDraft("Write to 外婆 🌱", "action-reach-out-to-friends", date(2026, 3, 20))
    first.sessions.keep_draft(session.id, draft)
    first.close()
    again = open_services(data_dir, clock)
    try:
        kept = again.sessions.current()
        assert (kept.step, kept.mood_before, kept.body_note, kept.draft) == (CHECK_IN, 3, "a knot in my stomach", draft)
        again.sessions.commit_to(kept.id, kept.draft.text)
        assert again.sessions.current().draft == CommitmentDraft()  # made: the draft is done with
    finally:
        again.close()
