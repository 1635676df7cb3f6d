"""Run by bench_history_scale in a process of its own: `python -m benchmarks.history_probe
FOLDER`. Opens the history in FOLDER as the window does and prints, as JSON, the milliseconds
the plan's data took (open, progress, the calendar's six weeks) and the History window took to
open (offscreen Qt, built and shown, its first page listed).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROUTINE = "Pilates for back pain"
RUNS = 5


def plan_data_ms(folder: Path, today: date) -> float:
    """The median time from opening the history to the plan's numbers and calendar marks."""
    from backpain_gui.storage.history import History

    timings = []
    for _ in range(RUNS):
        began = time.perf_counter()
        history = History.open(folder)
        history.progress(ROUTINE, today, 14)
        monday = today - timedelta(days=today.weekday())
        history.day_marks(ROUTINE, monday - timedelta(weeks=5), today)
        timings.append((time.perf_counter() - began) * 1000)
        history.close()
    return statistics.median(timings)


def window_ms(folder: Path, today: date) -> tuple[float, int]:
    """The median time to build and show the History window, and the sessions it listed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from backpain_gui.storage.history import History
    from backpain_gui.ui.history_window import HistoryWindow

    app = QApplication.instance() or QApplication([])
    history = History.open(folder)
    timings = []
    listed = 0
    for _ in range(RUNS):
        began = time.perf_counter()
        window = HistoryWindow(history, 14, today=lambda: today)
        window.show()
        # As the main window does after show(): one read, not two.
        window.refresh()
        app.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
        listed = window.sessions.topLevelItemCount()
        window.close()
        window.deleteLater()
        app.processEvents()
    history.close()
    return statistics.median(timings), listed


def main() -> None:
    folder = Path(sys.argv[1])
    today = date.fromisoformat(sys.argv[2])
    plan = plan_data_ms(folder, today)
    shown, listed = window_ms(folder, today)
    print(json.dumps({"plan_ms": plan, "window_ms": shown, "listed": listed}))


if __name__ == "__main__":
    main()
