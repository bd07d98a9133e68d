"""The floor: the least any Qt window on this machine needs to get painted.

Starts an empty QMainWindow the way the app starts (a QApplication, one window of
the app's default size shown) and prints `first_paint <time.monotonic_ns()>` on
the first Paint event of any widget, then quits. The app's own probe
(journal_app/ui/bench_probe.py) watches the same event the same way, so the
app's first paint divided by this one is what the app's own work costs.

Run as a plain script (`python bench/floor_window.py`): it imports nothing from
the app or from `bench`, so nothing but Qt is on the floor.
"""
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Application-level filter: sees every widget's events, as the app's probe does."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.Paint:
            print("first_paint", time.monotonic_ns(), flush=True)
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._app.quit)
        return False


def show_window() -> QMainWindow:
    """The floor's window (bench/memory_child.py shows the same one to weigh it)."""
    window = QMainWindow()
    window.resize(1120, 740)  # the app's default size: painting cost grows with area
    window.show()
    return window


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.installEventFilter(FirstPaint(app))
    window = show_window()  # noqa: F841 - kept alive until the app quits
    QTimer.singleShot(30_000, app.quit)  # never hang a benchmark
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
