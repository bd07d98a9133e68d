"""Step 1: how the person arrives. All optional; one click skips it."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...domain.session import WritingSession
from .feelings_picker import FeelingsPicker
from .mood_picker import MoodPicker
from .session_page import SessionPage


class CheckInPage(SessionPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How are you arriving?"),
                         self.tr("A moment to notice where you are before you write. All of it is optional, "
                                 "and you can skip it."), parent)
        self.mood = MoodPicker(self.tr("Mood before writing"))
        self.feelings = FeelingsPicker()
        self.body_line = QLineEdit()
        self.body_line.setPlaceholderText(self.tr("Shoulders, breath, stomach, hands…"))
        self.body_line.setAccessibleName(self.tr("How your body feels"))
        for caption, widget in ((self.tr("Your mood, from 1 (very low) to 5 (very good)"), self.mood),
                                (self.tr("A few words for what you feel"), self.feelings),
                                (self.tr("How does your body feel right now?"), self.body_line)):
            label = QLabel(caption, wordWrap=True)
            label.setProperty("role", "eyebrow")
            label.setBuddy(widget)
            self.body.addWidget(label)
            self.body.addWidget(widget)
            self.body.addSpacing(8)
        self.body.addStretch(1)

    def show_session(self, session: WritingSession) -> None:
        self.mood.set_mood(session.mood_before)
        self.feelings.set_words(session.feelings)
        self.body_line.setText(session.body_note)

    def values(self) -> dict:
        return {"mood": self.mood.mood(), "feelings": self.feelings.words(), "body_note": self.body_line.text()}

    def first_field(self) -> QWidget:
        return self.mood.buttons[3]
