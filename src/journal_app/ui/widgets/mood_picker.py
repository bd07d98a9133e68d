"""A mood on a five-point scale, each point with its number and words. Optional:
choosing the chosen point again clears it. Keys 1 to 5 choose, 0 or Delete clears;
arrows move between the points and Space chooses the one in focus."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ...domain.session import MOODS


def mood_words(mood: int) -> str:
    words = {1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"}
    return QCoreApplication.translate("Mood", words[mood])


class MoodPicker(QWidget):
    changed = Signal(object)  # int 1-5, or None when cleared

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(label)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # so the chosen point can be cleared again
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: dict[int, QPushButton] = {}
        for mood in MOODS:
            button = QPushButton(f"{mood}\n{mood_words(mood)}", checkable=True, objectName="MoodButton")
            button.setAccessibleName(self.tr("%1 of 5, %2").replace("%1", str(mood)).replace("%2", mood_words(mood)))
            button.setMinimumWidth(84)
            self._group.addButton(button, mood)
            self.buttons[mood] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idClicked.connect(self._clicked)

    def mood(self) -> int | None:
        checked = self._group.checkedId()
        return checked if checked in MOODS else None

    def set_mood(self, mood: int | None) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value == mood)

    def _clicked(self, mood: int) -> None:
        self.set_mood(mood if self.buttons[mood].isChecked() else None)
        self.changed.emit(self.mood())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text in {str(m) for m in MOODS}:
            self.choose(int(text))
        elif event.key() in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.choose(None)
        else:
            super().keyPressEvent(event)

    def choose(self, mood: int | None) -> None:
        """Choose a point (or none) as a click would, telling listeners."""
        self.set_mood(mood)
        if mood is not None:
            self.buttons[mood].setFocus()
        self.changed.emit(self.mood())
