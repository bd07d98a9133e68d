"""One window per journal: an OS lock on `window.lock` in the data folder.

The operating system lets go of the lock when the process ends, however it ends
(a crash, SIGKILL, a power cut), so there is never a stale lock to clear by hand.
The lock file itself stays; only the lock on it matters.

On Unix this is `flock`, taken directly: `filelock` takes the same `flock` (so the
two see each other), but importing it costs ~30 ms before the window can paint.
Elsewhere (Windows) it is `filelock.FileLock`.

The descriptor is close-on-exec and is closed in a forked child, so a program the
app starts (a browser, a helper) never keeps the journal "open" after the app ends.
"""
from __future__ import annotations

import os
from pathlib import Path

from .files import PRIVATE_FILE, ensure_private_dir

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

LOCK_NAME = "window.lock"

_held: dict[str, InstanceLock] = {}  # the locks this process holds, by lock file


class InstanceLock:
    """The lock a window holds on its journal for as long as it runs."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None
        self._filelock = None  # Windows

    @property
    def held(self) -> bool:
        return self._fd is not None or self._filelock is not None

    def fileno(self) -> int | None:
        """The locked descriptor (Unix), for checking that it is not inherited."""
        return self._fd

    def acquire(self) -> bool:
        """Take the lock: False if another process has it. Creates the data folder
        (0700) and the lock file (0600); OSError when either cannot be made."""
        if self.held:
            return True
        ensure_private_dir(self.path.parent)
        return self._take()

    def _take(self) -> bool:
        if fcntl is None:  # pragma: no cover - Windows
            return self._take_filelock()
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.path, flags, PRIVATE_FILE)
        try:
            os.set_inheritable(fd, False)  # os.open's default; said so, not assumed
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        _held[str(self.path.resolve())] = self
        return True

    def _take_filelock(self) -> bool:  # pragma: no cover - Windows
        from filelock import FileLock, Timeout

        lock = FileLock(self.path, timeout=0, mode=PRIVATE_FILE)
        try:
            lock.acquire()
        except Timeout:
            return False
        self._filelock = lock
        _held[str(self.path.resolve())] = self
        return True

    def release(self) -> None:
        if not self.held:
            return
        _held.pop(str(self.path.resolve()), None)
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the only descriptor lets go of the flock
        if self._filelock is not None:  # pragma: no cover - Windows
            lock, self._filelock = self._filelock, None
            lock.release()

    def _forget_in_forked_child(self) -> None:
        # The child's copy of the descriptor shares the parent's lock: close it, so
        # the lock ends with the parent. The parent's lock is not touched.
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError:
                pass
        self._fd = None
        self._filelock = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def held_elsewhere(data_dir: Path) -> bool:
    """True while another process (a window) holds the journal's window lock: for a
    command that rewrites the whole journal and must not run beside the window.
    Creates nothing; a lock this process holds does not count."""
    path = Path(data_dir) / LOCK_NAME
    if not path.is_file():
        return False
    if str(path.resolve()) in _held:
        return False
    probe = InstanceLock(data_dir)
    try:
        if not probe._take():  # noqa: SLF001
            return True
    except OSError:  # cannot even open it (not ours?): no window of ours holds it
        return False
    probe.release()
    return False


def _after_fork_in_child() -> None:  # pragma: no cover - runs in the child
    for lock in list(_held.values()):
        lock._forget_in_forked_child()  # noqa: SLF001
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
