"""The app opens no network connection, seen from the kernel's side: a whole scripted
session (tests/helpers/scripted_session.py) runs under `strace -f -e trace=network`,
and any AF_INET or AF_INET6 socket in any of its threads or children fails the test.
This sees what pytest-socket cannot: sockets made by Qt, by C libraries, by threads.

Skipped only where strace is missing or may not trace (no ptrace); with
CI_REQUIRE_STRACE=1 (set by .ci/run once strace is installed) that fails instead."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SESSION_TIMEOUT_S = 90  # the session gives up by itself after ~60 s
INTERNET = re.compile(r"\bAF_INET6?\b")


def _strace_or_skip() -> str:
    """strace's path, once it has traced a trivial program here."""
    strace = shutil.which("strace")
    if strace is None:
        reason = "strace is not installed (apt-get install strace)"
    else:
        probe = subprocess.run([strace, "-f", "-e", "trace=network", "-o", os.devnull, "true"],
                               capture_output=True, text=True, timeout=30)
        if probe.returncode == 0:
            return strace
        reason = f"strace cannot trace here (is ptrace permitted?): {probe.stderr.strip()[:300]}"
    if os.environ.get("CI_REQUIRE_STRACE") == "1":
        pytest.fail(f"CI_REQUIRE_STRACE=1 but {reason}")
    pytest.skip(reason)


def _trace(strace: str, log: Path, args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run([strace, "-f", "-qq", "-e", "trace=network", "-o", str(log), *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)


def internet_lines(log: Path) -> list[str]:
    """Every line of the log that names an internet socket family."""
    return [line for line in log.read_text(errors="replace").splitlines() if INTERNET.search(line)]


def test_a_whole_session_opens_no_internet_socket(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    strace = _strace_or_skip()
    # Where the app's local socket (for second starts) goes: a short path, since a Unix
    # socket's path has room for 107 bytes and pytest's tmp_path can be longer.
    runtime = Path(tempfile.mkdtemp(prefix="nonet-"))
    request.addfinalizer(lambda: shutil.rmtree(runtime, ignore_errors=True))
    log = tmp_path / "network.strace"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    ran = _trace(strace, log, [sys.executable, "-m", "tests.helpers.scripted_session", str(tmp_path / "data")],
                 env, SESSION_TIMEOUT_S)
    assert ran.returncode == 0 and "session complete" in ran.stdout, (
        f"the scripted session did not complete (exit {ran.returncode}):\n{ran.stdout}\n{ran.stderr[-3000:]}")

    lines = log.read_text(errors="replace").splitlines()
    found = internet_lines(log)
    assert not found, "network sockets were opened:\n" + "\n".join(found)
    # Not vacuous: strace saw this session's own network-class calls. The local server
    # for second starts binds and listens on a Unix socket in this test's runtime folder
    # (Qt binds it in a private folder there, then moves it into place).
    unix_sockets = [line for line in lines if re.search(r"\bsocket\(AF_UNIX\b", line)]
    own_bind = [line for line in lines if "bind(" in line and "sa_family=AF_UNIX" in line
                and f'sun_path="{runtime}/' in line]
    assert unix_sockets and own_bind and any("listen(" in line for line in lines), (
        "strace did not see the app's local server; did it trace the session at all?\n" + "\n".join(lines[:50]))


PROBE = """
import socket, threading
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QTcpSocket
app = QCoreApplication([])
tcp = QTcpSocket()  # what pytest-socket cannot see
tcp.connectToHost("127.0.0.1", 9)
tcp.waitForConnected(1000)
thread = threading.Thread(target=lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close())
thread.start()
thread.join()
"""


def test_the_check_sees_internet_sockets_from_qt_and_from_threads(tmp_path: Path) -> None:
    """The same trace and the same reading catch a QTcpSocket, and a socket that is only
    created, on another thread."""
    strace = _strace_or_skip()
    log = tmp_path / "network.strace"
    ran = _trace(strace, log, [sys.executable, "-c", PROBE], dict(os.environ), 30)
    assert ran.returncode == 0, ran.stderr
    found = internet_lines(log)
    assert any(line.split()[1].startswith("socket(AF_INET,") for line in found), found
    assert any("connect(" in line and "sa_family=AF_INET," in line for line in found), found
    assert any(line.split()[1].startswith("socket(AF_INET6,") for line in found), found
