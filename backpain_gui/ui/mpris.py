"""Control from a distance: the app as an MPRIS media player on the session bus.

Linux desktops hand a Bluetooth headset's buttons, a phone remote (KDE Connect, GSConnect)
and media keys pressed while another window has focus to the MPRIS player that is playing.
So play/pause pauses and resumes the session, next skips, previous goes back, and the
desktop's media controls show which exercise is on. Media keys pressed while the window has
focus are the window's own shortcuts; they do not come through here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import ClassInfo, QCoreApplication, QMetaType, QObject, Qt, Slot
from PySide6.QtCore import Property as QtProperty
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)
from PySide6.QtWidgets import QWidget

from backpain_gui.content.builtin import APP_ID
from backpain_gui.session.engine import CommandResult, Session
from backpain_gui.session.events import Event
from backpain_gui.ui.session_driver import SessionDriver

BUS_NAME = "org.mpris.MediaPlayer2.backpain_gui"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
# MPRIS's way to say "no track": a session has no track list.
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
# The desktop entry's Name: what the desktop's media controls call the player.
IDENTITY = "Back Pain Pilates"

_Adaptor = TypeVar("_Adaptor", bound=type)


def dbus_interface(name: str) -> Callable[[_Adaptor], _Adaptor]:
    """Class decorator: the D-Bus interface a QDBusAbstractAdaptor serves."""
    # PySide6's stub says ClassInfo takes keywords only and is not callable; at run time the
    # one spelling that allows the space in "D-Bus Interface" is this dict, and it decorates.
    info: Callable[[_Adaptor], _Adaptor] = ClassInfo({"D-Bus Interface": name})  # type: ignore[call-arg, assignment]
    return info


def _read_only(
    qt_type: type | str, getter: Callable[[Any], Any], constant: bool = False
) -> QtProperty:
    """A read-only property, its type a Python one or a Qt name: QStringList (as), qlonglong (x)."""
    # PySide6's stub allows only Python types, which say neither "list of strings" nor
    # "64-bit"; at run time a Qt type name is accepted and sets the D-Bus signature.
    return QtProperty(qt_type, getter, constant=constant)  # type: ignore[arg-type]


def _fixed(qt_type: type | str, value: object) -> QtProperty:
    """A property that never changes."""
    return _read_only(qt_type, lambda _adaptor: value, constant=True)


def forget_dbus(gone: QObject) -> None:
    """Cut the link QtDBus keeps to an object it served or told; call before it is freed."""
    # QtDBus watches such an object's `destroyed` from its own thread, through a blocking
    # connection, and calls the object's disconnectNotify, which PySide6 looks up in Python.
    # When the garbage collector frees the object, or the connection goes away meanwhile,
    # that lookup reads a half-freed wrapper and the app crashes (PySide6 6.11, a SIGSEGV in
    # Shiboken::Object::cppPointer, seen here about one run in ten). Unregistering leaves the
    # link in place, so it is cut here, on the object's own thread, while it is whole.
    gone.destroyed.disconnect()


def _empty_string_list() -> QDBusArgument:
    """An empty `as`: PySide6 sends an empty Python list as `av`, off the signal's signature."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType(QMetaType.Type.QString))
    argument.endArray()
    return argument


