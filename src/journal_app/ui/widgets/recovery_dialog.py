"""After a crash: words that were typed but not saved, shown beside the saved
version, and a plain choice of which to keep (or both)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.entry import Entry
from ...domain.recovery import RecoveredDraft
from ..moment_text import moment_text
from .. import style

RECOVERED, SAVED, BOTH = "recovered", "saved", "both"


def _pane(caption: str, text: str) -> QVBoxLayout:
    label = QLabel(caption)
    label.setProperty("role", "eyebrow")
    view = QPlainTextEdit(text, readOnly=True)
    view.setFont(style.writing_font(12))
    column = QVBoxLayout()
    column.addWidget(label)
    column.addWidget(view, 1)
    return column


class RecoveryDialog(QDialog):
    def __init__(self, draft: RecoveredDraft, saved: Entry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = BOTH  # closing the window keeps everything
        self.setWindowTitle(self.tr("Words kept for you"))
        self.setMinimumSize(760, 460)
        heading = QLabel(self.tr("Intertwined closed before these words were saved"), wordWrap=True)
        heading.setFont(style.heading_font(16))
        when = moment_text(draft.saved_at)
        hint = QLabel(self.tr("They were kept aside on %1. Nothing has been lost: choose what to keep.")
                      .replace("%1", when), wordWrap=True)
        hint.setProperty("role", "muted")
        panes = QHBoxLayout()
        panes.addLayout(_pane(self.tr("THE WORDS KEPT ASIDE"), draft.body), 1)
        if saved is not None:
            panes.addLayout(_pane(self.tr("THE SAVED ENTRY"), saved.body), 1)
        self.recovered_button = QPushButton(self.tr("Keep the words kept aside") if saved
                                            else self.tr("Keep them as an entry"))
        self.recovered_button.setProperty("role", "primary")
        self.saved_button = QPushButton(self.tr("Keep the saved entry"))
        self.saved_button.setVisible(saved is not None)
        self.both_button = QPushButton(self.tr("Keep both"))
        self.both_button.setToolTip(self.tr("The saved entry stays; the kept words become an entry of their own"))
        self.both_button.setVisible(saved is not None)
        self.discard_button = QPushButton(self.tr("Let them go"))
        self.discard_button.setProperty("role", "quiet")
        self.discard_button.setVisible(saved is None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.saved_button)
        buttons.addStretch(1)
        buttons.addWidget(self.both_button)
        buttons.addWidget(self.recovered_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(panes, 1)
        layout.addLayout(buttons)
        self.recovered_button.clicked.connect(self._recovered)
        self.saved_button.clicked.connect(self._saved)
        self.both_button.clicked.connect(self._both)
        self.discard_button.clicked.connect(self._saved)
        self.recovered_button.setDefault(True)
        self.recovered_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _recovered(self) -> None:
        self._choose(RECOVERED)

    def _saved(self) -> None:
        self._choose(SAVED)

    def _both(self) -> None:
        self._choose(BOTH)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
