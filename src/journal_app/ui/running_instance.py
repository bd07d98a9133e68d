"""A second start on a journal that is already open brings the open window forward.

The window that holds the journal's lock (storage/instance_lock.py) listens on a
local socket (a Unix-domain socket or a named pipe, never a network socket) named
from the user and the data folder, in the user's runtime folder where there is one,
readable by the user only. A second start, refused the lock, sends one line and
waits briefly for the answer; the window answers once it has come forward.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from .. import APP_NAME

COME_FORWARD = b"come forward\n"
CAME_FORWARD = b"ok\n"
WAIT_MS = 500


def server_name(data_dir: Path) -> str:
    """The socket for `data_dir`: a full path on Unix, a pipe name on Windows."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()[:20]
    name = f"intertwined-{digest}"
    if sys.platform == "win32":  # pragma: no cover - a named pipe, private to the session
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and os.path.isdir(runtime) else tempfile.gettempdir()
    return os.path.join(folder, f"{name}.socket")


def listen_for_second_starts(data_dir: Path, window: QWidget) -> QLocalServer | None:
    """Answer later starts on this journal by bringing `window` forward. Call only
    while holding the journal's lock: a socket left by a killed window is removed."""
    name = server_name(data_dir)
    server = QLocalServer(window)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    QLocalServer.removeServer(name)  # stale: whoever made it no longer holds the lock
    if not server.listen(name):  # a path too long, a full disk: starts are still refused
        server.deleteLater()
        return None
    server.newConnection.connect(lambda: _accept(server, window))
    return server


def _accept(server: QLocalServer, window: QWidget) -> None:
    while server.hasPendingConnections():
        socket = server.nextPendingConnection()
        socket.disconnected.connect(socket.deleteLater)
        socket.readyRead.connect(lambda s=socket: _read(s, window))
        if socket.bytesAvailable():
            _read(socket, window)


def _read(socket: QLocalSocket, window: QWidget) -> None:
    if socket.bytesAvailable() < len(COME_FORWARD):
        return
    if bytes(socket.read(len(COME_FORWARD))) == COME_FORWARD:
        bring_forward(window)
        socket.write(CAME_FORWARD)
        socket.flush()
    socket.disconnectFromServer()


def bring_forward(window: QWidget) -> None:
    """Un-minimize, raise and activate the window (and a question it is asking).
    The window system may still decline to give it the focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()


def ask_to_come_forward(data_dir: Path, wait_ms: int = WAIT_MS) -> bool:
    """Ask the window open on `data_dir` to come forward: True once it said it has."""
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(wait_ms)
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(max(deadline.remainingTime(), 0)):
        return False
    socket.write(COME_FORWARD)
    socket.waitForBytesWritten(max(deadline.remainingTime(), 0))
    reply = b""
    while CAME_FORWARD not in reply and deadline.remainingTime() > 0:
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(deadline.remainingTime()):
            break
        reply += bytes(socket.readAll())
    reply += bytes(socket.readAll())
    socket.abort()
    return reply.startswith(CAME_FORWARD)


def refuse_second_start(data_dir: Path) -> int:
    """A start on a journal that is already open: say so, and bring that window
    forward where possible. No second window; exit status 1."""
    message = f"{APP_NAME} is already open on this journal ({data_dir})"
    if ask_to_come_forward(data_dir):
        message += "; its window has been brought forward."
    else:
        message += "."
    print(message, file=sys.stderr)
    return 1
