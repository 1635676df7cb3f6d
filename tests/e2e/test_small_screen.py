"""End to end on a 1024x600 netbook screen: the main window, Settings and History each open
whole inside the screen, as the X server places them, and their buttons take real clicks."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import RunningApp, _require
from tests.e2e.x_server import private_x_server

SCREEN = (1024, 600)


@pytest.fixture
def xvfb() -> Iterator[str]:
    """This module's X server: a netbook's 1024x600 screen, for `launch_app`."""
    _require("Xvfb")
    with private_x_server(*SCREEN) as display:
        yield display


def geometry(app: RunningApp, window_id: str) -> tuple[int, int, int, int]:
    """Where the X server has the window: left, top, width, height."""
    shell = app.xdotool("getwindowgeometry", "--shell", window_id)
    values = dict(line.split("=", 1) for line in shell.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def assert_inside_the_screen(app: RunningApp, name: str) -> tuple[int, int, int, int]:
    """The window's place, which must lie wholly on the screen."""
    left, top, width, height = place = geometry(app, app.window_id)
    assert min(left, top) >= 0, f"{name} starts off the screen: {place}"
    assert left + width <= SCREEN[0], f"{name} runs off the right: {place}"
    assert top + height <= SCREEN[1], f"{name} runs off the bottom: {place}"
    return place


def click(app: RunningApp, x: int, y: int) -> None:
    """A real click of the left button at (x, y) on the screen."""
    app.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")


def shown(app: RunningApp, title: str) -> bool:
    """Whether a window named `title` is on the screen."""
    try:
        return bool(app.xdotool("search", "--onlyvisible", "--name", title))
    except subprocess.CalledProcessError:
        # xdotool says "none" with exit status 1.
        return False


def wait_until_gone(app: RunningApp, title: str) -> None:
    deadline = time.monotonic() + 10
    while shown(app, title):
        if time.monotonic() > deadline:
            pytest.fail(f"the window {title!r} is still open")
        time.sleep(0.1)


def test_every_window_fits_a_1024x600_screen_and_its_buttons_take_clicks(launch_app) -> None:
    app = launch_app()
    app.wait_for_window("backpain-gui")
    assert_inside_the_screen(app, "the main window")

    app.press("ctrl+comma")
    app.wait_for_window("^Settings$")
    left, top, width, height = assert_inside_the_screen(app, "Settings")
    # Cancel is the last button of the row at the dialog's foot, right and bottom.
    click(app, left + width - 45, top + height - 22)
    wait_until_gone(app, "^Settings$")

    app.wait_for_window("backpain-gui")
    app.press("h")
    app.wait_for_window("^Session history$")
    left, top, width, height = assert_inside_the_screen(app, "History")
    # Close: the last button at the window's foot, right and bottom.
    click(app, left + width - 45, top + height - 22)
    wait_until_gone(app, "^Session history$")

    # Start, the widest button at the main window's foot, starts the session when clicked.
    app.wait_for_window("backpain-gui")
    left, top, width, height = geometry(app, app.window_id)
    click(app, left + width - 200, top + height - 35)
    app.wait_for_event("get_ready_started")
