"""Hypothesis drives a session with random commands over a fake clock and checks its invariants.

Records invariant, stated precisely: the records are always the first k included exercises,
in order, each exactly once (indexes 0..k-1); at FINISHED, k is the number of exercises.
"""

from __future__ import annotations

import math

from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from backpain_gui.content.model import Variant
from backpain_gui.session import (
    CommandResult,
    Event,
    Session,
    SessionSettings,
    SessionState,
    Snapshot,
)
from tests.session.session_routines import START, small_routine

ROUTINE = small_routine()
IDS = tuple(exercise.id for exercise in ROUTINE.exercises)

session_settings = st.builds(
    SessionSettings,
    tempo=st.sampled_from([0.5, 1.0, 1.1, 1.25, 2.0]),
    reps=st.dictionaries(st.sampled_from(IDS), st.integers(1, 3), max_size=2),
    get_ready_seconds=st.sampled_from([0.0, 1.0, 5.0]),
    switch_sides_seconds=st.sampled_from([0.0, 2.5, 5.0]),
    rest_seconds=st.sampled_from([0.0, 3.0, 15.0]),
    resume_countdown_seconds=st.sampled_from([0.0, 3.0]),
    variant=st.sampled_from(Variant),
    exercises=st.one_of(
        st.none(), st.lists(st.sampled_from(IDS), min_size=1, max_size=3, unique=True).map(tuple)
    ),
)

# Mostly the ticks of a busy UI, sometimes a long stall or a laptop lid closed.
clock_steps = st.one_of(
    st.floats(0, 3, allow_nan=False),
    st.floats(3, 120, allow_nan=False),
    st.sampled_from([0.0, 0.001, 1.0]),
)


class SessionMachine(RuleBasedStateMachine):
    """A session, a fake clock, and everything it has reported so far."""

    def __init__(self) -> None:
        super().__init__()
        self.session = Session(ROUTINE)
        self.now = START
        self.events: list[Event] = []

    @initialize(chosen=session_settings)
    def start(self, chosen: SessionSettings) -> None:
        self.session = Session(ROUTINE, chosen)
        self.take(self.session.start(self.now))

    def take(self, events: list[Event] | tuple[Event, ...]) -> None:
        for event in events:
            if self.events:
                assert event.at >= self.events[-1].at
                assert event.session_time >= self.events[-1].session_time
            assert event.at <= self.now + 1e-9
            self.events.append(event)

    def command(self, result: CommandResult, before: Snapshot) -> None:
        """Take a command's events; one that did not apply must have changed nothing."""
        self.take(result.events)
        if not result.applied:
            assert result.reason
            assert self.session.snapshot(self.now) == before

    def shown(self) -> Snapshot:
        return self.session.snapshot(self.now)

    # Time passes.

    @rule(step=clock_steps)
    def time_passes(self, step: float) -> None:
        before = self.shown()
        self.now += step
        predicted = self.shown()
        self.take(self.session.advance(self.now))
        # A snapshot is what advance lands on, and taking one changes nothing.
        assert self.shown() == predicted
        if before.paused:
            assert predicted == before

    @rule(step=clock_steps)
    def time_goes_backwards(self, step: float) -> None:
        before = self.shown()
        assert self.session.advance(self.now - step) == []
        assert self.session.snapshot(self.now - step) == before

    # Commands.

    @rule()
    def pause(self) -> None:
        # Taken before the command: an argument after it would see the pause already applied.
        before = self.shown()
        self.command(self.session.pause(self.now), before)

    @rule(ago=st.floats(0, 60, allow_nan=False))
    def pause_retroactively(self, ago: float) -> None:
        before = self.shown()
        self.command(self.session.pause(self.now - ago, now=self.now), before)

    @rule()
    def resume(self) -> None:
        before = self.shown()
        self.command(self.session.resume(self.now), before)

    @rule()
    def toggle_pause(self) -> None:
        before = self.shown()
        self.command(self.session.toggle_pause(self.now), before)

    @rule()
    def skip(self) -> None:
        before = self.shown()
        self.command(self.session.skip(self.now), before)

    @rule()
    def back(self) -> None:
        before = self.shown()
        self.command(self.session.back(self.now), before)

    @rule()
    def restart_exercise(self) -> None:
        before = self.shown()
        self.command(self.session.restart_exercise(self.now), before)

    @rule(variant=st.sampled_from(Variant), index=st.none() | st.integers(-1, 3))
    def set_variant(self, variant: Variant, index: int | None) -> None:
        before = self.shown()
        self.command(self.session.set_variant(self.now, variant, index), before)

    # Ending is rare, so most runs go on long enough to exercise everything else.
    @precondition(lambda self: len(self.events) > 40)
    @rule()
    def end(self) -> None:
        before = self.shown()
        self.command(self.session.end(self.now), before)

    # What always holds.

    @invariant()
    def the_snapshot_is_sane(self) -> None:
        shown = self.shown()
        assert 0.0 <= shown.progress <= 1.0
        assert 0.0 <= shown.seconds_left <= shown.period_seconds
        assert math.isclose(shown.seconds_into + shown.seconds_left, shown.period_seconds)
        assert shown.exercise_seconds_left <= shown.session_seconds_left
        if shown.rep is not None:
            assert shown.reps is not None
            assert 1 <= shown.rep <= shown.reps
        if shown.reps is not None:
            assert all(done <= shown.reps for done in shown.reps_done)
        if shown.phase_index is not None:
            assert shown.phase_count is not None
            assert 0 <= shown.phase_index < shown.phase_count
        assert not (shown.paused and shown.resume_countdown is not None)

    @invariant()
    def session_time_never_outruns_the_clock(self) -> None:
        assert self.shown().elapsed <= self.now - START + 1e-9

    @invariant()
    def records_are_the_first_exercises_each_once(self) -> None:
        shown = self.shown()
        indexes = [record.exercise_index for record in shown.records]
        assert indexes == list(range(len(indexes)))
        for record in shown.records:
            assert all(done <= record.reps_target for done in record.reps_done)
        if shown.state is SessionState.FINISHED:
            assert len(indexes) == shown.exercise_count

    def teardown(self) -> None:
        # Commands stop and time runs: the session always gets to the end.
        if self.shown().paused:
            self.take(self.session.resume(self.now).events)
        self.now += self.shown().resume_countdown or 0.0
        self.take(self.session.advance(self.now))
        # The time left it shows is exactly the time it takes (give or take float rounding).
        self.now += self.shown().session_seconds_left + 1e-6
        self.take(self.session.advance(self.now))
        shown = self.shown()
        assert shown.state in (SessionState.FINISHED, SessionState.ENDED)
        if shown.state is SessionState.FINISHED:
            assert [r.exercise_index for r in shown.records] == list(range(shown.exercise_count))
            assert self.events[-1].kind.value == "session_finished"


SessionMachine.TestCase.settings = hypothesis_settings(
    max_examples=400, stateful_step_count=50, deadline=None
)
test_session_machine = SessionMachine.TestCase
