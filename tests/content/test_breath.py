"""Breath that alternates: the shipped routine breathes in and out in turn, rep after rep."""

from __future__ import annotations

from backpain_gui.content.breath import breath_warnings
from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Routine, Variant

ROUTINE = load_routine(builtin_routine_path())


def _phases(*breaths: Breath) -> tuple[Phase, ...]:
    return tuple(Phase(breath, 4, f"Step {n}.", "p.svg") for n, breath in enumerate(breaths))


def _routine(*versions: ExerciseVariant) -> Routine:
    exercise = Exercise("lift", "Lift", "", "", "s.svg", 5, False, versions)
    return Routine("Made up", (exercise,))


IN, OUT, HOLD = Breath.IN, Breath.OUT, Breath.HOLD


def test_every_exercise_and_variant_of_the_shipped_routine_alternates() -> None:
    assert breath_warnings(ROUTINE) == ()


def test_every_shipped_rep_starts_breathing_in_and_ends_breathing_out() -> None:
    # So the pacer, which starts each rep empty, never jumps from full to empty.
    for exercise in ROUTINE.exercises:
        for version in exercise.variants:
            breaths = [p.breath for p in version.phases if p.breath is not HOLD]
            assert (breaths[0], breaths[-1]) == (IN, OUT), (exercise.id, version.variant)


def test_extension_prone_stays_up_on_a_breath_in_and_the_hip_roll_rises_on_a_breath_out() -> None:
    prone = ROUTINE.exercise("extension-prone")
    for version in prone.variants:
        assert [p.breath for p in version.phases] == [IN, OUT, IN, OUT]
    rise = ROUTINE.exercise("hip-roll").variants[0].phases[1]
    assert (rise.breath, "bridge" in rise.instruction) == (OUT, True)


def test_a_rep_that_ends_as_it_begins_is_named_across_the_reps() -> None:
    # Side Bends as it was: in to prepare, out to lift, in to lower, then in to prepare again.
    (warning,) = breath_warnings(
        _routine(ExerciseVariant(Variant.STANDARD, "", _phases(IN, OUT, IN)))
    )
    assert (warning.phase_index, warning.next_index, warning.breath) == (2, 0, IN)
    assert warning.across_reps
    assert str(warning).startswith("exercises[0].phases: Lift (standard): step 3 breathes in")
    assert "the next rep's step 1" in str(warning)


def test_a_hold_between_two_out_breaths_is_set_aside_and_the_variant_named() -> None:
    # Extension Prone as it was: out, hold, out, with no breath in between.
    standard = ExerciseVariant(Variant.STANDARD, "", _phases(IN, OUT))
    modification = ExerciseVariant(Variant.MODIFICATION, "", _phases(IN, OUT, HOLD, OUT))
    (warning,) = breath_warnings(_routine(standard, modification))
    assert (warning.variant, warning.path) == (
        Variant.MODIFICATION,
        "exercises[0].variants[0].phases",
    )
    assert (warning.phase_index, warning.next_index, warning.across_reps) == (1, 3, False)


def test_a_variant_sharing_the_standard_phases_is_warned_about_once() -> None:
    phases = _phases(IN, IN, OUT, OUT)
    standard = ExerciseVariant(Variant.STANDARD, "", phases)
    progression = ExerciseVariant(Variant.PROGRESSION, "", phases)
    warnings = breath_warnings(_routine(standard, progression))
    assert [(w.variant, w.phase_index) for w in warnings] == [
        (Variant.STANDARD, 0),
        (Variant.STANDARD, 2),
    ]


def test_a_routine_without_breath_gets_no_warning() -> None:
    countdown = _phases(Breath.NONE, Breath.NONE)
    assert breath_warnings(_routine(ExerciseVariant(Variant.STANDARD, "", countdown))) == ()
