"""What the user did with each exercise: the session's record of it, for the summary and history."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backpain_gui.content.model import Side, Variant


class Outcome(StrEnum):
    """How an exercise ended."""

    DONE = "done"
    # Left (skipped or session ended) after some reps but not all of them.
    PARTIAL = "partial"
    # Left before its first rep was done.
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ExerciseRecord:
    """One exercise's result: outcome, variant, reps done per side of the target, time spent."""

    exercise_index: int
    exercise_id: str
    outcome: Outcome
    variant: Variant
    sides: tuple[Side | None, ...]
    # Reps done on each side, in the order of `sides`.
    reps_done: tuple[int, ...]
    reps_target: int
    # Active session seconds from this attempt's get-ready start until the exercise was left.
    seconds: float

    @classmethod
    def outcome_of(cls, reps_done: tuple[int, ...], reps_target: int) -> Outcome:
        """Done when every side did every rep, skipped when no rep was done, else partial."""
        if all(done >= reps_target for done in reps_done):
            return Outcome.DONE
        return Outcome.PARTIAL if any(reps_done) else Outcome.SKIPPED
