"""Building the routine's dataclasses from YAML nodes, noting every problem on the way."""

from __future__ import annotations

import re
from pathlib import Path

from backpain_gui.content.fields import Fields, describe, read_text
from backpain_gui.content.model import (
    POSITIONS,
    Breath,
    Exercise,
    ExerciseVariant,
    Phase,
    Routine,
    Variant,
)
from backpain_gui.content.pictures import PictureFiles
from backpain_gui.content.problems import ProblemLog, fail
from backpain_gui.content.yaml_nodes import Mapping as YamlMapping
from backpain_gui.content.yaml_nodes import Node, Scalar, Sequence

SCHEMA_VERSION = 1

# Limits well past any sensible routine, so that they catch typos such as 600 for 60.
MAX_PHASE_SECONDS = 600
MAX_REPS = 100
MAX_PLAN_DAYS = 365
# The seed's routine has five exercises of at most six phases; a session of a hundred
# exercises would take hours. Past these, a file is generated, not written (6,000 exercises
# fit in 1 MiB and took 12 s and 600 MB to open), so it is refused. Workrave's import takes
# the same number of exercises.
MAX_EXERCISES = 100
MAX_PHASES = 50
# Each kind of variant may appear once; a list longer than this is generated, not a slip of
# a repeated kind (which is named as such, below this bound).
MAX_VARIANTS = 10
# The most tips a step can name by number.
MAX_TIP_NUMBER = 50

ROUTINE_KEYS = ("schema_version", "title", "exercises")
ROUTINE_OPTIONAL_KEYS = (
    "advice",
    "advice_say",
    "safety",
    "safety_say",
    "plan_days",
    "glossary",
)
EXERCISE_KEYS = ("id", "name", "aim", "start_position", "start_picture", "reps", "phases")
EXERCISE_OPTIONAL_KEYS = ("two_sided", "switch_sides", "tips", "variants", "position")
PHASE_KEYS = ("breath", "seconds", "instruction", "picture")
PHASE_OPTIONAL_KEYS = ("say", "tip")
VARIANT_KEYS = ("variant", "description")
VARIANT_OPTIONAL_KEYS = (
    "phases",
    "start_position",
    "start_picture",
    "tips",
    "from_seed",
    "equipment",
)

# Ids name exercises in the history and on the command line, so they stay simple.
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
STANDARD_DESCRIPTION = "The exercise as described."
_BREATHS = tuple(breath.value for breath in Breath)
# The standard version is the exercise's own phases, so a listed variant is one of the others.
_OTHER_VARIANTS = tuple(v.value for v in Variant if v is not Variant.STANDARD)


def build_routine(root: Node, log: ProblemLog, folder: Path) -> Routine:
    """The routine in `root`, or RoutineError with every problem in it."""
    routine = _Builder(log, folder).routine(root)
    log.raise_if_any()
    return routine


