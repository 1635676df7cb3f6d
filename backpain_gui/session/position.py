"""Where a session is in its timetable, and how it moves on: pure functions of session time.

Times here are integer nanoseconds of session time (active, pause-excluded, from the start).
Every period starts exactly where the one before it ended by the schedule, so no error can
accumulate however irregularly the clock is read.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple

from backpain_gui.content.model import Side
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.session.schedule import ExercisePlan

NS_PER_MS = 1_000_000
NS_PER_SECOND = 1_000_000_000


class SessionState(StrEnum):
    """What the session is doing; pausing is a flag beside it, not a state of its own."""

    NOT_STARTED = "not_started"
    GET_READY = "get_ready"
    EXERCISING = "exercising"
    SWITCH_SIDES = "switch_sides"
    REST = "rest"
    FINISHED = "finished"
    ENDED = "ended"


# The states in which time moves the session on and commands apply.
RUNNING = frozenset(
    {SessionState.GET_READY, SessionState.EXERCISING, SessionState.SWITCH_SIDES, SessionState.REST}
)


def seconds(ns: int) -> float:
    """Nanoseconds as seconds (int/int division is correctly rounded)."""
    return ns / NS_PER_SECOND


class Position(NamedTuple):
    """The session's place in its timetable, and what it has recorded so far."""

    # A named tuple rather than a frozen dataclass: it is replaced at every boundary, and
    # `_replace` costs a third of `dataclasses.replace` (benchmarks/bench_session.py).

    # Each included exercise's plan, in the variant it currently runs in.
    plans: tuple[ExercisePlan, ...]
    state: SessionState
    # Index into `plans`; during REST, the exercise just finished.
    slot: int = 0
    side_index: int = 0
    rep_index: int = 0
    phase_index: int = 0
    # Session time the current period (phase, get-ready, switch, rest) began; when the
    # session is over, the time it finished or ended.
    period_start: int = 0
    # Session time this attempt at the exercise began (its get-ready start).
    exercise_start: int = 0
    # A variant asked for mid-rep; it takes over at the next rep boundary.
    pending: ExercisePlan | None = None
    reps_done: tuple[int, ...] = ()
    # One record per exercise already left, in order: always `plans[:len(records)]`.
    records: tuple[ExerciseRecord, ...] = ()

    @property
    def plan(self) -> ExercisePlan:
        """The current exercise's plan."""
        return self.plans[self.slot]

    @property
    def side(self) -> Side | None:
        """The side being done (or about to be, during a switch)."""
        return self.plan.sides[self.side_index]

    def period_ns(self) -> int:
        """The length of the current period."""
        plan = self.plan
        match self.state:
            case SessionState.GET_READY:
                ms = plan.get_ready_ms
            case SessionState.EXERCISING:
                ms = plan.phases[self.phase_index].ms
            case SessionState.SWITCH_SIDES:
                ms = plan.switch_sides_ms
            case SessionState.REST:
                ms = plan.rest_ms
            case _:
                ms = 0
        return ms * NS_PER_MS

    def ns_after_period(self) -> int:
        """How much of the current exercise (with its rest) is left after the current period."""
        plan = self.plan
        future_rep = (self.pending or plan).rep_ms
        sides_after = len(plan.sides) - self.side_index - 1
        match self.state:
            case SessionState.GET_READY:
                ms = len(plan.sides) * plan.reps * future_rep + plan.switches * plan.switch_sides_ms
            case SessionState.EXERCISING:
                ms = (
                    sum(phase.ms for phase in plan.phases[self.phase_index + 1 :])
                    + (plan.reps - self.rep_index - 1) * future_rep
                    + sides_after * (plan.switch_sides_ms + plan.reps * future_rep)
                )
            case SessionState.SWITCH_SIDES:
                ms = (sides_after + 1) * plan.reps * future_rep + sides_after * plan.switch_sides_ms
            case _:
                return 0
        return (ms + plan.rest_ms) * NS_PER_MS


