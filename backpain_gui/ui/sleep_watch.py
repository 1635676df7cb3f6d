"""Pausing the session when the computer goes to sleep or the screen locks, as it happens.

The desktop says so over D-Bus: logind's PrepareForSleep(true) on the system bus just before
a suspend (the lid closed), logind's Lock on this login session, and the screen saver's
ActiveChanged(true) on the session bus when the screen locks (freedesktop for KDE and most
others, GNOME's own name for GNOME). Each pauses the session at the moment the signal came.
logind does not wait for the app before suspending (no delay inhibitor is taken), so the
signal may be handled only on waking; the monotonic clock stood still meanwhile, so "now"
is still the moment the sleep began. Where no signal is sent at all, the session driver's
wake-gap check catches the sleep from the clocks, after the fact but as of when it began.
"""

from __future__ import annotations

import os
import string
from typing import Any, NamedTuple

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

from backpain_gui.ui.mpris import forget_dbus
from backpain_gui.ui.session_driver import SessionDriver

LOGIN1 = "org.freedesktop.login1"


class Subscription(NamedTuple):
    """One desktop signal that means "the user is gone now", and on which bus it comes."""

    on_system_bus: bool
    service: str
    # An empty path hears the signal from any of the service's objects.
    path: str
    interface: str
    name: str
    slot: str


def session_object_path(session_id: str) -> str:
    """logind's object path for a login session: its id escaped as sd-bus does ("2" -> "_32")."""
    kept = string.ascii_letters.encode()
    kept_after_first = kept + string.digits.encode()
    escaped = "".join(
        chr(byte) if byte in (kept_after_first if i else kept) else f"_{byte:02x}"
        for i, byte in enumerate(session_id.encode())
    )
    return f"/org/freedesktop/login1/session/{escaped or '_'}"


def subscriptions(session_id: str | None) -> list[Subscription]:
    """The signals to listen to; logind's Lock only when the login session is known."""
    screen_saver = "on_screen_saver_active_changed(bool)"
    heard = [
        Subscription(
            True,
            LOGIN1,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            "on_login1_prepare_for_sleep(bool)",
        ),
        Subscription(
            False, "org.freedesktop.ScreenSaver", "", "org.freedesktop.ScreenSaver",
            "ActiveChanged", screen_saver,
        ),
        Subscription(
            False, "org.gnome.ScreenSaver", "", "org.gnome.ScreenSaver", "ActiveChanged",
            screen_saver,
        ),
    ]  # fmt: skip
    if session_id:
        heard.append(
            Subscription(
                True,
                LOGIN1,
                session_object_path(session_id),
                "org.freedesktop.login1.Session",
                "Lock",
                "on_login1_session_lock()",
            )
        )
    return heard


class SleepWatch(QObject):
    """Pauses the session it follows when the computer is about to sleep or the screen locks."""

    def __init__(
        self,
        session_bus: QDBusConnection,
        system_bus: QDBusConnection,
        session_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._driver: SessionDriver | None = None
        if session_id is None:
            session_id = os.environ.get("XDG_SESSION_ID")
        self._listening: list[tuple[QDBusConnection, Subscription]] = []
        for heard in subscriptions(session_id):
            bus = system_bus if heard.on_system_bus else session_bus
            # A bus that is not there (no logind in a container, say) just hears nothing.
            if bus.isConnected() and bus.connect(*self._hook(heard)):
                self._listening.append((bus, heard))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _hook(self, heard: Subscription) -> tuple[Any, ...]:
        # PySide6's stub types the slot as bytes; at run time only the str SLOT() gives works.
        return (heard.service, heard.path, heard.interface, heard.name, self, SLOT(heard.slot))

    @Slot()
    def close(self) -> None:
        """Stop listening (on quit, or before it is freed)."""
        if not self._listening:
            return
        for bus, heard in self._listening:
            bus.disconnect(*self._hook(heard))
        self._listening.clear()
        forget_dbus(self)

    def follow(self, driver: SessionDriver) -> None:
        """Pause this session from now on (the one before it is over)."""
        self._driver = driver

    @Slot(bool)
    def on_login1_prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self._pause()

    @Slot(bool)
    def on_screen_saver_active_changed(self, active: bool) -> None:
        if active:
            self._pause()

    @Slot()
    def on_login1_session_lock(self) -> None:
        self._pause()

    def _pause(self) -> None:
        driver = self._driver
        if driver is not None:
            # D-Bus signals carry no time: the moment it arrived is the moment it began.
            driver.pause_at(driver.now())
