"""Step 5: how the person leaves. Optional, like the check-in."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...domain.session import WritingSession
from .mood_picker import MoodPicker, mood_words
from .session_page import SessionPage


class CheckOutPage(SessionPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How are you now?"),
                         self.tr("Whatever you feel after writing is welcome here. This is optional too."), parent)
        self.mood = MoodPicker(self.tr("Mood after writing"))
        self.before = QLabel(wordWrap=True)
        self.before.setProperty("role", "muted")
        self.body.addWidget(self.mood)
        self.body.addWidget(self.before)
        self.body.addStretch(1)

    def show_session(self, session: WritingSession) -> None:
        self.mood.set_mood(session.mood_after)
        self.before.setVisible(session.mood_before is not None)
        if session.mood_before is not None:
            self.before.setText(self.tr("When you began: %1 · %2").replace("%1", str(session.mood_before))
                                .replace("%2", mood_words(session.mood_before)))

    def first_field(self) -> QWidget:
        return self.mood.buttons[3]
