"""Small routines built in code for the session tests, independent of exercises.yaml."""

from __future__ import annotations

from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Routine, Variant

# The fake clock's reading when a session starts: not zero, so clock time and session
# time differ and a test that mixes them up fails.
START = 1000.0


def phase(breath: Breath, seconds: float, instruction: str = "") -> Phase:
    """A phase with a made-up picture name."""
    return Phase(breath, seconds, instruction or f"breathe {breath.value}", f"{breath.value}.png")


def exercise(
    exercise_id: str,
    phases: tuple[Phase, ...],
    reps: int = 2,
    two_sided: bool = False,
    modification: tuple[Phase, ...] | None = None,
    progression: tuple[Phase, ...] | None = None,
) -> Exercise:
    """An exercise with a standard version and, where given, a modification and a progression."""
    variants = [ExerciseVariant(Variant.STANDARD, "standard", phases)]
    if modification is not None:
        variants.append(ExerciseVariant(Variant.MODIFICATION, "easier", modification))
    if progression is not None:
        variants.append(ExerciseVariant(Variant.PROGRESSION, "harder", progression))
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("_", " ").capitalize(),
        aim="test",
        start_position="lie on your back",
        start_picture=f"{exercise_id}_start.png",
        reps=reps,
        two_sided=two_sided,
        variants=tuple(variants),
        switch_sides="turn over" if two_sided else None,
    )


# Tilt: one-sided, 2 reps of in 2 s + out 3 s (a 5 s rep); its modification is a 2 s rep.
TILT = exercise(
    "tilt",
    (phase(Breath.IN, 2), phase(Breath.OUT, 3)),
    modification=(phase(Breath.IN, 1), phase(Breath.OUT, 1)),
)
# Rotation: two-sided, 2 reps a side of in 1 + out 2 + hold 1 (a 4 s rep).
ROTATION = exercise(
    "rotation",
    (phase(Breath.IN, 1), phase(Breath.OUT, 2), phase(Breath.HOLD, 1)),
    two_sided=True,
    modification=(phase(Breath.IN, 1), phase(Breath.OUT, 1)),
)
# Bridge: one-sided, 3 reps of in 2 + out 2; it has a progression too.
BRIDGE = exercise(
    "bridge",
    (phase(Breath.IN, 2), phase(Breath.OUT, 2)),
    reps=3,
    modification=(phase(Breath.IN, 1), phase(Breath.OUT, 1)),
    progression=(phase(Breath.IN, 3), phase(Breath.HOLD, 2), phase(Breath.OUT, 3)),
)


def small_routine() -> Routine:
    """Three exercises: tilt, rotation (two-sided), bridge."""
    return Routine(title="Test routine", exercises=(TILT, ROTATION, BRIDGE))


# With default settings (get-ready 5, switch 5, rest 15):
#   tilt      5 + 2*5          + 15 = 30 s
#   rotation  5 + 2*2*4 + 5    + 15 = 41 s
#   bridge    5 + 3*4               = 17 s   (last: no rest)
SMALL_ROUTINE_SECONDS = 88.0
