"""End to end: the window tells the desktop who it is (its icon, its class), and Qt's own
options on the command line (`-reverse`) reach Qt."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.e2e.buttons_on_x import launch_with_buttons
from tests.e2e.conftest import _require


def _placed(xvfb: str, tmp_path: Path, *qt_options: str) -> dict[str, int]:
    """Where, left to right, the plan screen's Settings and Start buttons are."""
    tmp_path.mkdir()
    app = launch_with_buttons(xvfb, tmp_path, *qt_options)
    try:
        app.wait_for_window("backpain-gui")
        app.wait_for_button("Start session")
        buttons = app.buttons()
        xprop = subprocess.run(
            [_require("xprop"), "-id", app.window_id, "WM_CLASS", "_NET_WM_ICON"],
            env={**os.environ, "DISPLAY": xvfb},
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        ).stdout
        # The class (the second word) is what the desktop entry's StartupWMClass names, so an
        # X11 taskbar puts the window under the menu entry.
        (wm_class,) = [line for line in xprop.splitlines() if line.startswith("WM_CLASS")]
        assert wm_class.endswith(', "backpain-gui"')
        # The icon is the app's own, in the sizes a taskbar asks for.
        assert "Icon (64 x 64)" in xprop
        return {name: buttons[name][1] for name in ("Start session", "Settings")}
    finally:
        app.process.kill()
        app.process.communicate(timeout=10)


def test_the_window_has_its_icon_and_qt_options_reach_qt(xvfb: str, tmp_path: Path) -> None:
    usual = _placed(xvfb, tmp_path / "usual")
    assert usual["Settings"] < usual["Start session"]

    reversed_ = _placed(xvfb, tmp_path / "reversed", "-reverse")
    # Right to left, as for Arabic or Hebrew: Start moves to the left of Settings.
    assert reversed_["Settings"] > reversed_["Start session"]
