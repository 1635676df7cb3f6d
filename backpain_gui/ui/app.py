"""Starting the window: the Qt application, the routine, the event log."""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import backpain_gui
from backpain_gui.content.builtin import APP_ID, builtin_routine_path, icon_path
from backpain_gui.content.loader import RoutineError, load_routine
from backpain_gui.content.model import Routine
from backpain_gui.storage.event_log import EventLog
from backpain_gui.ui.cue_player_choice import StartedPlayer, make_cue_player
from backpain_gui.ui.first_paint import AfterFirstPaint
from backpain_gui.ui.fullscreen import enter_fullscreen, open_on_remembered_screen
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.one_copy import OneCopy
from backpain_gui.ui.routine_problems import RoutineProblemsDialog
from backpain_gui.ui.theme import follow_system_theme
from backpain_gui.ui.translation import install_translators, translate
from backpain_gui.ui.window_size import fit_main_window

if TYPE_CHECKING:
    # Imported once the window has painted (start_daily_coach).
    from backpain_gui.ui.daily import DailyCoach


def choose_routine(path: Path | None) -> tuple[Routine, bool]:
    """The routine at `path` (and True), or the built-in one when none is given or it is bad."""
    if path is not None:
        try:
            return load_routine(path), True
        except RoutineError as error:
            RoutineProblemsDialog.show_error(
                None, path, error, translate("App", "the built-in routine is used")
            )
    return load_routine(builtin_routine_path()), False


# Qt's platforms that draw on a display server; any other (offscreen, vnc, eglfs, ...) needs
# none. An empty QT_QPA_PLATFORM lets Qt choose between the first two.
_DISPLAY_PLATFORMS = ("xcb", "wayland", "wayland-egl")


def display_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why Qt would find no display to open the window on, or None when it should find one.

    Asked before QApplication exists: Qt's xcb plugin, finding no X server, aborts the whole
    process (qFatal, SIGABRT) with several lines of advice about plugins.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    # `wayland;xcb` is a list to try in turn; `vnc:size=800x600` a platform with options.
    asked = [name.split(":")[0] for name in environ.get("QT_QPA_PLATFORM", "").split(";")]
    asked = [name for name in asked if name] or ["wayland", "xcb"]
    if any(name not in _DISPLAY_PLATFORMS for name in asked):
        return None
    socket = _wayland_socket(environ)
    if any(name.startswith("wayland") for name in asked) and socket.is_socket():
        return None
    display = environ.get("DISPLAY", "")
    if "xcb" not in asked:
        return f"no Wayland compositor: no socket at {socket}"
    if not display:
        return "no display: DISPLAY is not set (nor WAYLAND_DISPLAY)"
    if not _x_server_answers(display):
        return f"no X server answers at DISPLAY={display!r}"
    return None


def _with_platform(environ: Mapping[str, str], qt_arguments: list[str]) -> Mapping[str, str]:
    """`environ` as Qt will see it: a `-platform NAME` option wins over QT_QPA_PLATFORM."""
    for index, word in enumerate(qt_arguments):
        name, _, value = word.lstrip("-").partition("=")
        if name == "platform":
            if not value and index + 1 < len(qt_arguments):
                value = qt_arguments[index + 1]
            return {**environ, "QT_QPA_PLATFORM": value}
    return environ


def _wayland_socket(environ: Mapping[str, str]) -> Path:
    """Where libwayland-client looks: an absolute WAYLAND_DISPLAY, else under XDG_RUNTIME_DIR."""
    name = Path(environ.get("WAYLAND_DISPLAY") or "wayland-0")
    if name.is_absolute():
        return name
    return Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name


