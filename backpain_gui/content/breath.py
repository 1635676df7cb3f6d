"""Does a routine breathe as Pilates teaches? In and out take turns, rep after rep.

Holds (and phases with no breath) aside, a rep's breaths must alternate, and so must the last
breath of one rep and the first of the next: two breaths in a row the same way make the user
breathe in (or out) for two phases, and the pacer jump from full to empty. A warning, not a
refusal: a routine that breathes otherwise still runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Routine, Variant

# Breaths that fill or empty the lungs; a hold keeps them as they are, `none` gives no breath.
_MOVING = (Breath.IN, Breath.OUT)


@dataclass(frozen=True, slots=True)
class BreathWarning:
    """Two breaths the same way in a row: where (exercise, variant, phases) and which breath."""

    exercise_id: str
    exercise_name: str
    variant: Variant
    # Where the version's phases are written, as `check` names a node: `exercises[3].phases`.
    path: str
    # Positions in the rep, from 0: the first breath, and the one after it the same way.
    phase_index: int
    next_index: int
    breath: Breath
    # True when the second breath is the first of the next rep.
    across_reps: bool

    def __str__(self) -> str:
        where = "the next rep's " if self.across_reps else ""
        first, then = self.phase_index + 1, self.next_index + 1
        return (
            f"{self.path}: {self.exercise_name} ({self.variant.value}): step {first} breathes"
            f" {self.breath.value} and {where}step {then} breathes {self.breath.value} again;"
            " in and out should take turns (holds aside), or the user breathes"
            f" {self.breath.value} twice and the pacer jumps"
        )


def breath_warnings(routine: Routine) -> tuple[BreathWarning, ...]:
    """Every place where a rep, repeated twice, does not alternate in and out (holds aside).

    Each exercise's standard version and every variant with phases of its own is checked; a
    variant that uses the standard phases is the standard's warning, once.
    """
    warnings: list[BreathWarning] = []
    for exercise_index, exercise in enumerate(routine.exercises):
        standard = exercise.variants[0]
        for variant_index, version in enumerate(exercise.variants):
            if variant_index and version.phases is standard.phases:
                continue
            path = f"exercises[{exercise_index}]"
            if variant_index:
                path += f".variants[{variant_index - 1}]"
            warnings += _version_warnings(exercise, version, f"{path}.phases")
    return tuple(warnings)


def _version_warnings(
    exercise: Exercise, version: ExerciseVariant, path: str
) -> list[BreathWarning]:
    breaths = [(i, p.breath) for i, p in enumerate(version.phases) if p.breath in _MOVING]
    count = len(breaths)
    warnings = []
    # Each breath against the one after it, the last against the next rep's first: the rep
    # repeated twice, once round. A single breath a rep is its own next one.
    for position, (index, breath) in enumerate(breaths):
        next_index, next_breath = breaths[(position + 1) % count]
        if breath is next_breath:
            warnings.append(
                BreathWarning(
                    exercise_id=exercise.id,
                    exercise_name=exercise.name,
                    variant=version.variant,
                    path=path,
                    phase_index=index,
                    next_index=next_index,
                    breath=breath,
                    across_reps=position == count - 1,
                )
            )
    return warnings
