"""An entry in the Trash: read, then restore it or delete it forever."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...domain.entry import Entry
from .. import style


class TrashPanel(QWidget):
    restore_requested = Signal(int)
    forever_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: Entry | None = None
        self.heading = QLabel(wordWrap=True)
        self.heading.setFont(style.heading_font(16))
        self.when = QLabel(wordWrap=True)
        self.when.setProperty("role", "muted")
        self.text = QPlainTextEdit(readOnly=True, objectName="TrashText")
        self.text.setFont(style.writing_font(13))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setToolTip(self.tr("Back into your journal, as it was"))
        self.forever_button = QPushButton(self.tr("Delete forever…"))
        self.forever_button.setProperty("role", "quiet")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.forever_button)
        column = QVBoxLayout()
        column.setSpacing(10)
        for widget in (self.heading, self.when):
            column.addWidget(widget)
        column.addWidget(self.text, 1)
        column.addLayout(buttons)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(style.READING_WIDTH)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.addWidget(page, 1)
        self.restore_button.clicked.connect(self._restore)
        self.forever_button.clicked.connect(self._forever)

    def show_entry(self, entry: Entry) -> None:
        self._entry = entry
        self.heading.setText(entry.heading or self.tr("Untitled entry"))
        written = QLocale().toString(entry.local_date, QLocale.FormatType.LongFormat)
        deleted = QLocale().toString(entry.deleted_at.astimezone().date(), QLocale.FormatType.LongFormat) \
            if entry.deleted_at else ""
        self.when.setText(self.tr("Written %1 · moved to the Trash %2").replace("%1", written).replace("%2", deleted))
        self.text.setPlainText(entry.body)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.forever_button):
            button.setEnabled(not busy and self._entry is not None)

    def _restore(self) -> None:
        if self._entry is not None:
            self.restore_requested.emit(self._entry.id)

    def _forever(self) -> None:
        if self._entry is not None:
            self.forever_requested.emit(self._entry.id)
