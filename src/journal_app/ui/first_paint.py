"""Doing something once the window has painted.

Opening the journal starts a worker thread that imports SQLAlchemy; started before
a paint it competes for the interpreter with painting (~20 ms measured). Started
right after, the person sees the window (and then Today's prompt) first."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _NextPaint(QObject):
    def __init__(self, callback: Callable[[], None], window: QWidget | None, at_most_ms: int | None) -> None:
        super().__init__(QApplication.instance())
        self._callback = callback
        self._window = window
        self._done = False
        QApplication.instance().installEventFilter(self)
        if at_most_ms is not None:  # a window that is hidden or minimized never paints
            QTimer.singleShot(at_most_ms, self, self._go)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and (
                self._window is None or (isinstance(obj, QWidget) and obj.window() is self._window)):
            QTimer.singleShot(0, self, self._go)  # after this paint has finished
        return False

    def _go(self) -> None:
        if not self._done:
            self._done = True
            QApplication.instance().removeEventFilter(self)
            self.deleteLater()
            self._callback()


def after_first_paint(callback: Callable[[], None]) -> None:
    """`callback` once any widget of the application has first painted."""
    _NextPaint(callback, None, None)


def after_painted(window: QWidget, callback: Callable[[], None], at_most_ms: int = 300) -> None:
    """`callback` once `window` has painted again (what was just put on it is on
    screen), or after `at_most_ms` if it does not paint."""
    _NextPaint(callback, window, at_most_ms)
