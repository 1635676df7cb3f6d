"""The session's timetable: every period's length, the one source of truth for plan and engine.

Lengths are whole milliseconds, so totals add up exactly (no float drift) and the plan
screen, `backpain-gui plan` and the running session agree to the millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backpain_gui.content.model import Exercise, Phase, Routine, Side, Variant
from backpain_gui.session.settings import SessionSettings

MS_PER_SECOND = 1000


def to_ms(seconds: float) -> int:
    """Seconds as whole milliseconds, rounded to the nearest."""
    return round(seconds * MS_PER_SECOND)


def ms_to_seconds(ms: int) -> float:
    """Milliseconds as seconds (int/int division is correctly rounded)."""
    return ms / MS_PER_SECOND


@dataclass(frozen=True, slots=True)
class PhasePlan:
    """One phase of a rep with its tempo-scaled length."""

    phase: Phase
    ms: int

    @property
    def seconds(self) -> float:
        """The phase's length in seconds."""
        return ms_to_seconds(self.ms)


@dataclass(frozen=True, slots=True)
class ExercisePlan:
    """One exercise as it will run: variant, sides, reps, phases and every pause around them."""

    exercise: Exercise
    index: int
    variant: Variant
    reps: int
    phases: tuple[PhasePlan, ...]
    get_ready_ms: int
    # The length of one switch-sides pause; a two-sided exercise has one, others none.
    switch_sides_ms: int
    # Zero for the last exercise: the session ends without a rest after it.
    rest_ms: int
    # Worked out once, in __post_init__, as the engine asks for them at every snapshot:
    # the sides in the order they are done (`(None,)` for a one-sided exercise), the length
    # of one rep, and the total: get-ready, every rep on every side, the switches and the rest.
    sides: tuple[Side | None, ...] = field(init=False)
    rep_ms: int = field(init=False)
    total_ms: int = field(init=False)

    def __post_init__(self) -> None:
        sides = self.exercise.sides
        rep_ms = sum(phase.ms for phase in self.phases)
        total_ms = (
            self.get_ready_ms
            + len(sides) * self.reps * rep_ms
            + (len(sides) - 1) * self.switch_sides_ms
            + self.rest_ms
        )
        object.__setattr__(self, "sides", sides)
        object.__setattr__(self, "rep_ms", rep_ms)
        object.__setattr__(self, "total_ms", total_ms)

    @property
    def switches(self) -> int:
        """How many switch-sides pauses the exercise has."""
        return len(self.sides) - 1

    @property
    def get_ready_seconds(self) -> float:
        """The get-ready countdown in seconds."""
        return ms_to_seconds(self.get_ready_ms)

    @property
    def switch_sides_seconds(self) -> float:
        """One switch-sides pause in seconds (0 for a one-sided exercise)."""
        return ms_to_seconds(self.switch_sides_ms)

    @property
    def rest_seconds(self) -> float:
        """The rest after the exercise in seconds (0 for the last one)."""
        return ms_to_seconds(self.rest_ms)

    @property
    def total_seconds(self) -> float:
        """The exercise's total length in seconds."""
        return ms_to_seconds(self.total_ms)


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """The whole session as it will run when no command changes it."""

    exercises: tuple[ExercisePlan, ...]

    @property
    def total_ms(self) -> int:
        """The session's length: the sum of its exercises' totals."""
        return sum(plan.total_ms for plan in self.exercises)

    @property
    def total_seconds(self) -> float:
        """The session's length in seconds."""
        return ms_to_seconds(self.total_ms)


def included_exercises(routine: Routine, settings: SessionSettings) -> tuple[Exercise, ...]:
    """The exercises the settings include, in their order; ValueError for an unknown id."""
    if settings.exercises is None:
        chosen = routine.exercises
    else:
        known = {exercise.id: exercise for exercise in routine.exercises}
        unknown = [exercise_id for exercise_id in settings.exercises if exercise_id not in known]
        if unknown:
            raise ValueError(f"no such exercise in {routine.title!r}: {', '.join(unknown)}")
        chosen = tuple(known[exercise_id] for exercise_id in settings.exercises)
    if not chosen:
        raise ValueError(f"{routine.title!r} has no exercises to do")
    return chosen


# Getting down onto the mat, from lying on the back onto the side or front, or rolling over
# onto the other side takes longer than settling again in the same place: a get-ready or a
# switch of sides that changes the body's position (where the routine names positions) is
# this much longer than the user's setting.
POSITION_CHANGE_EXTRA_MS = 5000
# The first exercise on the floor starts from standing at the laptop: getting down safely
# with a painful back (half-kneel, hands to the floor, onto the side, onto the back) takes
# 15-25 s, a physiotherapist's review found, so its get-ready is this much longer again
# (20 s in all with the default 5 s).
FIRST_ON_THE_FLOOR_EXTRA_MS = 10000
FLOOR_POSITIONS = frozenset({"back", "side", "front", "sitting", "kneeling"})


def changes_position(exercise: Exercise, before: Exercise | None) -> bool:
    """Whether `exercise` starts in another position than `before` ended in (None: the first).

    Only a routine that names positions says so; one that does not keeps the plain get-ready.
    """
    if exercise.position is None:
        return False
    return before is None or before.position != exercise.position


def plan_exercise(
    exercise: Exercise,
    index: int,
    variant: Variant,
    settings: SessionSettings,
    last: bool,
    position_change: bool = False,
    first: bool = False,
) -> ExercisePlan:
    """One exercise's plan in the given variant (or standard, where the exercise lacks it).

    `position_change`: the exercise starts in a new position, so its get-ready is longer;
    `first`: it is the session's first, so one on the floor gives longer still to get down.
    """
    version = exercise.variant(variant)
    if not version.phases:
        raise ValueError(f"{exercise.id} ({version.variant}) has no phases")
    # At least 1 ms a phase, so a tiny phase at a fast tempo still exists in time.
    phases = tuple(
        PhasePlan(phase, max(1, to_ms(phase.seconds * settings.tempo))) for phase in version.phases
    )
    return ExercisePlan(
        exercise=exercise,
        index=index,
        variant=version.variant,
        reps=settings.reps_for(exercise.id, exercise.reps),
        phases=phases,
        get_ready_ms=to_ms(settings.get_ready_seconds)
        + (POSITION_CHANGE_EXTRA_MS if position_change else 0)
        + (FIRST_ON_THE_FLOOR_EXTRA_MS if first and exercise.position in FLOOR_POSITIONS else 0),
        # Turning onto the other side on the floor is a change of position too.
        switch_sides_ms=to_ms(settings.switch_sides_seconds)
        + (POSITION_CHANGE_EXTRA_MS if exercise.position is not None else 0)
        if exercise.two_sided
        else 0,
        rest_ms=0 if last else to_ms(settings.rest_seconds),
    )


def plan_session(routine: Routine, settings: SessionSettings | None = None) -> SessionPlan:
    """The plan of a whole session: each included exercise as it will run, and the total."""
    settings = settings or SessionSettings()
    chosen = included_exercises(routine, settings)
    return SessionPlan(
        tuple(
            plan_exercise(
                exercise,
                index,
                settings.variant_for(exercise.id),
                settings,
                index == len(chosen) - 1,
                changes_position(exercise, chosen[index - 1] if index else None),
                first=index == 0,
            )
            for index, exercise in enumerate(chosen)
        )
    )
