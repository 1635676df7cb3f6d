"""A routine's text in another language: the sibling file `exercises.de.yaml` beside
`exercises.yaml`, read, checked against the routine and laid over its English words.

The file holds only words, keyed as the routine is: the top's title, advice, safety line and
glossary; each exercise under its id, each version under its kind, each step and tip in the
routine's own order (so counts must match). Anything left out stays as the routine gives it.
Everything the routine itself must be (plain text, one line where it says one line, an
instruction short enough to read from the mat, the same size caps) a translation must be too.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from backpain_gui.content.fields import Fields, closest, describe, read_instruction, read_line
from backpain_gui.content.fields import read_text as _read_text
from backpain_gui.content.model import Exercise, ExerciseVariant, Phase, Routine
from backpain_gui.content.problems import ProblemLog
from backpain_gui.content.reading import read_document
from backpain_gui.content.yaml_nodes import Mapping, Node, Scalar, Sequence

SCHEMA_VERSION = 1
# The routine's file name, a dot, a two-letter language code (`de`, `fr`, `pt_BR`), `.yaml`:
# not any dotted name, so that `exercises.old.yaml` beside it is not taken for a translation.
_LANGUAGE = re.compile(r"[a-z]{2}(?:_[A-Z]{2})?")
# A key named in brackets, such as "choose Supported (V)": the key stays the key in any
# language, so a translation must keep it.
_KEY_HINT = re.compile(r"\([A-Z0-9]\)")

TOP_KEYS = ("schema_version",)
TOP_OPTIONAL_KEYS = (
    "title",
    "advice",
    "advice_say",
    "safety",
    "safety_say",
    "glossary",
    "exercises",
)
EXERCISE_OPTIONAL_KEYS = (
    "name",
    "aim",
    "start_position",
    "switch_sides",
    "phases",
    "tips",
    "variants",
)
VARIANT_OPTIONAL_KEYS = ("description", "equipment", "start_position", "phases", "tips")
PHASE_OPTIONAL_KEYS = ("instruction", "say")
TIP_OPTIONAL_KEYS = ("text", "say")


def translation_file(routine_file: Path, language: str) -> Path:
    """Where the translation of `routine_file` into `language` is: `exercises.de.yaml`."""
    return routine_file.with_name(f"{routine_file.stem}.{language}{routine_file.suffix}")


def translation_files(routine_file: Path) -> dict[str, Path]:
    """Every translation beside `routine_file`, by language code, in code order."""
    found = {}
    for path in sorted(routine_file.parent.glob(f"{routine_file.stem}.*{routine_file.suffix}")):
        code = path.name[len(routine_file.stem) + 1 : -len(routine_file.suffix) or None]
        if _LANGUAGE.fullmatch(code) and path.is_file():
            found[code] = path
    return found


@dataclass(slots=True)
class Translated:
    """What a translation file gave, once checked: the routine in its words, and where it
    leaves the routine's own words (the paths of the texts it does not translate)."""

    routine: Routine
    untranslated: list[str] = field(default_factory=list)


def translate_routine(routine: Routine, path: Path, language: str, file: str = "") -> Translated:
    """`routine` in the words of the translation at `path`, or RoutineError naming every problem
    in that file (its FILE:LINE:COL lines name the translation, as given in `file`)."""
    file = file or str(path)
    root, log = read_document(path, file, "translation")
    translated = _Translator(log, routine, language).translate(root)
    log.raise_if_any()
    return translated


@dataclass(frozen=True, slots=True)
class _Tip:
    text: str
    say: str | None


