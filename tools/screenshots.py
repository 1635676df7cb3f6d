"""Render the screens people see into docs/screenshots/, from the built-in routine.

Run: `.venv/bin/python tools/screenshots.py` (offscreen; no display needed). The clock is a
hand-moved one, so every picture shows the same moment on every run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTemporaryDir
from PySide6.QtWidgets import QApplication

from backpain_gui.audio.cues import Cue, Volume
from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.theme import use_scheme
from backpain_gui.ui.voice import Voice

# SCREENSHOTS_OUT writes them elsewhere, to look at a change before it replaces the shipped ones.
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
OUT = Path(os.environ.get("SCREENSHOTS_OUT", DEFAULT_OUT))


class SilentPlayer:
    """A player that plays nothing, so the screens show the sound check without a sound."""

    lead_seconds = 0.0
    volume = Volume.NORMAL
    problem: str | None = None

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play nothing."""

    def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing to close."""


class HandClock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    """Write the screenshots; the exit status."""
    app = QApplication(sys.argv[:1])
    QApplication.setStyle("Fusion")
    scratch = QTemporaryDir()
    # A fresh history, never the user's own.
    os.environ["BACKPAIN_GUI_DATA_DIR"] = scratch.path()
    settings = QSettings(f"{scratch.path()}/settings.ini", QSettings.Format.IniFormat)
    clock = HandClock()
    window = MainWindow(
        load_routine(builtin_routine_path()),
        settings=settings,
        clock=clock,
        player=SilentPlayer(),
        # Qt's own test voice: the voice panel shows as it does with a real one, silently.
        voice=Voice(settings, engine=lambda: "mock", threaded=False),
    )
    window.resize(1366, 768)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / name}.png")

    def at(seconds: float) -> None:
        clock.now = 100.0 + seconds
        assert window.driver is not None
        window.driver.on_timer_timeout()

    app.processEvents()  # the history opens just after the window shows
    shot("plan")
    window.on_start_pressed()
    at(2.0)
    shot("get-ready")
    at(5.0 + 2.6)
    shot("session-inhale")
    at(5.0 + 4.0 + 3.0)
    shot("session-exhale")
    use_scheme(app, Qt.ColorScheme.Dark)
    shot("session-dark")
    use_scheme(app, Qt.ColorScheme.Light)
    window.on_pause_pressed()
    app.processEvents()
    shot("paused")
    window.on_pause_pressed()
    # From here the clock runs 3 s ahead of session time: the resume countdown.
    shift = 3.0
    at(shift + 5.0 + 8 * 19 + 2.0)
    shot("rest")
    window.on_skip_pressed()
    at(shift + 5.0 + 8 * 19 + 2.0 + 5.0 + 18 * 5 + 2.0)
    shot("switch-sides")
    window.on_skip_pressed()
    window.on_skip_pressed()
    window.on_skip_pressed()
    at(shift + 5.0 + 8 * 19 + 2.0 + 5.0 + 18 * 5 + 2.0 + 5.0 + 1.5)
    shot("last-exercise")
    at(shift + 5.0 + 8 * 19 + 2.0 + 5.0 + 18 * 5 + 2.0 + 5.0 + 150)
    window.on_skip_pressed()
    shot("summary")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