@dbus_interface(ROOT_INTERFACE)
class _AppAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: the app itself, which a remote can raise or quit."""

    # Slots and properties carry their D-Bus names, which is how Qt exports them.

    def __init__(self, remote: MediaRemote) -> None:
        super().__init__(remote)
        self._remote = remote

    @Slot()
    def Raise(self) -> None:
        self._remote.raise_window()

    @Slot()
    def Quit(self) -> None:
        self._remote.quit()

    CanQuit = _fixed(bool, True)
    CanRaise = _fixed(bool, True)
    HasTrackList = _fixed(bool, False)
    Identity = _fixed(str, IDENTITY)
    # The desktop entry (without .desktop), where the media controls find the app's icon.
    DesktopEntry = _fixed(str, APP_ID)
    # It opens no files and no addresses.
    SupportedUriSchemes = _fixed("QStringList", [])
    SupportedMimeTypes = _fixed("QStringList", [])


@dbus_interface(PLAYER_INTERFACE)
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the buttons, and what is playing."""

    def __init__(self, remote: MediaRemote) -> None:
        super().__init__(remote)
        self._remote = remote

    @Slot()
    def PlayPause(self) -> None:
        self._remote.play_pause()

    @Slot()
    def Play(self) -> None:
        self._remote.play()

    @Slot()
    def Pause(self) -> None:
        self._remote.pause()

    @Slot()
    def Stop(self) -> None:
        # A headset's long press must not throw away the user's place: stop only pauses.
        self._remote.pause()

    @Slot()
    def Next(self) -> None:
        self._remote.skip()

    @Slot()
    def Previous(self) -> None:
        self._remote.back()

    def _status(self) -> str:
        return self._remote.playback_status()

    def _metadata(self) -> dict[str, Any]:
        return self._remote.metadata()

    def _position(self) -> int:
        return self._remote.position()

    def _running(self) -> bool:
        return self._remote.running

    PlaybackStatus = _read_only(str, _status)
    Metadata = _read_only("QVariantMap", _metadata)
    # Microseconds of exercise so far, pauses left out.
    Position = _read_only("qlonglong", _position)
    CanGoNext = _read_only(bool, _running)
    CanGoPrevious = _read_only(bool, _running)
    CanPlay = _read_only(bool, _running)
    CanPause = _read_only(bool, _running)
    CanControl = _fixed(bool, True)
    CanSeek = _fixed(bool, False)
    # The session keeps its own pace and the cues their own volume.
    Rate = _fixed(float, 1.0)
    MinimumRate = _fixed(float, 1.0)
    MaximumRate = _fixed(float, 1.0)
    Volume = _fixed(float, 1.0)