def make_event(kind: EventKind, p: Position, when: int, offset: int, **extra: Any) -> Event:
    """An event about the current exercise, due at session time `when` (+ `offset` on the clock)."""
    plan = p.plan
    return Event(
        kind=kind,
        at=seconds(when + offset),
        session_time=seconds(when),
        exercise_index=p.slot,
        exercise_id=plan.exercise.id,
        variant=plan.variant,
        **extra,
    )


def advance(p: Position, target: int, offset: int, out: list[Event]) -> Position:
    """Move through every period that ends at or before session time `target`."""
    while p.state in RUNNING:
        end = p.period_start + p.period_ns()
        if end > target:
            break
        p = _next_period(p, end, offset, out)
    return p


def _next_period(p: Position, end: int, offset: int, out: list[Event]) -> Position:
    match p.state:
        case SessionState.GET_READY:
            out.append(make_event(EventKind.EXERCISE_STARTED, p, end, offset, reps=p.plan.reps))
            return _begin_rep(p, end, 0, 0, offset, out)
        case SessionState.SWITCH_SIDES:
            return _begin_rep(p, end, p.side_index, 0, offset, out)
        case SessionState.REST:
            return begin_get_ready(p, p.slot + 1, end, offset, out)
    if p.phase_index + 1 < len(p.plan.phases):
        p = p._replace(phase_index=p.phase_index + 1, period_start=end)
        out.append(_phase_started(p, offset))
        return p
    return _finish_rep(p, end, offset, out)


def _phase_started(p: Position, offset: int) -> Event:
    plan = p.plan
    phase = plan.phases[p.phase_index]
    return make_event(
        EventKind.PHASE_STARTED,
        p,
        p.period_start,
        offset,
        side=p.side,
        rep=p.rep_index + 1,
        reps=plan.reps,
        phase_index=p.phase_index,
        phase_count=len(plan.phases),
        breath=phase.phase.breath,
        seconds=phase.seconds,
    )


def _begin_rep(
    p: Position, when: int, side_index: int, rep_index: int, offset: int, out: list[Event]
) -> Position:
    if p.pending is not None:
        p = p._replace(plans=_with_plan(p.plans, p.pending), pending=None)
        out.append(make_event(EventKind.VARIANT_CHANGED, p, when, offset))
    p = p._replace(
        state=SessionState.EXERCISING,
        side_index=side_index,
        rep_index=rep_index,
        phase_index=0,
        period_start=when,
    )
    out.append(_phase_started(p, offset))
    return p


def _finish_rep(p: Position, end: int, offset: int, out: list[Event]) -> Position:
    done = list(p.reps_done)
    done[p.side_index] += 1
    p = p._replace(reps_done=tuple(done))
    out.append(
        make_event(
            EventKind.REP_COMPLETED,
            p,
            end,
            offset,
            side=p.side,
            rep=p.rep_index + 1,
            reps=p.plan.reps,
            reps_done=p.reps_done,
        )
    )
    if p.rep_index + 1 < p.plan.reps:
        return _begin_rep(p, end, p.side_index, p.rep_index + 1, offset, out)
    if p.side_index + 1 < len(p.plan.sides):
        p = p._replace(
            state=SessionState.SWITCH_SIDES,
            side_index=p.side_index + 1,
            rep_index=0,
            phase_index=0,
            period_start=end,
        )
        seconds_ = seconds(p.period_ns())
        out.append(
            make_event(EventKind.SIDE_SWITCHED, p, end, offset, side=p.side, seconds=seconds_)
        )
        return p
    return _complete_exercise(p, end, offset, out)


def _record(p: Position, when: int) -> ExerciseRecord:
    plan = p.plan
    return ExerciseRecord(
        exercise_index=p.slot,
        exercise_id=plan.exercise.id,
        outcome=ExerciseRecord.outcome_of(p.reps_done, plan.reps),
        variant=plan.variant,
        sides=plan.sides,
        reps_done=p.reps_done,
        reps_target=plan.reps,
        seconds=seconds(when - p.exercise_start),
    )


