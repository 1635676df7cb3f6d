"""Work that waits for the window's first paint: what the first sight of the plan does not need.

A zero-length timer set before `show()` fires before the window is exposed, so the voice, the
desktop's followers (tray, reminder, media keys, sleep), and their imports would still delay
the first picture. Instead the app watches for the first paint event of any of the window's
widgets and runs the waiting work on the next turn of the event loop, once that paint is on
screen. A window that is not shown (the tray at login) runs it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Runs `work`, in order, once `window` has painted for the first time."""

    def __init__(self, window: QWidget, work: list[Callable[[], object]]) -> None:
        app = QApplication.instance()
        super().__init__(window)
        self.window = window
        self.work = list(work)
        self._waiting = True
        if not window.isVisible() or app is None:
            QTimer.singleShot(0, self._run)
            return
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._waiting
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self._waiting = False
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # The paint under way finishes and reaches the screen first.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._waiting = False
        work, self.work = self.work, []
        for job in work:
            job()
