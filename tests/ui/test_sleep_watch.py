"""Sleep, lock and lid: the session pauses at the moment the user was gone, and waits for them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backpain_gui.content.model import Routine
from backpain_gui.session.engine import Session
from backpain_gui.session.events import Event, EventKind
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.sleep_watch import SleepWatch, session_object_path
from tests.dbus_bus import FakeDesktop, PrivateBus, fake_desktop, private_bus
from tests.ui.conftest import FakeClock

FRAME = 0.016
SESSION_ID = "2"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    with private_bus() as started:
        yield started


@pytest.fixture
def desktop(qtbot, bus: PrivateBus) -> Iterator[FakeDesktop]:
    with fake_desktop(qtbot, bus.address) as running:
        yield running


@pytest.fixture
def sleep_clock() -> FakeClock:
    """CLOCK_BOOTTIME, as the test moves it: it goes on counting while the laptop sleeps."""
    return FakeClock()


class Logged:
    """The events a driver passed on, in order."""

    def __init__(self, driver: SessionDriver) -> None:
        self.events: list[Event] = []
        driver.events_happened.connect(self.events.extend)

    def last(self, kind: EventKind) -> Event:
        return [event for event in self.events if event.kind is kind][-1]


@pytest.fixture
def driver(routine: Routine, clock: FakeClock, sleep_clock: FakeClock) -> SessionDriver:
    return SessionDriver(Session(routine), clock=clock, sleep_clock=sleep_clock)


@pytest.fixture
def watch(bus: PrivateBus, desktop: FakeDesktop, driver: SessionDriver) -> Iterator[SleepWatch]:
    # The private bus plays both buses: logind's signals come on it too.
    connection = bus.connect("backpain-gui")
    watching = SleepWatch(connection, connection, session_id=SESSION_ID)
    watching.follow(driver)
    yield watching
    watching.close()


def run_for(driver: SessionDriver, clock: FakeClock, sleep_clock: FakeClock, seconds: float):
    """Frames for `seconds`, both clocks moving together, as while the laptop is awake."""
    for _ in range(round(seconds / FRAME)):
        clock.tick(FRAME)
        sleep_clock.tick(FRAME)
        driver.on_timer_timeout()


def test_closing_the_lid_pauses_at_that_moment_and_resume_counts_down(
    qtbot,
    watch: SleepWatch,
    desktop: FakeDesktop,
    driver: SessionDriver,
    clock: FakeClock,
    sleep_clock: FakeClock,
) -> None:
    logged = Logged(driver)
    driver.start()
    run_for(driver, clock, sleep_clock, 8)
    lid_closed = clock.now

    desktop.send_signal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: driver.snapshot().paused)
    paused = logged.last(EventKind.PAUSED)
    assert paused.at == pytest.approx(lid_closed)
    assert paused.session_time == pytest.approx(8.0)

    # Asleep for ten minutes; the laptop wakes and says so.
    sleep_clock.tick(600)
    desktop.send_signal(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    driver.on_timer_timeout()
    shown = driver.snapshot()
    assert shown.paused
    assert shown.elapsed == pytest.approx(8.0)

    driver.command(lambda now: driver.session.resume(now))
    assert logged.last(EventKind.RESUMING).seconds == 3.0
    assert driver.snapshot().resume_countdown == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("path", "interface", "name", "arguments"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,)),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (True,)),
        (session_object_path(SESSION_ID), "org.freedesktop.login1.Session", "Lock", ()),
    ],
    ids=["freedesktop-screen-saver", "gnome-screen-saver", "logind-lock"],
)
def test_locking_the_screen_pauses_the_session(
    qtbot,
    watch: SleepWatch,
    desktop: FakeDesktop,
    driver: SessionDriver,
    clock: FakeClock,
    sleep_clock: FakeClock,
    path: str,
    interface: str,
    name: str,
    arguments: tuple[object, ...],
) -> None:
    logged = Logged(driver)
    driver.start()
    run_for(driver, clock, sleep_clock, 4)
    locked_at = clock.now
    desktop.send_signal(path, interface, name, *arguments)
    qtbot.waitUntil(lambda: driver.snapshot().paused)
    assert logged.last(EventKind.PAUSED).at == pytest.approx(locked_at)
    assert driver.snapshot().elapsed == pytest.approx(4.0)


def test_unlocking_and_waking_leave_a_running_session_running(
    watch: SleepWatch, driver: SessionDriver, clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    clock.tick(2)
    watch.on_screen_saver_active_changed(False)
    watch.on_login1_prepare_for_sleep(False)
    assert not driver.snapshot().paused
    assert EventKind.PAUSED not in [e.kind for e in logged.events]


def test_sleep_off_the_session_or_while_paused_is_not_told_as_a_refused_command(
    qtbot, watch: SleepWatch, driver: SessionDriver, clock: FakeClock
) -> None:
    logged = Logged(driver)
    with qtbot.assertNotEmitted(driver.command_refused):
        # On the plan screen.
        watch.on_login1_prepare_for_sleep(True)
        driver.start()
        clock.tick(2)
        driver.command(lambda now: driver.session.pause(now))
        watch.on_login1_session_lock()
        driver.command(lambda now: driver.session.end(now))
        # On the summary.
        watch.on_screen_saver_active_changed(True)
    assert [e.kind for e in logged.events].count(EventKind.PAUSED) == 1


# The driver's own check, for systems that send no signal at all.


def test_a_suspend_only_the_boot_clock_saw_pauses_at_the_frame_before_it(
    driver: SessionDriver, clock: FakeClock, sleep_clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    run_for(driver, clock, sleep_clock, 8)
    last_frame = clock.now
    # Suspended: the monotonic clock stood still, CLOCK_BOOTTIME went on for ten minutes.
    clock.tick(FRAME)
    sleep_clock.tick(600 + FRAME)
    driver.on_timer_timeout()

    paused = logged.last(EventKind.PAUSED)
    assert paused.at == pytest.approx(last_frame)
    assert driver.snapshot().paused
    assert not driver.ticking


def test_a_frozen_app_pauses_when_it_wakes_even_if_a_key_comes_first(
    driver: SessionDriver, clock: FakeClock, sleep_clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    run_for(driver, clock, sleep_clock, 8)
    last_frame = clock.now
    clock.tick(30)
    sleep_clock.tick(30)
    # Right arrow, before any frame: the freeze is paused first, then the exercise skipped.
    driver.command(lambda now: driver.session.skip(now))

    kinds = [e.kind for e in logged.events]
    assert kinds.index(EventKind.PAUSED) < kinds.index(EventKind.EXERCISE_SKIPPED)
    assert logged.last(EventKind.PAUSED).at == pytest.approx(last_frame)
    skipped = logged.last(EventKind.EXERCISE_SKIPPED)
    assert skipped.session_time == pytest.approx(8.0)
    assert driver.snapshot().paused


def test_a_long_pause_is_no_sleep(
    driver: SessionDriver, clock: FakeClock, sleep_clock: FakeClock
) -> None:
    logged = Logged(driver)
    driver.start()
    run_for(driver, clock, sleep_clock, 2)
    driver.command(lambda now: driver.session.pause(now))
    clock.tick(600)
    sleep_clock.tick(600)
    driver.command(lambda now: driver.session.resume(now))
    run_for(driver, clock, sleep_clock, 5)
    assert [e.kind for e in logged.events].count(EventKind.PAUSED) == 1
    assert driver.snapshot().elapsed == pytest.approx(4.0, abs=FRAME)
