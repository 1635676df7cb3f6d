"""The shipped exercises.yaml, tested as data: the seed's five exercises, complete and usable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

import pytest

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Exercise, Phase, Routine, Variant
from backpain_gui.session.tips import tip_for

ROUTINE = load_routine(builtin_routine_path())
SEED_ORDER = (
    "The Hip Roll",
    "Spinal Rotations",
    "The Abdominal Prep",
    "Extension Prone",
    "The Side Bends",
)

# Key phrases of every step, tip and variant of the seed, per exercise: each must appear.
SEED_PHRASES = {
    "hip-roll": [
        "lower back segmentally into flexion",
        "gluteus, hamstrings and spinal muscles",
        # The seed's "feet hip distance apart; track hip, knee and ankle", in plain words.
        "feet flat and hip-width apart",
        "knees in line with hips and ankles",
        "tailbone",
        "peel your pelvis",
        "shoulder bridge",
        "popping your ribs out",
        "ribcage connected",
        # "maximum hip extension while your ribcage stays connected", with its limit said.
        "as high as your ribs can stay down",
        "centre of your spine",
        "avoiding wobbling or shifting",
    ],
    "spinal-rotations": [
        "QL",
        "thoracic spine",
        "cradling your neck",
        "lower hand",
        # "lift under your lower ribcage", in plain words.
        "lift your waist a little off the mat",
        "head and body to the ceiling",
        "mat behind",
        "abdominal muscles active",
        "inhale to stay",
        "exhale to return",
        "toning ball",
    ],
    "abdominal-prep": [
        "no stress on the lower back",
        "upper and middle back",
        "Slower is better",
        "avoiding flattening your lower back",
        "natural lumbar curve",
        "thoracic spine",
        "posterior fascia",
    ],
    "extension-prone": [
        "rebalance the muscles",
        "mobility in your upper back",
        "face down",
        "not pushing against the ground",
        "resting by your sides",
        "Arms light on the floor",
        "breathe in to prepare",
        "extend your middle and upper back",
        "lumbar spine in neutral",
        "Hold a few seconds",
        "release down",
        "spine in a long line",
        "avoiding thoracic extension",
        "spinal extensor muscles",
        "arms under forehead",
        "longer lever",
        "box or a bench",
        # "if your upper back is excessively flexed", in plain words.
        "too rounded to lift off the mat",
    ],
    "side-bends": [
        "ageing and stiffness",
        "lateral flexion",
        "Seated on one side",
        "knees bent and stacked",
        "heels towards your bottom",
        "scapulae stabilised",
        "Inhale to prepare",
        # "lift into a side bend onto your knee", said as what lifts.
        "lift hips onto knee",
        "arm overhead",
        "without covering your face",
        "avoiding kneeling",
    ],
}


def all_phases(routine: Routine) -> Iterator[tuple[Exercise, Variant, Phase]]:
    for exercise in routine.exercises:
        for version in exercise.variants:
            for phase in version.phases:
                yield exercise, version.variant, phase


def all_text(exercise: Exercise) -> str:
    texts = [exercise.name, exercise.aim, exercise.start_position, *exercise.tips]
    texts.append(exercise.switch_sides or "")
    for version in exercise.variants:
        texts += [version.description, version.start_position or "", *version.tips]
        texts += [phase.instruction for phase in version.phases]
    return "\n".join(texts)


def test_the_five_seed_exercises_in_the_seed_order() -> None:
    assert tuple(exercise.name for exercise in ROUTINE.exercises) == SEED_ORDER
    assert tuple(SEED_PHRASES) == tuple(exercise.id for exercise in ROUTINE.exercises)


@pytest.mark.parametrize("exercise_id", SEED_PHRASES)
def test_every_seed_step_tip_and_variant_is_present(exercise_id: str) -> None:
    text = all_text(ROUTINE.exercise(exercise_id)).lower()
    missing = [phrase for phrase in SEED_PHRASES[exercise_id] if phrase.lower() not in text]
    assert missing == []


def test_the_seeds_closing_advice_and_two_week_plan_are_shown() -> None:
    advice = " ".join(ROUTINE.advice)
    assert "initiate by contracting your abdominal muscles before you move" in advice.lower()
    # The seed's "every day for 2 weeks", said as the plan counts it: days need not be in a row.
    assert "every day if you can: after 14 days of practice, progress" in advice
    assert ROUTINE.plan_days == 14
    assert "NHS" in advice
    assert "in all planes" in advice


def test_a_plain_safety_line_says_when_to_stop() -> None:
    assert ROUTINE.safety.startswith("Stop if the pain is sharp or spreads down a leg")


def test_extension_prone_is_repeated_ten_times_as_the_seed_says() -> None:
    assert ROUTINE.exercise("extension-prone").reps == 10


def test_every_rep_count_is_a_gentle_beginners_number() -> None:
    assert all(5 <= exercise.reps <= 10 for exercise in ROUTINE.exercises)


def test_rotations_and_side_bends_are_done_on_both_sides() -> None:
    two_sided = {exercise.id for exercise in ROUTINE.exercises if exercise.two_sided}
    assert two_sided == {"spinal-rotations", "side-bends"}
    for exercise_id in two_sided:
        assert ROUTINE.exercise(exercise_id).switch_sides


def test_the_variants_are_exactly_those_the_seed_names() -> None:
    offered = {exercise.id: exercise.offered_variants for exercise in ROUTINE.exercises}
    standard, modification, supported, progression = Variant
    assert offered == {
        "hip-roll": (standard,),
        "spinal-rotations": (standard, progression),
        "abdominal-prep": (standard,),
        "extension-prone": (standard, modification, supported, progression),
        "side-bends": (standard, modification),
    }
    assert all(v.from_seed for exercise in ROUTINE.exercises for v in exercise.variants)


def test_the_toning_ball_progression_says_what_to_do_with_the_ball_at_every_step() -> None:
    rotations = ROUTINE.exercise("spinal-rotations")
    progression = rotations.variant(Variant.PROGRESSION)
    standard = rotations.variant(Variant.STANDARD)
    assert "toning ball" in progression.description
    assert "top hand" in progression.description
    assert all("ball" in phase.instruction for phase in progression.phases)
    # The same breath and times as the standard version: the ball changes no step's pace.
    assert [(p.breath, p.seconds) for p in progression.phases] == [
        (p.breath, p.seconds) for p in standard.phases
    ]


def test_the_seated_side_bend_says_plainly_how_it_differs() -> None:
    seated = ROUTINE.exercise("side-bends").variant(Variant.MODIFICATION).description
    assert "avoiding kneeling" in seated
    assert "without lifting your hips onto your knee" in seated


def test_the_hip_roll_rises_into_the_bridge_on_a_breath_out() -> None:
    breaths = [(p.breath.value, p.picture) for p in ROUTINE.exercise("hip-roll").variants[0].phases]
    assert breaths == [
        ("in", "assets/hip-roll/1-prepare.svg"),
        ("out", "assets/hip-roll/3-bridge.svg"),
        ("in", "assets/hip-roll/3-top.svg"),
        ("out", "assets/hip-roll/4-roll-down.svg"),
    ]


def test_standard_tips_shown_with_every_variant_do_not_contradict_it() -> None:
    # Extension Prone's modification avoids thoracic extension; its tips may not ask for it.
    prone = ROUTINE.exercise("extension-prone")
    assert not any("extend your middle and upper back" in tip.lower() for tip in prone.tips)


def test_every_phase_and_start_position_has_an_existing_picture() -> None:
    pictures = [phase.picture for _, _, phase in all_phases(ROUTINE)]
    for exercise in ROUTINE.exercises:
        pictures += [exercise.start_picture_for(variant) for variant in exercise.offered_variants]
    missing = [picture for picture in pictures if not ROUTINE.picture_path(picture).is_file()]
    assert missing == []
    assert all(picture.startswith("assets/") for picture in pictures)


def test_every_picture_is_an_svg_naming_its_exercise() -> None:
    for exercise in ROUTINE.exercises:
        for variant in exercise.offered_variants:
            version = exercise.variant(variant)
            pictures = {exercise.start_picture_for(variant), *(p.picture for p in version.phases)}
            for picture in pictures:
                svg = ElementTree.parse(ROUTINE.picture_path(picture)).getroot()
                assert svg.tag == "{http://www.w3.org/2000/svg}svg"
                assert exercise.name in "".join(svg.itertext())


def test_every_phase_is_a_comfortable_breath_long() -> None:
    lengths = {phase.seconds for _, _, phase in all_phases(ROUTINE)}
    assert min(lengths) >= 3
    assert max(lengths) <= 6


def test_instructions_are_one_short_sentence_readable_from_three_metres() -> None:
    for _, _, phase in all_phases(ROUTINE):
        assert len(phase.instruction) <= 70, phase.instruction
        assert re.fullmatch(r"[A-Z][^.!?]*\.", phase.instruction), phase.instruction


def test_no_text_has_stray_whitespace() -> None:
    texts = [ROUTINE.title, ROUTINE.safety, *ROUTINE.advice]
    texts += [all_text(exercise) for exercise in ROUTINE.exercises]
    for text in "\n".join(texts).split("\n"):
        assert text == text.strip(), repr(text)
        assert "  " not in text, repr(text)
        assert "\t" not in text, repr(text)


def test_every_chosen_number_says_why_in_a_comment() -> None:
    # The seed gives no durations and only one rep count: each choice is explained in place.
    lines = builtin_routine_path().read_text(encoding="utf-8").splitlines()
    unexplained = [
        line
        for line in lines
        if re.match(r"\s*(seconds|reps|plan_days):", line) and "#" not in line
    ]
    assert unexplained == []


def test_the_side_bends_tip_on_the_arm_overhead_is_beside_the_lift_and_the_stay_only() -> None:
    side_bends = ROUTINE.exercise("side-bends")
    for variant in side_bends.offered_variants:
        shown = [
            tip_for(side_bends, variant, 1, index)
            for index in range(len(side_bends.variant(variant).phases))
        ]
        arm = [index for index, tip in enumerate(shown) if tip and "arm overhead" in tip]
        # Steps 2 and 3 (lifting into the bend, staying there); never lowering back down.
        assert arm == [1, 2], (variant, shown)


def test_the_box_or_bench_is_a_version_of_its_own_with_its_start_and_pictures() -> None:
    prone = ROUTINE.exercise("extension-prone")
    propped = prone.variant(Variant.SUPPORTED)
    assert "box or a bench" in propped.description
    assert "too rounded to come off the mat" in propped.description
    assert "over a low box or bench" in prone.start_position_for(Variant.SUPPORTED)
    assert "box" in prone.start_picture_for(Variant.SUPPORTED)
    assert all("/box-" in phase.picture for phase in propped.phases)
    assert all((ROUTINE.folder / phase.picture).is_file() for phase in propped.phases)
    # The same breath and times as the standard version.
    standard = prone.variant(Variant.STANDARD)
    assert [(p.breath, p.seconds) for p in propped.phases] == [
        (p.breath, p.seconds) for p in standard.phases
    ]


def test_the_toning_ball_is_in_the_rotation_progression_s_pictures() -> None:
    rotations = ROUTINE.exercise("spinal-rotations")
    ball = rotations.variant(Variant.PROGRESSION)
    standard = rotations.variant(Variant.STANDARD)
    assert [p.picture for p in ball.phases] != [p.picture for p in standard.phases]
    assert all("progression-" in phase.picture for phase in ball.phases)
    assert "progression-" in rotations.start_picture_for(Variant.PROGRESSION)
