"""Full screen goes to the screen the window is on, and that screen is remembered.

Each story runs in its own process: the screens a Qt application sees are fixed when it
starts, and the suite's shared one has a single offscreen screen. The offscreen platform
takes a list of screens from a file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"name": "eDP-1", "x": 0, "y": 0, "width": 1366, "height": 768}
TELEVISION = {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080}

STORY = """\
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from backpain_gui.ui.fullscreen import enter_fullscreen, leave_fullscreen, open_on_remembered_screen

app = QApplication(sys.argv[:1])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = QWidget()
window.resize(800, 500)
seen = {}

def look(moment):
    app.processEvents()
    rect = window.geometry()
    seen[moment] = {
        "screen": window.screen().name(),
        "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
        "full": window.isFullScreen(),
    }

open_on_remembered_screen(window, settings)
window.show()
look("opened")
if sys.argv[2] == "drag":
    window.move(1366 + 300, 200)
    look("dragged")
enter_fullscreen(window, settings)
look("full screen")
leave_fullscreen(window)
look("window again")
settings.sync()
print(json.dumps(seen))
"""


def run_story(tmp_path: Path, screens: list[dict[str, object]], action: str) -> dict:
    """Run the story on these screens; what the window did at each moment."""
    config = tmp_path / "screens.json"
    with_dpi = [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1} for screen in screens]
    config.write_text(json.dumps({"screens": with_dpi}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", STORY, str(tmp_path / "settings.ini"), action],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    return json.loads(done.stdout)


def test_full_screen_fills_the_television_the_window_was_dragged_to(tmp_path: Path) -> None:
    seen = run_story(tmp_path, [LAPTOP, TELEVISION], "drag")
    assert seen["opened"]["screen"] == "eDP-1"
    assert seen["dragged"]["screen"] == "HDMI-1"
    assert seen["full screen"] == {"screen": "HDMI-1", "rect": [1366, 0, 1920, 1080], "full": True}
    assert seen["window again"]["screen"] == "HDMI-1"
    assert not seen["window again"]["full"]
    assert "fullscreen_screen=HDMI-1" in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_the_next_run_opens_on_the_remembered_screen(tmp_path: Path) -> None:
    run_story(tmp_path, [LAPTOP, TELEVISION], "drag")
    seen = run_story(tmp_path, [LAPTOP, TELEVISION], "stay")
    assert seen["opened"]["screen"] == "HDMI-1"
    # In the middle of the television.
    assert seen["opened"]["rect"] == [1366 + (1920 - 800) // 2, (1080 - 500) // 2, 800, 500]
    assert seen["full screen"]["rect"] == [1366, 0, 1920, 1080]


def test_with_the_television_unplugged_it_opens_and_fills_the_laptop(tmp_path: Path) -> None:
    run_story(tmp_path, [LAPTOP, TELEVISION], "drag")
    seen = run_story(tmp_path, [LAPTOP], "stay")
    assert seen["opened"]["screen"] == "eDP-1"
    assert seen["full screen"] == {"screen": "eDP-1", "rect": [0, 0, 1366, 768], "full": True}
