"""The Progress area: what has been written, framed kindly."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import style
from ..plural import plural
from ..tasks import while_alive


class _Figure(QFrame):
    """One big number with its words; its accessible description reads the whole figure."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.value = QLabel("…")
        self.value.setFont(style.heading_font(30))
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "muted")
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("role", "muted")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setAccessibleDescription(note)


class ProgressView(QWidget):
    def __init__(self, services, runner, today, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._progress = services.progress
        self._runner = runner
        self._today = today  # a callable giving the local date, so a view left open stays right

        title = QLabel(self.tr("Progress"))
        title.setFont(style.heading_font(24))
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setProperty("role", "muted")
        self.entries = _Figure(self.tr("entries written"))
        self.words = _Figure(self.tr("words written"))
        self.streak = _Figure(self.tr("days in a row"))
        grid = QGridLayout()
        grid.setSpacing(16)
        for column, figure in enumerate((self.entries, self.words, self.streak)):
            grid.addWidget(figure, 0, column)
            grid.setColumnStretch(column, 1)

        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(title)
        column.addWidget(self.subtitle)
        column.addSpacing(16)
        column.addLayout(grid)
        column.addStretch(1)
        page = QWidget()
        page.setLayout(column)
        page.setMaximumWidth(900)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 36, 40, 24)
        outer.addWidget(page, 1)

    def refresh(self) -> None:
        """Recompute the figures off the UI thread; the view shows at once and fills in."""
        today: date = self._today()
        self._runner.submit(self._progress.summary, today, on_done=while_alive(self, self._show))

    def _show(self, summary) -> None:  # noqa: ANN001
        locale = QLocale()
        self.entries.show_value(locale.toString(summary.entries))
        self.words.show_value(locale.toString(summary.words))
        if summary.entries == 0:
            self.subtitle.setText(self.tr("Your figures will grow here as you write. There is no "
                                          "score to keep: every entry counts, whenever it comes."))
        else:
            self.subtitle.setText(self.tr("A missed day is not a failure. What matters is that you "
                                          "keep coming back."))
        note = "\n".join((
            plural(summary.longest_streak, "Longest run: %n day", "Longest run: %n days"),
            plural(summary.days_this_month, "%n day written this month", "%n days written this month"),
            plural(summary.days_this_year, "%n day this year", "%n days this year"),
        ))
        self.streak.show_value(locale.toString(summary.current_streak), note)
