"""Keeping the screen awake while a session runs, and only then.

The user lies three metres away and cannot touch the laptop: a screen that dims or locks
mid-session loses them. So the screen is held awake from the start of a session to its end,
and through a pause of up to three minutes (a glance at the screen to see where they were);
a longer pause, the plan and the summary let the desktop dim and lock as it normally would.

Linux asks the freedesktop screen saver over D-Bus (KDE, GNOME, Xfce and others serve it);
Windows sets the thread's execution state; macOS takes a power assertion. Each is given
back on pause, finish and quit. A crash gives it back too, by the platform's own rules: the
desktop drops the inhibits of a D-Bus client whose connection closes, Windows ties the
execution state to the thread, and macOS releases the assertions of a process that dies.
"""

from __future__ import annotations

import sys
from typing import Protocol

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, QObject, Qt, QTimer, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusPendingCallWatcher

from backpain_gui.session.events import Event
from backpain_gui.ui.session_driver import SessionDriver

APPLICATION = "backpain-gui"
REASON = "A Pilates session is running"
PAUSE_GRACE_SECONDS = 180.0

SCREEN_SAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREEN_SAVER_PATH = "/org/freedesktop/ScreenSaver"
SCREEN_SAVER_INTERFACE = "org.freedesktop.ScreenSaver"
# UnInhibit waits for its answer (see `release`): a screen saver that hangs holds the window
# up no longer than this.
CALL_TIMEOUT_MS = 1000


class Inhibitor(Protocol):
    """One platform's way to keep the screen on; holding twice holds once."""

    def hold(self) -> None:
        """Keep the screen on from now."""

    def release(self) -> None:
        """Let the screen dim and lock again."""


class ScreenSaverInhibitor(QObject):
    """The freedesktop screen saver's inhibit over D-Bus: a cookie taken, then given back."""

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._screen_saver: QDBusInterface | None = None
        self._asking: QDBusPendingCallWatcher | None = None
        self._wanted = False
        # The cookie the screen saver gave, while it is held.
        self.cookie: int | None = None

    def hold(self) -> None:
        """Ask for the inhibit, without waiting for the answer."""
        self._wanted = True
        if self.cookie is not None or self._asking is not None:
            return
        screen_saver = self._interface()
        if screen_saver is None:
            return
        self._asking = QDBusPendingCallWatcher(
            screen_saver.asyncCallWithArgumentList("Inhibit", [APPLICATION, REASON]), self
        )
        self._asking.finished.connect(self.on_inhibit_finished)

    def release(self) -> None:
        """Give the cookie back, or give it back as soon as it comes."""
        self._wanted = False
        cookie, self.cookie = self.cookie, None
        if cookie is not None and self._screen_saver is not None:
            # UnInhibit takes a uint32, and PySide6 sends a Python int as an int32, which the
            # screen savers refuse ("No such method ... (signature 'i')"). The interface's
            # introspected method converts the argument to the type the service declares.
            QMetaObject.invokeMethod(
                self._screen_saver,
                "UnInhibit",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", cookie),
            )

    @Slot(QDBusPendingCallWatcher)
    def on_inhibit_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        self._asking = None
        watcher.deleteLater()
        if watcher.isError():
            return
        self.cookie = int(watcher.reply().arguments()[0])
        if not self._wanted:
            # Paused or finished while the screen saver was answering.
            self.release()

    def _interface(self) -> QDBusInterface | None:
        """The screen saver, found once; None on a desktop without one."""
        if self._screen_saver is None and self._bus.isConnected():
            # The interface reads the service's description here, a blocking round trip
            # made once, at the first session's start.
            screen_saver = QDBusInterface(
                SCREEN_SAVER_SERVICE, SCREEN_SAVER_PATH, SCREEN_SAVER_INTERFACE, self._bus, self
            )
            if screen_saver.isValid():
                screen_saver.setTimeout(CALL_TIMEOUT_MS)
                self._screen_saver = screen_saver
        return self._screen_saver


