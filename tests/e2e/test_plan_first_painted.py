"""The first paint on a real X server: the plan complete (the voice's settings, the history's
days), nothing of it moved or changed once the deferred work has run; the sound and the
desktop's followers started only after it, and working once the user reaches them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.storage.history import History
from tests.conftest import seed_settings
from tests.storage.history_runs import WallClock, sessions_on

ROOT = Path(__file__).resolve().parents[2]

# Starts the app as `backpain-gui` does, and looks at it twice: as the work that waits for the
# first paint begins (the first paint is then on screen), and two seconds after that work.
_START_AND_LOOK = """
import json, sys, threading
from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QLabel
import backpain_gui.ui.first_paint as first_paint

def sight(window):
    plan = window.plan_screen
    tools = [tool for tool in plan.findChildren(QObject) if type(tool).__name__.endswith("Panel")]
    labels = {}
    for label in plan.findChildren(QLabel):
        if label.isVisibleTo(window) and not any(tool.isAncestorOf(label) for tool in tools):
            place = label.mapTo(window, QPoint(0, 0))
            size = label.size()
            labels[label.text()] = [place.x(), place.y(), size.width(), size.height()]
    return {
        "labels": labels,
        "panels": sorted(type(tool).__name__ for tool in tools if tool.isVisibleTo(window)),
        "threads": sorted(thread.name for thread in threading.enumerate()),
        "followers": sorted(type(child).__name__ for child in window.children()),
        "history": window.history is not None,
    }

run = first_paint.AfterFirstPaint._run
def look_then_run(self):
    window = self.window
    print("FIRST " + json.dumps(sight(window)), flush=True)
    run(self)
    def settled():
        print("SETTLED " + json.dumps(sight(window)), flush=True)
        QApplication.instance().quit()
    QTimer.singleShot(2000, settled)
first_paint.AfterFirstPaint._run = look_then_run
from backpain_gui.app.cli import main
raise SystemExit(main([]))
"""


def start_and_look(xvfb: str, tmp_path: Path) -> tuple[dict, dict]:
    """The app's plan as first painted, and as it is once the deferred work has run."""
    env = {
        **os.environ,
        "DISPLAY": xvfb,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "BACKPAIN_GUI_DATA_DIR": str(tmp_path / "data"),
        # No voice: the engine fails to open, as where speech-dispatcher is missing.
        "SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'no-speech-dispatcher'}",
    }
    started = subprocess.run(
        [sys.executable, "-c", _START_AND_LOOK],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    looks = dict(line.split(" ", 1) for line in started.stdout.splitlines() if " " in line)
    return json.loads(looks["FIRST"]), json.loads(looks["SETTLED"])


def test_the_first_paint_shows_the_plan_complete_and_the_rest_follows(
    xvfb: str, tmp_path: Path
) -> None:
    seed_settings(tmp_path / "config" / "backpain-gui" / "backpain-gui.conf")
    today = date.today()
    wall = WallClock(datetime.combine(today, time(8, 0)).astimezone())
    history = History.open(tmp_path / "data", clock=wall)
    routine = load_routine(builtin_routine_path())
    sessions_on(history, wall, [today - timedelta(days=2), today - timedelta(days=1)], routine)
    history.close()

    first, settled = start_and_look(xvfb, tmp_path)

    # The plan, painted first, already has the history's days and the voice's settings.
    assert first["history"]
    assert any("2 days in a row" in text for text in first["labels"]), first["labels"]
    assert first["panels"] == settled["panels"]
    assert "VoiceSettingsPanel" in first["panels"]
    # Nothing the plan shows changed its words or moved once the deferred work had run.
    assert first["labels"] == settled["labels"]
    # The sound's thread and the desktop's followers came after the first paint.
    assert "sound cues" not in first["threads"]
    assert "sound cues" in settled["threads"]
    for follower in ("KeepAwake", "SleepWatch", "MediaRemote"):
        assert follower not in first["followers"]
        assert follower in settled["followers"]
