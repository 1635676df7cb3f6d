"""A sleep or a stall between two frames pauses the session as of the frame before it."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from backpain_gui.content.model import Routine
from backpain_gui.session import Event, EventKind, Session
from backpain_gui.session.wake_gap import GAP_SECONDS, WakeGaps, WakeUp, gap_start
from tests.session.session_routines import SMALL_ROUTINE_SECONDS, START

FRAME = 0.016
TEN_MINUTES = 600.0


def frames(start: float, end: float, sleep_counting_offset: float = 0.0) -> Iterator[WakeUp]:
    """Wake-ups every frame from `start` to `end`; the sleep-counting clock runs `offset` ahead."""
    count = round((end - start) / FRAME)
    for i in range(count + 1):
        at = start + i * FRAME
        yield WakeUp(at, at + sleep_counting_offset)


class Coached:
    """A session woken up frame by frame, as the frame timer does it, pausing at a gap."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.gaps = WakeGaps()
        self.events: list[Event] = []

    def wake(self, now: WakeUp) -> None:
        began = self.gaps.wake(now)
        if began is not None:
            self.events += self.session.pause(began, now.monotonic).events
            self.gaps.forget()
        else:
            self.events += self.session.advance(now.monotonic)

    def resume(self, now: float) -> None:
        self.events += self.session.resume(now).events

    def phases(self) -> list[tuple[int | None, object, int | None, int | None]]:
        """Every phase begun, as (exercise, side, rep, phase) in order."""
        return [
            (e.exercise_index, e.side, e.rep, e.phase_index)
            for e in self.events
            if e.kind is EventKind.PHASE_STARTED
        ]


def undisturbed_phases(routine: Routine) -> list[tuple[int | None, object, int | None, int | None]]:
    session = Session(routine)
    session.start(START)
    coached = Coached(session)
    for wake in frames(START, START + SMALL_ROUTINE_SECONDS + 1):
        coached.wake(wake)
    return coached.phases()


def test_a_ten_minute_freeze_pauses_at_its_start_and_loses_no_phase(
    session: Session, routine: Routine
) -> None:
    coached = Coached(session)
    # 8 s in: tilt rep 1, 1 s into the out breath. Then nothing runs for ten minutes.
    for wake in frames(START, START + 8):
        coached.wake(wake)
    before = session.snapshot(START + 8)
    woke = START + 8 + TEN_MINUTES
    coached.wake(WakeUp(woke, woke))

    paused = coached.events[-1]
    assert (paused.kind, paused.at, paused.session_time) == (EventKind.PAUSED, START + 8, 8.0)
    after = session.snapshot(woke)
    assert after.paused
    assert (after.rep, after.breath, after.seconds_into) == (1, before.breath, 1.0)
    assert after.elapsed == 8.0

    coached.resume(woke)
    for wake in frames(woke, woke + SMALL_ROUTINE_SECONDS + 5):
        coached.wake(wake)
    assert coached.events[-1].kind is EventKind.SESSION_FINISHED
    # Every breath of every rep is still there, in order, and the session took its planned time.
    assert coached.phases() == undisturbed_phases(routine)
    assert coached.events[-1].session_time == SMALL_ROUTINE_SECONDS


def test_a_suspend_the_monotonic_clock_missed_pauses_at_the_frame_before_it(
    session: Session,
) -> None:
    coached = Coached(session)
    for wake in frames(START, START + 8):
        coached.wake(wake)
    # A Linux suspend: the monotonic clock moved one frame, CLOCK_BOOTTIME ten minutes.
    coached.wake(WakeUp(START + 8 + FRAME, START + 8 + FRAME + TEN_MINUTES))

    paused = coached.events[-1]
    assert (paused.kind, paused.at, paused.session_time) == (EventKind.PAUSED, START + 8, 8.0)
    assert session.snapshot(START + 9).elapsed == 8.0


def test_a_late_frame_is_not_a_sleep() -> None:
    gaps = WakeGaps()
    assert gaps.wake(WakeUp(10.0, 50.0)) is None
    assert gaps.wake(WakeUp(11.9, 51.9)) is None
    assert gaps.wake(WakeUp(12.0, 53.9)) is None


def test_after_a_pause_the_first_wake_up_starts_afresh() -> None:
    gaps = WakeGaps()
    gaps.wake(WakeUp(10.0, 50.0))
    gaps.forget()
    # Paused for an hour: resuming is no gap.
    assert gaps.wake(WakeUp(3610.0, 3650.0)) is None
    assert gaps.wake(WakeUp(3613.0, 3653.0)) == 3610.0


# Clock readings up to about eleven days of uptime; steps kept clear of the limit itself,
# where float rounding decides.
readings = st.floats(min_value=0.0, max_value=1e6)
steps = st.floats(min_value=0.0, max_value=GAP_SECONDS - 0.001)


@given(readings, readings, steps, steps)
def test_steps_within_the_limit_on_both_clocks_are_never_a_gap(
    monotonic: float, sleep_counting: float, awake: float, asleep: float
) -> None:
    previous = WakeUp(monotonic, sleep_counting)
    current = WakeUp(monotonic + awake, sleep_counting + awake + asleep)
    assert gap_start(previous, current) is None


@given(readings, readings, st.floats(min_value=GAP_SECONDS + 0.001, max_value=1e6))
def test_a_gap_on_either_clock_began_at_the_earlier_wake_up(
    monotonic: float, sleep_counting: float, gap: float
) -> None:
    previous = WakeUp(monotonic, sleep_counting)
    stalled = WakeUp(monotonic + gap, sleep_counting + gap)
    slept = WakeUp(monotonic + FRAME, sleep_counting + FRAME + gap)
    assert gap_start(previous, stalled) == monotonic
    assert gap_start(previous, slept) == monotonic