class MediaRemote(QObject):
    """The app as a media player on the session bus, so a headset or phone runs the session."""

    def __init__(
        self, bus: QDBusConnection, window: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._window = window
        self._driver: SessionDriver | None = None
        _AppAdaptor(self)
        _PlayerAdaptor(self)
        # What clients were last told: status, what is on (exercise, rep, picture), running.
        self._told: tuple[str, tuple[object, ...] | None, bool] = self._state()
        # The name it is on the bus under, or None when there is no session bus.
        self.bus_name = self._register()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def _register(self) -> str | None:
        if not self._bus.isConnected() or not self._bus.registerObject(OBJECT_PATH, self):
            return None
        # A second copy of the app takes the instance name MPRIS sets aside for it.
        for name in (BUS_NAME, f"{BUS_NAME}.instance{os.getpid()}"):
            if self._bus.registerService(name):
                return name
        return None

    @Slot()
    def close(self) -> None:
        """Leave the bus (on quit): the desktop's media controls forget the app."""
        if self.bus_name is None:
            return
        self._bus.unregisterService(self.bus_name)
        self._bus.unregisterObject(OBJECT_PATH)
        self.bus_name = None
        forget_dbus(self)

    def follow(self, driver: SessionDriver) -> None:
        """Control this session from now on (the one before it is over)."""
        if self._driver is not None:
            self._driver.events_happened.disconnect(self.on_driver_events_happened)
            self._driver.session_over.disconnect(self.on_driver_session_over)
        self._driver = driver
        driver.events_happened.connect(self.on_driver_events_happened)
        driver.session_over.connect(self.on_driver_session_over)
        self._tell_changes()

    @Slot(list)
    def on_driver_events_happened(self, events: list[Event]) -> None:
        self._tell_changes()

    @Slot()
    def on_driver_session_over(self) -> None:
        self._tell_changes()

    # -- what the buttons do -------------------------------------------------------------------

    def play_pause(self) -> None:
        """Pause, or resume with the countdown."""
        self._command(lambda session, now: session.toggle_pause(now))

    def play(self) -> None:
        """Resume, if paused."""
        if self.running and self._paused():
            self._command(lambda session, now: session.resume(now))

    def pause(self) -> None:
        """Pause, if moving."""
        if self.running and not self._paused():
            self._command(lambda session, now: session.pause(now))

    def skip(self) -> None:
        """On to the next exercise."""
        self._command(lambda session, now: session.skip(now))

    def back(self) -> None:
        """Restart this exercise, or back to the one before."""
        self._command(lambda session, now: session.back(now))

    def raise_window(self) -> None:
        """Bring the window to the front, out of the taskbar if minimised."""
        window = self._window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """Quit as Ctrl+Q does: asked first during a session, which is then ended properly."""
        # The main window asks first during a session; any other window just closes.
        quit_now = getattr(self._window, "on_quit_pressed", self._window.close)
        quit_now()

    def _command(self, run: Callable[[Session, float], CommandResult]) -> None:
        driver = self._driver
        if driver is not None and driver.running:
            driver.command(lambda now: run(driver.session, now))

    # -- what the remote shows -----------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a session is on, paused or not."""
        return self._driver is not None and self._driver.running

    def playback_status(self) -> str:
        """Playing, Paused, or Stopped when no session is on."""
        if not self.running:
            return "Stopped"
        return "Paused" if self._paused() else "Playing"

    def metadata(self) -> dict[str, Any]:
        """The exercise on now as the track, the routine as its album, the rep as its number,
        the session's planned length and the picture shown; nothing when no session is on."""
        # The names are the routine's text, sent as they are: xesam fields are plain text by
        # the MPRIS spec (clients do not render them as markup), and nothing in this app shows
        # them in a widget that could. Escaping them here would show `&lt;` in every client.
        on = self._on()
        if on is None or self._driver is None:
            return {}
        title, rep, picture = on
        snapshot = self._driver.snapshot()
        metadata: dict[str, Any] = {
            "mpris:trackid": QDBusObjectPath(NO_TRACK),
            "xesam:title": title,
            "xesam:album": self._driver.session.routine.title,
            "mpris:length": round(snapshot.session_seconds_planned * 1_000_000),
        }
        if rep is not None:
            metadata["xesam:trackNumber"] = rep
        if picture is not None:
            metadata["mpris:artUrl"] = picture
        return metadata

    def position(self) -> int:
        """Microseconds of exercise so far."""
        if self._driver is None or not self.running:
            return 0
        return round(self._driver.snapshot().elapsed * 1_000_000)

    def _paused(self) -> bool:
        return self._driver is not None and self._driver.snapshot().paused

    def _on(self) -> tuple[str, int | None, str | None] | None:
        """The exercise's name, the rep and the picture's file URL; None between sessions."""
        if self._driver is None or not self.running:
            return None
        snapshot = self._driver.snapshot()
        exercise = snapshot.exercise
        if exercise is None:
            return None
        routine = self._driver.session.routine
        if snapshot.phase is not None:
            picture = snapshot.phase.picture
        else:
            picture = exercise.start_picture_for(snapshot.variant or exercise.variants[0].variant)
        path = routine.picture_path(picture)
        url = path.resolve().as_uri() if path.is_absolute() or path.exists() else None
        return exercise.name, snapshot.rep, url

    def _state(self) -> tuple[str, tuple[object, ...] | None, bool]:
        return self.playback_status(), self._on(), self.running

    def _tell_changes(self) -> None:
        """Send PropertiesChanged for what changed since clients were last told."""
        state = self._state()
        if state == self._told or self.bus_name is None:
            return
        status, on, running = state
        told_status, told_on, told_running = self._told
        self._told = state
        changed: dict[str, Any] = {}
        if status != told_status:
            changed["PlaybackStatus"] = status
        if on != told_on:
            changed["Metadata"] = self.metadata()
        if running != told_running:
            for name in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause"):
                changed[name] = running
        message = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES_INTERFACE, "PropertiesChanged")
        message.setArguments([PLAYER_INTERFACE, changed, _empty_string_list()])
        self._bus.send(message)
