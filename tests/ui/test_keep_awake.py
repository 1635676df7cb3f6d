"""The screen stays awake while a session runs, and only then: a private bus, a fake desktop."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backpain_gui.content.model import Routine
from backpain_gui.session.engine import Session
from backpain_gui.ui.keep_awake import APPLICATION, KeepAwake, ScreenSaverInhibitor
from backpain_gui.ui.session_driver import SessionDriver
from tests.dbus_bus import FakeDesktop, PrivateBus, fake_desktop, private_bus
from tests.ui.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
# Longer than the whole test routine: the session finishes.
TO_THE_END = 600.0


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    with private_bus() as started:
        yield started


@pytest.fixture
def desktop(qtbot, bus: PrivateBus) -> Iterator[FakeDesktop]:
    with fake_desktop(qtbot, bus.address) as running:
        yield running


@pytest.fixture
def driver(routine: Routine, clock: FakeClock) -> SessionDriver:
    return SessionDriver(Session(routine), clock=clock)


def keep_awake(bus: PrivateBus, pause_grace_seconds: float = 180.0) -> KeepAwake:
    return KeepAwake(
        ScreenSaverInhibitor(bus.connect("backpain-gui")), pause_grace_seconds=pause_grace_seconds
    )


def pause(driver: SessionDriver) -> None:
    driver.command(lambda now: driver.session.pause(now))


def resume(driver: SessionDriver) -> None:
    driver.command(lambda now: driver.session.resume(now))


def test_the_screen_is_held_from_the_start_and_let_go_after_a_long_pause_and_at_the_end(
    qtbot, bus: PrivateBus, desktop: FakeDesktop, driver: SessionDriver, clock: FakeClock
) -> None:
    keeper = keep_awake(bus, pause_grace_seconds=0.0)
    keeper.follow(driver)
    assert desktop.taken() == []

    driver.start()
    qtbot.waitUntil(lambda: desktop.inhibitors == {1: APPLICATION})

    clock.tick(2)
    pause(driver)
    qtbot.waitUntil(lambda: desktop.inhibitors == {})

    resume(driver)
    qtbot.waitUntil(lambda: desktop.inhibitors == {2: APPLICATION})

    clock.tick(TO_THE_END)
    driver.on_timer_timeout()
    assert not driver.running
    qtbot.waitUntil(lambda: desktop.inhibitors == {})
    assert desktop.taken() == [1, 2]


def test_a_short_pause_keeps_the_screen_on(
    qtbot, bus: PrivateBus, desktop: FakeDesktop, driver: SessionDriver, clock: FakeClock
) -> None:
    keeper = keep_awake(bus)
    keeper.follow(driver)
    driver.start()
    qtbot.waitUntil(lambda: desktop.inhibitors == {1: APPLICATION})
    clock.tick(2)
    pause(driver)
    clock.tick(30)
    resume(driver)
    clock.tick(TO_THE_END)
    driver.on_timer_timeout()
    qtbot.waitUntil(lambda: desktop.inhibitors == {})
    # One cookie all along: the short pause never let the screen go.
    assert desktop.taken() == [1]


def test_ending_the_session_gives_the_screen_back(
    qtbot, bus: PrivateBus, desktop: FakeDesktop, driver: SessionDriver, clock: FakeClock
) -> None:
    keeper = keep_awake(bus)
    keeper.follow(driver)
    driver.start()
    qtbot.waitUntil(lambda: desktop.inhibitors == {1: APPLICATION})
    clock.tick(3)
    driver.command(lambda now: driver.session.end(now))
    qtbot.waitUntil(lambda: desktop.inhibitors == {})


def test_a_pause_before_the_screen_saver_answers_still_gives_the_cookie_back(
    qtbot, bus: PrivateBus, desktop: FakeDesktop, driver: SessionDriver
) -> None:
    keeper = keep_awake(bus, pause_grace_seconds=0.0)
    keeper.follow(driver)
    driver.start()
    # Paused at once, while the inhibit is still on its way.
    pause(driver)
    qtbot.waitUntil(lambda: desktop.taken() == [1])
    qtbot.waitUntil(lambda: desktop.inhibitors == {})


QUITTING_APP = """\
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection
from backpain_gui.session.engine import Session
from backpain_gui.ui.keep_awake import KeepAwake, ScreenSaverInhibitor
from backpain_gui.ui.session_driver import SessionDriver
from tests.session.session_routines import small_routine

app = QCoreApplication([])
inhibitor = ScreenSaverInhibitor(QDBusConnection.connectToBus(sys.argv[1], "backpain-gui"))
keeper = KeepAwake(inhibitor)
driver = SessionDriver(Session(small_routine()))
keeper.follow(driver)
driver.start()
# Quit mid-session as soon as the screen is held.
poll = QTimer()
poll.timeout.connect(lambda: inhibitor.cookie is not None and app.quit())
poll.start(5)
sys.exit(app.exec())
"""


def test_quitting_mid_session_gives_the_screen_back(
    qtbot, bus: PrivateBus, desktop: FakeDesktop
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", QUITTING_APP, bus.address],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: desktop.taken() == [1] and desktop.inhibitors == {})


def test_a_desktop_without_a_screen_saver_runs_the_session_all_the_same(
    bus: PrivateBus, driver: SessionDriver, clock: FakeClock
) -> None:
    keeper = keep_awake(bus, pause_grace_seconds=0.0)
    keeper.follow(driver)
    driver.start()
    clock.tick(2)
    pause(driver)
    resume(driver)
    clock.tick(TO_THE_END)
    driver.on_timer_timeout()
    assert driver.snapshot().records
    assert not driver.running
