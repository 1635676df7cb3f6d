"""The one-time offer of a daily reminder, as a person meets it after their first session.

The real app on Xvfb, on a private bus with a tray (tray_host.py): a first session of a tiny
routine run to its end, "Remind me each day at this time?" at the foot of the summary, a
real click on its answer; the reminder as the settings file then holds it; and a second
session that is not asked again.
"""

from __future__ import annotations

import configparser
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.e2e.buttons_on_x import AppWithButtons, launch_with_buttons
from tests.e2e.conftest import SVG
from tests.e2e.notification_desk import own_bus
from tests.e2e.screen_reader import accessibility_bus, listening_for_announcements, wait_for_node
from tests.e2e.test_quit_without_sound import NoSoundServer
from tests.e2e.tray_panel import TrayPanel, tray_panel

YES = "Yes, remind me at "
NO = "No, thanks"

# One exercise, one rep of two half-second phases: a whole session in about three seconds.
TINY_ROUTINE = """\
schema_version: 1
title: A tiny routine for tests
exercises:
  - id: bridge
    name: Bridge
    aim: Mobilise the lower back.
    start_position: Lie on your back, knees bent.
    start_picture: start.svg
    reps: 1
    phases:
      - {breath: in, seconds: 0.5, instruction: Breathe in to prepare., picture: in.svg}
      - {breath: out, seconds: 0.5, instruction: Breathe out and lift., picture: out.svg}
"""


@pytest.fixture
def tiny_routine(tmp_path: Path) -> Path:
    folder = tmp_path / "routine"
    folder.mkdir()
    for name, colour in (("start", "#c8d8e8"), ("in", "#3fa7a0"), ("out", "#5b8fd6")):
        (folder / f"{name}.svg").write_text(SVG.format(colour=colour), encoding="utf-8")
    path = folder / "tiny.yaml"
    path.write_text(TINY_ROUTINE, encoding="utf-8")
    return path


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    with own_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def tray(bus: str) -> Iterator[TrayPanel]:
    with tray_panel(bus) as panel:
        yield panel


def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "backpain-gui" / "backpain-gui.conf"


def reminder_settings(tmp_path: Path) -> dict[str, str]:
    """The [reminder] section of the settings file, as the app last wrote it."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(settings_file(tmp_path), encoding="utf-8")
    return dict(parser["reminder"]) if parser.has_section("reminder") else {}


@pytest.fixture
def first_timer(tmp_path: Path) -> None:
    """A user's settings before their first session: screened, not asked about pain (the
    suite's seeded settings), the reminder never offered; a one-second get-ready."""
    conf = settings_file(tmp_path)
    seeded = conf.read_text(encoding="utf-8")
    conf.write_text(f"{seeded}\n[session]\nget_ready_seconds=1\nrest_seconds=1\n", encoding="utf-8")


