"""A grounding exercise, one step at a time, as a person moves through it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journal_app.domain.content import GroundingExercise
from journal_app.ui.views import grounding_dialog
from journal_app.ui.views.grounding_dialog import GroundingDialog, clock_text

NOTICE = GroundingExercise(
    "notice", "Five things you can notice", 1, "A way back to the room you are in.",
    ("Name five things you can see.", "Notice four things you can touch.", "Listen for three sounds."),
)


def opened(qtbot, exercise: GroundingExercise = NOTICE) -> GroundingDialog:  # noqa: ANN001
    dialog = GroundingDialog(exercise)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog: GroundingDialog) -> tuple[str, str, str]:
    return dialog.counter.text(), dialog.step_label.text(), dialog.next_button.text()


def test_steps_come_one_at_a_time(qtbot) -> None:  # noqa: ANN001
    dialog = opened(qtbot)
    assert dialog.windowTitle() == "Five things you can notice"
    assert shown(dialog) == ("Step 1 of 3", "Name five things you can see.", "Next")
    assert not dialog.back_button.isEnabled()
    assert not dialog.closing_line.isVisible()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert shown(dialog) == ("Step 2 of 3", "Notice four things you can touch.", "Next")
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert shown(dialog)[0] == "Step 1 of 3"

    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert shown(dialog)[0] == "Step 2 of 3"
    # A focused button would take the arrow keys to move focus; here they still step.
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Right)
    assert shown(dialog) == ("Step 3 of 3", "Listen for three sounds.", "Finish")
    assert dialog.closing_line.isVisible()
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Left)
    assert shown(dialog)[0] == "Step 2 of 3" and not dialog.closing_line.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    qtbot.keyClick(dialog, Qt.Key.Key_Left)  # nothing before the first step
    assert shown(dialog)[0] == "Step 1 of 3"
    assert dialog.isVisible()


def test_finish_on_the_last_step_closes(qtbot) -> None:  # noqa: ANN001
    dialog = opened(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.next_button.text() == "Finish" and dialog.isVisible()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.reached_end


def test_escape_closes_at_any_step(qtbot) -> None:  # noqa: ANN001
    dialog = opened(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.reached_end


def test_the_timer_counts_down_quietly_and_pauses(qtbot, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(grounding_dialog, "TICK_MS", 20)
    dialog = opened(qtbot)
    assert dialog.time_label.text() == "1:00" and dialog.timer_button.text() == "Start timer"
    qtbot.mouseClick(dialog.timer_button, Qt.MouseButton.LeftButton)
    assert dialog.timer_button.text() == "Pause timer"
    qtbot.waitUntil(lambda: dialog.time_label.text() == "0:57", timeout=2000)

    qtbot.mouseClick(dialog.timer_button, Qt.MouseButton.LeftButton)
    paused = dialog.time_label.text()
    assert dialog.timer_button.text() == "Resume timer" and not dialog.timer_running
    qtbot.wait(120)
    assert dialog.time_label.text() == paused
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # moving on does not touch the timer
    assert dialog.time_label.text() == paused

    qtbot.mouseClick(dialog.timer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.remaining < 50, timeout=2000)
    dialog.reject()
    assert not dialog.timer_running  # closing stops it


def test_the_timer_ends_gently_and_can_start_again(qtbot) -> None:  # noqa: ANN001
    dialog = opened(qtbot)
    dialog.toggle_timer()
    dialog.remaining = 2
    dialog.tick()
    assert dialog.time_label.text() == "0:01"
    dialog.tick()
    assert not dialog.timer_running
    assert dialog.time_label.text() == "0:00 · take your time"
    assert dialog.timer_button.text() == "Start again"
    dialog.toggle_timer()
    assert dialog.timer_running and dialog.time_label.text() == "1:00"


def test_an_exercise_without_steps_still_reads_well(qtbot) -> None:  # noqa: ANN001
    dialog = opened(qtbot, GroundingExercise("still", "Be still", 0, "Sit for a moment.", ()))
    assert shown(dialog) == ("", "Sit for a moment.", "Finish")
    assert not dialog.timer_button.isVisible()  # no duration, no timer
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert not dialog.isVisible() and dialog.reached_end


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (9, "0:09"), (65, "1:05"), (600, "10:00"), (-3, "0:00")])
def test_clock_text(seconds: int, text: str) -> None:
    assert clock_text(seconds) == text
