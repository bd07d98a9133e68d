"""The latest entries on Today: what was written last, a click from being open again
in the Journal. One line each, the day first, as in the index of a diary. Hidden
while the journal is empty."""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.entry import EntrySummary
from .. import style
from ..moment_text import friendly_date
from ..plural import plural

_LINK = "entry:"


class EntryLink(QLabel):
    """An entry's heading as a link, cut with … to the width it is given."""

    def __init__(self, entry: EntrySummary, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, textFormat=Qt.TextFormat.RichText)
        self.entry_id = entry.id
        self.heading = text
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setMinimumWidth(80)
        self._show(400)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show(event.size().width())

    def _show(self, width: int) -> None:
        shown = self.fontMetrics().elidedText(self.heading, Qt.TextElideMode.ElideRight, max(width - 4, 40))
        colour = style.current_colors().text
        self.setText(f'<a href="{_LINK}{self.entry_id}" style="color: {colour}; text-decoration: none">'
                     f"{escape(shown)}</a>")


class RecentEntries(QWidget):
    open_requested = Signal(int)  # an entry's id
    journal_requested = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.shown: tuple[EntrySummary, ...] = ()
        self.links: list[EntryLink] = []
        self.heading = QLabel(self.tr("Lately in your journal"), objectName="SectionHeading")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(16)
        self.rows.setVerticalSpacing(8)
        self.rows.setColumnStretch(1, 1)
        self.all_button = QPushButton(self.tr("All your entries →"))
        self.all_button.setProperty("role", "quiet")
        self.all_button.setToolTip(self.tr("The Journal: every entry, search and the calendar (Ctrl+2)"))
        more = QHBoxLayout()
        more.addWidget(self.all_button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addLayout(more)
        self.all_button.clicked.connect(self.journal_requested)
        self.hide()

    def show_entries(self, entries: tuple[EntrySummary, ...] | list[EntrySummary]) -> None:
        entries = tuple(entries)
        if entries == self.shown and self.links:
            return  # already on screen as they are (the glance, then the open journal)
        self.shown = entries
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.links = []
        for row, entry in enumerate(entries):
            self._add_row(row, entry)
        self.setVisible(bool(entries))

    def _add_row(self, row: int, entry: EntrySummary) -> None:
        heading = entry.heading or self.tr("(no words yet)")
        when = friendly_date(entry.local_date, self._today)
        day = QLabel(when)
        day.setProperty("role", "muted")
        link = EntryLink(entry, heading)
        link.setAccessibleName(self.tr("%1, written %2").replace("%1", heading).replace("%2", when))
        link.setToolTip(self.tr("Open this entry in the Journal"))
        link.linkActivated.connect(self._open)
        words = QLabel(plural(entry.word_count, "%n word", "%n words"))
        words.setProperty("role", "muted")
        self.rows.addWidget(day, row, 0)
        self.rows.addWidget(link, row, 1)
        self.rows.addWidget(words, row, 2, Qt.AlignmentFlag.AlignRight)
        self.links.append(link)

    def _open(self, link: str) -> None:
        if link.startswith(_LINK):
            self.open_requested.emit(int(link[len(_LINK):]))