class _Translator:
    """Walks a translation's nodes beside the routine, noting every problem on the way."""

    def __init__(self, log: ProblemLog, routine: Routine, language: str) -> None:
        self._log = log
        self._routine = routine
        self._language = language
        self._untranslated: list[str] = []

    def translate(self, root: Node) -> Translated:
        routine = self._routine
        fields = Fields(root, "", self._log, TOP_KEYS, TOP_OPTIONAL_KEYS)
        self._check_version(fields)
        title = self._line(fields, "title", routine.title)
        advice = self._list(fields, "advice", routine.advice)
        glossary = self._list(fields, "glossary", routine.glossary)
        exercises = self._exercises(fields)
        translated = dataclasses.replace(
            routine,
            # The routine keeps its own title, which the history files its sessions under: a
            # day practised in German is the same day of the same plan in English.
            translated_title=title,
            language=self._language,
            advice=advice,
            advice_say=self._optional(fields, "advice_say", routine.advice_say, one_line=True),
            safety_say=self._optional(fields, "safety_say", routine.safety_say, one_line=True),
            safety=self._text(fields, "safety", routine.safety),
            glossary=glossary,
            exercises=exercises,
        )
        return Translated(translated, self._untranslated)

    def _check_version(self, fields: Fields) -> None:
        node = fields.get("schema_version")
        if node is None or (isinstance(node, Scalar) and node.value == str(SCHEMA_VERSION)):
            return
        message = f"version {describe(node)} is not supported; this app reads {SCHEMA_VERSION}"
        self._log.at(node, "schema_version", message)

    # --- texts ----------------------------------------------------------------------------

    def _read(self, node: Node, path: str, english: str, one_line: bool = False) -> str:
        text = read_line(node, path, self._log) if one_line else _read_text(node, path, self._log)
        self._check_hints(node, path, english, text)
        return text or english

    def _check_hints(self, node: Node, path: str, english: str, text: str) -> None:
        lost = sorted(set(_KEY_HINT.findall(english)) - set(_KEY_HINT.findall(text)))
        if text and lost:
            keys = " and ".join(lost)
            self._log.at(node, path, f"must keep the key {keys} that the English names")

    def _text(self, fields: Fields, key: str, english: str) -> str:
        node = fields.get(key)
        if node is None:
            if english:
                self._untranslated.append(fields.child(key))
            return english
        if not english:
            self._log.at(node, fields.child(key), "the routine has no such text to translate")
            return english
        return self._read(node, fields.child(key), english)

    def _line(self, fields: Fields, key: str, english: str) -> str:
        node = fields.get(key)
        if node is None:
            self._untranslated.append(fields.child(key))
            return english
        return self._read(node, fields.child(key), english, one_line=True)

    def _optional(
        self, fields: Fields, key: str, english: str | None, one_line: bool = False
    ) -> str | None:
        """A text the routine may leave out (advice_say, switch_sides, a step's say)."""
        node = fields.get(key)
        if node is None:
            if english is not None:
                self._untranslated.append(fields.child(key))
            return english
        if english is None:
            self._log.at(node, fields.child(key), "the routine has no such text to translate")
            return None
        return self._read(node, fields.child(key), english, one_line)

    def _list(self, fields: Fields, key: str, english: tuple[str, ...]) -> tuple[str, ...]:
        node = fields.get(key)
        if node is None:
            if english:
                self._untranslated.append(fields.child(key))
            return english
        items = self._items(node, fields.child(key), len(english), key)
        return (
            tuple(
                self._read(item, f"{fields.child(key)}[{index}]", english[index])
                for index, item in enumerate(items)
            )
            + english[len(items) :]
        )

    def _items(self, node: Node, path: str, count: int, noun: str) -> tuple[Node, ...]:
        """The items of a list that must have `count` of them, as the routine's own has."""
        if not isinstance(node, Sequence):
            self._log.at(
                node, path, f"must be a list, each item starting '- ', got {describe(node)}"
            )
            return ()
        if len(node.items) != count:
            self._log.at(node, path, _wrong_count(len(node.items), count, noun))
        return node.items[:count]

    # --- exercises ------------------------------------------------------------------------

    def _exercises(self, fields: Fields) -> tuple[Exercise, ...]:
        routine = self._routine
        node = fields.get("exercises")
        given: dict[str, tuple[Node, str]] = {}
        if node is not None:
            given = self._keyed(node, "exercises", tuple(e.id for e in routine.exercises), "id")
        translated = []
        for exercise in routine.exercises:
            if exercise.id in given:
                translated.append(self._exercise(exercise, *given[exercise.id]))
            else:
                self._untranslated.append(f"exercises.{exercise.id}")
                translated.append(exercise)
        return tuple(translated)

    def _keyed(
        self, node: Node, path: str, known: tuple[str, ...], what: str
    ) -> dict[str, tuple[Node, str]]:
        """A mapping keyed by the routine's ids (or variant kinds): each value with its path."""
        if not isinstance(node, Mapping):
            expected = f"a mapping from each {what} to its texts"
            self._log.at(node, path, f"must be {expected}, got {describe(node)}")
            return {}
        found: dict[str, tuple[Node, str]] = {}
        for key, value in node.pairs:
            name = key.value if isinstance(key, Scalar) else ""
            child = f"{path}.{name}"
            if not name or not isinstance(key, Scalar):
                self._log.at(key, path, f"a key must be an {what}, got {describe(key)}")
            elif name in found:
                self._log.at(key, child, "duplicate key; each is translated once")
            elif name not in known:
                guess = closest(name, known)
                hint = f", did you mean '{guess}'?" if guess else f"; it has {', '.join(known)}"
                self._log.at(key, child, f"the routine has no such {what}{hint}")
            else:
                found[name] = (value, child)
        return found

    def _exercise(self, exercise: Exercise, node: Node, path: str) -> Exercise:
        fields = Fields(node, path, self._log, (), EXERCISE_OPTIONAL_KEYS)
        standard = exercise.variants[0]
        phases = self._phases(fields, standard.phases)
        tips, tip_says = self._tips(fields, exercise.tips, exercise.tip_says)
        variants = [dataclasses.replace(standard, phases=phases)]
        given: dict[str, tuple[Node, str]] = {}
        listed = fields.get("variants")
        if listed is not None:
            kinds = tuple(v.variant.value for v in exercise.variants[1:])
            given = self._keyed(listed, fields.child("variants"), kinds, "variant")
        for variant in exercise.variants[1:]:
            # A version with no steps of its own does the standard ones, in their new words.
            own = variant.phases is not standard.phases
            if variant.variant.value in given:
                node, where = given[variant.variant.value]
                variants.append(self._variant(variant, node, where, phases, own))
            else:
                self._untranslated.append(f"{path}.variants.{variant.variant.value}")
                variants.append(variant if own else dataclasses.replace(variant, phases=phases))
        return dataclasses.replace(
            exercise,
            name=self._line(fields, "name", exercise.name),
            aim=self._text(fields, "aim", exercise.aim),
            start_position=self._text(fields, "start_position", exercise.start_position),
            switch_sides=self._optional(fields, "switch_sides", exercise.switch_sides),
            tips=tips,
            tip_says=tip_says,
            variants=tuple(variants),
        )

    def _variant(
        self,
        variant: ExerciseVariant,
        node: Node,
        path: str,
        standard_phases: tuple[Phase, ...],
        own_phases: bool,
    ) -> ExerciseVariant:
        fields = Fields(node, path, self._log, (), VARIANT_OPTIONAL_KEYS)
        if own_phases:
            phases = self._phases(fields, variant.phases)
        else:
            phases = standard_phases
            extra = fields.get("phases")
            if extra is not None:
                message = "this version does the standard steps; translate them under the exercise"
                self._log.at(extra, fields.child("phases"), message)
        tips, tip_says = self._tips(fields, variant.tips, variant.tip_says)
        return dataclasses.replace(
            variant,
            description=self._text(fields, "description", variant.description),
            equipment=self._optional(fields, "equipment", variant.equipment, one_line=True),
            start_position=self._optional(fields, "start_position", variant.start_position),
            phases=phases,
            tips=tips,
            tip_says=tip_says,
        )

    def _phases(self, fields: Fields, english: tuple[Phase, ...]) -> tuple[Phase, ...]:
        node = fields.get("phases")
        if node is None:
            self._untranslated.append(fields.child("phases"))
            return english
        items = self._items(node, fields.child("phases"), len(english), "step")
        translated = [
            self._phase(phase, item, f"{fields.child('phases')}[{index}]")
            for index, (phase, item) in enumerate(zip(english, items, strict=False))
        ]
        return (*translated, *english[len(translated) :])

    def _phase(self, phase: Phase, node: Node, path: str) -> Phase:
        fields = Fields(node, path, self._log, (), PHASE_OPTIONAL_KEYS)
        instruction = phase.instruction
        given = fields.get("instruction")
        if given is None:
            self._untranslated.append(fields.child("instruction"))
        else:
            instruction = read_instruction(given, fields.child("instruction"), self._log)
            self._check_hints(given, fields.child("instruction"), phase.instruction, instruction)
            instruction = instruction or phase.instruction
        say = self._optional(fields, "say", phase.say, one_line=True)
        return dataclasses.replace(phase, instruction=instruction, say=say)

    def _tips(
        self, fields: Fields, english: tuple[str, ...], says: tuple[tuple[str, str], ...]
    ) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        node = fields.get("tips")
        spoken = dict(says)
        if node is None:
            if english:
                self._untranslated.append(fields.child("tips"))
            return english, says
        items = self._items(node, fields.child("tips"), len(english), "tip")
        tips = [_Tip(tip, spoken.get(tip)) for tip in english]
        for index, item in enumerate(items):
            tips[index] = self._tip(tips[index], item, f"{fields.child('tips')}[{index}]")
        return (
            tuple(tip.text for tip in tips),
            tuple((tip.text, tip.say) for tip in tips if tip.say is not None),
        )

    def _tip(self, english: _Tip, node: Node, path: str) -> _Tip:
        if not isinstance(node, Mapping):
            text = self._read(node, path, english.text)
            if english.say is not None:
                self._untranslated.append(f"{path}.say")
            return _Tip(text, english.say)
        fields = Fields(node, path, self._log, ("text",), TIP_OPTIONAL_KEYS)
        text = self._text(fields, "text", english.text)
        return _Tip(text, self._optional(fields, "say", english.say, one_line=True))


# What each list holds, one and many, for "has 3 steps; the routine has 4, one for each".
_NOUNS = {
    "step": ("step", "steps"),
    "tip": ("tip", "tips"),
    "advice": ("piece of advice", "pieces of advice"),
    "glossary": ("glossary entry", "glossary entries"),
}


def _wrong_count(given: int, count: int, noun: str) -> str:
    one, many = _NOUNS[noun]
    return f"has {given} {one if given == 1 else many}; the routine has {count}, one for each"
