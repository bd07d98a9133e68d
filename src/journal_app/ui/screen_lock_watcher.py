"""Tell the app when the screen locks or the machine goes to sleep, so it can lock
the journal: an unlocked journal should not outlast the person walking away.

Only Linux desktops say so, over D-Bus: the screen savers' `ActiveChanged(bool)` on
the session bus, and logind's `PrepareForSleep(bool)` and the session's `Lock` on the
system bus. Where there is no bus (CI, headless, macOS, Windows) this hooks nothing,
raises nothing, and `listening` is empty."""
from __future__ import annotations

import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

SCREEN_LOCKED = "screen-locked"
SLEEP = "sleep"

# (interface, paths) of the screen savers that send ActiveChanged(bool).
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", ("/org/freedesktop/ScreenSaver", "/ScreenSaver")),
    ("org.gnome.ScreenSaver", ("/org/gnome/ScreenSaver",)),
    ("org.mate.ScreenSaver", ("/org/mate/ScreenSaver",)),
    ("org.cinnamon.ScreenSaver", ("/org/cinnamon/ScreenSaver",)),
)
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"


def session_path(session_id: str) -> str:
    """logind's object path for a session id (sd_bus_path_encode: every byte that is
    not [A-Za-z0-9], and a leading digit, becomes _xx)."""
    def keep(i: int, c: str) -> bool:
        return c.isascii() and c.isalnum() and not (i == 0 and c.isdigit())

    escaped = "".join(c if keep(i, c) else "".join(f"_{b:02x}" for b in c.encode())
                      for i, c in enumerate(session_id))
    return f"{LOGIN1_PATH}/session/{escaped or '_'}"


class ScreenLockWatcher(QObject):
    lock_now = Signal(str)  # SCREEN_LOCKED or SLEEP

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        hooked: list[str] = []
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        # "" as the service: match any sender (logind and screen savers have unique names).
        # PySide6 wants a QObject receiver and a SLOT() string, not a Python callable.
        if session.isConnected():
            for interface, paths in SCREEN_SAVERS:
                slot = SLOT("_active_changed(bool)")
                done = [session.connect("", p, interface, "ActiveChanged", self, slot) for p in paths]  # all paths
                if any(done):
                    hooked.append(interface)
        if system.isConnected():
            slot = SLOT("_prepare_for_sleep(bool)")
            if system.connect("", LOGIN1_PATH, f"{LOGIN1}.Manager", "PrepareForSleep", self, slot):
                hooked.append("login1.PrepareForSleep")
            path = self._own_session_path(system)
            if path and system.connect("", path, f"{LOGIN1}.Session", "Lock", self, SLOT("_session_lock()")):
                hooked.append("login1.Session.Lock")
        self._listening = tuple(hooked)

    @property
    def listening(self) -> tuple[str, ...]:
        """What was hooked, e.g. ("org.freedesktop.ScreenSaver", "login1.PrepareForSleep")."""
        return self._listening

    @staticmethod
    def _own_session_path(system: QDBusConnection) -> str | None:
        # logind sends Lock on the session's real path, never on the ".../session/auto" alias.
        if session_id := os.environ.get("XDG_SESSION_ID"):
            return session_path(session_id)
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", "GetSession")
        call.setArguments(["auto"])
        reply = system.call(call, QDBus.CallMode.Block, 500)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        found = reply.arguments()[0]
        path = found.path() if hasattr(found, "path") else str(found)
        return path if path.startswith(f"{LOGIN1_PATH}/session/") else None

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.lock_now.emit(SCREEN_LOCKED)

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:  # False is the wake-up
            self.lock_now.emit(SLEEP)

    @Slot()
    def _session_lock(self) -> None:
        self.lock_now.emit(SCREEN_LOCKED)
