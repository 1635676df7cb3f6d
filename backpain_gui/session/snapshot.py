"""What the session looks like at one moment: everything the screen shows, read-only."""

from __future__ import annotations

from dataclasses import dataclass

from backpain_gui.content.model import Breath, Exercise, Phase, Side, Variant
from backpain_gui.session.position import NS_PER_MS, RUNNING, Position, SessionState, seconds
from backpain_gui.session.records import ExerciseRecord
from backpain_gui.session.schedule import ExercisePlan


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The session at one moment. Indexes are 0-based; `rep` is 1-based ("rep 3 of 10")."""

    state: SessionState
    paused: bool
    # Seconds left in the resume countdown, while there is one.
    resume_countdown: float | None
    exercise: Exercise | None
    exercise_index: int | None
    exercise_count: int
    variant: Variant | None
    # A variant asked for mid-rep, waiting for the next rep boundary.
    pending_variant: Variant | None
    side: Side | None
    rep: int | None
    reps: int | None
    # Reps done so far on each side of the current exercise.
    reps_done: tuple[int, ...]
    phase: Phase | None
    phase_index: int | None
    phase_count: int | None
    breath: Breath | None
    # The current period: a phase, or the get-ready, switch-sides or rest countdown.
    period_seconds: float
    seconds_into: float
    seconds_left: float
    # How far through the current period, 0..1, for the pacer.
    progress: float
    # Left in the current exercise, its rest included, and in the whole session.
    exercise_seconds_left: float
    session_seconds_left: float
    # The whole session as planned now (skips and variant changes included), so that
    # 1 - session_seconds_left / session_seconds_planned is how far through it the user is.
    session_seconds_planned: float
    # Active session seconds so far, pauses excluded.
    elapsed: float
    # The exercise after this one (during rest: the one the rest previews).
    next_exercise: Exercise | None
    next_exercise_index: int | None
    next_variant: Variant | None
    records: tuple[ExerciseRecord, ...]


def _plans_ms(plans: tuple[ExercisePlan, ...]) -> int:
    return sum(plan.total_ms for plan in plans)


def _idle(p: Position) -> Snapshot:
    """Before the start (all ahead, the first exercise next) or after the end (nothing left)."""
    started = p.state is not SessionState.NOT_STARTED
    upcoming = None if started else p.plans[0]
    left = 0 if started else _plans_ms(p.plans) * NS_PER_MS
    return Snapshot(
        state=p.state,
        paused=False,
        resume_countdown=None,
        exercise=None,
        exercise_index=None,
        exercise_count=len(p.plans),
        variant=None,
        pending_variant=None,
        side=None,
        rep=None,
        reps=None,
        reps_done=(),
        phase=None,
        phase_index=None,
        phase_count=None,
        breath=None,
        period_seconds=0.0,
        seconds_into=0.0,
        seconds_left=0.0,
        progress=1.0 if started else 0.0,
        exercise_seconds_left=0.0,
        session_seconds_left=seconds(left),
        session_seconds_planned=seconds(_plans_ms(p.plans) * NS_PER_MS),
        elapsed=seconds(p.period_start),
        next_exercise=upcoming.exercise if upcoming else None,
        next_exercise_index=upcoming.index if upcoming else None,
        next_variant=upcoming.variant if upcoming else None,
        records=p.records,
    )


def take_snapshot(
    p: Position, session_ns: int, paused: bool, resume_left_ns: int | None
) -> Snapshot:
    """The snapshot of position `p` (already advanced) at session time `session_ns`."""
    if p.state not in RUNNING:
        return _idle(p)
    plan = p.plan
    period = p.period_ns()
    into = min(max(session_ns - p.period_start, 0), period)
    exercise_left = period - into + p.ns_after_period()
    upcoming = p.plans[p.slot + 1] if p.slot + 1 < len(p.plans) else None
    exercising = p.state is SessionState.EXERCISING
    phase = plan.phases[p.phase_index].phase if exercising else None
    resting = p.state is SessionState.REST
    return Snapshot(
        state=p.state,
        paused=paused,
        resume_countdown=None if resume_left_ns is None else seconds(resume_left_ns),
        exercise=plan.exercise,
        exercise_index=p.slot,
        exercise_count=len(p.plans),
        variant=plan.variant,
        pending_variant=p.pending.variant if p.pending else None,
        side=None if resting else p.side,
        rep=p.rep_index + 1 if exercising else None,
        reps=plan.reps,
        reps_done=p.reps_done,
        phase=phase,
        phase_index=p.phase_index if exercising else None,
        phase_count=len(plan.phases) if exercising else None,
        breath=phase.breath if phase else None,
        period_seconds=seconds(period),
        seconds_into=seconds(into),
        seconds_left=seconds(period - into),
        progress=into / period if period else 1.0,
        exercise_seconds_left=seconds(exercise_left),
        session_seconds_left=seconds(exercise_left + _plans_ms(p.plans[p.slot + 1 :]) * NS_PER_MS),
        session_seconds_planned=seconds(_plans_ms(p.plans) * NS_PER_MS),
        elapsed=seconds(session_ns),
        next_exercise=upcoming.exercise if upcoming else None,
        next_exercise_index=upcoming.index if upcoming else None,
        next_variant=upcoming.variant if upcoming else None,
        records=p.records,
    )
