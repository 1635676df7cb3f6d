"""Python's garbage collector, run on the UI thread only.

Python collects cyclic garbage on whichever thread happens to allocate when a threshold is
crossed. The voice's engine lives on a QThread whose slots are Python, so a collection could
start there and delete Qt objects that live on the UI thread, from the wrong thread: their
timers stay registered, and the next timer event reaches freed memory (a segfault far from
the cause; seen in the test suite as crashes in painting and event processing). So automatic
collection is switched off and the same thresholds are checked from a timer on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the counts are looked at: often enough that garbage does not pile up.
CHECK_MS = 500


class MainThreadCollector(QObject):
    """Collects garbage on the thread it lives on (the UI thread), never on another."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect each generation whose count has passed its threshold, as Python would."""
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)
