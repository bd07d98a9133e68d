"""A guided writing session in the real window, as a person goes through it: every
step from the keyboard, every optional step skipped, leaving and coming back after a
restart, earlier answers beside the page, commitments on Today, and Focus (issue 7)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import type_text
from journal_app.domain.commitment import DROPPED, KEPT
from journal_app.domain.session import CHECK_IN, CHECK_OUT, COMMITMENT, FINISHED, PROMPT, WRITING
from journal_app.services.app_services import open_services
from journal_app.ui.main_window import JOURNAL, TODAY

PROMPT_ID = "reflection-action-following-black-leaders"  # gentle, three follow-ups, tied to action 15
ACTION_ID = "action-follow-black-leaders"


def _go_on(view) -> None:  # noqa: ANN001
    QTest.keyClick(view.focusWidget() or view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _start(window, prompt_id: str = PROMPT_ID):  # noqa: ANN001, ANN202
    """Start a session from Today's card with the keyboard (the prompt of the day is
    set to the one wanted first, as if it were chosen for today)."""
    today = window.area(TODAY)
    today.show_prompt(window.holder.current.prompts[prompt_id])
    today.card.write_button.setFocus()
    QTest.keyClick(today.card.write_button, Qt.Key.Key_Space)
    return today, today.session_view


def test_a_whole_session_through_every_step_without_the_mouse(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today, view = _start(window)
    prompt = window.holder.current.prompts[PROMPT_ID]
    assert view.session.step == CHECK_IN and view.steps.accessibleName() == "Step 1 of 5: Check in"

    # 1. Check in: a mood by its number, two feeling words, a line on the body.
    QTest.keyClick(view.check_in.mood.buttons[3], Qt.Key.Key_2)
    assert view.check_in.mood.mood() == 2 and "2" in view.check_in.mood.buttons[2].text()
    for index in (4, 2):  # "tired", "hopeful"
        QTest.keyClick(view.check_in.feelings.boxes[index], Qt.Key.Key_Space)
    type_text(view.check_in.feelings.own, "a bit raw")
    type_text(view.check_in.body_line, "tight shoulders")
    _go_on(view)

    # 2. The prompt, with the passage it comes from.
    assert view.session.step == PROMPT
    assert view.prompt_page.card.text.text() == prompt.text
    assert prompt.source.summary in view.prompt_page.card.source.text()
    _go_on(view)

    # 3. Writing, with two follow-up questions, each answered under its heading.
    assert view.session.step == WRITING
    editor = view.writing.editor
    assert editor.body_edit.hasFocus() or not window.isActiveWindow()
    type_text(editor.body_edit, "Mostly people who look like me.")
    QTest.keyClick(editor.body_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.body_edit, "Ijeoma Oluo, to begin.")
    QTest.keyClick(editor.body_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.body_edit, "By quoting, not paraphrasing.")
    assert view.session.follow_ups_shown == 2
    _go_on(view)

    # 4. One thing I'll do, tied to the action the prompt reflects on, by a date.
    assert view.session.step == COMMITMENT
    assert view.commitment.action.currentData() == ACTION_ID  # suggested from the prompt
    type_text(view.commitment.text, "Read one essay by a Black writer each week")
    QTest.keyClick(view.commitment.by_date, Qt.Key.Key_Space)
    _go_on(view)

    # 5. Check out, then back to Today with a kind word.
    assert view.session.step == CHECK_OUT
    assert view.check_out.before.text() == "When you began: 2 · Low"
    QTest.keyClick(view.check_out.mood.buttons[3], Qt.Key.Key_4)
    session_id = view.session.id
    _go_on(view)

    assert today.pages.currentIndex() == 0 and today.acknowledgement.isVisibleTo(today)
    assert today.acknowledgement.text()
    session = window.services.sessions.get(session_id)
    assert (session.outcome, session.mood_before, session.mood_after) == (FINISHED, 2, 4)
    assert session.feelings == ("hopeful", "tired", "a bit raw")  # ticked, in the order shown, then typed and session.body_note == "tight shoulders"
    entry = window.services.journal.get_entry(session.entry_id)
    questions = prompt.follow_ups
    assert entry.body == ("Mostly people who look like me.\n\n"
                          f"### {questions[0]}\n\nIjeoma Oluo, to begin.\n\n"
                          f"### {questions[1]}\n\nBy quoting, not paraphrasing.")
    assert (entry.prompt_id, entry.mood_before, entry.mood_after) == (PROMPT_ID, 2, 4)
    (commitment,) = window.services.commitments.open_ones()
    assert (commitment.text, commitment.action_id, commitment.entry_id) == (
        "Read one essay by a Black writer each week", ACTION_ID, entry.id)
    assert commitment.due_on is not None
    assert [row.commitment.id for row in _rows(today)] == [commitment.id]  # waiting on Today
    assert not today.session_card.isVisibleTo(today)  # nothing left to continue


def test_a_session_that_skips_every_optional_step(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today, view = _start(window)
    session_id = view.session.id
    # Alt+S, Alt+B: every button of the session has a key of its own.
    assert view.skip_button.text() == "&Skip" and view.back_button.text() == "&Back"
    view.skip_button.click()
    assert view.session.step == PROMPT
    _go_on(view)
    type_text(view.writing.editor.body_edit, "Just a few lines today.")
    _go_on(view)
    view.skip_button.click()  # no commitment
    assert view.session.step == CHECK_OUT
    view.skip_button.click()  # no check-out mood: finished
    session = window.services.sessions.get(session_id)
    assert (session.outcome, session.mood_before, session.mood_after, session.commitment_id) == (
        FINISHED, None, None, None)
    assert window.services.journal.get_entry(session.entry_id).body == "Just a few lines today."
    assert window.services.commitments.all() == []
    assert today.acknowledgement.isVisibleTo(today) and not today.commitments.isVisibleTo(today)


def test_leave_mid_writing_close_reopen_and_continue_with_every_word(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today, view = _start(window)
    QTest.keyClick(view.check_in.mood.buttons[3], Qt.Key.Key_3)
    _go_on(view)
    _go_on(view)
    words = "Half a thought, 我想和家人谈谈, தமிழ் 🌱"
    type_text(view.writing.editor.body_edit, words)
    QTest.keyClick(view.writing.editor.body_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    type_text(view.writing.editor.body_edit, "and the rest")
    window.close()  # saves on the way out

    reopened = open_window(data_dir)
    today = reopened.area(TODAY)
    assert today.session_card.isVisibleTo(today)
    assert "Write" in today.session_card.where.text()
    today.session_card.continue_button.click()
    view = today.session_view
    assert (view.session.step, view.session.mood_before, view.session.follow_ups_shown) == (WRITING, 3, 1)
    prompt = reopened.holder.current.prompts[PROMPT_ID]
    assert view.writing.editor.body_edit.toPlainText() == f"{words}\n\n### {prompt.follow_ups[0]}\n\nand the rest"
    assert view.writing.deeper_left.text() == "2 more questions if you want them"


def test_leave_mid_check_in_and_the_half_done_check_in_is_kept(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today, view = _start(window)
    QTest.keyClick(view.check_in.mood.buttons[3], Qt.Key.Key_1)
    type_text(view.check_in.body_line, "a heavy chest")
    window.show_area(JOURNAL)  # switching areas leaves the session waiting
    window.show_area(TODAY)
    assert today.pages.currentIndex() == 0 and today.session_card.isVisibleTo(today)
    window.close()
    today = open_window(data_dir).area(TODAY)
    today.session_card.continue_button.click()
    view = today.session_view
    assert view.session.step == CHECK_IN
    assert (view.check_in.mood.mood(), view.check_in.body_line.text()) == (1, "a heavy chest")


def test_then_and_now_shows_earlier_answers_to_this_prompt_only_newest_first(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    earlier = open_services(data_dir, clock)
    earlier.journal.write_entry("A year ago I followed no one.", prompt_id=PROMPT_ID)
    clock.advance(days=200)
    earlier.journal.write_entry("About another prompt", prompt_id="first-week-what-brought-you")
    earlier.journal.write_entry("Six months on: a few writers now.", prompt_id=PROMPT_ID)
    earlier.close()
    window = open_window(data_dir)
    today, view = _start(window)
    view.skip_button.click()
    _go_on(view)
    panel = view.writing.then_and_now
    assert panel.isVisibleTo(view)
    assert [e.body for e in panel.entries] == ["Six months on: a few writers now.", "A year ago I followed no one."]
    assert panel.toggle.text().endswith("2 earlier answers")
    assert view.writing.editor.body_edit.placeholderText() == "What has changed since then?"
    panel.toggle.click()  # folded away
    assert not panel.scroll.isVisibleTo(panel)
    # A prompt answered for the first time shows none.
    view.leave()
    today.set_session_aside()
    _, view = _start(window, "first-week-hopes-and-pace")
    view.skip_button.click()
    _go_on(view)
    assert not view.writing.then_and_now.isVisibleTo(view)


def test_commitments_on_today_are_kept_or_let_go_and_undone(qtbot, open_window, data_dir, clock) -> None:  # noqa: ANN001
    setup = open_services(data_dir, clock)
    read = setup.commitments.make("Read one chapter", action_id=ACTION_ID, due_on=date(2026, 3, 20))
    call = setup.commitments.make("Call my cousin")
    setup.close()
    window = open_window(data_dir)
    today = window.area(TODAY)
    assert [r.commitment.text for r in _rows(today)] == ["Call my cousin", "Read one chapter"]
    row = next(r for r in _rows(today) if r.commitment.id == read.id)
    assert "Follow and amplify Black leaders" in row.findChildren(type(today.acknowledgement))[1].text()
    row.kept_button.click()
    assert window.services.commitments.get(read.id).state == KEPT
    assert [r.commitment.id for r in _rows(today)] == [call.id]
    assert today.commitments.status.text() == "Marked kept: “Read one chapter”."
    today.commitments.undo_button.click()
    assert window.services.commitments.get(read.id).is_open
    next(r for r in _rows(today) if r.commitment.id == call.id).drop_button.click()
    assert window.services.commitments.get(call.id).state == DROPPED
    assert [r.commitment.id for r in _rows(today)] == [read.id]


def test_focus_leaves_only_the_prompt_and_the_text_and_esc_leaves_it(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today, view = _start(window)
    view.skip_button.click()
    _go_on(view)
    editor = view.writing.editor
    QTest.keyClick(editor.body_edit, Qt.Key.Key_F11)
    assert view.focus_mode and window.isFullScreen()
    assert not window.sidebar.isVisible() and not view.steps.isVisible() and not view.nav.isVisible()
    assert not editor.title_edit.isVisible() and not editor.state_label.isVisible()
    assert editor.prompt_banner.isVisible() and editor.body_edit.isVisible()
    type_text(editor.body_edit, "Quiet now.")
    QTest.keyClick(editor.body_edit, Qt.Key.Key_Escape)
    assert not view.focus_mode and not window.isFullScreen() and window.sidebar.isVisible()
    assert editor.body_edit.toPlainText() == "Quiet now."


def test_starting_another_prompt_asks_before_setting_the_open_session_aside(qtbot, open_window, data_dir, dialogs) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    today, view = _start(window)
    view.skip_button.click()
    _go_on(view)
    type_text(view.writing.editor.body_edit, "Started here.")
    view.leave()
    dialogs.confirm_answer = False
    other = window.holder.current.prompts["first-week-hopes-and-pace"]
    window.write_about(other)
    assert dialogs.asked and dialogs.asked[-1][0] == "Start a new session?"
    assert window.services.sessions.current().prompt_id == PROMPT_ID  # kept
    dialogs.confirm_answer = True
    window.write_about(other)
    assert window.services.sessions.current().prompt_id == other.id
    assert window.services.journal.count_entries() == 1  # the first session's words stay


def test_a_session_entry_appears_in_the_journal_and_edits_there_come_back(qtbot, open_window, data_dir) -> None:  # noqa: ANN001
    window = open_window(data_dir)
    journal = window.area(JOURNAL)
    window.show_area(TODAY)
    today, view = _start(window)
    view.skip_button.click()
    _go_on(view)
    type_text(view.writing.editor.body_edit, "From the session.")
    assert view.save_now()
    assert journal.model.rowCount() == 1  # listed at once
    window.show_area(JOURNAL)
    journal.list_view.setCurrentIndex(journal.model.index(0))
    QTest.keyClick(journal.editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(journal.editor.body_edit, " And more, in the Journal.")
    window.show_area(TODAY)
    today.session_card.continue_button.click()
    assert view.writing.editor.body_edit.toPlainText() == "From the session. And more, in the Journal."


def _rows(today):  # noqa: ANN001, ANN202
    from journal_app.ui.widgets.commitment_list import CommitmentRow

    return [today.commitments.rows.itemAt(i).widget() for i in range(today.commitments.rows.count())
            if isinstance(today.commitments.rows.itemAt(i).widget(), CommitmentRow)]

