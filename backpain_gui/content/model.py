"""The routine as the session runs it: frozen dataclasses, in the user's words."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Breath(StrEnum):
    """What the user does with their breath during a phase."""

    IN = "in"
    OUT = "out"
    HOLD = "hold"
    # A phase from a routine that gives no breath (Workrave's exercises): a plain countdown.
    NONE = "none"


class Side(StrEnum):
    """The side a two-sided exercise is being done on."""

    LEFT = "left"
    RIGHT = "right"


class Variant(StrEnum):
    """Which version of an exercise the user does."""

    STANDARD = "standard"
    MODIFICATION = "modification"
    # Easier too, done with the body propped on something (a box, a bench, a cushion): for
    # a source that gives an exercise two easier versions, one of them with a prop.
    SUPPORTED = "supported"
    PROGRESSION = "progression"


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed movement step of a rep: a breath, how long, what to do, and its picture."""

    breath: Breath
    seconds: float
    instruction: str
    picture: str
    # What the voice says instead of the instruction, where the routine gives one.
    say: str | None = None
    # Shown flipped left to right: Workrave draws one arm's stretch and mirrors it for the other.
    mirrored: bool = False
    # The tip this step always shows, numbered from 1 among the version's tips (its own, then
    # the exercise's); None: the step shares the tips no step names (session/tips.py).
    tip: int | None = None


@dataclass(frozen=True, slots=True)
class ExerciseVariant:
    """One version of an exercise: its phases, and how it differs from the standard one."""

    variant: Variant
    description: str
    phases: tuple[Phase, ...]
    start_position: str | None = None
    start_picture: str | None = None
    tips: tuple[str, ...] = ()
    # False where the seed names no such variant and the routine adds one of its own.
    from_seed: bool = True
    # What the voice says for a tip, where the routine gives a shorter spoken form: each
    # (tip, words) pair. A tip without one is said as written, where it fits.
    tip_says: tuple[tuple[str, str], ...] = ()
    # What to have ready for this version, in words that follow "you need" ("a box or a
    # bench"): the plan and the rest before it say so, where a get-ready is too short to fetch it.
    equipment: str | None = None


# The lying, sitting or standing positions an exercise can start in.
POSITIONS = ("back", "side", "front", "sitting", "kneeling", "standing")


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise of the routine, with its standard version and any others it offers."""

    id: str
    name: str
    aim: str
    start_position: str
    start_picture: str
    reps: int
    two_sided: bool
    variants: tuple[ExerciseVariant, ...]
    tips: tuple[str, ...] = ()
    # The spoken forms of the exercise's tips, as ExerciseVariant.tip_says.
    tip_says: tuple[tuple[str, str], ...] = ()
    # How to set up for the other side, for two-sided exercises.
    switch_sides: str | None = None
    # Where the body is at the start (one of POSITIONS), or None when the routine does not say.
    # Getting into a new position on the floor takes longer: the get-ready gives it time.
    position: str | None = None

    @property
    def sides(self) -> tuple[Side | None, ...]:
        """The sides in the order they are done; `(None,)` for a one-sided exercise."""
        return (Side.LEFT, Side.RIGHT) if self.two_sided else (None,)

    @property
    def offered_variants(self) -> tuple[Variant, ...]:
        """The variants this exercise has, standard first."""
        return tuple(v.variant for v in self.variants)

    def variant(self, which: Variant) -> ExerciseVariant:
        """The given variant, or the standard one where this exercise does not have it."""
        for candidate in self.variants:
            if candidate.variant is which:
                return candidate
        return self.variants[0]

    def start_position_for(self, which: Variant) -> str:
        """The start position the user takes for the given variant."""
        return self.variant(which).start_position or self.start_position

    def start_picture_for(self, which: Variant) -> str:
        """The start-position picture for the given variant."""
        return self.variant(which).start_picture or self.start_picture


@dataclass(frozen=True, slots=True)
class Routine:
    """A whole routine: the exercises in order and the advice shown with them."""

    title: str
    exercises: tuple[Exercise, ...]
    advice: tuple[str, ...] = ()
    safety: str = ""
    plan_days: int = 14
    # Words the instructions use that a newcomer may not know, each "Term: what it means".
    glossary: tuple[str, ...] = ()
    # What the voice says for the first advice where the advice itself is too long to fit a
    # get-ready ("Tummy in gently before you move."); None: only the advice itself.
    advice_say: str | None = None
    # What the voice says, once a session in its first get-ready, for when to stop, where
    # the safety line is too long to say ("Stop if the pain is sharp or spreads down a leg.").
    safety_say: str | None = None
    # The folder the routine file is in; every picture path is relative to it.
    folder: Path = field(default_factory=Path)
    # The language the texts are in, and the title in it (a translation's, content/
    # translated_text.py); `title` stays the routine's own, which the history files under.
    language: str = "en"
    translated_title: str = ""
    # What is wrong with the translation for the language asked for, one FILE:LINE:COL line
    # each, when it could not be used and the routine kept its own words.
    translation_problems: tuple[str, ...] = ()

    @property
    def shown_title(self) -> str:
        """The title in the routine's language: a translation's, else its own."""
        return self.translated_title or self.title

    @property
    def first_advice(self) -> str:
        """The advice to act on every time (said at each get-ready); "" when there is none."""
        return self.advice[0] if self.advice else ""

    def picture_path(self, picture: str) -> Path:
        """The file a picture name refers to."""
        return self.folder / picture

    def exercise(self, exercise_id: str) -> Exercise:
        """The exercise with the given id."""
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)
