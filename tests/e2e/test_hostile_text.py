"""End to end: a routine whose text is markup that would read /dev/zero and a FIFO for ever,
if Qt took it as HTML, opens on a real X server in a few seconds and a little memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import SVG, RunningApp

# The limits: a live window within 10 s, under 400 MB, with 3 GB of address space.
WINDOW_WITHIN_SECONDS = 10
MAX_RSS_BYTES = 400 * 1024 * 1024
ADDRESS_SPACE_BYTES = 3 * 1024**3

ROUTINE = """\
schema_version: 1
title: Hostile text
exercises:
  - id: zero
    name: '<img src="/dev/zero">'
    aim: '<img src="{fifo}"> reads a FIFO'
    start_position: '<img src="/dev/zero"> lie down'
    start_picture: start.svg
    reps: 1
    phases:
      - {{breath: in, seconds: 1, instruction: '<img src="/dev/zero">', picture: in.svg}}
    tips:
      - '<img src="/dev/zero"> tip'
"""


def _cap_address_space() -> None:
    """In the app's process, before it starts: as the issue's hostile-file runs cap it."""
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES))


def _rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for process {pid}")


@pytest.fixture
def hostile_routine(tmp_path: Path) -> Path:
    """The routine, its pictures beside it, and a FIFO no one ever writes to."""
    folder = tmp_path / "routine"
    folder.mkdir()
    for name in ("start", "in"):
        (folder / f"{name}.svg").write_text(SVG.format(colour="#c8d8e8"), encoding="utf-8")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    path = folder / "hostile.yaml"
    path.write_text(ROUTINE.format(fifo=fifo), encoding="utf-8")
    return path


def test_markup_that_reads_dev_zero_is_shown_as_text(xvfb: str, tmp_path, hostile_routine) -> None:
    event_log = tmp_path / "events.jsonl"
    env = {
        **os.environ,
        "DISPLAY": xvfb,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "BACKPAIN_GUI_DATA_DIR": str(tmp_path / "data"),
        "SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'no-speech-dispatcher'}",
    }
    command = Path(sys.executable).with_name("backpain-gui")
    began = time.monotonic()
    process = subprocess.Popen(
        [str(command), "--event-log", str(event_log), "--routine", str(hostile_routine), "--start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_cap_address_space,
    )
    app = RunningApp(process, xvfb, event_log)
    try:
        app.wait_for_window("backpain-gui")
        assert time.monotonic() - began < WINDOW_WITHIN_SECONDS
        # The get-ready shows the name, the start position and the aim; then the phase, its
        # instruction and tip: each would be read as HTML if any label took it so.
        app.wait_for_event("get_ready_started")
        app.wait_for_event("phase_started", timeout=20)
        assert process.poll() is None, "the app died on its hostile text"
        assert _rss_bytes(process.pid) < MAX_RSS_BYTES
        app.quit()
        assert process.wait(timeout=15) == 0
        _, errors = process.communicate(timeout=5)
        assert b"Traceback" not in errors
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)
