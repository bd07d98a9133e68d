"""The screen-lock watcher against a private dbus-daemon on a unix socket: the signals a
desktop and logind send, sent by the test; and no bus at all."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from journal_app.ui.screen_lock_watcher import ScreenLockWatcher, session_path

DBUS_DAEMON = shutil.which("dbus-daemon") or next(
    (p for p in ("/usr/bin/dbus-daemon", "/bin/dbus-daemon") if os.access(p, os.X_OK)), None
)
OWN_SESSION = "/org/freedesktop/login1/session/_32"  # XDG_SESSION_ID=2
EVERYTHING = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "login1.PrepareForSleep",
    "login1.Session.Lock",
)

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# A stand-in logind answering GetSession("auto") with session c7's path, as an object path.
FAKE_LOGIND = """
import sys
from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath
app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake-logind")
@ClassInfo(**{"D-Bus Interface": "org.freedesktop.login1.Manager"})
class Manager(QObject):
    @Slot(str, QDBusMessage)
    def GetSession(self, session_id, message):
        bus.send(message.createReply(QDBusObjectPath("/org/freedesktop/login1/session/c7")))
manager = Manager()
bus.registerObject("/org/freedesktop/login1", manager, QDBusConnection.RegisterOption.ExportAllSlots)
print(bus.registerService("org.freedesktop.login1"), flush=True)
app.exec()
"""


@pytest.fixture
def bus(qtbot, tmp_path):  # noqa: ANN001, ANN201
    """A connection to a private dbus-daemon listening on a unix socket only."""
    if DBUS_DAEMON is None:
        pytest.skip("no dbus-daemon")
    socket_dir = tempfile.mkdtemp(prefix="journal-dbus-")  # short: unix socket paths max ~107 bytes
    config = tmp_path / "bus.conf"
    config.write_text(CONFIG.format(socket_dir=socket_dir), encoding="utf-8")
    daemon = subprocess.Popen(
        [DBUS_DAEMON, f"--config-file={config}", "--print-address", "--nofork"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    name = f"journal-test-{uuid.uuid4().hex}"
    try:
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:path="), address
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected(), connection.lastError().message()
        connection.address = address  # for a second client (the fake logind)
        yield connection
    finally:
        QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait(5)
        daemon.stdout.close()
        shutil.rmtree(socket_dir, ignore_errors=True)


@pytest.fixture
def watcher(bus, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("XDG_SESSION_ID", "2")
    return ScreenLockWatcher(session_bus=bus, system_bus=bus)


def send(bus: QDBusConnection, path: str, interface: str, name: str, *arguments: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(arguments))
    assert bus.send(message)


def test_hooks_every_source_on_a_bus(watcher) -> None:  # noqa: ANN001
    assert watcher.listening == EVERYTHING


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
        ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ],
)
def test_screen_saver_active_locks(qtbot, bus, watcher, path, interface) -> None:  # noqa: ANN001
    with qtbot.waitSignal(watcher.lock_now, timeout=2000) as blocker:
        send(bus, path, interface, "ActiveChanged", True)
    assert blocker.args == ["screen-locked"]


def test_prepare_for_sleep_locks(qtbot, bus, watcher) -> None:  # noqa: ANN001
    with qtbot.waitSignal(watcher.lock_now, timeout=2000) as blocker:
        send(bus, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    assert blocker.args == ["sleep"]


def test_session_lock_locks(qtbot, bus, watcher) -> None:  # noqa: ANN001
    with qtbot.waitSignal(watcher.lock_now, timeout=2000) as blocker:
        send(bus, OWN_SESSION, "org.freedesktop.login1.Session", "Lock")
    assert blocker.args == ["screen-locked"]


@pytest.mark.parametrize(
    "signal",
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False),
        ("/org/freedesktop/login1/session/_33", "org.freedesktop.login1.Session", "Lock"),  # someone else's
    ],
)
def test_unlock_wake_and_other_sessions_do_nothing(qtbot, bus, watcher, signal) -> None:  # noqa: ANN001
    with qtbot.assertNotEmitted(watcher.lock_now, wait=300):
        send(bus, *signal)
    # Messages arrive in order: had the first one emitted, this wait would see it first.
    with qtbot.waitSignal(watcher.lock_now, timeout=2000) as blocker:
        send(bus, *signal)
        send(bus, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    assert blocker.args == ["sleep"]


def test_no_logind_session_hooks_the_rest(bus, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)  # and no logind on this bus to ask
    assert ScreenLockWatcher(session_bus=bus, system_bus=bus).listening == EVERYTHING[:-1]


def test_without_session_id_asks_logind_for_the_session(qtbot, bus, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("XDG_SESSION_ID", raising=False)
    logind = subprocess.Popen([sys.executable, "-c", FAKE_LOGIND, bus.address], stdout=subprocess.PIPE, text=True)
    try:
        assert logind.stdout.readline().strip() == "True"
        watcher = ScreenLockWatcher(session_bus=bus, system_bus=bus)
        assert watcher.listening == EVERYTHING
        with qtbot.waitSignal(watcher.lock_now, timeout=2000) as blocker:
            send(bus, "/org/freedesktop/login1/session/c7", "org.freedesktop.login1.Session", "Lock")
        assert blocker.args == ["screen-locked"]
    finally:
        logind.terminate()
        logind.wait(5)
        logind.stdout.close()


def test_no_bus_hooks_nothing_and_raises_nothing(qtbot) -> None:  # noqa: ANN001
    name = f"journal-bad-{uuid.uuid4().hex}"
    bad = QDBusConnection.connectToBus("unix:path=/nonexistent/journal-bus", name)
    try:
        assert not bad.isConnected()
        watcher = ScreenLockWatcher(session_bus=QDBusConnection("nonexistent"), system_bus=bad)
        assert watcher.listening == ()
    finally:
        QDBusConnection.disconnectFromBus(name)


def test_session_path_escapes_like_systemd() -> None:
    assert session_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert session_path("12") == "/org/freedesktop/login1/session/_312"
    assert session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
