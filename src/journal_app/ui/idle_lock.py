"""Locks an encrypted journal after a while without a key press, a click or a move
of the mouse over the window. One filter on the application sees all input."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.HoverMove, QEvent.Type.TouchBegin, QEvent.Type.InputMethod, QEvent.Type.Shortcut}


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    def start(self, msecs: int) -> None:
        """Count `msecs` of quiet from now (0: never lock by itself)."""
        if msecs > 0:
            self._watch(True)
            self._timer.start(msecs)
        else:
            self.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._watch(False)

    def _watch(self, on: bool) -> None:
        # Only while counting: a filter on the application runs for every event of every
        # widget, and a plain journal never locks by itself.
        if on != self._watching:
            app = QApplication.instance()
            (app.installEventFilter if on else app.removeEventFilter)(self)
            self._watching = on

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._timer.isActive() and event.type() in _INPUT:
            self._timer.start()  # the same interval, from now
        return False
