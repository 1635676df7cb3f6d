"""Loading a routine file (YAML, or Workrave's XML): read, parse, validate, report every problem.

The public API of `backpain_gui.content`: `load_routine`, `RoutineError`, `Problem`, and
`use_language`, which says which translation of a routine (`exercises.de.yaml`) to load.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from backpain_gui.content.model import Routine
from backpain_gui.content.problems import Problem, RoutineError
from backpain_gui.content.reading import read_document
from backpain_gui.content.translated_text import translate_routine, translation_file
from backpain_gui.content.validate import build_routine
from backpain_gui.content.workrave import load_workrave

__all__ = ["Problem", "RoutineError", "load_routine", "use_language"]

# The UI's language, chosen once at start-up by the layer that knows it (ui/translation.py,
# app/cli.py); content cannot ask Qt, so it is told.
_LANGUAGE = {"code": "en"}


def use_language(code: str) -> None:
    """Load routines in `code` ("de", "fr"; "en" for their own words) from now on."""
    _LANGUAGE["code"] = code


def load_routine(path: Path | str, language: str | None = None) -> Routine:
    """The routine in the file at `path`, or RoutineError naming every problem in it.

    A `.xml` file is read as Workrave's exercises, any other as a YAML routine. Problems name
    the file as given, so that `check ./my.yaml` reports `./my.yaml:3:5: ...`. The routine's
    words are in `language` (default: the one use_language chose) where a translation beside
    it (`my.de.yaml`) gives them. A translation with problems leaves the routine in its own
    words, its problem lines in `translation_problems`: a stale translation never costs the
    session (`check` refuses it).
    """
    if Path(path).suffix.lower() == ".xml":
        return load_workrave(path)
    file = str(path)
    path = Path(path)
    root, log = read_document(path, file, "routine")
    routine = build_routine(root, log, path.absolute().parent)
    code = language or _LANGUAGE["code"]
    if code == "en":
        return routine
    translated = translation_file(path, code)
    if not translated.is_file():
        return routine
    shown = str(Path(file).with_name(translated.name))
    try:
        return translate_routine(routine, translated, code, shown).routine
    except RoutineError as error:
        # The routine itself is good: it runs in its own words, and says why (`check` too).
        problems = tuple(str(problem) for problem in error.problems)
        return dataclasses.replace(routine, translation_problems=problems)
