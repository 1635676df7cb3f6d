"""End to end: how the back is, asked before and after, answered with real key presses on a
real X server; the report for a physiotherapist saved from the History window by real clicks;
and both read back by the commands a user runs: `backpain-gui history --csv` and
`backpain-gui report --out r.pdf`, the PDF's text read by pdftotext."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.buttons_on_x import launch_with_buttons

ROOT = Path(__file__).resolve().parents[2]


def run_command(tmp_path: Path, *args: str) -> str:
    """`backpain-gui ARGS` on the test's data and settings, with no display at all, as CI runs;
    what it printed."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "backpain_gui", *args],
        cwd=ROOT,
        env={
            **environment,
            "PYTHONPATH": str(ROOT),
            "BACKPAIN_GUI_DATA_DIR": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout


def wait_for_file(path: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.stat().st_size > 0):
        if time.monotonic() > deadline:
            pytest.fail(f"{path} was not written")
        time.sleep(0.1)


def test_four_enter_then_two_enter_are_in_the_csv_and_the_report(
    xvfb: str, short_routine: Path, tmp_path: Path
) -> None:
    # A user screened today (the suite's seeded settings), who is asked about their back.
    conf = tmp_path / "config" / "backpain-gui" / "backpain-gui.conf"
    seeded = conf.read_text(encoding="utf-8").replace("ask=false", "ask=true")
    # Short pauses, so that the whole session takes seconds.
    conf.write_text(seeded + "\n[session]\nget_ready_seconds=1\nrest_seconds=1\n")
    # The report's file dialog offers a file in the home folder: the test's own.
    home = tmp_path / "home"
    home.mkdir()
    app = launch_with_buttons(
        xvfb, tmp_path, "--routine", str(short_routine), env={"HOME": str(home)}
    )
    saved_from_window = home / f"backpain-gui-report-{date.today().isoformat()}.pdf"
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
        app.click("Back to the plan")
        # History and its report button clicked; the file dialog's offer taken with Enter.
        app.click("Open your session history")
        app.click("Save a report for your physiotherapist as PDF")
        app.wait_for_window("Save the report for your physiotherapist")
        app.press("Return")
        wait_for_file(saved_from_window)
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=10)

    rows = list(csv.DictReader(io.StringIO(run_command(tmp_path, "history", "--csv"))))
    assert rows
    assert {(row["pain_before"], row["pain_after"]) for row in rows} == {("4", "2")}

    out = tmp_path / "r.pdf"
    printed = run_command(tmp_path, "report", "--out", str(out))
    assert printed.startswith(f"Wrote your report for your physiotherapist to {out}")
    # Today's line of the table of days: one session, both exercises done, 4 before, 2 after.
    today_row = rf"{date.today():%a %d %b}\s+1\s+2 of 2\s+4\s+2\s*$"
    for pdf in (out, saved_from_window):
        text = pdf_text(pdf)
        assert re.search(today_row, text, re.MULTILINE), text
        assert "Red-flag screening: passed on" in text
