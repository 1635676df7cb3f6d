"""A desktop of the test's own for notifications: Xvfb on :71-:79, a private bus, and dunst.

dunst is a real notification server. Its context menu (`dunstctl context`, a key binding in
a real session) lists each notification's actions through a dmenu program; here that program
picks the action whose name the test wrote, as a person picks one from the list.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import seed_settings

# The displays kept for these tests, apart from the other tests' -displayfd choice.
DISPLAYS = range(71, 80)

# A session bus with no service files: nothing is started on demand (the system's dunst
# service file would otherwise start a second dunst for the bus without a display).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

DUNSTRC = """[global]
    dmenu = {picker}
"""

# dunst writes one line per action, "#Start (summary) [id,start]"; the chosen one goes back.
PICKER = """#!/bin/sh
cat > "{folder}/menu.part" && mv "{folder}/menu.part" "{folder}/menu.txt"
grep -F "#$(cat "{folder}/pick")" "{folder}/menu.txt" | head -n 1
"""


def require(program: str) -> str:
    """The program's path; a failure (not a skip) when it is missing."""
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is not installed; run scripts/system-deps.sh test (make test does)")
    return path


@contextmanager
def own_x_server() -> Iterator[str]:
    """Xvfb on the first free display of :71-:79; yields its DISPLAY."""
    for number in DISPLAYS:
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            [require("Xvfb"), f":{number}", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while server.poll() is None and not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if server.poll() is not None:
            continue
        try:
            yield f":{number}"
        finally:
            server.terminate()
            server.wait(timeout=10)
        return
    pytest.fail("no free display among :71-:79")


@contextmanager
def own_bus(folder: Path) -> Iterator[str]:
    """A dbus-daemon without service activation; yields its address."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    daemon = subprocess.Popen(
        [require("dbus-daemon"), f"--config-file={config}", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


@dataclass
class Desk:
    """The private desktop: where things are and the environment a program there gets."""

    folder: Path
    display: str
    bus: str

    @property
    def env(self) -> dict[str, str]:
        """The environment of a program on this desk, with its own XDG folders."""
        return {
            **os.environ,
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": self.bus,
            "XDG_RUNTIME_DIR": str(self.folder / "runtime"),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "XDG_DATA_HOME": str(self.folder / "share"),
            "BACKPAIN_GUI_DATA_DIR": str(self.folder / "data"),
            "SPEECHD_ADDRESS": f"unix_socket:{self.folder / 'no-speech-dispatcher'}",
        }

    @property
    def settings_file(self) -> Path:
        """The app's QSettings file."""
        return self.folder / "config" / "backpain-gui" / "backpain-gui.conf"

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        """Run a program on this desk; its output."""
        return subprocess.run(
            list(command), env=self.env, capture_output=True, text=True, timeout=60, check=False
        )

    def pick_from_context_menu(self, action: str) -> str:
        """Open dunst's context menu and choose `action`, as a person does; the menu's lines."""
        (self.folder / "pick").write_text(action, encoding="utf-8")
        done = self.run(require("dunstctl"), "context")
        assert done.returncode == 0, done.stderr
        menu = self.folder / "menu.txt"
        deadline = time.monotonic() + 10
        while not menu.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return menu.read_text(encoding="utf-8") if menu.exists() else ""

    def displayed(self) -> int:
        """How many notifications dunst shows now."""
        done = self.run(require("dunstctl"), "count", "displayed")
        return int(done.stdout.strip() or "0")


@contextmanager
def notification_desk(folder: Path, with_server: bool = True) -> Iterator[Desk]:
    """Xvfb, a private bus and (unless told not to) dunst on them, for one test."""
    with ExitStack() as stack:
        display = stack.enter_context(own_x_server())
        bus = stack.enter_context(own_bus(folder / "bus"))
        desk = Desk(folder, display, bus)
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        # A user who has been screened, and is not asked the pain question: Start starts.
        seed_settings(folder / "config" / "backpain-gui" / "backpain-gui.conf")
        if with_server:
            picker = folder / "pick.sh"
            picker.write_text(PICKER.format(folder=folder), encoding="utf-8")
            picker.chmod(0o755)
            dunstrc = folder / "dunstrc"
            dunstrc.write_text(DUNSTRC.format(picker=picker), encoding="utf-8")
            dunst = subprocess.Popen(
                [require("dunst"), "-config", str(dunstrc)],
                env=desk.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            stack.callback(dunst.wait, timeout=10)
            stack.callback(dunst.terminate)
            deadline = time.monotonic() + 15
            while desk.run(require("dunstctl"), "is-paused").returncode != 0:
                assert dunst.poll() is None, "dunst exited at start"
                assert time.monotonic() < deadline, "dunst did not come up on the bus"
                time.sleep(0.1)
        yield desk


def turn_reminders_on(desk: Desk, extra: str = "") -> None:
    """Settings as after "Yes, remind me": reminders on (and `extra` lines of [reminder])."""
    desk.settings_file.parent.mkdir(parents=True, exist_ok=True)
    seed_settings(desk.settings_file)
    seeded = desk.settings_file.read_text(encoding="utf-8")
    desk.settings_file.write_text(
        f"{seeded}\n[reminder]\nenabled=true\noffered=true\n{extra}", encoding="utf-8"
    )
