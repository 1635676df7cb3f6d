"""The daily reminder with a real notification server (dunst) on a private bus and display.

`backpain-gui remind --now` sends a Notify call (seen by dbus-monitor); picking Start in
dunst's menu opens the session in the running app, Snooze puts the reminder off 30 minutes;
and when nothing is sent, the command says why and exits 0.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from backpain_gui.session.pain import IT_HURTS
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus
from tests.e2e.conftest import RunningApp
from tests.e2e.notification_desk import Desk, notification_desk, require, turn_reminders_on
from tests.storage.history_runs import saved_history

COMMAND = Path(sys.executable).with_name("backpain-gui")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with notification_desk(tmp_path) as ready:
        yield ready


def remind_now(desk: Desk) -> subprocess.CompletedProcess[str]:
    if not COMMAND.exists():
        pytest.fail(f"{COMMAND} is missing: install the package (make test does)")
    return desk.run(str(COMMAND), "remind", "--now")


class Monitor:
    """dbus-monitor watching the Notify calls on the desk's bus."""

    def __init__(self, desk: Desk) -> None:
        self.output = desk.folder / "monitor.txt"
        self._file = self.output.open("w")
        self.process = subprocess.Popen(
            [
                require("dbus-monitor"),
                "--address",
                desk.bus,
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
            ],
            stdout=self._file,
            stderr=subprocess.DEVNULL,
        )
        self.wait_for("member=NameLost")

    def seen(self) -> str:
        return self.output.read_text(encoding="utf-8")

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + 10
        while text not in self.seen():
            assert time.monotonic() < deadline, f"dbus-monitor saw no {text!r}: {self.seen()}"
            time.sleep(0.05)

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        self._file.close()


def launch(desk: Desk, *args: str) -> RunningApp:
    event_log = desk.folder / "events.jsonl"
    process = subprocess.Popen(
        [str(COMMAND), "--event-log", str(event_log), *args],
        env=desk.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return RunningApp(process, desk.display, event_log)


def stop(app: RunningApp) -> None:
    if app.process.poll() is None:
        app.process.kill()
    app.process.communicate(timeout=10)


def settings_text(desk: Desk) -> str:
    return desk.settings_file.read_text(encoding="utf-8")


def test_remind_now_sends_notify_and_start_opens_the_session(desk: Desk) -> None:
    # Today already reminded, so that the app's own check sends nothing: --now sends anyway.
    turn_reminders_on(desk, f"last_reminded={date.today().isoformat()}\n")
    app = launch(desk)
    try:
        app.wait_for_window("backpain-gui")
        assert not app.events(), "a session started before Start was picked"
        monitor = Monitor(desk)
        try:
            done = remind_now(desk)
            assert done.returncode == 0, done.stderr
            assert "Sent today's reminder" in done.stdout
            monitor.wait_for("member=Notify")
            seen = monitor.seen()
        finally:
            monitor.stop()
        assert "Time for your back exercises" in seen
        assert "Day 1 of 14" in seen
        assert 'string "start"' in seen
        assert 'string "Snooze 30 min"' in seen
        assert desk.displayed() == 1
        menu = desk.pick_from_context_menu("Start")
        assert "#Start" in menu
        assert "#Snooze 30 min" in menu
        app.wait_for_event("session_started")
        # The built-in routine: 20 s to get down onto the mat before the first step.
        app.wait_for_event("phase_started", timeout=30)
    finally:
        stop(app)


def test_snooze_on_the_reminder_puts_it_off_30_minutes(desk: Desk) -> None:
    turn_reminders_on(desk, f"last_reminded={date.today().isoformat()}\n")
    app = launch(desk)
    try:
        app.wait_for_window("backpain-gui")
        done = remind_now(desk)
        assert done.returncode == 0, done.stderr
        before = datetime.now()
        desk.pick_from_context_menu("Snooze 30 min")
        deadline = time.monotonic() + 10
        while "snoozed_until" not in settings_text(desk):
            assert time.monotonic() < deadline, settings_text(desk)
            time.sleep(0.1)
        line = next(
            text for text in settings_text(desk).splitlines() if text.startswith("snoozed_until")
        )
        until = datetime.fromisoformat(line.split("=", 1)[1])
        # Stored to the minute.
        assert before + timedelta(minutes=29) <= until <= before + timedelta(minutes=31)
        assert not [event for event in app.events() if event["event"] == "session_started"]
    finally:
        stop(app)


def test_without_the_app_the_reminder_has_no_start_button(desk: Desk) -> None:
    turn_reminders_on(desk)
    monitor = Monitor(desk)
    try:
        done = remind_now(desk)
        monitor.wait_for("member=Notify")
        seen = monitor.seen()
    finally:
        monitor.stop()
    assert done.returncode == 0, done.stderr
    assert "has no Start button" in done.stdout
    assert 'string "start"' not in seen
    # Sent once: the day is marked, so the running app (or `remind`) does not send it again.
    again = desk.run(str(COMMAND), "remind")
    assert again.stdout.strip() == "No reminder sent: today's reminder was already sent."


def test_nothing_is_sent_when_reminders_are_off(desk: Desk) -> None:
    done = remind_now(desk)
    assert done.returncode == 0
    assert done.stdout.strip() == (
        "No reminder sent: reminders are off (turn them on in Settings)."
    )
    assert desk.displayed() == 0


def test_nothing_is_sent_on_a_day_already_practised(desk: Desk) -> None:
    turn_reminders_on(desk)
    saved_history(desk.folder / "data")
    done = remind_now(desk)
    assert done.returncode == 0
    assert done.stdout.strip() == "No reminder sent: you already practised today."
    assert desk.displayed() == 0


def test_nothing_is_sent_after_a_session_stopped_because_it_hurt(desk: Desk) -> None:
    # Without the app running: a session begun today and ended by "It hurts" counts no day,
    # but the person has been on the mat today; a reminder to exercise would be wrong.
    turn_reminders_on(desk)
    history = History.open(desk.folder / "data")
    try:
        session = history.start_session("5 easy Pilates exercises for back pain", 5)
        assert session is not None
        history.record_stop(session, IT_HURTS)
        history.close_session(session, SessionStatus.ENDED, 40.0)
    finally:
        history.close()
    done = remind_now(desk)
    assert done.returncode == 0
    assert done.stdout.strip().startswith("No reminder sent:")
    assert desk.displayed() == 0


def test_no_notification_server_is_said(tmp_path: Path) -> None:
    with notification_desk(tmp_path, with_server=False) as desk:
        turn_reminders_on(desk)
        done = remind_now(desk)
    assert done.returncode == 0
    assert done.stdout.startswith("No reminder sent: no notification server")


def test_tray_start_without_a_tray_shows_the_window(desk: Desk) -> None:
    # Bare Xvfb: no XEmbed tray, no StatusNotifier watcher on the bus. The app is the same.
    app = launch(desk, "--tray")
    try:
        app.wait_for_window("backpain-gui")
    finally:
        stop(app)
