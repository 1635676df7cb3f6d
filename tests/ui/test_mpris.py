"""A headset, a phone remote or the desktop's media controls run the session over MPRIS."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from backpain_gui.content.model import Routine
from backpain_gui.session.engine import Session
from backpain_gui.session.events import Event, EventKind
from backpain_gui.ui.mpris import BUS_NAME, OBJECT_PATH, PLAYER_INTERFACE, MediaRemote
from backpain_gui.ui.session_driver import SessionDriver
from tests.dbus_bus import PrivateBus, bus_monitor, dbus_send, private_bus
from tests.ui.conftest import FakeClock

PLAYER = "org.mpris.MediaPlayer2.Player"


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    with private_bus() as started:
        yield started


@pytest.fixture
def driver(routine: Routine, clock: FakeClock) -> SessionDriver:
    return SessionDriver(Session(routine), clock=clock)


@pytest.fixture
def window(qtbot) -> QWidget:
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def remote(bus: PrivateBus, window: QWidget, driver: SessionDriver) -> Iterator[MediaRemote]:
    player = MediaRemote(bus.connect("backpain-gui"), window)
    player.follow(driver)
    yield player
    player.close()


class Logged:
    """The kinds of the events a driver passed on, in order."""

    def __init__(self, driver: SessionDriver) -> None:
        self.kinds: list[EventKind] = []
        driver.events_happened.connect(self.on_events)

    def on_events(self, events: list[Event]) -> None:
        self.kinds += [event.kind for event in events]


def press(qtbot, bus: PrivateBus, button: str) -> None:
    """A button on the headset: the desktop calls the player's method."""
    dbus_send(qtbot, bus.address, BUS_NAME, OBJECT_PATH, f"{PLAYER}.{button}")


def shown(qtbot, bus: PrivateBus, name: str, interface: str = PLAYER_INTERFACE) -> str:
    """A property as the remote reads it, in dbus-send's words (`string "Paused"`)."""
    reply = dbus_send(
        qtbot,
        bus.address,
        BUS_NAME,
        OBJECT_PATH,
        "org.freedesktop.DBus.Properties.Get",
        f"string:{interface}",
        f"string:{name}",
    )
    return " ".join(reply.split("\n", 1)[1].split())


