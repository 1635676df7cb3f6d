"""The real app on Xvfb, telling the test where its buttons are, so that a real pointer clicks them.

X knows one window; Qt's buttons are drawn inside it. So the app is started as
`backpain-gui` starts it (`cli.main`), in a process whose only addition is a timer that
writes, five times a second, where the centre of every visible button is, by accessible
name: its top-level window's X id and the place inside that window (Qt's idea of where a
window sits on a screen without a window manager can be wrong; inside it, it is not).
The clicks themselves are real X pointer events (xdotool), which Qt receives as a user's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import RunningApp

# Qt's default double-click interval is 400 ms.
DOUBLE_CLICK_SECONDS = 0.6

REPORTER = """\
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication
from backpain_gui.app.cli import main

out = Path(sys.argv[1])

def report():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    found = {}
    for window in windows:
        for button in window.findChildren(QAbstractButton):
            if button.isVisible() and button.isEnabled() and button.window() is window:
                centre = button.mapTo(window, button.rect().center())
                name = button.accessibleName() or button.text()
                found[name] = [int(window.winId()), centre.x(), centre.y()]
    notices = [getattr(window, "notice", None) for window in windows]
    found["(notice)"] = next((n.text() for n in notices if n is not None and n.isVisible()), "")
    focus = QApplication.focusWidget()
    found["(focus)"] = focus.accessibleName() if focus is not None else ""
    out.with_suffix(".tmp").write_text(json.dumps(found))
    out.with_suffix(".tmp").replace(out)

def install():
    app = QApplication.instance()
    if app is None:
        QTimer.singleShot(0, install)
        return
    timer = QTimer(app)
    timer.timeout.connect(report)
    timer.start(200)

# The QApplication is made inside main(); the first timer of its loop installs the reporter.
import backpain_gui.ui.app as app_module
make_window = app_module.MainWindow

def window_with_reporter(*args, **kwargs):
    window = make_window(*args, **kwargs)
    QTimer.singleShot(0, install)
    return window

app_module.MainWindow = window_with_reporter
sys.exit(main(sys.argv[2:]))
"""


class AppWithButtons(RunningApp):
    """A running app that reports where its visible buttons are."""

    def __init__(
        self, process: subprocess.Popen[bytes], display: str, event_log: Path, buttons: Path
    ) -> None:
        super().__init__(process, display, event_log)
        self.buttons_file = buttons
        self._last_click = 0.0

    def buttons(self) -> dict[str, list[int]]:
        """Visible, enabled buttons now: accessible name -> [X window, x, y] of the centre."""
        if not self.buttons_file.exists():
            return {}
        found: dict[str, list[int]] = json.loads(self.buttons_file.read_text(encoding="utf-8"))
        found.pop("(focus)", None)
        found.pop("(notice)", None)
        return found

    def focused(self) -> str:
        """The accessible name of the widget with the keyboard focus, "" for none."""
        if not self.buttons_file.exists():
            return ""
        return str(json.loads(self.buttons_file.read_text(encoding="utf-8")).get("(focus)", ""))

    def notice(self) -> str:
        """The notice shown at the foot of the main window, "" for none."""
        if not self.buttons_file.exists():
            return ""
        return str(json.loads(self.buttons_file.read_text(encoding="utf-8")).get("(notice)", ""))

    def wait_for_button(self, name: str, timeout: float = 15) -> list[int]:
        """Wait until a button named `name` is on screen; its window and centre."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            centre = self.buttons().get(name)
            if centre is not None:
                return centre
            time.sleep(0.05)
        pytest.fail(f"no button {name!r} on screen; seen: {sorted(self.buttons())}")

    def click(self, name: str) -> None:
        """Move the pointer to the middle of the button named `name` and click it."""
        # Where it is now and a report later: a notice arriving at the foot moves the row.
        place = self.wait_for_button(name)
        while True:
            time.sleep(0.25)
            again = self.wait_for_button(name)
            if again == place:
                break
            place = again
        window, x, y = place
        # Two clicks on one spot within the double-click time are a double click to Qt; a
        # person reading the button between clicks takes longer than that.
        time.sleep(max(0.0, self._last_click + DOUBLE_CLICK_SECONDS - time.monotonic()))
        self.xdotool("mousemove", "--window", str(window), "--sync", str(x), str(y), "click", "1")
        self._last_click = time.monotonic()


def launch_with_buttons(
    display: str, folder: Path, *args: str, env: dict[str, str] | None = None
) -> AppWithButtons:
    """Start the app (as `backpain-gui ARGS` would) on `display`, reporting its buttons."""
    event_log = folder / "events.jsonl"
    buttons = folder / "buttons.json"
    environment = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "BACKPAIN_GUI_DATA_DIR": str(folder / "data"),
        "SPEECHD_ADDRESS": f"unix_socket:{folder / 'no-speech-dispatcher'}",
        **(env or {}),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", REPORTER, str(buttons), "--event-log", str(event_log), *args],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return AppWithButtons(process, display, event_log, buttons)
