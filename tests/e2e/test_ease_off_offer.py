"""End to end: a session that leaves the back worse, answered with real key presses on a real
X server; the plan then offers the gentler versions, a real click takes them, and the next
session's plan has them, as `backpain-gui plan` prints it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.buttons_on_x import launch_with_buttons

ROOT = Path(__file__).resolve().parents[2]


def test_worse_after_a_session_the_plan_offers_the_modification_and_one_click_takes_it(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    # A user screened today (the suite's seeded settings), who is asked about their back.
    conf = tmp_path / "config" / "backpain-gui" / "backpain-gui.conf"
    seeded = conf.read_text(encoding="utf-8").replace("ask=false", "ask=true")
    conf.write_text(seeded + "\n[session]\nget_ready_seconds=1\nrest_seconds=1\n")
    app = launch_with_buttons(xvfb, tmp_path, "--routine", str(short_routine))
    try:
        app.wait_for_window("backpain-gui")
        app.wait_for_button("Start session")
        app.press("Return")
        app.wait_for_button("Pain 3 of 10")
        app.press("3", "Return")
        app.wait_for_event("session_finished", timeout=60)
        app.wait_for_button("Pain 6 of 10")
        app.press("6", "Return")
        app.click("Back to the plan")
        # The plan says why, and offers the gentler versions; no harder ones.
        app.click("Use the gentler versions")
        app.xdotool("windowfocus", "--sync", app.window_id)
        app.wait_for_button("Start session")
        app.press("ctrl+q")
        app.process.wait(timeout=20)
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)

    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BACKPAIN_GUI_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    exported = subprocess.run(
        [sys.executable, "-m", "backpain_gui", "history", "--csv"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [(row["exercise_id"], row["pain_before"], row["pain_after"]) for row in rows] == [
        ("bridge", "3", "6"),
        ("twist", "3", "6"),
    ]
    # The next session's plan, as `plan` prints it from the user's settings: the Bridge in its
    # modification (the Twist has none, so it stays as it was).
    planned = subprocess.run(
        [sys.executable, "-m", "backpain_gui", "plan", "--json", str(short_routine)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    variants = {item["id"]: item["variant"] for item in json.loads(planned.stdout)["exercises"]}
    assert variants == {"bridge": "modification", "twist": "standard"}