if sys.platform == "win32":
    import ctypes

    class ExecutionState:
        """Windows: SetThreadExecutionState on the UI thread, which holds it until changed."""

        _CONTINUOUS = 0x80000000
        _SYSTEM_REQUIRED = 0x00000001
        _DISPLAY_REQUIRED = 0x00000002

        def hold(self) -> None:
            """Keep the display and the system on."""
            flags = self._CONTINUOUS | self._SYSTEM_REQUIRED | self._DISPLAY_REQUIRED
            ctypes.windll.kernel32.SetThreadExecutionState(flags)

        def release(self) -> None:
            """Back to the system's own timeouts."""
            ctypes.windll.kernel32.SetThreadExecutionState(self._CONTINUOUS)

elif sys.platform == "darwin":
    import ctypes
    import ctypes.util

    class PowerAssertion:
        """macOS: an IOKit power assertion that keeps the display from sleeping when idle."""

        _UTF8 = 0x08000100
        _LEVEL_ON = 255

        def __init__(self) -> None:
            self._iokit = ctypes.cdll.LoadLibrary(ctypes.util.find_library("IOKit") or "IOKit")
            found = ctypes.util.find_library("CoreFoundation") or "CoreFoundation"
            self._core = ctypes.cdll.LoadLibrary(found)
            self._core.CFStringCreateWithCString.restype = ctypes.c_void_p
            self._core.CFStringCreateWithCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_uint32,
            ]
            self._core.CFRelease.argtypes = [ctypes.c_void_p]
            self._iokit.IOPMAssertionCreateWithName.argtypes = [
                ctypes.c_void_p,
                ctypes.c_uint32,
                ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_uint32),
            ]
            self._iokit.IOPMAssertionRelease.argtypes = [ctypes.c_uint32]
            self._assertion: int | None = None

        def hold(self) -> None:
            """Take the assertion, once."""
            if self._assertion is not None:
                return
            kind = self._text("PreventUserIdleDisplaySleep")
            reason = self._text(REASON)
            assertion = ctypes.c_uint32(0)
            status = self._iokit.IOPMAssertionCreateWithName(
                kind, self._LEVEL_ON, reason, ctypes.byref(assertion)
            )
            self._core.CFRelease(kind)
            self._core.CFRelease(reason)
            if status == 0:
                self._assertion = assertion.value

        def release(self) -> None:
            """Give the assertion back."""
            if self._assertion is not None:
                self._iokit.IOPMAssertionRelease(self._assertion)
                self._assertion = None

        def _text(self, text: str) -> int:
            return int(self._core.CFStringCreateWithCString(None, text.encode(), self._UTF8))


def platform_inhibitor(session_bus: QDBusConnection) -> Inhibitor:
    """This platform's way to keep the screen on (Linux and the BSDs: the D-Bus screen saver)."""
    if sys.platform == "win32":
        return ExecutionState()
    if sys.platform == "darwin":
        return PowerAssertion()
    return ScreenSaverInhibitor(session_bus)


class KeepAwake(QObject):
    """Holds the screen awake while the session it follows moves, and a little into a pause."""

    def __init__(
        self,
        inhibitor: Inhibitor,
        parent: QObject | None = None,
        pause_grace_seconds: float = PAUSE_GRACE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.inhibitor = inhibitor
        self._driver: SessionDriver | None = None
        self._held = False
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.setInterval(round(pause_grace_seconds * 1000))
        self._grace.timeout.connect(self.release)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    def follow(self, driver: SessionDriver) -> None:
        """Keep the screen awake for this session (the one before it is over)."""
        if self._driver is not None:
            self._driver.events_happened.disconnect(self.on_driver_events_happened)
            self._driver.session_over.disconnect(self.release)
        self._driver = driver
        driver.events_happened.connect(self.on_driver_events_happened)
        driver.session_over.connect(self.release)
        self._update()

    @Slot(list)
    def on_driver_events_happened(self, events: list[Event]) -> None:
        self._update()

    @Slot()
    def release(self) -> None:
        """Let the screen dim and lock again: on finish, quit, or a long pause."""
        self._grace.stop()
        if self._held:
            self._held = False
            self.inhibitor.release()

    def _update(self) -> None:
        driver = self._driver
        if driver is None or not driver.running:
            self.release()
        elif not driver.snapshot().paused:
            self._grace.stop()
            if not self._held:
                self._held = True
                self.inhibitor.hold()
        elif self._held and not self._grace.isActive():
            self._grace.start()
