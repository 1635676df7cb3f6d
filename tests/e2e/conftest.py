"""Real parts for end-to-end tests: an X server (Xvfb) the test starts, and the app as a process.

`make test` installs Xvfb and xdotool (scripts/system-deps.sh); a missing one is a failure,
not a skip, so that CI can never pass without really running the window.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _require(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed; run scripts/system-deps.sh test (make test does)")
    return path


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server on a free display; yields the DISPLAY value."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            _require("Xvfb"),
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class RunningApp:
    """The app running as a user starts it, on a display, writing its event log."""

    def __init__(self, process: subprocess.Popen[bytes], display: str, event_log: Path) -> None:
        self.process = process
        self.display = display
        self.event_log = event_log
        self.window_id = ""

    def xdotool(self, *args: str) -> str:
        """Run xdotool against this app's display; its output."""
        done = subprocess.run(
            [_require("xdotool"), *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        return done.stdout.strip()

    def wait_for_window(self, title: str) -> None:
        """Wait until the window is mapped, then give it the keyboard focus."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the app exited before showing its window"
            found = subprocess.run(
                [_require("xdotool"), "search", "--onlyvisible", "--name", title],
                env={**os.environ, "DISPLAY": self.display},
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            if found.stdout.strip():
                self.window_id = found.stdout.split()[0]
                self.xdotool("windowfocus", "--sync", self.window_id)
                return
            time.sleep(0.1)
        pytest.fail(f"no window named {title!r} appeared")

    def press(self, *keys: str) -> None:
        """Press keys as a user would: real key events through the X server."""
        self.xdotool("key", "--delay", "50", *keys)

    def events(self) -> list[dict[str, object]]:
        """The events logged so far."""
        if not self.event_log.exists():
            return []
        lines = self.event_log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]

    def wait_for_event(self, kind: str, count: int = 1, timeout: float = 15) -> dict[str, object]:
        """Wait until `count` events of `kind` are logged; the last of them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            matching = [event for event in self.events() if event["event"] == kind]
            if len(matching) >= count:
                return matching[count - 1]
            time.sleep(0.05)
        kinds = [event["event"] for event in self.events()]
        pytest.fail(f"no {kind!r} event (#{count}) within {timeout} s; logged: {kinds}")


@pytest.fixture
def launch_app(xvfb: str, tmp_path: Path) -> Iterator[Callable[..., RunningApp]]:
    """Start `python -m backpain_gui` on the Xvfb display; it is killed if a test leaves it."""
    started: list[RunningApp] = []

    def launch(*args: str) -> RunningApp:
        event_log = tmp_path / "events.jsonl"
        env = {
            **os.environ,
            "DISPLAY": xvfb,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "BACKPAIN_GUI_DATA_DIR": str(tmp_path / "data"),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "backpain_gui", "--event-log", str(event_log), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        app = RunningApp(process, xvfb, event_log)
        started.append(app)
        return app

    yield launch
    for app in started:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)
