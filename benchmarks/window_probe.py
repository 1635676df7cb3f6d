"""Runs inside the app's process for bench_window: frame intervals, CPU and memory of a session.

Started as `python -m benchmarks.window_probe` on the benchmark's X display; prints one JSON
object of figures.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTemporaryDir, QTimer
from PySide6.QtWidgets import QApplication

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.ui.main_window import MainWindow


class PaintTimes(QObject):
    """Collects the monotonic time of each paint of the watched widget."""

    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.times.append(time.monotonic())
        return False


def cpu_seconds() -> float:
    """User plus system CPU time of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_for(app: QApplication, seconds: float) -> None:
    """Let Qt's own event loop run for `seconds`, as the app's would: no busy polling."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def watch(app: QApplication, window: MainWindow, seconds: float) -> dict[str, float]:
    """Paint intervals and CPU share over `seconds` of the session as it is now."""
    paints = PaintTimes()
    window.session_screen.pacer.installEventFilter(paints)
    cpu, wall = cpu_seconds(), time.monotonic()
    run_for(app, seconds)
    cpu_share = (cpu_seconds() - cpu) / (time.monotonic() - wall)
    window.session_screen.pacer.removeEventFilter(paints)
    gaps = [b - a for a, b in zip(paints.times, paints.times[1:], strict=False)]
    return {
        "paints": len(paints.times),
        "fps": len(paints.times) / seconds,
        "worst_gap_ms": max(gaps, default=0.0) * 1000,
        "cpu_percent": cpu_share * 100,
    }


def main() -> int:
    """Measure a moving session, then a paused one, then peak memory over the whole; print JSON."""
    app = QApplication(sys.argv[:1])
    scratch = QTemporaryDir()
    settings = QSettings(f"{scratch.path()}/settings.ini", QSettings.Format.IniFormat)
    # The real clock, plus a jump the probe adds to run through a whole session quickly.
    ahead = [0.0]
    window = MainWindow(
        load_routine(builtin_routine_path()),
        settings=settings,
        clock=lambda: time.monotonic() + ahead[0],
    )
    window.resize(1366, 768)
    window.show()
    run_for(app, 0.5)
    window.on_start_pressed()
    # Into the first breath, so the pacer moves the whole time.
    run_for(app, 5.2)
    moving = watch(app, window, 3.0)
    window.on_pause_pressed()
    run_for(app, 0.3)
    paused = watch(app, window, 3.0)
    window.on_pause_pressed()
    # The rest of the session at 2 s of session time a frame, painting all the way.
    while window.driver is not None and window.driver.running:
        ahead[0] += 2.0
        run_for(app, 0.016)
    figures = {
        "moving": moving,
        "paused": paused,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "summary_shown": window.stack.currentWidget() is window.summary_screen,
    }
    print(json.dumps(figures))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
