"""A grounding exercise, one step at a time, with a quiet optional timer.

Reusable from anywhere (the Support area, before a heavy prompt):
`GroundingDialog(exercise, parent).open()` or `.exec()`."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...domain.content import GroundingExercise
from .. import style

TICK_MS = 1000  # tests shorten it


def clock_text(seconds: int) -> str:
    """m:ss, as a timer shows it."""
    seconds = max(0, seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class GroundingDialog(QDialog):
    def __init__(self, exercise: GroundingExercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.steps = exercise.steps
        self.index = 0
        self.reached_end = False  # the person finished every step (not just closed it)
        self.remaining = max(0, exercise.duration) * 60
        self.setWindowTitle(exercise.title)
        self.setMinimumSize(600, 460)

        title = QLabel(exercise.title, wordWrap=True)
        title.setFont(style.heading_font(20))
        description = QLabel(exercise.description, wordWrap=True)
        description.setProperty("role", "muted")

        self.counter = QLabel()
        self.counter.setProperty("role", "eyebrow")
        self.step_label = QLabel(wordWrap=True)
        self.step_label.setFont(style.writing_font(18))
        self.step_label.setMinimumHeight(120)  # the buttons stay put as steps change length
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.step_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.closing_line = QLabel(self.tr(
            "That was the last step. Stay here as long as you like; "
            "you can come back to this whenever you need it."), wordWrap=True)
        self.closing_line.setProperty("role", "muted")
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer_button = QPushButton(self.tr("Start timer"))
        self.timer_button.setProperty("role", "quiet")
        self.timer_button.setToolTip(self.tr("A silent countdown; pause it whenever you like"))
        self.time_label = QLabel(clock_text(self.remaining))
        self.time_label.setProperty("role", "muted")
        self.time_label.setAccessibleName(self.tr("Time left"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setProperty("role", "quiet")
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        for button in (self.timer_button, self.close_button, self.back_button, self.next_button):
            button.setAutoDefault(False)  # Enter means "next", whichever button has focus
            button.installEventFilter(self)  # buttons would take Left/Right to move focus

        header = QHBoxLayout()  # where you are, and the quiet timer
        header.setSpacing(8)
        header.addWidget(self.counter)
        header.addStretch(1)
        header.addWidget(self.time_label)
        header.addWidget(self.timer_button)
        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 16, 20, 24)
        card_layout.setSpacing(14)
        card_layout.addLayout(header)
        card_layout.addWidget(self.step_label)
        card_layout.addWidget(self.closing_line)
        card_layout.addStretch(1)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(description)
        column.addSpacing(6)
        column.addWidget(card, 1)
        column.addSpacing(4)
        column.addLayout(bottom)
        content = QWidget()
        content.setLayout(column)
        content.setMaximumWidth(style.READING_WIDTH)  # a step stays a comfortable line length
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.addWidget(content)

        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.time_label.setVisible(self.remaining > 0)
        self.timer_button.setVisible(self.remaining > 0)
        self._show_step()

    # -- steps -------------------------------------------------------------------------
    @property
    def on_last_step(self) -> bool:
        return self.index >= len(self.steps) - 1

    def next(self) -> None:
        """The following step; on the last one, finish and close."""
        if self.on_last_step:
            self.reached_end = True
            self.accept()
            return
        self.index += 1
        self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def _show_step(self) -> None:
        total = len(self.steps)
        if total:
            self.counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
                                 .replace("%2", str(total)))
            self.step_label.setText(self.steps[self.index])
        else:
            self.counter.setText("")
            self.step_label.setText(self.exercise.description)
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setText(self.tr("Finish") if self.on_last_step else self.tr("Next"))
        self.closing_line.setVisible(self.on_last_step)

    # -- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._step_key(event.key()):
            super().keyPressEvent(event)  # Esc closes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return self._step_key(event.key())
        return super().eventFilter(watched, event)

    def _step_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif key == Qt.Key.Key_Left:
            self.back()
        else:
            return False
        return True

    # -- the timer ----------------------------------------------------------------------
    @property
    def timer_running(self) -> bool:
        return self.timer.isActive()

    def toggle_timer(self) -> None:
        """Start, pause or resume the countdown; after it ran out, start it again."""
        if self.timer.isActive():
            self.timer.stop()
            self.timer_button.setText(self.tr("Resume timer"))
            return
        if self.remaining <= 0:
            self.remaining = max(0, self.exercise.duration) * 60
            self.time_label.setText(clock_text(self.remaining))
        self.timer.start()
        self.timer_button.setText(self.tr("Pause timer"))

    def tick(self) -> None:
        """One second less; at zero the timer stops and says so, without a sound."""
        self.remaining = max(0, self.remaining - 1)
        self.time_label.setText(clock_text(self.remaining))
        if self.remaining == 0:
            self.timer.stop()
            self.time_label.setText(self.tr("%1 · take your time").replace("%1", clock_text(0)))
            self.timer_button.setText(self.tr("Start again"))

    def done(self, result: int) -> None:  # noqa: D401 - closing in any way stops the timer
        self.timer.stop()
        super().done(result)
