"""Step 3: writing, in the autosaving editor. Follow-up questions come one at a time
when asked for and are answered in the same entry; earlier answers to the prompt sit
beside the page; Focus leaves only the prompt and the text."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.content import Prompt
from ...domain.entry import Entry
from ..plural import plural
from .entry_editor import EntryEditor
from .then_and_now import ThenAndNow


class WritingPage(QWidget):
    follow_up_requested = Signal()
    focus_requested = Signal(bool)

    def __init__(self, journal, text_size: int, parent: QWidget | None = None, *, recovery=None,  # noqa: ANN001
                 dialogs=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.editor = EntryEditor(journal, text_size, can_delete=False, recovery=recovery, dialogs=dialogs)
        self.deeper_button = QPushButton(self.tr("&Go deeper: another question"))
        self.deeper_button.setToolTip(self.tr("Add the next follow-up question to your entry (Ctrl+D)"))
        self.deeper_left = QLabel()
        self.deeper_left.setProperty("role", "muted")
        self.focus_button = QPushButton(self.tr("Focus"), checkable=True)
        self.focus_button.setProperty("role", "quiet")
        self.focus_button.setToolTip(self.tr("Only the prompt and your words, full screen (F11; Esc to leave)"))
        tools = QHBoxLayout()
        tools.setContentsMargins(24, 0, 24, 0)
        tools.addWidget(self.deeper_button)
        tools.addWidget(self.deeper_left)
        tools.addStretch(1)
        tools.addWidget(self.focus_button)
        self.tools = QWidget()
        self.tools.setLayout(tools)
        self.then_and_now = ThenAndNow()
        self.then_and_now.hide()

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor, 1)
        column.addWidget(self.tools)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column, 1)
        row.addWidget(self.then_and_now)
        self.deeper_button.clicked.connect(self.follow_up_requested)
        self.focus_button.toggled.connect(self.focus_requested)
        self._prompt: Prompt | None = None

    def show_writing(self, prompt: Prompt, entry: Entry | None, shown: int, earlier: list[Entry]) -> None:
        """The session's page: its entry if it has one (read afresh), else a new page."""
        self._prompt = prompt
        if entry is not None:
            self.editor.open_entry(entry, prompt, reload=True)
        elif self.editor.entry is not None or self.editor.prompt is not prompt:
            self.editor.start_new(prompt)
        self.editor.set_placeholder(self.tr("What has changed since then?") if earlier else None)
        self.then_and_now.show_answers(earlier)
        self.show_follow_ups(shown)

    def show_follow_ups(self, shown: int) -> None:
        total = len(self._prompt.follow_ups) if self._prompt else 0
        left = total - shown
        self.deeper_button.setEnabled(left > 0)
        self.deeper_button.setVisible(total > 0)
        self.deeper_left.setText(plural(left, "%n more question if you want it", "%n more questions if you want them")
                                 if left else self.tr("That was the last question. Write as long as you like."))
        self.deeper_left.setVisible(total > 0 and shown > 0)

    def set_focus_mode(self, on: bool) -> None:
        self.editor.set_focus_mode(on)
        self.tools.setVisible(not on)
        self.then_and_now.setVisible(not on and bool(self.then_and_now.entries))
        self.focus_button.blockSignals(True)
        self.focus_button.setChecked(on)
        self.focus_button.blockSignals(False)
