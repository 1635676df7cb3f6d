"""Stories of what a valid routine file becomes: the dataclasses the session runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from backpain_gui.content.loader import Problem, RoutineError, load_routine
from backpain_gui.content.model import Breath, Side, Variant

VARIANTS = """\
    two_sided: true
    switch_sides: Turn over.
    tips:
      - Go slowly.
    variants:
      - variant: progression
        description: Hold a ball.
      - variant: modification
        description: Smaller.
        start_position: Sitting.
        phases:
          - breath: out
            seconds: 2.5
            instruction: Breathe out.
            say: Out, gently.
            picture: pic.svg
"""


def write(folder: Path, text: str) -> Path:
    path = folder / "routine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_smallest_routine_loads_with_its_defaults(folder: Path, valid: str) -> None:
    routine = load_routine(write(folder, valid))
    assert routine.title == "Test routine"
    assert routine.plan_days == 14
    assert routine.advice == ()
    (bridge,) = routine.exercises
    assert (bridge.id, bridge.name, bridge.reps, bridge.two_sided) == ("bridge", "Bridge", 3, False)
    assert bridge.sides == (None,)
    assert bridge.offered_variants == (Variant.STANDARD,)
    (phase,) = bridge.variant(Variant.STANDARD).phases
    assert (phase.breath, phase.seconds, phase.instruction) == (Breath.IN, 4.0, "Breathe in.")
    assert routine.picture_path(phase.picture) == folder / "pic.svg"


def test_a_variant_without_phases_repeats_the_standard_ones(folder: Path, valid: str) -> None:
    routine = load_routine(
        write(folder, valid.replace("    phases:\n", VARIANTS + "    phases:\n"))
    )
    exercise = routine.exercises[0]
    assert exercise.offered_variants == (
        Variant.STANDARD,
        Variant.PROGRESSION,
        Variant.MODIFICATION,
    )
    standard = exercise.variant(Variant.STANDARD)
    assert exercise.variant(Variant.PROGRESSION).phases == standard.phases
    assert exercise.variant(Variant.PROGRESSION).description == "Hold a ball."
    assert exercise.start_position_for(Variant.PROGRESSION) == "On your back."
    (easier,) = exercise.variant(Variant.MODIFICATION).phases
    assert (easier.seconds, easier.say) == (2.5, "Out, gently.")
    assert exercise.start_position_for(Variant.MODIFICATION) == "Sitting."
    assert exercise.sides == (Side.LEFT, Side.RIGHT)
    assert exercise.switch_sides == "Turn over."
    assert exercise.tips == ("Go slowly.",)


def test_an_exercise_may_have_a_second_easier_version_done_propped_up(
    folder: Path, valid: str
) -> None:
    supported = (
        "    variants:\n"
        "      - variant: modification\n        description: A smaller lift.\n"
        "      - variant: supported\n        description: Chest on a box.\n"
        "        start_position: Lie face down over a low box.\n"
    )
    routine = load_routine(write(folder, valid + supported))
    exercise = routine.exercises[0]
    assert exercise.offered_variants == (Variant.STANDARD, Variant.MODIFICATION, Variant.SUPPORTED)
    assert exercise.variant(Variant.SUPPORTED).description == "Chest on a box."
    assert exercise.start_position_for(Variant.SUPPORTED) == "Lie face down over a low box."


def test_a_tip_may_give_the_shorter_words_the_voice_says(folder: Path, valid: str) -> None:
    tips = (
        "    tips:\n"
        "      - Go slowly.\n"
        "      - text: Keep the natural curve of your lower back, as when standing.\n"
        "        say: Small gap under your back.\n"
    )
    routine = load_routine(write(folder, valid + tips))
    exercise = routine.exercises[0]
    assert exercise.tips == (
        "Go slowly.",
        "Keep the natural curve of your lower back, as when standing.",
    )
    assert dict(exercise.tip_says) == {
        "Keep the natural curve of your lower back, as when standing.": (
            "Small gap under your back."
        )
    }


def test_text_loses_surrounding_whitespace(folder: Path, valid: str) -> None:
    text = valid.replace("aim: Strong glutes.", "aim: >\n      Strong\n      glutes.\n")
    assert load_routine(write(folder, text)).exercises[0].aim == "Strong glutes."


def test_problems_name_the_file_as_given(folder: Path, valid: str) -> None:
    # A str keeps the "./" that Path("./routine.yaml") would drop.
    write(folder, valid.replace("reps: 3", "reps: 0"))
    with pytest.raises(RoutineError) as raised:
        load_routine("./routine.yaml")
    (problem,) = raised.value.problems
    assert problem == Problem(
        "./routine.yaml", 9, 11, "exercises[0].reps: must be from 1 to 100, got 0"
    )
    assert str(raised.value) == str(problem)
