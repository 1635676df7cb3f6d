"""A private D-Bus bus a test starts, the fake desktop on it, and calls as other programs make them.

The one bus plays both the session bus and the system bus: the app's D-Bus parts are given
the connection to use, so logind's signals come over it too. `make test` installs
dbus-daemon (scripts/system-deps.sh); a missing one is a failure, not a skip.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtDBus import QDBusConnection

FAKE_DESKTOP = Path(__file__).with_name("fake_desktop.py")
_connection_numbers = itertools.count(1)


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed; run scripts/system-deps.sh test (make test does): "
            "dbus-daemon brings dbus-send and dbus-monitor with it"
        )
    return path


class PrivateBus:
    """A dbus-daemon of the test's own; every connection made through it is closed with it."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._names: list[str] = []

    def connect(self, who: str) -> QDBusConnection:
        """A new connection to this bus, as one more program on it."""
        name = f"{who}-{next(_connection_numbers)}"
        connection = QDBusConnection.connectToBus(self.address, name)
        assert connection.isConnected(), connection.lastError().message()
        self._names.append(name)
        return connection

    def close(self) -> None:
        """Close every connection made through this bus."""
        for name in self._names:
            QDBusConnection.disconnectFromBus(name)
        self._names.clear()


@contextmanager
def private_bus() -> Iterator[PrivateBus]:
    """Start a private bus; yields it, and stops it with its connections after."""
    program = shutil.which("dbus-daemon")
    if program is None:
        pytest.fail(
            "dbus-daemon is not installed; run scripts/system-deps.sh test (make test does)"
        )
    daemon = subprocess.Popen(
        [program, "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        # It says it cannot raise its file limit when not root: no matter for a test.
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    bus = PrivateBus(daemon.stdout.readline().strip())
    try:
        assert bus.address, "dbus-daemon printed no address"
        yield bus
    finally:
        bus.close()
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


class FakeDesktop:
    """The fake desktop process (tests/fake_desktop.py): what it was asked, and signals to send."""

    def __init__(self, qtbot: Any, address: str) -> None:
        self._qtbot = qtbot
        self.reports: list[dict[str, Any]] = []
        self._output = bytearray()
        self._process = QProcess()
        self._process.setProgram(sys.executable)
        self._process.setArguments([str(FAKE_DESKTOP), address])
        self._process.readyReadStandardOutput.connect(self._on_output)

    def start(self) -> None:
        """Start it and wait until it owns its names."""
        self._process.start()
        self._qtbot.waitUntil(lambda: self._reported("ready") or self._reported("failed"))
        assert self._reported("ready"), self.reports

    def stop(self) -> None:
        """Close its orders; it quits. Kill it if it does not."""
        self._process.closeWriteChannel()
        if not self._process.waitForFinished(5000):
            self._process.kill()
            self._process.waitForFinished(5000)

    @property
    def inhibitors(self) -> dict[int, str]:
        """The screen saver inhibits held now: cookie -> the application that took it."""
        held: dict[int, str] = {}
        for report in self.reports:
            if report["event"] == "inhibit":
                held[report["cookie"]] = report["application"]
            elif report["event"] == "uninhibit":
                held.pop(report["cookie"], None)
        return held

    def taken(self) -> list[int]:
        """Every cookie handed out, in order."""
        return [r["cookie"] for r in self.reports if r["event"] == "inhibit"]

    def send_signal(self, path: str, interface: str, name: str, *arguments: object) -> None:
        """Send a D-Bus signal from the desktop, and wait until it is on the bus."""
        sent = self._count("sent")
        order = {"path": path, "interface": interface, "name": name, "arguments": list(arguments)}
        self._process.write((json.dumps(order) + "\n").encode())
        self._qtbot.waitUntil(lambda: self._count("sent") > sent)

    def _on_output(self) -> None:
        self._output.extend(self._process.readAllStandardOutput().data())
        while b"\n" in self._output:
            line, _, rest = bytes(self._output).partition(b"\n")
            self._output[:] = rest
            self.reports.append(json.loads(line))

    def _count(self, event: str) -> int:
        return sum(1 for report in self.reports if report["event"] == event)

    def _reported(self, event: str) -> bool:
        return self._count(event) > 0


@contextmanager
def fake_desktop(qtbot: Any, address: str) -> Iterator[FakeDesktop]:
    """Run the fake desktop on the bus at `address` for the length of the block."""
    desktop = FakeDesktop(qtbot, address)
    desktop.start()
    try:
        yield desktop
    finally:
        desktop.stop()


def dbus_send(qtbot: Any, address: str, destination: str, path: str, *call: str) -> str:
    """Run dbus-send on the bus, as a desktop's key binding or a phone bridge does; its reply.

    `call` is the interface.method and its typed arguments (`string:Player`).
    """
    process = QProcess()
    process.start(
        _program("dbus-send"),
        [f"--bus={address}", "--print-reply", f"--dest={destination}", path, *call],
    )
    # Not a blocking wait: the service answering may be this very process.
    qtbot.waitUntil(lambda: process.state() == QProcess.ProcessState.NotRunning, timeout=10_000)
    errors = bytes(process.readAllStandardError().data()).decode()
    assert process.exitCode() == 0, errors
    return bytes(process.readAllStandardOutput().data()).decode()


class BusMonitor:
    """dbus-monitor on the bus, as a desktop's media controls listen: the signals it saw."""

    def __init__(self, qtbot: Any, address: str, match: str) -> None:
        self._qtbot = qtbot
        self._process = QProcess()
        self._process.setProgram(_program("dbus-monitor"))
        self._process.setArguments(["--address", address, match])
        self.seen = ""
        self._process.readyReadStandardOutput.connect(self._on_output)

    def start(self) -> None:
        """Start it, and wait until it listens (it drops its own name to become a monitor)."""
        self._process.start()
        self._qtbot.waitUntil(lambda: "member=NameLost" in self.seen)

    def stop(self) -> None:
        """Stop it."""
        self._process.kill()
        self._process.waitForFinished(5000)

    def _on_output(self) -> None:
        self.seen += bytes(self._process.readAllStandardOutput().data()).decode()


@contextmanager
def bus_monitor(qtbot: Any, address: str, match: str) -> Iterator[BusMonitor]:
    """Watch the signals that `match` picks out for the length of the block."""
    monitor = BusMonitor(qtbot, address, match)
    monitor.start()
    try:
        yield monitor
    finally:
        monitor.stop()
