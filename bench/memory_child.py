"""The app started as `python -m journal_app --data-dir DIR` starts it, held open so
bench/memory.py can read its memory from /proc; or the floor's empty window.

    python -m bench.memory_child --data-dir DIR [--passphrase-stdin]
    python -m bench.memory_child --floor

Prints `usable <ns>` when today's prompt is on screen (as the start-up bench
means it) with the journal open behind it (the floor: when its window is shown) and
`settled` a second later, then waits to be killed. The window itself has no
passphrase option: with `--passphrase-stdin` the first line of stdin is typed into
the lock screen and Unlock clicked, as a person would. Nothing but this script is
added to the app's process.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 1000
GIVE_UP_MS = 120_000  # never outlive a benchmark that lost track of us


class _Watch(QObject):
    """Application-level filter, like the app's probe (it sees every widget's paints),
    and a poll, for a journal that finishes opening without a paint after it."""

    def __init__(self, app: QApplication, floor: bool, passphrase: str | None) -> None:
        super().__init__(app)
        self._app, self._floor, self._passphrase = app, floor, passphrase
        self._done = False
        self._poll = QTimer(self, interval=50, timeout=self._check)
        self._poll.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self._check(obj.window())
        return False

    def _check(self, window: QWidget | None = None) -> None:
        windows = [window] if window is not None else self._app.topLevelWidgets()
        for window in windows:
            if self._done:
                return
            if self._floor and window.isVisible() or _usable(window):
                self._done = True
                print("usable", time.monotonic_ns(), flush=True)
                self._app.removeEventFilter(self)
                self._poll.stop()
                QTimer.singleShot(SETTLE_MS, lambda: print("settled", flush=True))  # then wait to be killed
            elif self._passphrase is not None:
                lock = getattr(getattr(window, "protection", None), "lock_view", None)
                if lock is not None and lock.isVisible():
                    passphrase, self._passphrase = self._passphrase, None
                    QTimer.singleShot(0, lambda: (lock.field.setText(passphrase), lock.button.click()))


def _usable(window: QWidget) -> bool:
    """Usable as the start-up bench means it (today's prompt painted on Today,
    ui/bench_probe.py), with the journal fully open behind it: memory is read once
    everything a start loads is loaded."""
    from journal_app.ui.bench_probe import prompt_label

    return prompt_label(window) is not None and getattr(window, "services", None) is not None


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory_child")
    parser.add_argument("--data-dir")
    parser.add_argument("--floor", action="store_true")
    parser.add_argument("--passphrase-stdin", action="store_true")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else None
    app = QApplication(sys.argv[:1])  # the one the app's entry point would make (it takes this one)
    app.installEventFilter(_Watch(app, args.floor, passphrase))
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    if args.floor:
        sys.path.insert(0, os.path.dirname(__file__))  # floor_window.py is a plain script
        from floor_window import show_window

        window = show_window()  # noqa: F841 - kept alive until the app quits
        return app.exec()
    from journal_app.app import main as start_the_app

    return start_the_app(["--data-dir", args.data_dir])


if __name__ == "__main__":
    sys.exit(main())
