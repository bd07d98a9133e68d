"""Then and now: what the person wrote before to the same prompt, newest first, beside
the page, folded away with one click; an invitation to write what has changed."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...domain.entry import Entry
from ..plural import plural

SHOWN_CHARS = 4000  # of each earlier answer; the Journal has the whole of it
SHOWN_ANSWERS = 20  # the most recent; the Journal has every one


class ThenAndNow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ThenAndNow")
        self.setProperty("role", "card")
        self.toggle = QPushButton(checkable=True)
        self.toggle.setProperty("role", "quiet")
        self.invitation = QLabel(wordWrap=True)
        self.invitation.setProperty("role", "muted")
        self.answers = QVBoxLayout()
        self.answers.setSpacing(14)
        holder = QWidget()
        holder.setLayout(self.answers)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(holder)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.invitation)
        layout.addWidget(self.scroll, 1)
        self.toggle.toggled.connect(self._folded)
        self.entries: list[Entry] = []
        self.setMinimumWidth(200)
        self.setMaximumWidth(340)

    def show_answers(self, entries: list[Entry]) -> None:
        """Earlier answers, newest first (as given); hidden when there are none."""
        self.entries = entries
        while self.answers.count():
            widget = self.answers.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for entry in entries:
            when = QLabel(QLocale().toString(entry.local_date, QLocale.FormatType.LongFormat), objectName="ThenDate")
            when.setProperty("role", "eyebrow")
            text = entry.body if len(entry.body) <= SHOWN_CHARS else entry.body[:SHOWN_CHARS].rstrip() + "…"
            words = QLabel(text, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for widget in (when, words):
                self.answers.addWidget(widget)
        self.answers.addStretch(1)
        self.invitation.setText(self.tr("You have written about this before. What has changed since then?"))
        self.setVisible(bool(entries))
        self.toggle.setChecked(True)
        self._folded(True)

    def _folded(self, open_: bool) -> None:
        if len(self.entries) >= SHOWN_ANSWERS:
            count = plural(len(self.entries), "the %n most recent answers", "the %n most recent answers")
        else:
            count = plural(len(self.entries), "%n earlier answer", "%n earlier answers")
        self.toggle.setText(self.tr("▾ Then and now · %1").replace("%1", count) if open_
                            else self.tr("▸ Then and now · %1").replace("%1", count))
        self.toggle.setAccessibleName(self.tr("Then and now: earlier answers to this prompt"))
        self.invitation.setVisible(open_)
        self.scroll.setVisible(open_)
        self.setMaximumWidth(340 if open_ else 220)
