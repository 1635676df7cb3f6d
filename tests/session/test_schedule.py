"""The plan is the session's timetable: tempo, reps, variants and selection shape it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Routine, Side, Variant
from backpain_gui.session import SessionSettings, plan_session
from tests.session.session_routines import SMALL_ROUTINE_SECONDS


def test_the_default_plan_of_the_small_routine(routine: Routine) -> None:
    plan = plan_session(routine)
    tilt, rotation, bridge = plan.exercises
    assert [p.exercise.id for p in plan.exercises] == ["tilt", "rotation", "bridge"]
    assert tilt.total_seconds == 30.0
    assert (tilt.get_ready_seconds, tilt.switch_sides_seconds, tilt.rest_seconds) == (5, 0, 15)
    assert rotation.sides == (Side.LEFT, Side.RIGHT)
    assert rotation.switches == 1
    assert rotation.total_seconds == 41.0
    # The last exercise has no rest after it.
    assert bridge.rest_ms == 0
    assert bridge.total_seconds == 17.0
    assert plan.total_seconds == SMALL_ROUTINE_SECONDS


def test_totals_add_up_from_their_parts(routine: Routine) -> None:
    plan = plan_session(routine, SessionSettings(tempo=1.1, rest_seconds=7.3))
    for exercise in plan.exercises:
        assert exercise.total_ms == (
            exercise.get_ready_ms
            + len(exercise.sides) * exercise.reps * sum(p.ms for p in exercise.phases)
            + exercise.switches * exercise.switch_sides_ms
            + exercise.rest_ms
        )
    assert plan.total_ms == sum(exercise.total_ms for exercise in plan.exercises)


def test_tempo_scales_every_phase_but_not_the_pauses(routine: Routine) -> None:
    plan = plan_session(routine, SessionSettings(tempo=1.25))
    tilt = plan.exercises[0]
    assert [p.seconds for p in tilt.phases] == [2.5, 3.75]
    assert tilt.get_ready_ms == 5000
    assert tilt.rest_ms == 15000


def test_tempo_that_makes_long_fractions_is_kept_to_whole_milliseconds(routine: Routine) -> None:
    # 3 * 1.1 is 3.3000000000000003 in floating point.
    plan = plan_session(routine, SessionSettings(tempo=1.1))
    assert [p.ms for p in plan.exercises[0].phases] == [2200, 3300]


def test_reps_are_overridden_per_exercise(routine: Routine) -> None:
    plan = plan_session(routine, SessionSettings(reps={"bridge": 10}))
    assert [p.reps for p in plan.exercises] == [2, 2, 10]


def test_a_variant_the_exercise_lacks_falls_back_to_standard(routine: Routine) -> None:
    plan = plan_session(routine, SessionSettings(variant=Variant.PROGRESSION))
    assert [p.variant for p in plan.exercises] == [
        Variant.STANDARD,
        Variant.STANDARD,
        Variant.PROGRESSION,
    ]
    assert [p.seconds for p in plan.exercises[2].phases] == [3.0, 2.0, 3.0]


def test_exercises_can_be_chosen_and_reordered(routine: Routine) -> None:
    plan = plan_session(routine, SessionSettings(exercises=("bridge", "tilt")))
    assert [(p.index, p.exercise.id) for p in plan.exercises] == [(0, "bridge"), (1, "tilt")]
    # Now tilt is last: no rest after it; bridge rests before it.
    assert plan.exercises[0].rest_ms == 15000
    assert plan.exercises[1].rest_ms == 0


def test_an_unknown_exercise_is_refused_by_name(routine: Routine) -> None:
    with pytest.raises(ValueError, match="plank"):
        plan_session(routine, SessionSettings(exercises=("tilt", "plank")))


def test_a_routine_without_exercises_has_no_session() -> None:
    with pytest.raises(ValueError, match="no exercises"):
        plan_session(Routine(title="Empty", exercises=()))


def test_overrides_for_exercises_the_routine_lacks_are_ignored(routine: Routine) -> None:
    settings = SessionSettings(reps={"plank": 4}, variants={"plank": Variant.PROGRESSION})
    assert plan_session(routine, settings) == plan_session(routine)


def test_getting_into_a_new_position_on_the_floor_gets_a_longer_get_ready() -> None:
    # The shipped routine goes back, side, back, front, sitting: every exercise starts in a
    # new position, the first one on the way down to the mat.
    shipped = load_routine(builtin_routine_path())
    plan = plan_session(shipped)
    assert [e.exercise.position for e in plan.exercises] == [
        "back",
        "side",
        "back",
        "front",
        "sitting",
    ]
    # The first from standing at the laptop down onto the mat: 20 s; each change after, 10 s.
    assert [e.get_ready_seconds for e in plan.exercises] == [20, 10, 10, 10, 10]
    # Rolling onto the other side, or turning to sit on it, is a change of position too.
    two_sided = [e for e in plan.exercises if e.exercise.two_sided]
    assert [e.switch_sides_seconds for e in two_sided] == [10, 10]
    # The user's setting is the base the extra time is added to.
    slow = plan_session(shipped, SessionSettings(get_ready_seconds=8, switch_sides_seconds=3))
    assert slow.exercises[0].get_ready_seconds == 23
    assert slow.exercises[2].get_ready_seconds == 13
    assert slow.exercises[1].switch_sides_seconds == 8


def test_the_same_position_again_keeps_the_plain_get_ready() -> None:
    shipped = load_routine(builtin_routine_path())
    # Hip Roll then the Abdominal Prep: both on the back, so the second needs no extra time.
    plan = plan_session(shipped, SessionSettings(exercises=("hip-roll", "abdominal-prep")))
    assert [e.get_ready_seconds for e in plan.exercises] == [20, 5]


def test_a_first_exercise_done_standing_gets_no_time_to_get_down() -> None:
    shipped = load_routine(builtin_routine_path())
    standing = replace(shipped.exercises[0], position="standing")
    routine = replace(shipped, exercises=(standing, *shipped.exercises[1:]))
    assert plan_session(routine).exercises[0].get_ready_seconds == 10


def test_a_routine_that_names_no_position_keeps_the_settings_as_they_are(
    routine: Routine,
) -> None:
    plan = plan_session(routine)
    assert {e.get_ready_seconds for e in plan.exercises} == {5}
    assert plan.exercises[1].switch_sides_seconds == 5
