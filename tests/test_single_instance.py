"""One window per journal: the real `python -m journal_app` in subprocesses.

A second start is refused with a clear message and brings the open window forward;
after a SIGKILL the lock (and the socket the window listened on) do not stop the
next start; the command-line verbs run beside the window; and the lock does not
outlive the app in a program it started."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.storage.instance_lock import LOCK_NAME, InstanceLock, held_elsewhere
from journal_app.ui.running_instance import server_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
ALREADY_OPEN = "Intertwined is already open on this journal"
BROUGHT_FORWARD = "its window has been brought forward."


def journal_app(*args: str, timeout: float = 15) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journal_app", *args], capture_output=True, text=True,
                          timeout=timeout, env=ENV, check=False)


def start_window(data_dir: Path, log: Path) -> subprocess.Popen:
    """The app as a person starts it; on a new journal it sits at the welcome."""
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "journal_app", "--data-dir", str(data_dir)],
                                   stdout=out, stderr=subprocess.STDOUT, env=ENV)
    deadline = time.monotonic() + 15
    while not held_elsewhere(data_dir):
        assert process.poll() is None, log.read_text(errors="replace")
        assert time.monotonic() < deadline, "the window never took its journal's lock"
        time.sleep(0.05)
    return process


def second_start(data_dir: Path) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = journal_app("--data-dir", str(data_dir))
    assert time.monotonic() - started < 10
    # Refused, said plainly, and no second window (a window would sit in its event loop).
    assert result.returncode == 1, result.stderr
    assert f"{ALREADY_OPEN} ({data_dir})" in result.stderr
    assert result.stdout == ""
    return result


def brought_forward(data_dir: Path) -> subprocess.CompletedProcess:
    """Start again until the window answers: it listens once it has painted."""
    deadline = time.monotonic() + 10
    while True:
        result = second_start(data_dir)
        if BROUGHT_FORWARD in result.stderr:
            return result
        assert time.monotonic() < deadline, result.stderr
        time.sleep(0.1)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def open_window(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, subprocess.Popen]]:
    from journal_app.storage.database import open_database

    folder = tmp_path_factory.mktemp("single")
    data_dir = folder / "journal-data"
    # Made first: a window still creating the journal and `add` creating it at the
    # same moment is another matter (the two migrations contend).
    open_database(data_dir).close()
    process = start_window(data_dir, folder / "window.log")
    try:
        yield data_dir, process
    finally:
        stop(process)
        Path(server_name(data_dir)).unlink(missing_ok=True)


def test_a_second_start_is_refused_and_brings_the_window_forward(open_window) -> None:  # noqa: ANN001
    data_dir, window = open_window
    result = brought_forward(data_dir)
    assert result.stderr.strip() == f"{ALREADY_OPEN} ({data_dir}); {BROUGHT_FORWARD}"
    assert window.poll() is None  # the first window is untouched, still open
    assert held_elsewhere(data_dir)


def test_the_command_line_verbs_run_beside_the_window(open_window) -> None:  # noqa: ANN001
    data_dir, window = open_window
    added = journal_app("--data-dir", str(data_dir), "add", "Written beside the open window")
    assert added.returncode == 0, added.stderr
    found = journal_app("search", "--data-dir", str(data_dir), "beside")
    assert found.returncode == 0, found.stderr
    assert "Written beside the open window" in found.stdout
    assert window.poll() is None and held_elsewhere(data_dir)


def test_after_sigkill_the_next_start_gets_the_lock_and_listens(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal-data"
    socket = Path(server_name(data_dir))
    first = start_window(data_dir, tmp_path / "first.log")
    try:
        brought_forward(data_dir)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        assert not held_elsewhere(data_dir)  # the OS let go of the lock with the process
        assert (data_dir / LOCK_NAME).exists()  # the file stays; it is the lock on it that matters
        assert socket.exists()  # left behind by the killed window

        again = start_window(data_dir, tmp_path / "again.log")
        try:
            brought_forward(data_dir)  # the stale socket was cleared, the new window answers
        finally:
            stop(again)
    finally:
        stop(first)
        socket.unlink(missing_ok=True)


def test_the_lock_is_not_inherited(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "journal-data")
    assert lock.acquire()
    try:
        assert not os.get_inheritable(lock.fileno())
        assert not held_elsewhere(tmp_path / "journal-data")  # this process's own lock
    finally:
        lock.release()


def test_a_program_the_app_started_does_not_keep_the_lock(tmp_path: Path) -> None:
    """A child started with close_fds=False, and a forked child, both outlive the
    process that held the lock: the lock is free once that process is killed."""
    from filelock import FileLock, Timeout

    data_dir = tmp_path / "journal-data"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import os, subprocess, sys, time
        from journal_app.storage.instance_lock import InstanceLock
        lock = InstanceLock({str(data_dir)!r})
        assert lock.acquire()
        started = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], close_fds=False)
        forked = os.fork()
        if forked == 0:
            time.sleep(60)
            os._exit(0)
        print(started.pid, forked, flush=True)
        time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True, env=ENV)
    children: list[int] = []
    try:
        children = [int(pid) for pid in holder.stdout.readline().split()]
        assert len(children) == 2
        assert held_elsewhere(data_dir)
        with pytest.raises(Timeout):  # the filelock package sees the same OS lock
            FileLock(data_dir / LOCK_NAME, timeout=0).acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        for pid in children:
            os.kill(pid, 0)  # still alive
        # The forked child lets go of its copy of the lock as it starts, which it may
        # not have done yet when the holder is killed: a moment, at most, to do so.
        deadline = time.monotonic() + 5
        while held_elsewhere(data_dir) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not held_elsewhere(data_dir)
    finally:
        stop(holder)
        holder.stdout.close()
        for pid in children:  # the holder's children, orphaned now
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
