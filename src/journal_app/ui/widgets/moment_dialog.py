"""When an entry was about: a date and time, for writing today about an earlier day."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from .form_dialog import FormDialog
from .resource_dialog import long_date_format


class MomentDialog(FormDialog):
    def __init__(self, local: datetime, parent: QWidget | None = None) -> None:
        super().__init__(380, parent)
        self.describe(self.tr("Date and time"), self.tr("When was this about?"),
                      self.tr("The entry moves to that day in your Journal, calendar and streaks. "
                              "Its words stay as they are."))
        self.when = QDateTimeEdit(QDateTime(local), calendarPopup=True)
        self.when.setDisplayFormat(f"{long_date_format()}  HH:mm")
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addDays(1))  # not far into the future
        self.when.setAccessibleName(self.tr("Date and time"))
        self.add_row(self.tr("Date and time"), self.when)
        self.when.setFocus()

    def chosen(self) -> datetime:
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)