class _Builder:
    """Walks the node tree once, building dataclasses and checking pictures as it goes."""

    def __init__(self, log: ProblemLog, folder: Path) -> None:
        self._log = log
        self._folder = folder
        self._pictures = PictureFiles(folder)
        self._id_paths: dict[str, str] = {}
        # The steps of the exercise being read that name their tip, to check the number once
        # the tips are read.
        self._named_tips: list[tuple[Phase, Node, str]] = []

    def routine(self, root: Node) -> Routine:
        fields = Fields(root, "", self._log, ROUTINE_KEYS, ROUTINE_OPTIONAL_KEYS)
        _check_version(fields)
        return Routine(
            title=fields.line("title"),
            exercises=tuple(
                self._exercise(node, path)
                for node, path in fields.items("exercises", MAX_EXERCISES, "exercise")
            ),
            advice=fields.texts("advice"),
            safety=fields.text("safety"),
            plan_days=fields.whole_number("plan_days", 1, MAX_PLAN_DAYS, default=14),
            glossary=fields.texts("glossary"),
            advice_say=fields.optional_line("advice_say"),
            safety_say=fields.optional_line("safety_say"),
            folder=self._folder,
        )

    def _exercise(self, node: Node, path: str) -> Exercise:
        fields = Fields(node, path, self._log, EXERCISE_KEYS, EXERCISE_OPTIONAL_KEYS)
        self._named_tips = []
        standard = ExerciseVariant(Variant.STANDARD, STANDARD_DESCRIPTION, self._phases(fields))
        two_sided = fields.flag("two_sided", default=False)
        tips, tip_says = self._tips(fields)
        exercise = Exercise(
            id=self._id(fields),
            name=fields.line("name"),
            aim=fields.text("aim"),
            start_position=fields.text("start_position"),
            start_picture=self._picture(fields, "start_picture") or "",
            reps=fields.whole_number("reps", 1, MAX_REPS, default=1),
            two_sided=two_sided,
            variants=(standard, *self._variants(fields, standard)),
            tips=tips,
            tip_says=tip_says,
            switch_sides=self._switch_sides(fields, two_sided),
            position=fields.choice("position", POSITIONS),
        )
        self._check_named_tips(exercise)
        return exercise

    def _check_named_tips(self, exercise: Exercise) -> None:
        for phase, node, path in self._named_tips:
            for version in exercise.variants:
                if not any(step is phase for step in version.phases):
                    continue
                count = len(version.tips) + len(exercise.tips)
                if phase.tip is not None and phase.tip > count:
                    has = f"{count} tip" if count == 1 else f"{count} tips"
                    self._log.at(node, path, f"names tip {phase.tip}, but the exercise has {has}")
                    break

    def _id(self, fields: Fields) -> str:
        exercise_id = fields.text("id")
        node = fields.get("id")
        if node is None or not exercise_id:
            return exercise_id
        if not _ID.fullmatch(exercise_id):
            rule = "must be lowercase letters, digits and hyphens, like 'hip-roll'"
            self._log.at(node, fields.child("id"), f"{rule}, got '{exercise_id}'")
        elif exercise_id in self._id_paths:
            first = self._id_paths[exercise_id]
            message = f"duplicate id '{exercise_id}', already used by {first}"
            self._log.at(node, fields.child("id"), message)
        else:
            self._id_paths[exercise_id] = f"{fields.path} (line {node.line})"
        return exercise_id

    def _switch_sides(self, fields: Fields, two_sided: bool) -> str | None:
        switch_sides = fields.optional_text("switch_sides")
        if two_sided and switch_sides is None:
            self._log.at(fields.node, fields.path, "two_sided is true, so switch_sides is required")
        elif not two_sided and switch_sides is not None:
            where = fields.get("switch_sides") or fields.node
            message = "is only for an exercise with two_sided: true"
            self._log.at(where, fields.child("switch_sides"), message)
        return switch_sides

    def _variants(self, fields: Fields, standard: ExerciseVariant) -> list[ExerciseVariant]:
        variants: list[ExerciseVariant] = []
        for node, path in fields.items("variants", MAX_VARIANTS, "variant"):
            variant = self._variant(node, path, standard)
            if variant is None:
                continue
            if any(other.variant is variant.variant for other in variants):
                kind = f"a second '{variant.variant}' variant"
                self._log.at(node, path, f"{kind}; each kind of variant may appear once")
            variants.append(variant)
        return variants

    def _variant(self, node: Node, path: str, standard: ExerciseVariant) -> ExerciseVariant | None:
        fields = Fields(node, path, self._log, VARIANT_KEYS, VARIANT_OPTIONAL_KEYS)
        kind = fields.choice("variant", _OTHER_VARIANTS)
        # Without phases of its own a variant keeps the standard ones (holding a weight, say).
        phases = self._phases(fields) if fields.get("phases") is not None else standard.phases
        tips, tip_says = self._tips(fields)
        variant = ExerciseVariant(
            variant=Variant(kind or Variant.MODIFICATION),
            description=fields.text("description"),
            phases=phases,
            start_position=fields.optional_text("start_position"),
            start_picture=self._picture(fields, "start_picture"),
            tips=tips,
            tip_says=tip_says,
            from_seed=fields.flag("from_seed", default=True),
            equipment=fields.optional_line("equipment"),
        )
        return variant if kind is not None else None

    def _tips(self, fields: Fields) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        """`tips` and `tip_says`: each tip a text, or `{text: ..., say: ...}` with the shorter
        words the voice says for it."""
        node = fields.get("tips")
        if not isinstance(node, Sequence):
            return fields.texts("tips"), ()
        tips: list[str] = []
        says: list[tuple[str, str]] = []
        for index, item in enumerate(node.items):
            path = f"{fields.child('tips')}[{index}]"
            if not isinstance(item, YamlMapping):
                tips.append(read_text(item, path, self._log))
                continue
            tip = Fields(item, path, self._log, ("text",), ("say",))
            tips.append(tip.text("text"))
            say = tip.optional_line("say")
            if say:
                says.append((tips[-1], say))
        return tuple(tips), tuple(says)

    def _phases(self, fields: Fields) -> tuple[Phase, ...]:
        phases = fields.items("phases", MAX_PHASES, "phase")
        return tuple(self._phase(node, path) for node, path in phases)

    def _phase(self, node: Node, path: str) -> Phase:
        fields = Fields(node, path, self._log, PHASE_KEYS, PHASE_OPTIONAL_KEYS)
        phase = Phase(
            breath=Breath(fields.choice("breath", _BREATHS) or Breath.NONE),
            seconds=fields.seconds("seconds", MAX_PHASE_SECONDS),
            instruction=fields.instruction("instruction"),
            picture=self._picture(fields, "picture") or "",
            say=fields.optional_line("say"),
            tip=fields.whole_number("tip", 1, MAX_TIP_NUMBER, default=0) or None,
        )
        tip = fields.get("tip")
        if tip is not None:
            self._named_tips.append((phase, tip, fields.child("tip")))
        return phase

    def _picture(self, fields: Fields, key: str) -> str | None:
        picture = fields.optional_line(key)
        if picture:
            problem = self._pictures.problem(picture)
            if problem is not None:
                self._log.at(fields.get(key) or fields.node, fields.child(key), problem)
        return picture


def _check_version(fields: Fields) -> None:
    """Stop at once on another schema_version: under it, every other key may mean another thing."""
    node = fields.get("schema_version")
    if node is None or (isinstance(node, Scalar) and node.value == str(SCHEMA_VERSION)):
        return
    message = f"version {describe(node)} is not supported; this app reads {SCHEMA_VERSION}"
    raise fail(fields.log.file, f"schema_version: {message}", node.line, node.column)
