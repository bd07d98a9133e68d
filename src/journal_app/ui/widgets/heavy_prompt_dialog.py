"""Before a heavy prompt: what it touches, said plainly, and a grounding offer."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...domain.content import Prompt
from .. import style

WRITE, GROUND, NOT_NOW = "write", "ground", "not_now"


class HeavyPromptDialog(QDialog):
    def __init__(self, prompt: Prompt, offer_grounding: bool, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.choice = NOT_NOW
        self.setWindowTitle(self.tr("Before you begin"))
        self.setMinimumWidth(480)
        heading = QLabel(self.tr("Before you begin"))
        heading.setFont(style.heading_font(16))
        self.note = QLabel(self.tr("Content note: %1").replace("%1", prompt.content_note or ""),
                           wordWrap=True, objectName="ContentNote")
        reassurance = QLabel(self.tr(
            "Go at your own pace. You can stop at any moment, and nothing you write is lost."), wordWrap=True)
        reassurance.setProperty("role", "muted")
        self.ground_button = QPushButton(self.tr("Try a grounding exercise first"))
        self.write_button = QPushButton(self.tr("Begin writing"))
        self.write_button.setProperty("role", "primary")
        later = QPushButton(self.tr("Not now"))
        self.ground_button.setVisible(offer_grounding)
        buttons = QHBoxLayout()
        buttons.addWidget(later)
        buttons.addStretch(1)
        buttons.addWidget(self.ground_button)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, self.note, reassurance):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.write_button.clicked.connect(self._write)
        self.ground_button.clicked.connect(self._ground)
        later.clicked.connect(self.reject)
        (self.ground_button if offer_grounding else self.write_button).setDefault(True)

    def _write(self) -> None:
        self._choose(WRITE)

    def _ground(self) -> None:
        self._choose(GROUND)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
