"""Workrave's exercises (`exercises.xml`) as a routine: titles, descriptions, pictures, languages.

Workrave, the break reminder, shows an exercise's pictures in turn, over and over, until the
exercise's time is up, some of them mirrored. Here each exercise is one rep whose phases are
those pictures unrolled to that length, with no breath to follow: a plain countdown. Text comes
in the user's language where the file has it (`xml:lang`), else in English.

The description is the get-ready's start position, in full. Each picture's first step shows
its own part of it, the sentences shared out in order over the pictures; when the pictures
come round again, the steps say so in a short line instead of repeating it.

The XML is parsed by defusedxml: entity declarations (how "billion laughs" bombs and external
entity attacks work) are refused, at their place in the file, before anything is expanded.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

# defusedxml ships no type information.
from defusedxml import EntitiesForbidden  # type: ignore[import-untyped]
from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

from backpain_gui.content.fields import closest
from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Routine, Variant
from backpain_gui.content.pictures import SVG_OR_PNG, PictureFiles
from backpain_gui.content.problems import ProblemLog, control_character_problem
from backpain_gui.content.reading import read_routine_text
from backpain_gui.content.validate import MAX_EXERCISES, MAX_PHASES, STANDARD_DESCRIPTION

ROUTINE_TITLE = "Workrave's exercises"
AIM = "A short break exercise from Workrave."
# A step whose picture has been shown before in the exercise, or has no sentence left for it.
AGAIN = "Again, as in the picture."
AS_SHOWN = "As in the picture."

# Workrave's own defaults for a missing duration (Exercise.cc): 15 s a sequence, 1 s a picture.
DEFAULT_SEQUENCE_SECONDS = 15
DEFAULT_IMAGE_SECONDS = 1
# An exercise's sequence is unrolled into one phase per picture shown, so this and
# MAX_EXERCISES bound the phases a file can make: Workrave ships ten exercises of at most
# 40 s. The pictures a sequence names are capped as a YAML routine's phases are.
MAX_SECONDS = 600
# Workrave's file nests four levels deep; well past that is a mistake or an attack.
MAX_DEPTH = 32

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ENGLISH = "en"
# What each element may hold; `xml:lang` is the only attribute text elements take.
_CHILDREN = {
    "exercises": ("exercise",),
    "exercise": ("title", "description", "sequence"),
    "sequence": ("image",),
}
_ATTRIBUTES = {
    "exercises": (),
    "exercise": (),
    "title": (XML_LANG,),
    "description": (XML_LANG,),
    "sequence": ("duration",),
    "image": ("src", "duration", "mirrorx"),
}
_WHOLE = re.compile(r"[0-9]+")
# Where a sentence ends: after . ! ? and a space, or after the CJK full stops, which take none.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])\s*")
# A POSIX locale name: language, territory, codeset, modifier (`sr_RS.UTF-8@latin`).
_LOCALE = re.compile(r"([A-Za-z]+)(?:[_-]([A-Za-z0-9]+))?(?:\.[^@]*)?(?:@(.+))?")


def load_workrave(path: Path | str, language: str | None = None) -> Routine:
    """The routine in Workrave's exercises file at `path`, or RoutineError naming every problem.

    Titles and descriptions are in `language` (a locale name such as `de_DE.UTF-8`; default:
    the user's, from the environment) where the file has them, else in English.
    """
    file = str(path)
    path = Path(path)
    log = ProblemLog(file)
    root = _parse(read_routine_text(path, file), log)
    if language is None:
        language = language_from_environment()
    builder = _Builder(log, path.absolute().parent, language_choices(language))
    routine = builder.routine(root)
    log.raise_if_any()
    return routine


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The user's language for messages, as POSIX sets it: LC_ALL, else LC_MESSAGES, else LANG."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return environ[name]
    return ""


def language_choices(language: str) -> tuple[str, ...]:
    """The `xml:lang` values to look for, best first: `pt_BR.UTF-8` gives `pt_br`, `pt`.

    Values are lowercase with `_` for `-`, as `_language_of` reads the file's. The C locale,
    and anything that is no locale name, gives none: English is used.
    """
    match = _LOCALE.fullmatch(language.strip())
    if match is None or match.group(1).lower() in ("c", "posix"):
        return ()
    base, territory, modifier = match.groups()
    names = [f"{base}_{territory}", base] if territory else [base]
    choices: list[str] = []
    for name in names:
        if modifier:
            choices.append(f"{name}@{modifier}")
        choices.append(name)
    return tuple(_normal(choice) for choice in choices)


def _normal(language: str) -> str:
    # The file writes `pt_BR` where BCP 47 writes `pt-BR`; both are meant.
    return language.replace("-", "_").lower()


# -- the XML, as elements that remember where they start ------------------------------------


@dataclass(slots=True)
class _Element:
    """One XML element with its attributes, its text, and its 1-based place in the file."""

    tag: str
    attributes: dict[str, str]
    line: int
    column: int
    children: list[_Element] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The text inside, with runs of whitespace (line breaks in the file) made one space."""
        return " ".join("".join(self.texts).split())


class _TooDeep(Exception):
    """Nesting past MAX_DEPTH; parsing stops there."""

    def __init__(self, line: int, column: int) -> None:
        super().__init__(f"nesting too deep at {line}:{column}")
        self.line = line
        self.column = column


class _TreeBuilder:
    """The parser's target: builds `_Element`s, asking the parser where each one starts."""

    def __init__(self) -> None:
        # Set to ask the parser once it exists: it needs this target to be made first.
        self.place: Callable[[], tuple[int, int]] = lambda: (1, 1)
        self.root: _Element | None = None
        self._open: list[_Element] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        line, column = self.place()
        if len(self._open) >= MAX_DEPTH:
            raise _TooDeep(line, column)
        element = _Element(tag, dict(attributes), line, column)
        if self._open:
            self._open[-1].children.append(element)
        else:
            self.root = element
        self._open.append(element)

    def end(self, tag: str) -> None:
        self._open.pop()

    def data(self, text: str) -> None:
        if self._open:
            self._open[-1].texts.append(text)

    def close(self) -> None:
        return None


def _parse(text: str, log: ProblemLog) -> _Element:
    """The file's root element, or RoutineError with the one XML-level problem that stopped it."""
    builder = _TreeBuilder()
    # Refusing every entity declaration refuses external ones too, before any is referenced.
    parser = DefusedXMLParser(target=builder, forbid_entities=True, forbid_external=True)
    expat_parser = parser.parser
    # expat counts lines from 1 and columns from 0; while a handler runs, it is at the tag.
    builder.place = lambda: (expat_parser.CurrentLineNumber, expat_parser.CurrentColumnNumber + 1)
    try:
        parser.feed(text)
        parser.close()
    except ParseError as error:
        line, column = error.position
        log.add(line, column + 1, f"XML syntax error: {expat.ErrorString(error.code)}")
    except EntitiesForbidden as error:
        line, column = _declaration(text, error.name) or builder.place()
        log.add(line, column, _entity_refused(error.name, error.sysid))
    except _TooDeep as error:
        log.add(error.line, error.column, f"nesting too deep: more than {MAX_DEPTH} levels")
    log.raise_if_any()
    # A document without a root element is an expat syntax error, refused above.
    assert builder.root is not None
    return builder.root


def _declaration(text: str, name: str) -> tuple[int, int] | None:
    """Where the entity `name` is declared: expat only says where it stopped reading it."""
    match = re.search(rf"<!ENTITY\s+(?:%\s+)?{re.escape(name)}\s", text)
    if match is None:
        return None
    line_start = text.rfind("\n", 0, match.start()) + 1
    return text.count("\n", 0, match.start()) + 1, match.start() - line_start + 1


def _entity_refused(name: str, outside_file: str | None) -> str:
    if outside_file is not None:
        return (
            f"the external entity '{name}' ({outside_file}) is not allowed: "
            "an exercises file may not pull in other files"
        )
    return (
        f"the entity '{name}' is not allowed: entities are how 'billion laughs' bombs "
        "blow up; write the text out in full"
    )


# -- from elements to the routine ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Image:
    """One `<image>` of a sequence: its picture, how long it shows, and whether it is flipped."""

    picture: str
    seconds: int
    mirrored: bool


class _Builder:
    """Walks the elements once, building the routine and noting every problem on the way."""

    def __init__(self, log: ProblemLog, folder: Path, languages: tuple[str, ...]) -> None:
        self._log = log
        self._folder = folder
        self._languages = languages
        self._pictures = PictureFiles(folder, SVG_OR_PNG)
        self._ids: set[str] = set()

    def routine(self, root: _Element) -> Routine:
        if root.tag != "exercises":
            self._note(root, "the file", f"must start with <exercises>, not <{root.tag}>")
            return Routine(ROUTINE_TITLE, (), folder=self._folder)
        self._check_element(root, "<exercises>")
        found = [child for child in root.children if child.tag == "exercise"]
        if not found:
            self._note(root, "<exercises>", "has no <exercise> in it")
        elif len(found) > MAX_EXERCISES:
            extra = found[MAX_EXERCISES]
            self._note(extra, "<exercises>", f"has more than {MAX_EXERCISES} exercises")
        exercises = tuple(
            self._exercise(element, number)
            for number, element in enumerate(found[:MAX_EXERCISES], start=1)
        )
        return Routine(ROUTINE_TITLE, exercises, folder=self._folder)

    def _exercise(self, element: _Element, number: int) -> Exercise:
        where = f"exercise {number}"
        self._check_element(element, where)
        titles = self._by_language(element, "title", where)
        english = self._english(element, titles, "title", where)
        if english:
            where = f"exercise {number} ({english})"
        descriptions = self._by_language(element, "description", where)
        description = self._english(element, descriptions, "description", where)
        phases = self._sequence(element, where, self._translated(descriptions, description))
        return Exercise(
            id=self._id(english, number),
            name=self._translated(titles, english),
            aim=AIM,
            start_position=self._translated(descriptions, description),
            start_picture=phases[0].picture if phases else "",
            reps=1,
            two_sided=False,
            variants=(ExerciseVariant(Variant.STANDARD, STANDARD_DESCRIPTION, phases),),
        )

    def _id(self, english_title: str, number: int) -> str:
        """An id made from the English title, as the history and the settings name exercises."""
        base = re.sub(r"[^a-z0-9]+", "-", english_title.lower()).strip("-") or f"exercise-{number}"
        exercise_id = base
        for count in itertools.count(2):
            if exercise_id not in self._ids:
                break
            exercise_id = f"{base}-{count}"
        self._ids.add(exercise_id)
        return exercise_id

    # Text in the user's language.

    def _by_language(self, element: _Element, tag: str, where: str) -> dict[str, _Element]:
        """The `tag` children by language (English for those without xml:lang)."""
        where = f"{where}, <{tag}>"
        by_language: dict[str, _Element] = {}
        for child in element.children:
            if child.tag != tag:
                continue
            self._check_element(child, where)
            # The text as it is shown: XML's character references can write a C1 control
            # (&#x9b;, a terminal's CSI) that no check of the file's bytes would see.
            control = control_character_problem(child.text, newline_allowed=False)
            if control is not None:
                self._note(child, where, control)
            language = _language_of(child)
            first = by_language.setdefault(language, child)
            if first is not child:
                shown = "without xml:lang" if language == ENGLISH else f"in '{language}'"
                self._note(child, where, f"a second one {shown}; the first is at line {first.line}")
        return by_language

    def _english(
        self, element: _Element, by_language: dict[str, _Element], tag: str, where: str
    ) -> str:
        """The English text, which every exercise must have: the fallback for every language."""
        english = by_language.get(ENGLISH)
        if english is None:
            self._note(element, where, f"has no English <{tag}> (one without xml:lang)")
            return ""
        if not english.text:
            self._note(english, f"{where}, <{tag}>", "must not be empty")
        return english.text

    def _translated(self, by_language: dict[str, _Element], english: str) -> str:
        """The text in the first of the user's languages that has it, else in English."""
        for language in self._languages:
            translation = by_language.get(language)
            # An empty translation is a translator's slip: English does instead.
            if translation is not None and translation.text:
                return translation.text
        return english

    # The picture sequence.

    def _sequence(self, element: _Element, where: str, instruction: str) -> tuple[Phase, ...]:
        sequences = [child for child in element.children if child.tag == "sequence"]
        if not sequences:
            self._note(element, where, "has no <sequence> of pictures")
            return ()
        for extra in sequences[1:]:
            self._note(extra, where, "has a second <sequence>; an exercise has one")
        sequence = sequences[0]
        where = f"{where}, <sequence>"
        self._check_element(sequence, where)
        total = self._seconds(sequence, where, DEFAULT_SEQUENCE_SECONDS)
        found = [child for child in sequence.children if child.tag == "image"]
        if len(found) > MAX_PHASES:
            self._note(found[MAX_PHASES], where, f"has more than {MAX_PHASES} <image>s")
        images = [
            self._image(child, f"{where}, image {number}")
            for number, child in enumerate(found[:MAX_PHASES], start=1)
        ]
        if not images:
            self._note(sequence, where, "has no <image> in it")
        return _unrolled(images, total, instruction)

    def _image(self, element: _Element, where: str) -> _Image:
        self._check_element(element, where)
        picture = element.attributes.get("src", "")
        if picture:
            control = control_character_problem(picture, newline_allowed=False)
            problem = control or self._pictures.problem(picture)
        else:
            problem = "has no src (its picture file)"
        if problem is not None:
            self._note(element, where, problem)
        mirror = element.attributes.get("mirrorx", "no")
        if mirror not in ("yes", "no"):
            self._note(element, where, f"mirrorx must be yes or no, got '{mirror}'")
        seconds = self._seconds(element, where, DEFAULT_IMAGE_SECONDS)
        return _Image(picture, seconds, mirror == "yes")

    def _seconds(self, element: _Element, where: str, default: int) -> int:
        value = element.attributes.get("duration")
        if value is None:
            return default
        if _WHOLE.fullmatch(value.strip()) and 1 <= int(value) <= MAX_SECONDS:
            return int(value)
        rule = f"duration must be a whole number of seconds from 1 to {MAX_SECONDS}"
        self._note(element, where, f"{rule}, got '{value}'")
        return default

    # Checks every element gets.

    def _check_element(self, element: _Element, where: str) -> None:
        """Note attributes and child elements that this element does not take."""
        attributes = _ATTRIBUTES[element.tag]
        for name in element.attributes:
            if name not in attributes:
                self._note(element, where, _unknown(f"attribute {_shown(name)}", attributes))
        children = _CHILDREN.get(element.tag, ())
        for child in element.children:
            if child.tag not in children:
                known = tuple(f"<{tag}>" for tag in children)
                self._note(child, where, _unknown(f"element <{child.tag}>", known))

    def _note(self, element: _Element, where: str, message: str) -> None:
        self._log.add(element.line, element.column, f"{where}: {message}")


def _language_of(element: _Element) -> str:
    return _normal(element.attributes.get(XML_LANG) or ENGLISH)


def _shown(attribute: str) -> str:
    return "xml:lang" if attribute == XML_LANG else attribute


def _unknown(what: str, known: tuple[str, ...]) -> str:
    shown = tuple(_shown(name) for name in known)
    if not shown:
        return f"unknown {what}; this element takes none"
    guess = closest(what.split(" ", 1)[1], shown)
    hint = f", did you mean {guess}?" if guess else f"; expected {', '.join(shown)}"
    return f"unknown {what}{hint}"


def _unrolled(images: list[_Image], total: int, description: str) -> tuple[Phase, ...]:
    """The pictures in turn, round and round, until `total` seconds are filled (the last cut).

    The first time each picture shows, it has its share of the description's sentences.
    """
    shown: list[_Image] = []
    seconds: list[int] = []
    filled = 0
    for image in itertools.cycle(images):
        if filled >= total:
            break
        shown.append(image)
        seconds.append(min(image.seconds, total - filled))
        filled += seconds[-1]
    first_round = min(len(images), len(shown))
    parts = _shared_out(_sentences(description), first_round)
    words = [*parts, *[AS_SHOWN] * (first_round - len(parts))]
    words += [AGAIN] * (len(shown) - first_round)
    return tuple(
        Phase(Breath.NONE, float(length), text, image.picture, mirrored=image.mirrored)
        for image, length, text in zip(shown, seconds, words, strict=True)
    )


def _sentences(text: str) -> list[str]:
    """The text's sentences, each with the space after it, so that joined they are the text."""
    starts = [0, *(end.end() for end in _SENTENCE_END.finditer(text)), len(text)]
    return [text[start:end] for start, end in itertools.pairwise(starts) if start < end]


def _shared_out(sentences: list[str], parts: int) -> list[str]:
    """The sentences in order as at most `parts` texts of about the same length, none empty."""
    parts = min(parts, len(sentences))
    if parts == 0:
        return []
    ends = list(itertools.accumulate(len(sentence) for sentence in sentences))
    cuts = [0]
    for part in range(1, parts):
        target = ends[-1] * part / parts
        # Cutting after sentence `near` reaches the target, after the one before falls short.
        near = bisect.bisect_left(ends, target)
        # Each cut after the one before it, leaving a sentence for every part still to come.
        lowest, highest = cuts[-1] + 1, len(sentences) - (parts - part)
        choices = {min(max(cut, lowest), highest) for cut in (near, near + 1)}
        cuts.append(min(sorted(choices), key=lambda cut: abs(ends[cut - 1] - target)))
    cuts.append(len(sentences))
    return ["".join(sentences[start:end]).strip() for start, end in itertools.pairwise(cuts)]
