"""The one Qt adapter between the pure session engine and everything that reacts to it.

It owns the real monotonic clock and the frame timer. The timer only wakes the engine up:
time always comes from the clock (`now - start - paused`), so a late or skipped tick never
costs the session a millisecond (DESIGN.md, "Qt timers skip late ticks").
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from backpain_gui.session.engine import CommandResult, Session
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.snapshot import Snapshot

# About 60 frames a second: smooth enough for the pacer, and it costs little.
FRAME_MS = 16

ENDING_KINDS = {EventKind.SESSION_FINISHED, EventKind.SESSION_ENDED}


class SessionDriver(QObject):
    """Runs a `Session` on the clock and passes on what happens.

    Signals:
        events_happened(list[Event]): events in order, as the engine reports them.
        frame(Snapshot): the session at this moment, once a frame while it runs.
        command_refused(str): a command that did not apply, and why.
        session_over(): the session finished or was ended.
    """

    events_happened = Signal(list)
    frame = Signal(object)
    command_refused = Signal(str)
    session_over = Signal()

    def __init__(
        self,
        session: Session,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._started = False
        self._over = False

    @property
    def running(self) -> bool:
        """True from start until the session finishes or is ended, paused or not."""
        return self._started and not self._over

    @property
    def ticking(self) -> bool:
        """Whether the frame timer runs: only while the session moves."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start the session now."""
        self._started = True
        self._publish(self.session.start(self._clock()))

    def snapshot(self) -> Snapshot:
        """The session at this moment."""
        return self.session.snapshot(self._clock())

    @Slot()
    def on_timer_timeout(self) -> None:
        """A frame: bring the engine up to the clock and show where it is."""
        self._publish(self.session.advance(self._clock()))

    def command(self, run: Callable[[float], CommandResult]) -> CommandResult:
        """Run one engine command at the clock's time and pass on what it did."""
        result = run(self._clock())
        self._publish(list(result.events))
        if not result.applied:
            self.command_refused.emit(result.reason)
        return result

    def _publish(self, events: list[Event]) -> None:
        if events:
            self.events_happened.emit(events)
        snapshot = self.snapshot()
        self.frame.emit(snapshot)
        if not self._over and any(event.kind in ENDING_KINDS for event in events):
            self._over = True
            self._timer.stop()
            self.session_over.emit()
        elif snapshot.paused:
            # Nothing moves while paused: no frames, no repaints, no CPU.
            self._timer.stop()
        elif not self._over and not self._timer.isActive():
            self._timer.start()
