"""The one Qt adapter between the pure session engine and everything that reacts to it.

It owns the real monotonic clock and the frame timer. The timer only wakes the engine up:
time always comes from the clock (`now - start - paused`), so a late or skipped tick never
costs the session a millisecond (DESIGN.md, "Qt timers skip late ticks").

Every wake-up while the session moves also reads a clock that counts sleep: a gap of more
than 2 s on either clock since the last wake-up (a suspend the monotonic clock did not see,
or a frozen process) pauses the session as of the wake-up before the gap (DESIGN.md, "The
monotonic clock stops while a Linux laptop sleeps").
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from backpain_gui.session.engine import CommandResult, Session
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.session.wake_gap import WakeGaps, WakeUp

# About 60 frames a second: smooth enough for the pacer, and it costs little.
FRAME_MS = 16

ENDING_KINDS = {EventKind.SESSION_FINISHED, EventKind.SESSION_ENDED}


def sleep_counting_clock() -> float:
    """Seconds on a clock that goes on counting while the computer sleeps."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    # Elsewhere the wall clock: it counts sleep, and a user setting it by more than 2 s
    # mid-session costs only a pause.
    return time.time()


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
        sleep_clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        # Sleep is looked for on the real clock, or when a test gives both clocks: a clock a
        # test moves by hand jumps on purpose, and that is no sleep.
        if sleep_clock is None and clock is time.monotonic:
            sleep_clock = sleep_counting_clock
        self._sleep_clock = sleep_clock
        self._wake_gaps = WakeGaps()
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

    def now(self) -> float:
        """The session's clock now."""
        return self._clock()

    def snapshot(self) -> Snapshot:
        """The session at this moment."""
        return self.session.snapshot(self._clock())

    @Slot()
    def on_timer_timeout(self) -> None:
        """A frame: bring the engine up to the clock and show where it is."""
        now = self._clock()
        if not self._paused_for_gap(now):
            self._publish(self.session.advance(now))

    def command(self, run: Callable[[float], CommandResult]) -> CommandResult:
        """Run one engine command at the clock's time and pass on what it did."""
        now = self._clock()
        # A key pressed on waking may come before the first frame: the sleep is paused first.
        self._paused_for_gap(now)
        result = run(now)
        self._publish(list(result.events))
        if not result.applied:
            self.command_refused.emit(result.reason)
        return result

    def pause_at(self, at: float) -> CommandResult | None:
        """Pause as of clock time `at` (sleep began then); None when there is nothing to pause."""
        now = self._clock()
        self._paused_for_gap(now)
        if not self.running or self.session.snapshot(now).paused:
            return None
        result = self.session.pause(at, now)
        self._publish(list(result.events))
        return result

    def _paused_for_gap(self, now: float) -> bool:
        """Pause as of the last wake-up if the clocks show a sleep since; whether it did."""
        if self._sleep_clock is None or not self._timer.isActive():
            return False
        began = self._wake_gaps.wake(WakeUp(now, self._sleep_clock()))
        if began is None:
            return False
        self._publish(list(self.session.pause(began, now).events))
        return True

    def _publish(self, events: list[Event]) -> None:
        if events:
            self.events_happened.emit(events)
        snapshot = self.snapshot()
        self.frame.emit(snapshot)
        if not self._over and any(event.kind in ENDING_KINDS for event in events):
            self._over = True
            self._stop_timer()
            self.session_over.emit()
        elif snapshot.paused:
            # Nothing moves while paused: no frames, no repaints, no CPU.
            self._stop_timer()
        elif not self._over and not self._timer.isActive():
            self._timer.start()
            if self._sleep_clock is not None:
                self._wake_gaps.wake(WakeUp(self._clock(), self._sleep_clock()))

    def _stop_timer(self) -> None:
        self._timer.stop()
        # A pause is no sleep: the wake-ups after it are measured from the resume.
        self._wake_gaps.forget()