def launch(xvfb: str, tmp_path: Path, routine: Path, bus: str) -> AppWithButtons:
    """The app on the test's display and bus, with the tiny routine."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {"DBUS_SESSION_BUS_ADDRESS": bus, "XDG_RUNTIME_DIR": str(runtime)}
    return launch_with_buttons(xvfb, tmp_path, "--routine", str(routine), env=env)


def run_a_session(app: AppWithButtons, number: int) -> dict[str, list[int]]:
    """Start today's session from the plan with Enter, wait for its summary; the buttons the
    window shows with the summary."""
    app.wait_for_button("Start session")
    app.xdotool("windowfocus", "--sync", app.window_id)
    app.press("Return")
    app.wait_for_event("session_finished", count=number, timeout=30)
    app.wait_for_button("Back to the plan")
    return app.buttons()


def five_minutes_before(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute - moment.minute % 5:02d}"


def offered(buttons: dict[str, list[int]]) -> list[str]:
    return [name for name in buttons if name.startswith(YES)]


def wait_for_settings(tmp_path: Path, key: str, value: str) -> dict[str, str]:
    deadline = time.monotonic() + 10
    while reminder_settings(tmp_path).get(key) != value:
        assert time.monotonic() < deadline, f"no {key}={value}: {reminder_settings(tmp_path)}"
        time.sleep(0.05)
    return reminder_settings(tmp_path)


def stop(app: AppWithButtons) -> None:
    if app.process.poll() is None:
        app.process.kill()
    app.process.communicate(timeout=10)


def test_after_the_first_session_yes_turns_the_reminder_on_at_that_time_asked_once(
    xvfb: str, tmp_path: Path, tiny_routine: Path, bus: str, tray: TrayPanel, first_timer: None
) -> None:
    app = launch(xvfb, tmp_path, tiny_routine, bus)
    try:
        app.wait_for_window("backpain-gui")
        assert reminder_settings(tmp_path).get("enabled") != "true"
        started = datetime.now()
        buttons = run_a_session(app, 1)
        # With the summary, at the foot of the window: the question and its two answers.
        yes = offered(buttons)
        assert len(yes) == 1, sorted(buttons)
        assert NO in buttons
        at = yes[0].removeprefix(YES)
        # The time the session ended, to the five minutes before.
        assert at in {five_minutes_before(started), five_minutes_before(datetime.now())}
        # The tray says the day is done and the streak begun.
        tray.wait_for_item(
            lambda item: "Streak: 1 day in a row" in str(item["tooltip_title"]),
            "tooltip with the streak",
        )
        assert "Day 1 of 14 - done today" in tray.shown()["tooltip_title"]

        app.click(yes[0])
        saved = wait_for_settings(tmp_path, "enabled", "true")
        assert saved["time"] == at
        assert saved["offered"] == "true"

        app.click("Back to the plan")
        again = run_a_session(app, 2)
        assert not offered(again), sorted(again)
        assert NO not in again
        assert reminder_settings(tmp_path)["time"] == at
    finally:
        stop(app)


def test_no_thanks_leaves_the_reminder_off_and_it_is_not_asked_again_another_day(
    xvfb: str, tmp_path: Path, tiny_routine: Path, bus: str, first_timer: None
) -> None:
    app = launch(xvfb, tmp_path, tiny_routine, bus)
    try:
        app.wait_for_window("backpain-gui")
        buttons = run_a_session(app, 1)
        assert offered(buttons), sorted(buttons)
        app.click(NO)
        saved = wait_for_settings(tmp_path, "offered", "true")
        assert saved.get("enabled") != "true"
        app.press("ctrl+q")
        assert app.process.wait(timeout=20) == 0
    finally:
        stop(app)

    # The app opened again, as on another day: its next session ends without the question.
    again = launch(xvfb, tmp_path, tiny_routine, bus)
    try:
        again.wait_for_window("backpain-gui")
        summary = run_a_session(again, 2)
        assert not offered(summary), sorted(summary)
        assert NO not in summary
        assert reminder_settings(tmp_path).get("enabled") != "true"
    finally:
        stop(again)


def test_unanswered_the_offer_leaves_with_its_summary_and_is_not_asked_again(
    xvfb: str, tmp_path: Path, tiny_routine: Path, bus: str, first_timer: None
) -> None:
    app = launch(xvfb, tmp_path, tiny_routine, bus)
    try:
        app.wait_for_window("backpain-gui")
        buttons = run_a_session(app, 1)
        assert offered(buttons), sorted(buttons)
        app.click("Back to the plan")
        app.wait_for_button("Start session")
        app.press("Return")
        # The session screen from the mat: its own controls, not the question.
        app.wait_for_button("It hurts")
        during = app.buttons()
        assert not offered(during), sorted(during)
        assert NO not in during
        app.wait_for_event("session_finished", count=2, timeout=30)
        app.wait_for_button("Back to the plan")
        summary = app.buttons()
        assert not offered(summary), sorted(summary)
        assert reminder_settings(tmp_path).get("enabled") != "true"
    finally:
        stop(app)


def test_not_asked_beside_it_hurts_but_after_the_next_session(
    xvfb: str, tmp_path: Path, tiny_routine: Path, bus: str, first_timer: None
) -> None:
    app = launch(xvfb, tmp_path, tiny_routine, bus)
    try:
        app.wait_for_window("backpain-gui")
        app.wait_for_button("Start session")
        app.press("Return")
        app.wait_for_button("It hurts")
        app.press("h")
        app.wait_for_event("session_ended")
        app.wait_for_button("Back to the plan")
        hurt = app.buttons()
        assert not offered(hurt), sorted(hurt)
        assert reminder_settings(tmp_path).get("offered") != "true"

        app.click("Back to the plan")
        buttons = run_a_session(app, 1)
        assert offered(buttons), sorted(buttons)
    finally:
        stop(app)


def test_a_screen_reader_is_told_of_the_offer_and_finds_its_answers(
    xvfb: str, tmp_path: Path, tiny_routine: Path, first_timer: None
) -> None:
    # The offer does not take the keyboard: a person who cannot see it is told it is there.
    with accessibility_bus(tmp_path) as bus, listening_for_announcements(bus) as listener:
        app = launch_with_buttons(
            xvfb,
            tmp_path,
            "--start",
            "--routine",
            str(tiny_routine),
            env={**bus, **NoSoundServer(tmp_path).client_env},
        )
        try:
            app.wait_for_window("backpain-gui")
            app.wait_for_event("session_finished", timeout=30)
            nodes = wait_for_node(bus, "push button", NO)
            buttons = [n["name"] for n in nodes if n["role"] == "push button"]
            yes = [name for name in buttons if name.startswith(YES)]
            assert len(yes) == 1, buttons
            at = yes[0].removeprefix(YES)
            question = (
                f"Remind me each day at this time, {at}? Yes or No, at the foot of the window."
            )
            deadline = time.monotonic() + 10
            while question not in listener.messages():
                assert time.monotonic() < deadline, listener.messages()
                time.sleep(0.05)
        finally:
            stop(app)
