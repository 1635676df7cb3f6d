"""Tips shared out over the steps in order: every tip shown, each beside its run of steps."""

from __future__ import annotations

from dataclasses import replace

from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Variant
from backpain_gui.session.tips import shown_tips, tip_cycle, tip_for, tips_by_rep


def _exercise(steps: int, tips: tuple[str, ...], variant_tips: tuple[str, ...] = ()) -> Exercise:
    phases = tuple(Phase(Breath.IN, 4, f"Step {n}.", "p.svg") for n in range(steps))
    return Exercise(
        "lift",
        "Lift",
        "",
        "",
        "s.svg",
        5,
        False,
        (
            ExerciseVariant(Variant.STANDARD, "", phases),
            ExerciseVariant(Variant.MODIFICATION, "", phases, tips=variant_tips),
        ),
        tips=tips,
    )


def _shown(
    exercise: Exercise, reps: int, variant: Variant = Variant.STANDARD
) -> list[list[str | None]]:
    steps = len(exercise.variant(variant).phases)
    return [
        [tip_for(exercise, variant, rep, n) for n in range(steps)] for rep in range(1, reps + 1)
    ]


def test_one_tip_a_step_when_there_are_as_many() -> None:
    lift = _exercise(4, ("a", "b", "c", "d"))
    assert _shown(lift, 2) == [["a", "b", "c", "d"]] * 2
    assert tip_cycle(lift, Variant.STANDARD) == 1


def test_fewer_tips_each_hold_a_run_of_steps() -> None:
    assert _shown(_exercise(4, ("a", "b")), 1) == [["a", "a", "b", "b"]]
    assert _shown(_exercise(3, ("a", "b")), 1) == [["a", "a", "b"]]


def test_more_tips_than_steps_run_on_over_the_reps_and_come_round() -> None:
    lift = _exercise(3, ("a", "b", "c", "d"))
    assert tip_cycle(lift, Variant.STANDARD) == 2
    assert _shown(lift, 3) == [["a", "a", "b"], ["c", "c", "d"], ["a", "a", "b"]]
    assert tips_by_rep(lift, Variant.STANDARD, 2) == ("b", "d")


def test_every_tip_is_shown_within_one_cycle() -> None:
    for steps in range(1, 7):
        for count in range(1, 13):
            lift = _exercise(steps, tuple(str(n) for n in range(count)))
            cycle = tip_cycle(lift, Variant.STANDARD)
            seen = {tip for rep in _shown(lift, cycle) for tip in rep}
            assert seen == set(lift.tips), (steps, count)


def test_a_variants_own_tips_come_first_and_no_tips_show_none() -> None:
    lift = _exercise(4, ("a", "b"), variant_tips=("v",))
    assert shown_tips(lift, Variant.MODIFICATION) == ("v", "a", "b")
    assert _shown(lift, 1, Variant.MODIFICATION) == [["v", "v", "a", "b"]]
    assert tip_for(replace(lift, tips=()), Variant.STANDARD, 1, 0) is None


def _naming(exercise: Exercise, named: tuple[int | None, ...]) -> Exercise:
    standard = exercise.variants[0]
    phases = tuple(
        replace(phase, tip=tip) for phase, tip in zip(standard.phases, named, strict=True)
    )
    return replace(exercise, variants=(replace(standard, phases=phases), *exercise.variants[1:]))


def test_a_step_that_names_its_tip_shows_it_on_every_rep() -> None:
    # The side bend's case: the arm's tip on the lift and the stay, not on lowering down.
    bend = _naming(_exercise(4, ("heels", "arm")), (1, 2, 2, 1))
    assert _shown(bend, 2) == [["heels", "arm", "arm", "heels"]] * 2
    assert tip_cycle(bend, Variant.STANDARD) == 1


def test_the_tips_no_step_names_are_shared_over_the_steps_that_name_none() -> None:
    lift = _naming(_exercise(4, ("a", "b", "c", "d", "e")), (None, 1, None, None))
    # "a" is step 2's; b-e are shared over steps 1, 3 and 4, over two reps, every one shown.
    shown = _shown(lift, 2)
    assert [rep[1] for rep in shown] == ["a", "a"]
    rest = [tip for rep in shown for n, tip in enumerate(rep) if n != 1]
    assert set(rest) == {"b", "c", "d", "e"}
    assert tip_cycle(lift, Variant.STANDARD) == 2
