"""A moment in words for the person: the local day in full and the time, without
seconds or a time-zone name ("Wednesday, 2 December 2026, 21:04")."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale


def moment_text(moment: datetime) -> str:
    local = moment.astimezone()
    locale = QLocale()
    day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Moment", "%1, %2").replace("%1", day).replace("%2", time)
