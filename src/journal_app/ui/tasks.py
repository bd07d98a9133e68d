"""Running work that may take longer than a frame, off the UI thread.

Views receive a runner through their constructor. The app uses a thread pool;
tests use the synchronous runner, so they stay deterministic.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(Protocol):
    def submit(
        self, work: Callable[..., Any], *args: Any, on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None: ...


def while_alive(widget: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """`callback`, skipped if `widget` has been deleted by the time the result comes
    back (the journal locked while a search ran, say)."""
    def deliver(*args: Any) -> None:
        if shiboken6.isValid(widget):
            callback(*args)

    return deliver


class SyncTaskRunner:
    """Runs the work at once, on the calling thread (tests)."""

    def submit(self, work, *args, on_done=None, on_error=None) -> None:  # noqa: ANN001
        try:
            result = work(*args)
        except Exception as exc:  # delivered, like the threaded runner does
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)


class _Delivery(QObject):
    """Lives on the UI thread; its signals, emitted from a worker, are queued, so the
    callbacks run on the UI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Done | None, on_error: Failed | None, release) -> None:  # noqa: ANN001
        super().__init__()
        self._on_done, self._on_error, self._release = on_done, on_error, release
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._release(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: object) -> None:
        self._release(self)
        if self._on_error is not None:
            self._on_error(exc)  # type: ignore[arg-type]
        else:
            raise exc  # type: ignore[misc]  # surfaces in the excepthook, not silently


class _Job(QRunnable):
    def __init__(self, work, args, delivery: _Delivery) -> None:  # noqa: ANN001
        super().__init__()
        self._work, self._args, self._delivery = work, args, delivery

    def run(self) -> None:
        try:
            result = self._work(*self._args)
        except Exception as exc:
            self._delivery.failed.emit(exc)
        else:
            self._delivery.done.emit(result)


class ThreadPoolTaskRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[_Delivery] = set()

    def submit(self, work, *args, on_done=None, on_error=None) -> None:  # noqa: ANN001
        delivery = _Delivery(on_done, on_error, self._pending.discard)
        self._pending.add(delivery)  # keep it alive until it has delivered
        self._pool.start(_Job(work, args, delivery))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
