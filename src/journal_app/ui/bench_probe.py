"""Timing marks for `make bench`, active only when JOURNAL_APP_BENCH is set.

Prints `first_paint <ns>` when any widget of the app first paints, and
`usable <ns>` when today's prompt is on screen with the journal open, as
CLOCK_MONOTONIC nanoseconds (comparable with the parent that started the
process), then quits."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class _Probe(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self._window = window
        self._painted = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.Paint:
            now = time.monotonic_ns()
            if not self._painted:
                self._painted = True
                print("first_paint", now, flush=True)
            areas = getattr(self._window, "_areas", {})
            if 0 in areas and areas[0].isVisible():
                print("usable", now, flush=True)
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, self._window.close)
        return False


def install(window) -> None:  # noqa: ANN001
    app = QApplication.instance()
    probe = _Probe(window)
    app.installEventFilter(probe)
    QTimer.singleShot(30_000, app.quit)  # never hang a benchmark