def _x_server_answers(display: str) -> bool:
    """Whether the X server at `display` takes a connection (its authorisation included)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        # Without libxcb, Qt's xcb plugin cannot load either; Qt says so itself.
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    # Never NULL: a failed connection is a connection object in an error state.
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def run_app(args: argparse.Namespace) -> int:
    """Open the window and run until it is closed; the exit status."""
    if QApplication.instance() is None:
        problem = display_problem(_with_platform(os.environ, args.qt_arguments))
        if problem is not None:
            print(
                f"backpain-gui: cannot open the window: {problem}."
                " `backpain-gui check` and `plan` need no display.",
                file=sys.stderr,
            )
            return 1
    # Qt's own options (-style, -reverse, -platform, ...) reach Qt; cli.py split them off.
    app = QApplication.instance() or QApplication([*sys.argv[:1], *args.qt_arguments])
    assert isinstance(app, QApplication)
    QApplication.setApplicationName("backpain-gui")
    QApplication.setOrganizationName("backpain-gui")
    QApplication.setApplicationVersion(backpain_gui.__version__)
    # Before any widget exists: each takes its words from the catalogue as it is built.
    install_translators(app)
    # The desktop entry's name: Wayland, the taskbar and the MPRIS widgets find the app's
    # name and icon through it (without it GNOME shows "python3").
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(icon_path())))
    # Garbage is collected on this thread only: never on the voice's (see main_thread_gc).
    from backpain_gui.ui.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector(app)
    one_copy = OneCopy.claim()
    if one_copy is None:
        running = translate(
            "App", "backpain-gui is already running: its window was brought forward."
        )
        print(running, file=sys.stderr)
        return 0
    try:
        event_log = EventLog(args.event_log) if args.event_log else None
    except OSError as error:
        cannot = translate("App", "backpain-gui: cannot write the event log {file}: {reason}")
        print(cannot.format(file=args.event_log, reason=error.strerror), file=sys.stderr)
        return 2
    routine, chosen = choose_routine(args.routine)
    # The one clock of the app: the session, its sounds and its voice all tell time by it
    # (on Linux, sleep detection in SessionDriver knows this one and reads CLOCK_BOOTTIME
    # beside it). tests/test_one_clock.py keeps it the only one.
    clock = time.monotonic
    # playsound3's CuePlayer, or QSoundEffect where BACKPAIN_GUI_CUE_PLAYER=qt asks for it
    # (docs/sound.md).
    player = make_cue_player(clock).player
    if args.start:
        # The session's first cue is due as soon as the window is up: the player warms up
        # meanwhile, or that cue and the next come cold, a tenth of a second late or more.
        player.start()
    settings = QSettings()
    window = MainWindow(routine, event_log=event_log, settings=settings, clock=clock, player=player)
    follow_system_theme(app, window.store.load().theme)
    if chosen:
        window.routine_menu.remember(args.routine)
    one_copy.come_forward.connect(lambda: bring_forward(window))
    fit_main_window(window, window.settings)
    open_on_remembered_screen(window, window.settings)
    open_window(window, args, settings, player, clock)
    status = app.exec()
    collector.deleteLater()
    if window.voice is not None and window.voice.abandoned:
        # The speech thread is stuck in speech-dispatcher: tearing down its QThread would
        # abort, and waiting would hang. Everything is saved and closed (closeEvent); go now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def open_window(
    window: MainWindow,
    args: argparse.Namespace,
    settings: QSettings,
    player: StartedPlayer,
    clock: Callable[[], float],
) -> None:
    """Show the window with its plan complete, then start what can wait for its first paint."""
    # The plan's calendar, day and streak come from the history: read before the window
    # shows, so that the first paint has them (opened on the window's first turn of the
    # event loop, it changed their lines' heights under the painted plan).
    window.open_history()
    # The voice's settings are part of the plan: added after the first paint, they would
    # push the plan's rows aside in sight. The engine itself opens on the voice's thread.
    give_voice(window, settings, clock)
    # --tray (the login autostart): only the icon, until the user or the reminder asks; so
    # the tray comes first, to know whether there is one.
    daily = start_daily_coach(window) if args.tray else None
    quiet = daily is not None and daily.tray.available and not args.start
    if quiet:
        pass
    elif args.fullscreen or window.store.load().start_fullscreen:
        enter_fullscreen(window, window.settings)
    else:
        window.show()
    # Once the window has painted: the sound backend (it loads and warms up on a thread of
    # its own, but importing playsound3 and running its players would hold the interpreter
    # from the first paint for as long; a session is seconds away), and the desktop's
    # followers (D-Bus, the tray, the reminder, which reads the history).
    later: list[Callable[[], object]] = [player.start]
    if daily is None:
        later.append(lambda: start_daily_coach(window))
    later.append(lambda: follow_sessions_from_the_desktop(window))
    later.append(lambda: begin(window, args.start, offer=not quiet))
    AfterFirstPaint(window, later)


def bring_forward(window: MainWindow) -> None:
    """Show the window in front, out of the taskbar if minimised: another start asked."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def give_voice(window: MainWindow, settings: QSettings, clock: Callable[[], float]) -> None:
    """Give the window its voice, on `clock`, and the plan the voice's settings."""
    from backpain_gui.ui.voice import Voice

    window.attach_voice(Voice(settings, clock=clock))


def begin(window: MainWindow, start: bool, offer: bool = True) -> None:
    """Start the session, or offer to continue a broken one (not from the tray at login:
    the question waits for the window)."""
    if start:
        window.on_start_pressed()
    elif offer:
        window.offer_to_continue()


def start_daily_coach(window: MainWindow) -> DailyCoach:
    """The tray icon and the daily reminder, started."""
    from PySide6.QtDBus import QDBusConnection

    from backpain_gui.ui.daily import DailyCoach

    daily = DailyCoach(window, QDBusConnection.sessionBus())
    daily.start()
    return daily


def follow_sessions_from_the_desktop(window: MainWindow) -> None:
    """Keep the screen awake, pause on sleep and lock, and take media remotes, each session."""
    from PySide6.QtDBus import QDBusConnection

    from backpain_gui.ui.keep_awake import KeepAwake, platform_inhibitor
    from backpain_gui.ui.mpris import MediaRemote
    from backpain_gui.ui.sleep_watch import SleepWatch

    # Built here rather than in the window, so that window tests stay off any real bus.
    session_bus = QDBusConnection.sessionBus()
    followers = (
        KeepAwake(platform_inhibitor(session_bus), parent=window),
        SleepWatch(session_bus, QDBusConnection.systemBus(), parent=window),
        MediaRemote(session_bus, window, parent=window),
    )
    for follower in followers:
        window.session_created.connect(follower.follow)
