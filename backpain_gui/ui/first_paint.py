"""Work that waits for the window's first paint: what the first sight of the plan does not need.

A zero-length timer set before `show()` fires before the window is exposed, so the sound's
warm-up, the desktop's followers (tray, reminder, media keys, sleep), and their imports would
still delay the first picture. Instead the app watches for the window's first paint event and
runs the waiting work on the next turn of the event loop, once that paint is on screen. A
window that is not shown (the tray at login) runs it at once.

The window itself is watched, not the whole application: the first paint of a window paints
the window first, then its children, in one pass. An application-wide filter in Python has
every event of every object wrapped for Python, and wrapping an object of a class Python has
not seen makes PySide set up every QObject class of every module it has loaded, with their
enums: about 120 of them, 10-25 ms, at the very start of the event loop, before the paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs `work`, in order, once `window` has painted for the first time."""

    def __init__(self, window: QWidget, work: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        self.work = list(work)
        self._waiting = True
        if not window.isVisible():
            QTimer.singleShot(0, self._run)
            return
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._waiting and watched is self.window and event.type() == QEvent.Type.Paint:
            self._waiting = False
            self.window.removeEventFilter(self)
            # The paint under way (the window's children too) finishes and reaches the
            # screen first.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._waiting = False
        work, self.work = self.work, []
        for job in work:
            job()