def test_play_pause_on_a_headset_pauses_and_resumes_with_the_countdown(
    qtbot, bus: PrivateBus, remote: MediaRemote, driver: SessionDriver, clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    clock.tick(2)
    assert shown(qtbot, bus, "PlaybackStatus") == 'variant string "Playing"'

    press(qtbot, bus, "PlayPause")
    assert driver.snapshot().paused
    assert shown(qtbot, bus, "PlaybackStatus") == 'variant string "Paused"'

    press(qtbot, bus, "PlayPause")
    assert driver.snapshot().resume_countdown == pytest.approx(3.0)
    assert shown(qtbot, bus, "PlaybackStatus") == 'variant string "Playing"'
    assert logged.kinds[-2:] == [EventKind.PAUSED, EventKind.RESUMING]


def test_play_and_pause_buttons_set_rather_than_toggle(
    qtbot, bus: PrivateBus, remote: MediaRemote, driver: SessionDriver, clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    clock.tick(2)
    with qtbot.assertNotEmitted(driver.command_refused):
        press(qtbot, bus, "Pause")
        press(qtbot, bus, "Pause")
        press(qtbot, bus, "Play")
        press(qtbot, bus, "Play")
        # Stop pauses too: a long press on a headset must not lose the user's place.
        press(qtbot, bus, "Stop")
    assert [k for k in logged.kinds if k in {EventKind.PAUSED, EventKind.RESUMING}] == [
        EventKind.PAUSED,
        EventKind.RESUMING,
        EventKind.PAUSED,
    ]


def test_next_skips_and_previous_goes_back(
    qtbot, bus: PrivateBus, remote: MediaRemote, driver: SessionDriver, clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    clock.tick(2)
    press(qtbot, bus, "Next")
    assert EventKind.EXERCISE_SKIPPED in logged.kinds
    assert driver.snapshot().exercise_index == 1
    press(qtbot, bus, "Previous")
    assert logged.kinds[-2:] == [EventKind.EXERCISE_RESTARTED, EventKind.GET_READY_STARTED]
    assert driver.snapshot().exercise_index == 0


def test_the_desktop_hears_each_change_and_sees_the_exercise(
    qtbot, bus: PrivateBus, remote: MediaRemote, driver: SessionDriver, clock: FakeClock
) -> None:
    watching = "type='signal',interface='org.freedesktop.DBus.Properties'"
    with bus_monitor(qtbot, bus.address, watching) as monitor:
        driver.start()
        clock.tick(2)
        driver.command(lambda now: driver.session.pause(now))
        qtbot.waitUntil(lambda: 'string "Paused"' in monitor.seen)
    assert 'string "PlaybackStatus"' in monitor.seen
    assert 'string "CanPlay"' in monitor.seen
    metadata = shown(qtbot, bus, "Metadata")
    assert 'string "xesam:title" variant string "Bridge"' in metadata
    assert 'object path "/org/mpris/MediaPlayer2/TrackList/NoTrack"' in metadata
    assert 'string "xesam:album" variant string "Test routine"' in metadata
    # PySide6 sends a Python int as int32; a session's microseconds fit (up to 35 minutes).
    planned = round(driver.snapshot().session_seconds_planned * 1_000_000)
    assert f'string "mpris:length" variant int32 {planned}' in metadata
    # The get-ready's picture is the start position's, as a file the client can show.
    assert 'string "mpris:artUrl" variant string "file:///' in metadata
    assert "start.svg" in metadata
    assert "xesam:trackNumber" not in metadata, "no rep yet during the get-ready"

    driver.command(lambda now: driver.session.resume(now))
    while driver.snapshot().rep is None:
        clock.tick(0.5)
        driver.on_timer_timeout()
    qtbot.waitUntil(lambda: "xesam:trackNumber" in shown(qtbot, bus, "Metadata"))
    assert 'string "xesam:trackNumber" variant int32 1' in shown(qtbot, bus, "Metadata")


def test_without_a_session_it_is_stopped_and_the_buttons_do_nothing(
    qtbot, bus: PrivateBus, remote: MediaRemote, driver: SessionDriver
) -> None:
    logged = Logged(driver)
    assert shown(qtbot, bus, "PlaybackStatus") == 'variant string "Stopped"'
    assert shown(qtbot, bus, "CanPlay") == "variant boolean false"
    with qtbot.assertNotEmitted(driver.command_refused):
        for button in ("PlayPause", "Play", "Pause", "Next", "Previous"):
            press(qtbot, bus, button)
    assert logged.kinds == []

    driver.start()
    driver.command(lambda now: driver.session.end(now))
    assert shown(qtbot, bus, "PlaybackStatus") == 'variant string "Stopped"'


# The offscreen platform the suite runs on cannot stack windows, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_raise_brings_the_window_back_and_quit_closes_it(
    qtbot, bus: PrivateBus, remote: MediaRemote, window: QWidget
) -> None:
    assert (
        shown(qtbot, bus, "Identity", "org.mpris.MediaPlayer2")
        == 'variant string "Back Pain Pilates"'
    )
    # The desktop's media controls find the app's name and icon through its desktop entry.
    assert shown(qtbot, bus, "DesktopEntry", "org.mpris.MediaPlayer2") == (
        'variant string "io.github.backpain_gui.BackpainGui"'
    )
    window.showMinimized()
    dbus_send(qtbot, bus.address, BUS_NAME, OBJECT_PATH, "org.mpris.MediaPlayer2.Raise")
    assert not window.isMinimized()
    dbus_send(qtbot, bus.address, BUS_NAME, OBJECT_PATH, "org.mpris.MediaPlayer2.Quit")
    assert not window.isVisible()


def test_a_second_copy_of_the_app_takes_its_own_name(
    bus: PrivateBus, remote: MediaRemote, window: QWidget
) -> None:
    second = MediaRemote(bus.connect("backpain-gui"), window)
    assert remote.bus_name == BUS_NAME
    assert second.bus_name is not None
    assert second.bus_name.startswith(f"{BUS_NAME}.instance")
    second.close()
