"""How the user wants today's session run: tempo, reps, pauses, variants and which exercises."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from backpain_gui.content.model import Variant

# Slower than half speed or faster than double stops being a breathing pace anyone can follow.
TEMPO_RANGE = (0.5, 2.0)
REPS_RANGE = (1, 100)
# Seconds: long enough to be useful, short enough that a typo (300 for 3.00) is caught.
GET_READY_RANGE = (0.0, 120.0)
SWITCH_SIDES_RANGE = (0.0, 120.0)
REST_RANGE = (0.0, 600.0)
RESUME_COUNTDOWN_RANGE = (0.0, 30.0)


def _in_range(value: float, bounds: tuple[float, float]) -> bool:
    # NaN compares false with everything, so it fails here too.
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and (bounds[0] <= value <= bounds[1] and math.isfinite(value))
    )


@dataclass(frozen=True, slots=True)
class SessionSettings:
    """The session's settings; invalid values raise ValueError naming every problem at once."""

    # Scales every phase: 1.25 is 25% slower breathing.
    tempo: float = 1.0
    # Reps per side by exercise id; an exercise not named here does the routine's reps.
    # Here and in `variants`, an id the routine lacks is ignored, so settings saved with
    # one routine still load with an edited one.
    reps: Mapping[str, int] = field(default_factory=dict, hash=False)
    get_ready_seconds: float = 5.0
    switch_sides_seconds: float = 5.0
    rest_seconds: float = 15.0
    resume_countdown_seconds: float = 3.0
    # The variant for every exercise not named in `variants`; one an exercise lacks
    # falls back to its standard version.
    variant: Variant = Variant.STANDARD
    variants: Mapping[str, Variant] = field(default_factory=dict, hash=False)
    # Exercise ids in the order to do them; None is the whole routine in its own order.
    exercises: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        problems = self._problems()
        if problems:
            raise ValueError("invalid session settings: " + "; ".join(problems))
        # Frozen means frozen: a caller's dict changed later must not change the session.
        object.__setattr__(self, "reps", MappingProxyType(dict(self.reps)))
        object.__setattr__(self, "variants", MappingProxyType(dict(self.variants)))

    def _problems(self) -> list[str]:
        problems = [
            f"{name} must be between {bounds[0]:g} and {bounds[1]:g}, not {value!r}"
            for name, value, bounds in (
                ("tempo", self.tempo, TEMPO_RANGE),
                ("get_ready_seconds", self.get_ready_seconds, GET_READY_RANGE),
                ("switch_sides_seconds", self.switch_sides_seconds, SWITCH_SIDES_RANGE),
                ("rest_seconds", self.rest_seconds, REST_RANGE),
                ("resume_countdown_seconds", self.resume_countdown_seconds, RESUME_COUNTDOWN_RANGE),
            )
            if not _in_range(value, bounds)
        ]
        problems += [
            f"reps[{exercise_id!r}] must be a whole number from {REPS_RANGE[0]} to "
            f"{REPS_RANGE[1]}, not {count!r}"
            for exercise_id, count in self.reps.items()
            if not (isinstance(count, int) and _in_range(count, REPS_RANGE))
        ]
        problems += [
            f"variants[{exercise_id!r}] must be a Variant, not {chosen!r}"
            for exercise_id, chosen in self.variants.items()
            if not isinstance(chosen, Variant)
        ]
        if not isinstance(self.variant, Variant):
            problems.append(f"variant must be a Variant, not {self.variant!r}")
        if self.exercises is not None:
            if not self.exercises:
                problems.append("exercises must name at least one exercise")
            if len(set(self.exercises)) != len(self.exercises):
                problems.append("exercises must not name an exercise twice")
        return problems

    def reps_for(self, exercise_id: str, routine_reps: int) -> int:
        """The reps per side for an exercise: the override, else the routine's number."""
        return self.reps.get(exercise_id, routine_reps)

    def variant_for(self, exercise_id: str) -> Variant:
        """The variant asked for an exercise (before falling back to what it offers)."""
        return self.variants.get(exercise_id, self.variant)
