"""A screen reader's view of the app: a private accessibility bus, AT-SPI's registry, and a probe.

Orca reads a Qt app through AT-SPI: the app puts its accessible tree and events on the
accessibility bus, whose registry tells it who listens. A test starts its own bus (a
dbus-daemon that serves as the session bus too) and the registry on it, starts the app with
Qt's accessibility switched on, and reads what Orca would read with atspi_probe.py under the
system's python3, which has pyatspi (scripts/system-deps.sh installs both). A missing one is
a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.probe_process import stop_probe

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"
REGISTRY_PLACES = ("/usr/libexec/at-spi2-registryd", "/usr/lib/at-spi2-core/at-spi2-registryd")
FIX = "run scripts/system-deps.sh test (make test does)"


def _registry() -> str:
    for place in REGISTRY_PLACES:
        if Path(place).exists():
            return place
    pytest.fail(f"at-spi2-registryd is not installed (package at-spi2-core); {FIX}")


def _check_probe_python() -> None:
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
    )
    if found.returncode != 0:
        pytest.fail(f"{SYSTEM_PYTHON} cannot import pyatspi (package python3-pyatspi); {FIX}")


@contextmanager
def accessibility_bus(folder: Path) -> Iterator[dict[str, str]]:
    """A private bus with AT-SPI's registry on it; yields the environment an app and the
    probe need to meet there."""
    _check_probe_python()
    registry = _registry()
    daemon_program = shutil.which("dbus-daemon")
    if daemon_program is None:
        pytest.fail(f"dbus-daemon is not installed; {FIX}")
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    daemon = subprocess.Popen(
        [daemon_program, "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    env = {
        "DBUS_SESSION_BUS_ADDRESS": address,
        "AT_SPI_BUS_ADDRESS": address,
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    registryd = subprocess.Popen(
        [registry], env=_with(env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        assert address, "dbus-daemon printed no address"
        _wait_for_registry(env)
        yield env
    finally:
        for process in (registryd, daemon):
            process.terminate()
            process.wait(timeout=10)
        daemon.stdout.close()


def _with(env: dict[str, str]) -> dict[str, str]:
    return {**os.environ, **env}


def _wait_for_registry(env: dict[str, str]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if read_tree(env, check=False) is not None:
            return
        time.sleep(0.2)
    pytest.fail("AT-SPI's registry did not answer on the private bus")


def read_tree(env: dict[str, str], check: bool = True) -> list[dict[str, Any]] | None:
    """The app's nodes on screen, as the probe walked them (None: the registry did not answer
    and `check` is off)."""
    done = subprocess.run(
        [SYSTEM_PYTHON, str(PROBE), "tree"],
        env=_with(env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = done.stdout.splitlines()
    if done.returncode != 0 or not lines or lines[-1] != "done":
        if not check:
            return None
        pytest.fail(f"the AT-SPI probe failed: {done.stderr[-2000:]}")
    return [json.loads(line) for line in lines[:-1]]


def wait_for_node(
    env: dict[str, str], role: str, name: str, timeout: float = 20
) -> list[dict[str, Any]]:
    """Wait until a node with `role` and `name` is on screen; the tree that has it."""
    deadline = time.monotonic() + timeout
    nodes: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        nodes = read_tree(env) or []
        if any(node["role"] == role and node["name"] == name for node in nodes):
            return nodes
        time.sleep(0.2)
    seen = sorted({f"{n['role']}: {n['name']}" for n in nodes if n["name"]})
    pytest.fail(f"no {role} {name!r} on screen for a screen reader; seen: {seen}")


class AnnouncementListener:
    """The probe listening for the app's announcements, as Orca listens for them."""

    def __init__(self, env: dict[str, str]) -> None:
        self._process = subprocess.Popen(
            [SYSTEM_PYTHON, str(PROBE), "announcements"],
            env=_with(env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.heard: list[dict[str, str]] = []
        self._listening = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        if not self._listening.wait(timeout=30):
            self.stop()
            pytest.fail("the AT-SPI probe did not start listening")

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.strip() == "listening":
                self._listening.set()
            elif line.strip():
                self.heard.append(json.loads(line))

    def messages(self) -> list[str]:
        """What was announced so far, in order."""
        return [heard["message"] for heard in list(self.heard)]

    def stop(self) -> None:
        """Stop listening."""
        stop_probe(self._process, self._reader)


@contextmanager
def listening_for_announcements(env: dict[str, str]) -> Iterator[AnnouncementListener]:
    """Listen for the app's announcements for the length of the block."""
    listener = AnnouncementListener(env)
    try:
        yield listener
    finally:
        listener.stop()
