"""End to end: how the back is, asked before and after, answered with real key presses on a
real X server, and read back by `backpain-gui history --csv`."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.buttons_on_x import launch_with_buttons

ROOT = Path(__file__).resolve().parents[2]


def test_four_enter_then_two_enter_are_in_the_csv(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    # A user screened today (the suite's seeded settings), who is asked about their back.
    conf = tmp_path / "config" / "backpain-gui" / "backpain-gui.conf"
    seeded = conf.read_text(encoding="utf-8").replace("ask=false", "ask=true")
    # Short pauses, so that the whole session takes seconds.
    conf.write_text(seeded + "\n[session]\nget_ready_seconds=1\nrest_seconds=1\n")
    app = launch_with_buttons(xvfb, tmp_path, "--routine", str(short_routine))
    try:
        app.wait_for_window("backpain-gui")
        app.wait_for_button("Start session")
        app.press("Return")
        app.wait_for_button("Pain 4 of 10")
        app.press("4", "Return")
        app.wait_for_event("session_started")
        app.wait_for_event("session_finished", timeout=60)
        app.wait_for_button("Pain 2 of 10")
        app.press("2", "Return")
        app.wait_for_button("Back to the plan")
        time.sleep(0.5)
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)

    exported = subprocess.run(
        [sys.executable, "-m", "backpain_gui", "history", "--csv"],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "BACKPAIN_GUI_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert rows
    assert {(row["pain_before"], row["pain_after"]) for row in rows} == {("4", "2")}
