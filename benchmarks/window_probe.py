"""Runs inside the app's process for bench_window: frame intervals, CPU and memory of a session.

Started as `python -m benchmarks.window_probe` on the benchmark's X display; prints one JSON
object of figures. Two more modes serve the session-CPU comparison, run alternately:
`--session SECONDS` (the app's CPU over that long of a moving session, and where its pacer
sits) and `--floor SECONDS X Y W H` (a bare 60 fps QPainter pacer at that place in a window
of the same size, painting the same disc, ring and words the simple way, every frame whole).
`--paints SECONDS` counts the paint events each widget of a moving session receives, to see
what repaints (it watches every event, so its CPU figure is not the session's).

The window is 1366x768, or the screen's size where the screen is smaller.
"""

from __future__ import annotations

import json
import math
import resource
import sys
import time
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QPointF,
    QRectF,
    QSettings,
    Qt,
    QTemporaryDir,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Breath
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


WINDOW = (1366, 768)


def window_size(app: QApplication) -> tuple[int, int]:
    """The benchmark's window size: 1366x768, cut to the screen's where it is smaller."""
    screen = app.primaryScreen().size()
    return min(WINDOW[0], screen.width()), min(WINDOW[1], screen.height())


def open_window(app: QApplication) -> tuple[MainWindow, list[float], QTemporaryDir]:
    """The app's main window on a fresh settings file, shown at the benchmark's size.

    Also the clock's jump (which the probe adds to run through a session quickly) and the
    settings folder, which must live as long as the window.
    """
    scratch = QTemporaryDir()
    settings = QSettings(f"{scratch.path()}/settings.ini", QSettings.Format.IniFormat)
    # A user screened today who is not asked about their back: Enter starts the session.
    settings.setValue("safety/screening_passed_on", date.today().isoformat())
    settings.setValue("pain/ask", "false")
    ahead = [0.0]
    window = MainWindow(
        load_routine(builtin_routine_path()),
        settings=settings,
        clock=lambda: time.monotonic() + ahead[0],
    )
    window.resize(*window_size(app))
    window.show()
    run_for(app, 0.5)
    return window, ahead, scratch


def start(app: QApplication, window: MainWindow) -> None:
    """Start a session, past any question asked first (screening, pain), into its first breath.

    The pacer repaints only what changes, so through the get-ready countdown (the seconds
    alone) it paints once a second: the figures of a moving session begin 0.2 s into the
    first in-breath, however long the countdown is.
    """
    window.start_session(window.session_settings())
    pacer = window.session_screen.pacer
    for _ in range(600):
        if pacer.state.breath in (Breath.IN, Breath.OUT):
            break
        run_for(app, 0.05)
    else:
        raise RuntimeError("the session did not reach a breath within 30 s")
    run_for(app, 0.2)


def session_cpu(app: QApplication, seconds: float) -> dict[str, object]:
    """The app's CPU share over `seconds` of a moving session, and its pacer's place."""
    window, _, _scratch = open_window(app)
    start(app, window)
    moving = watch(app, window, seconds)
    pacer = window.session_screen.pacer
    corner = pacer.mapTo(window, pacer.rect().topLeft())
    window.close()
    return {**moving, "pacer": [corner.x(), corner.y(), pacer.width(), pacer.height()]}


class BarePacer(QWidget):
    """The floor: a breathing disc, its ring, its words and seconds, in plain QPainter calls.

    It repaints itself whole every frame and caches nothing: what a pacer costs at 60 fps
    before any of the app's work (engine, labels, figure, sound) or its savings.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.began = time.monotonic()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        # A 4 s in-breath, over and over, with the app's pacer's proportions.
        elapsed = time.monotonic() - self.began
        level = 0.5 - 0.5 * math.cos(math.pi * (elapsed % 4) / 4)
        box = QRectF(self.rect())
        strip = min(box.width(), box.height()) * 0.2
        side = min(box.width(), box.height() - strip)
        top = box.top() + (box.height() - strip - side) / 2
        centre = QPointF(box.center().x(), top + strip + side / 2)
        full = side / 2 * 0.96
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(box, self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(QPen(QColor("#b5dcd9"), max(2.0, full / 58)))
        painter.drawEllipse(centre, full, full)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#9fd3cf"))
        radius = full * (0.38 + 0.62 * level)
        painter.drawEllipse(centre, radius, radius)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(round(strip * 0.62))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        words = QRectF(box.left(), top, box.width(), strip)
        painter.drawText(words, Qt.AlignmentFlag.AlignCenter, "Breathe in")
        font.setPixelSize(round(full * 0.42))
        painter.setFont(font)
        seconds = QRectF(centre.x() - full, centre.y() - full, 2 * full, 2 * full)
        painter.drawText(seconds, Qt.AlignmentFlag.AlignCenter, str(math.ceil(4 - elapsed % 4)))
        painter.end()


def floor_cpu(app: QApplication, seconds: float, place: list[int]) -> dict[str, object]:
    """The bare pacer's CPU share over `seconds`, at `place` (x, y, w, h) in a same-size window."""
    window = QWidget()
    window.setWindowTitle("bare pacer")
    window.resize(*window_size(app))
    pacer = BarePacer(window)
    pacer.setGeometry(*place)
    window.show()
    frames = QTimer()
    frames.setTimerType(Qt.TimerType.PreciseTimer)
    frames.setInterval(16)
    frames.timeout.connect(pacer.update)
    frames.start()
    run_for(app, 1.0)
    paints = PaintTimes()
    pacer.installEventFilter(paints)
    cpu, wall = cpu_seconds(), time.monotonic()
    run_for(app, seconds)
    share = (cpu_seconds() - cpu) / (time.monotonic() - wall)
    frames.stop()
    window.close()
    return {"cpu_percent": share * 100, "fps": len(paints.times) / seconds}


class AllPaints(QObject):
    """Counts the paint events of every widget, by class name and object name."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            name = f"{type(watched).__name__}:{watched.objectName()}"
            self.counts[name] = self.counts.get(name, 0) + 1
        return False


def session_paints(app: QApplication, seconds: float) -> dict[str, float]:
    """Paints a second of each widget over `seconds` of a moving session, busiest first."""
    window, _, _scratch = open_window(app)
    start(app, window)
    paints = AllPaints()
    app.installEventFilter(paints)
    run_for(app, seconds)
    app.removeEventFilter(paints)
    window.close()
    ranked = sorted(paints.counts.items(), key=lambda item: -item[1])
    return {name: round(count / seconds, 1) for name, count in ranked}


def main() -> int:
    """Measure a moving session, then a paused one, then peak memory over the whole; print JSON.

    With `--session`, `--floor` or `--paints`, only that figure (see the module's docstring).
    """
    app = QApplication(sys.argv[:1])
    if sys.argv[1:2] == ["--session"]:
        print(json.dumps(session_cpu(app, float(sys.argv[2]))))
        return 0
    if sys.argv[1:2] == ["--paints"]:
        print(json.dumps(session_paints(app, float(sys.argv[2]))))
        return 0
    if sys.argv[1:2] == ["--floor"]:
        place = [int(number) for number in sys.argv[3:7]]
        print(json.dumps(floor_cpu(app, float(sys.argv[2]), place)))
        return 0
    window, ahead, _scratch = open_window(app)
    start(app, window)
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
