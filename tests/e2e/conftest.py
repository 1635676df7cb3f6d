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

from tests.e2e.x_server import private_x_server


def _require(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed; run scripts/system-deps.sh test (make test does)")
    return path


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server on a free display; yields the DISPLAY value."""
    _require("Xvfb")
    with private_x_server() as display:
        yield display


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
            found = self.visible_windows(title)
            if found:
                self.window_id = found[0]
                self.xdotool("windowfocus", "--sync", self.window_id)
                return
            time.sleep(0.1)
        pytest.fail(f"no window named {title!r} appeared")

    def visible_windows(self, title: str) -> list[str]:
        """The X ids of the visible windows whose name holds `title`."""
        found = subprocess.run(
            [_require("xdotool"), "search", "--onlyvisible", "--name", title],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return found.stdout.split()

    def quit(self) -> None:
        """Ctrl+Q, and Yes when the app asks whether to end the session under way."""
        self.press("ctrl+q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.process.poll() is None:
            found = self.visible_windows("End the session")
            if found:
                self.xdotool("windowfocus", "--sync", found[0])
                self.press("y")
                return
            time.sleep(0.1)

    def press(self, *keys: str) -> None:
        """Press keys as a user would: real key events through the X server."""
        self.xdotool("key", "--delay", "50", *keys)

    def screenshot(self, path: Path) -> Path:
        """Save what the X screen shows now as a PNG, through Qt in a separate process."""
        grab = (
            "import sys\n"
            "from PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(['grab', '-platform', 'xcb'])\n"
            "assert QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
        )
        env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run([sys.executable, "-c", grab, str(path)], env=env, check=True, timeout=30)
        return path

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


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">'
    '<rect width="400" height="300" fill="{colour}"/><circle cx="200" cy="150" r="80" '
    'fill="#333"/></svg>'
)

SHORT_ROUTINE = """\
schema_version: 1
title: A short routine for tests
exercises:
  - id: bridge
    name: Bridge
    aim: Mobilise the lower back.
    start_position: Lie on your back, knees bent.
    start_picture: start.svg
    reps: 2
    phases:
      - {breath: in, seconds: 1, instruction: Breathe in to prepare., picture: in.svg}
      - {breath: out, seconds: 1, instruction: Breathe out and lift., picture: out.svg}
    variants:
      - variant: modification
        description: A smaller lift.
        phases:
          - {breath: in, seconds: 1, instruction: Breathe in., picture: in.svg}
          - {breath: out, seconds: 1, instruction: Breathe out and lift a little., picture: out.svg}
  - id: twist
    name: Twist
    aim: Rotate the spine.
    start_position: Lie on your side.
    start_picture: start.svg
    reps: 1
    two_sided: true
    switch_sides: Roll onto your other side.
    phases:
      - {breath: in, seconds: 1, instruction: Turn to the ceiling., picture: in.svg}
      - {breath: out, seconds: 1, instruction: Turn back., picture: out.svg}
"""


@pytest.fixture
def short_routine(tmp_path: Path) -> Path:
    """A two-exercise routine with one-second phases, its pictures beside it."""
    folder = tmp_path / "routine"
    folder.mkdir()
    for name, colour in (("start", "#c8d8e8"), ("in", "#3fa7a0"), ("out", "#5b8fd6")):
        (folder / f"{name}.svg").write_text(SVG.format(colour=colour), encoding="utf-8")
    path = folder / "short.yaml"
    path.write_text(SHORT_ROUTINE, encoding="utf-8")
    return path


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
            # No voice unless the test brings its own speech-dispatcher: one the app spawned
            # would outlive it and speak over the sound tests' cues.
            "SPEECHD_ADDRESS": os.environ.get(
                "SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'no-speech-dispatcher'}"
            ),
        }
        # The installed command, as a user runs it (make test installs the package).
        command = Path(sys.executable).with_name("backpain-gui")
        if not command.exists():
            pytest.fail(f"{command} is missing: install the package (make test does)")
        process = subprocess.Popen(
            [str(command), "--event-log", str(event_log), *args],
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
