"""Go to a date: a calendar whose days with entries are marked, opened from the
Journal (Ctrl+G). Arrow keys move, Enter goes, Esc closes."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDialog, QLabel, QVBoxLayout, QWidget

from .. import style


class DateJump(QDialog):
    chosen = Signal(object)  # a date

    def __init__(self, journal, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("Go to a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(QDate.currentDate().addDays(1))
        plain = QTextCharFormat()
        plain.setForeground(QColor(style.current_colors().text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # weekends are days like others, not red
            self.calendar.setWeekdayTextFormat(day, plain)
        hint = QLabel(self.tr("Days in bold have entries. Enter goes to the day."), wordWrap=True)
        hint.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(hint)
        self._marked: set[date] = set()
        self.calendar.currentPageChanged.connect(self._mark_month)
        self.calendar.activated.connect(self._go)
        self.calendar.clicked.connect(self._go)

    def open_at(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day))
        self._mark_month(day.year, day.month)
        self.show()
        self.raise_()
        self.calendar.setFocus()

    def _mark_month(self, year: int, month: int) -> None:
        """Bold, in the accent colour, the days of the shown month (and the days of the
        neighbouring months shown around it) that have entries."""
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day), QTextCharFormat())
        first = QDate(year, month, 1).addDays(-7).toPython()
        last = QDate(year, month, 1).addMonths(1).addDays(7).toPython()
        self._marked = self._journal.days_with_entries(first, last)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(QColor(style.current_colors().accent))
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day), marked)

    def _go(self, when: QDate) -> None:
        self.chosen.emit(when.toPython())
        self.accept()

    def marked_days(self) -> set[date]:
        return set(self._marked)
