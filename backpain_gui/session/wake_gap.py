"""Finding a sleep or a stall between two wake-ups of the frame timer, from two clock readings.

A Linux laptop's monotonic clock stops while it sleeps, so a suspend leaves no gap in it; a
clock that counts sleep (CLOCK_BOOTTIME) jumps instead (DESIGN.md, Known traps). A frozen or
starved process shows the other way: a gap in the monotonic clock itself. Either gap, longer
than `GAP_SECONDS`, means the user was not being coached from the earlier wake-up on, so the
session should be paused as of then. Pure: the caller reads the clocks and passes them in.
"""

from __future__ import annotations

from dataclasses import dataclass

# Frames come every 16 ms; a stall of 2 s is no hiccup, and a shorter sleep does not exist.
GAP_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class WakeUp:
    """The two clocks read at one wake-up: the monotonic one, and one that counts sleep."""

    monotonic: float
    sleep_counting: float


def gap_start(previous: WakeUp, current: WakeUp, limit: float = GAP_SECONDS) -> float | None:
    """The monotonic time a gap began, if more than `limit` seconds lie between the wake-ups."""
    awake = current.monotonic - previous.monotonic
    # Time the sleep-counting clock saw and the monotonic one did not: a suspend.
    asleep = (current.sleep_counting - previous.sleep_counting) - awake
    if awake > limit or asleep > limit:
        return previous.monotonic
    return None


class WakeGaps:
    """Remembers the latest wake-up, and says when the gap since it was too long."""

    def __init__(self, limit: float = GAP_SECONDS) -> None:
        self.limit = limit
        self._previous: WakeUp | None = None

    def wake(self, now: WakeUp) -> float | None:
        """Note a wake-up; the monotonic time a gap before it began, or None."""
        previous, self._previous = self._previous, now
        return None if previous is None else gap_start(previous, now, self.limit)

    def forget(self) -> None:
        """The wake-ups stopped on purpose (a pause): the next one starts afresh."""
        self._previous = None
