"""Doing something once the window has first painted.

Opening the journal starts a worker thread that imports SQLAlchemy; started before
the first paint it competes for the interpreter with painting (~20 ms measured).
Started right after, the person sees the window first."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class _FirstPaint(QObject):
    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__(QApplication.instance())
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint has finished
            self.deleteLater()
        return False


def after_first_paint(callback: Callable[[], None]) -> None:
    QApplication.instance().installEventFilter(_FirstPaint(callback))
