"""The daily reminder sent by the running app when its time comes, with no `remind --now`.

A real notification server (dunst) on a private bus and display; the app's wall clock set
three seconds before the reminder's time by libfaketime (the `faketime` command), so that
the minute comes at once instead of at the test machine's next minute. Its monotonic clock,
which times the session and Qt's timers, runs on from the same start.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.conftest import RunningApp
from tests.e2e.notification_desk import Desk, notification_desk, require, turn_reminders_on
from tests.e2e.test_reminder_notification import COMMAND, Monitor, settings_text, stop
from tests.e2e.tray_panel import TrayPanel, tray_panel

DUE = "12:00"
SNOOZE = "Snooze today's reminder 30 min"
# Three seconds before: after the app's first check at start, before its half-minute one.
APP_CLOCK_STARTS = "11:59:57"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with notification_desk(tmp_path) as ready:
        yield ready


@pytest.fixture
def tray(desk: Desk) -> Iterator[TrayPanel]:
    with tray_panel(desk.bus) as panel:
        yield panel


def fake_clock_library() -> str:
    """libfaketime's library for programs with threads, as the app (sound, voice) is."""
    require("faketime")
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketimeMT.so.1"))
    if not found:
        pytest.fail("libfaketimeMT.so.1 is not installed (package libfaketime)")
    return str(found[0])


def launch_at(desk: Desk, clock: str) -> RunningApp:
    """The app, its clocks starting today at `clock` and running on."""
    if not COMMAND.exists():
        pytest.fail(f"{COMMAND} is missing: install the package (make test does)")
    event_log = desk.folder / "events.jsonl"
    # The library preloaded in the app's own process (the `faketime` command would be a
    # parent process of its own); '@' starts the clocks there and lets them run.
    env = {
        **desk.env,
        "LD_PRELOAD": fake_clock_library(),
        "FAKETIME": f"@{date.today().isoformat()} {clock}",
    }
    process = subprocess.Popen(
        [str(COMMAND), "--event-log", str(event_log)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return RunningApp(process, desk.display, event_log)


def wait_until(done: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 10
    while not done():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def reminded_on_time(desk: Desk) -> RunningApp:
    """The app started three seconds before the reminder's time, once the reminder is shown."""
    turn_reminders_on(desk, f"time={DUE}\n")
    monitor = Monitor(desk)
    app = launch_at(desk, APP_CLOCK_STARTS)
    try:
        app.wait_for_window("backpain-gui")
        wait_for_notify(monitor)
    finally:
        monitor.stop()
    wait_until(lambda: desk.displayed() == 1, "the reminder is not on screen")
    return app


def wait_for_notify(monitor: Monitor) -> str:
    """What dbus-monitor saw once a Notify call went by."""
    # Well after the reminder's time (3 s on), before the half-minute check would send it.
    deadline = time.monotonic() + 25
    while "member=Notify" not in monitor.seen():
        assert time.monotonic() < deadline, f"no Notify call: {monitor.seen()}"
        time.sleep(0.1)
    return monitor.seen()


def test_the_running_app_sends_the_reminder_at_the_chosen_time(desk: Desk) -> None:
    turn_reminders_on(desk, f"time={DUE}\n")
    monitor = Monitor(desk)
    app = launch_at(desk, APP_CLOCK_STARTS)
    try:
        app.wait_for_window("backpain-gui")
        try:
            seen = wait_for_notify(monitor)
        finally:
            monitor.stop()
        assert "Time for your back exercises" in seen
        assert "Day 1 of 14" in seen
        # Sent by the running app, so it has the Start that opens the session.
        assert 'string "start"' in seen
        assert desk.displayed() == 1
        assert f"last_reminded={date.today().isoformat()}" in settings_text(desk)
        assert not app.events(), "a session started before Start was picked"
        desk.pick_from_context_menu("Start")
        app.wait_for_event("session_started")
    finally:
        stop(app)


def test_snooze_on_the_tray_puts_the_reminder_off_30_minutes(desk: Desk, tray: TrayPanel) -> None:
    app = reminded_on_time(desk)
    try:
        tray.wait_for_item(
            lambda item: SNOOZE in item["menu"] and not item["disabled"], "menu with Snooze"
        )
        tray.click(SNOOZE)
        wait_until(lambda: "snoozed_until" in settings_text(desk), settings_text(desk))
        # Stored to the minute: 30 minutes on from the app's 12:00.
        assert f"snoozed_until={date.today().isoformat()}T12:30" in settings_text(desk)
        assert not app.events(), "Snooze started a session"
    finally:
        stop(app)
