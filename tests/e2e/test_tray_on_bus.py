"""The tray icon as a panel shows it: the real app on Xvfb, a StatusNotifier tray on its bus.

Plasma, GNOME's AppIndicator extension and waybar are such trays; Qt's QSystemTrayIcon
registers with one when it is on the session bus. The tray here (tray_host.py) reads the
icon's tooltip and menu as a panel draws them, and clicks as a person clicks.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.buttons_on_x import AppWithButtons, launch_with_buttons
from tests.e2e.notification_desk import own_bus
from tests.e2e.test_history_continue import wait_for_rows
from tests.e2e.test_history_kill import kill_9
from tests.e2e.tray_panel import TrayPanel, tray_panel
from tests.e2e.x_close import press_close_button

MENU = ["Start session", "Snooze today's reminder 30 min", "Settings...", "Quit"]


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    with own_bus(tmp_path / "bus") as address:
        yield address


@pytest.fixture
def tray(bus: str) -> Iterator[TrayPanel]:
    with tray_panel(bus) as panel:
        yield panel


def launch_on_bus(xvfb: str, tmp_path: Path, bus: str, *args: str) -> AppWithButtons:
    """The app on the test's display and bus, as the suite seeds its settings (a user
    screened today, not asked about pain)."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {"DBUS_SESSION_BUS_ADDRESS": bus, "XDG_RUNTIME_DIR": str(runtime)}
    return launch_with_buttons(xvfb, tmp_path, *args, env=env)


def stop(app: AppWithButtons) -> None:
    if app.process.poll() is None:
        app.process.kill()
    app.process.communicate(timeout=10)


def wait_for_visible(app: AppWithButtons, title: str) -> str:
    """The X id of the window named `title`, once it is on screen."""
    deadline = time.monotonic() + 15
    while not app.visible_windows(title):
        assert time.monotonic() < deadline, f"no window {title!r} on screen"
        time.sleep(0.05)
    return app.visible_windows(title)[0]


def wait_for_hidden(app: AppWithButtons, title: str, failure: str) -> None:
    """Wait until no window named `title` is on screen; `failure` says what went wrong."""
    deadline = time.monotonic() + 15
    while app.visible_windows(title):
        assert time.monotonic() < deadline, failure
        time.sleep(0.05)


def says_the_day(item: dict[str, object]) -> bool:
    return "Day 1 of 14" in str(item["tooltip_title"])


def test_started_in_the_tray_the_icon_says_the_day_and_its_menu_starts_and_quits(
    xvfb: str, tmp_path: Path, bus: str, tray: TrayPanel
) -> None:
    # As the login autostart starts it: only the icon, the window hidden until asked for.
    app = launch_on_bus(xvfb, tmp_path, bus, "--tray")
    try:
        tray.wait_for(lambda report: report["event"] == "registered", "icon registering")
        item = tray.wait_for_item(says_the_day, "tooltip with the plan's day")
        assert item["tooltip_title"] == (
            "backpain-gui\nDay 1 of 14\nNo streak yet: today can start one"
        )
        assert item["title"] == "backpain-gui"
        assert item["status"] == "Active"
        assert item["icon_sizes"], "the icon has no picture"
        assert item["menu"] == MENU
        # Reminders are off: there is nothing to snooze.
        assert item["disabled"] == ["Snooze today's reminder 30 min"]
        # Started quietly: the window waits for a click on the icon.
        assert not app.visible_windows("backpain-gui")

        tray.activate()
        app.wait_for_window("backpain-gui")
        assert not app.events(), "a click on the icon started a session"

        tray.click("Start session")
        app.wait_for_event("session_started")
        # The session screen, with its stop button, is what the window shows now.
        app.wait_for_button("It hurts")

        # Quit during a session asks first, as Ctrl+Q does; yes ends the session and the app.
        tray.click("Quit")
        app.click("&Yes")
        assert app.process.wait(timeout=20) == 0
        tray.wait_for(lambda report: report["event"] == "unregistered", "icon leaving")
        assert app.events()[-1]["event"] == "session_ended"
    finally:
        stop(app)


def test_settings_and_quit_on_the_tray_menu_with_the_window_open(
    xvfb: str, tmp_path: Path, bus: str, tray: TrayPanel
) -> None:
    app = launch_on_bus(xvfb, tmp_path, bus)
    try:
        app.wait_for_window("backpain-gui")
        tray.wait_for_item(says_the_day, "tooltip with the plan's day")
        tray.click("Settings...")
        app.wait_for_button("Re&mind me each day at")
        dialog = wait_for_visible(app, "Settings")
        app.xdotool("windowfocus", "--sync", dialog)
        app.press("Escape")
        wait_for_hidden(app, "Settings", "Escape left Settings open")
        tray.click("Quit")
        assert app.process.wait(timeout=20) == 0
        tray.wait_for(lambda report: report["event"] == "unregistered", "icon leaving")
        assert not app.events(), "Quit started a session"
    finally:
        stop(app)


def test_started_in_the_tray_after_a_crash_the_icon_brings_the_window_and_its_question(
    xvfb: str, tmp_path: Path, bus: str, tray: TrayPanel
) -> None:
    first = launch_on_bus(xvfb, tmp_path, bus)
    try:
        first.wait_for_window("backpain-gui")
        crashed = tray.wait_for(lambda report: report["event"] == "registered", "first icon")
        first.press("Return")
        first.wait_for_event("get_ready_started")
        first.press("Right")
        first.wait_for_event("exercise_skipped")
        assert len(wait_for_rows(tmp_path / "data" / "history.sqlite3", 1)) == 1
        kill_9(first.process)
    finally:
        stop(first)

    # At the next login: quietly in the tray, and no question until the window is asked for.
    again = launch_on_bus(xvfb, tmp_path, bus, "--tray")
    try:
        icon = tray.wait_for(
            lambda report: (
                report["event"] == "registered" and report["service"] != crashed["service"]
            ),
            "icon of the app started again",
        )
        tray.wait_for_item(
            lambda item: item["service"] == icon["service"] and says_the_day(item),
            "its tooltip with the plan's day",
        )
        assert not again.visible_windows("Continue today's session?")
        tray.activate()
        again.wait_for_window("Continue today's session?")
        # Yes is the dialog's default button.
        again.press("Return")
        again.wait_for_event("session_started", count=2)
    finally:
        stop(again)


def test_the_close_button_leaves_the_app_in_the_tray_and_mid_session_asks(
    xvfb: str, tmp_path: Path, bus: str, tray: TrayPanel
) -> None:
    app = launch_on_bus(xvfb, tmp_path, bus)
    try:
        app.wait_for_window("backpain-gui")
        tray.wait_for_item(says_the_day, "tooltip with the plan's day")
        # The close button between sessions: the window goes, the app and its icon stay, to
        # remind tomorrow.
        press_close_button(xvfb, int(app.window_id))
        wait_for_hidden(app, "backpain-gui", "the close button left the window open")
        time.sleep(0.5)
        assert app.process.poll() is None, "the close button quit the app"
        # A click on the icon brings the window back.
        tray.activate()
        app.wait_for_window("backpain-gui")
        # Mid-session the close button asks, as Esc does; yes ends the session and the app.
        tray.click("Start session")
        app.wait_for_event("session_started")
        app.wait_for_button("It hurts")
        press_close_button(xvfb, int(app.window_id))
        app.click("&Yes")
        assert app.process.wait(timeout=20) == 0
        assert app.events()[-1]["event"] == "session_ended"
    finally:
        stop(app)
