"""Timing marks for `make bench`, active only when JOURNAL_APP_BENCH is set.

Prints, as CLOCK_MONOTONIC nanoseconds (comparable with the parent that started the
process):

- `first_paint <ns>` when any widget of the app first paints;
- `usable <ns>` when what the person opened the app for is on screen: Today is the
  page in view and today's prompt has been painted on it, the prompt chosen for
  today, with its card (or, when no prompt fits the settings, the words saying so),
  and so have the latest entries listed below it (when the journal has any, and
  the window is tall enough for them to be in view). It may be shown from a glance
  before the journal is fully open; what is clicked then is done as soon as it is
  (`MainWindow.when_open`);
- `journal_open <ns>` when the journal is fully open behind it (the services are
  there: the same moment as `usable` when Today was not shown from a glance);

then closes the window, and the app exits by itself; if it has not after 30 s, the
probe makes it exit with code 124, so a run that hangs is counted as failed.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

TODAY = 0
GAVE_UP = 124


def prompt_label(window) -> QWidget | None:  # noqa: ANN001
    """The label that shows today's prompt (or that none fits), when the window is
    usable as the bench means it; None before."""
    today = getattr(window, "_areas", {}).get(TODAY)
    stack = getattr(window, "stack", None)
    if today is None or stack is None or stack.currentWidget() is not today or not today.isVisible():
        return None
    if today.pages.currentIndex() != 0:  # a session or the prompt browser
        return None
    if today.prompt is None:
        return today.no_prompt if today.no_prompt.isVisible() else None
    label = today.card.text
    shown = today.card.isVisible() and label.isVisible() and label.text() == today.prompt.text
    return label if shown and label.text() else None


def latest_entries(window) -> QWidget | None:  # noqa: ANN001
    """Today's list of the latest entries when it has some in view, else None."""
    recent = getattr(getattr(window, "_areas", {}).get(TODAY), "recent", None)
    if recent is None or not recent.shown or not recent.isVisible() or recent.visibleRegion().isEmpty():
        return None
    return recent


class _Probe(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self._window = window
        self._painted = False
        self._prompt_painted = False
        self._recent_painted = False  # (painted after the prompt, lower on the page)
        self._usable = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.Paint:
            now = time.monotonic_ns()
            if not self._painted:
                self._painted = True
                print("first_paint", now, flush=True)
            if self._usable:
                return False
            if obj is prompt_label(self._window):
                self._prompt_painted = True
            recent = latest_entries(self._window)
            if recent is not None and (obj is recent or obj.parent() is recent):
                self._recent_painted = True
            if self._prompt_painted and (self._recent_painted or recent is None):
                self._usable = True
                print("usable", now, flush=True)
                QApplication.instance().removeEventFilter(self)
                if self._window.services is not None:
                    self._journal_open()
                else:
                    self._window.settled.connect(self._journal_open)
        return False

    def _journal_open(self) -> None:
        if self._window.services is not None:
            print("journal_open", time.monotonic_ns(), flush=True)
        QTimer.singleShot(0, self._window.close)


def install(window) -> None:  # noqa: ANN001
    app = QApplication.instance()
    probe = _Probe(window)
    app.installEventFilter(probe)
    QTimer.singleShot(30_000, lambda: app.exit(GAVE_UP))  # never hang a benchmark