def _complete_exercise(p: Position, end: int, offset: int, out: list[Event]) -> Position:
    # A variant still pending when the last rep ends never took effect: it is dropped.
    p = p._replace(records=(*p.records, _record(p, end)), pending=None)
    out.append(
        make_event(
            EventKind.EXERCISE_COMPLETED,
            p,
            end,
            offset,
            reps_done=p.reps_done,
            outcome=Outcome.DONE,
        )
    )
    if p.slot + 1 < len(p.plans):
        p = p._replace(state=SessionState.REST, period_start=end)
        upcoming = p.plans[p.slot + 1]
        out.append(
            make_event(
                EventKind.REST_STARTED,
                p,
                end,
                offset,
                seconds=seconds(p.period_ns()),
                next_exercise_index=upcoming.index,
                next_exercise_id=upcoming.exercise.id,
            )
        )
        return p
    return finish(p, end, offset, out)


def _with_plan(plans: tuple[ExercisePlan, ...], plan: ExercisePlan) -> tuple[ExercisePlan, ...]:
    return (*plans[: plan.index], plan, *plans[plan.index + 1 :])


# Commands: each takes the session time `when` it applies at and returns the new position.


def begin_get_ready(p: Position, slot: int, when: int, offset: int, out: list[Event]) -> Position:
    """Start exercise `slot` from its get-ready; records from it onwards are dropped (redone)."""
    plan = p.plans[slot]
    p = Position(
        plans=p.plans,
        state=SessionState.GET_READY,
        slot=slot,
        period_start=when,
        exercise_start=when,
        reps_done=(0,) * len(plan.sides),
        records=p.records[:slot],
    )
    out.append(
        make_event(
            EventKind.GET_READY_STARTED,
            p,
            when,
            offset,
            side=p.side,
            reps=plan.reps,
            seconds=seconds(p.period_ns()),
        )
    )
    return p


def leave_exercise(p: Position, when: int, offset: int, out: list[Event]) -> Position:
    """Record the current exercise as left early; during rest it is already recorded as done."""
    if p.state is SessionState.REST:
        return p
    record = _record(p, when)
    out.append(
        make_event(
            EventKind.EXERCISE_SKIPPED,
            p,
            when,
            offset,
            reps_done=p.reps_done,
            outcome=record.outcome,
        )
    )
    return p._replace(records=(*p.records, record), pending=None)


def restart(p: Position, slot: int, when: int, offset: int, out: list[Event]) -> Position:
    """Start exercise `slot` (this one or an earlier one) over from its get-ready."""
    target = p.plans[slot]
    out.append(
        Event(
            kind=EventKind.EXERCISE_RESTARTED,
            at=seconds(when + offset),
            session_time=seconds(when),
            exercise_index=slot,
            exercise_id=target.exercise.id,
            variant=target.variant,
            # The reps of the attempt being abandoned, when it is this exercise's.
            reps_done=p.reps_done if slot == p.slot and p.state is not SessionState.REST else None,
        )
    )
    return begin_get_ready(p, slot, when, offset, out)


def finish(p: Position, when: int, offset: int, out: list[Event]) -> Position:
    """Every exercise has been left: the session is finished."""
    p = p._replace(state=SessionState.FINISHED, period_start=when, pending=None)
    out.append(make_event(EventKind.SESSION_FINISHED, p, when, offset))
    return p


def end(p: Position, when: int, offset: int, out: list[Event]) -> Position:
    """The user ends the session early; exercises not reached get no record."""
    p = leave_exercise(p, when, offset, out)
    p = p._replace(state=SessionState.ENDED, period_start=when)
    out.append(make_event(EventKind.SESSION_ENDED, p, when, offset))
    return p


def change_plan(
    p: Position, plan: ExercisePlan, when: int, offset: int, out: list[Event]
) -> Position:
    """Run an exercise in another variant from now on (this one between reps, or a later one)."""
    p = p._replace(plans=_with_plan(p.plans, plan))
    if plan.index == p.slot:
        p = p._replace(pending=None)
    out.append(
        Event(
            kind=EventKind.VARIANT_CHANGED,
            at=seconds(when + offset),
            session_time=seconds(when),
            exercise_index=plan.index,
            exercise_id=plan.exercise.id,
            variant=plan.variant,
        )
    )
    return p
