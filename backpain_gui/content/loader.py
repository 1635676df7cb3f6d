"""Loading a routine file (YAML, or Workrave's XML): read, parse, validate, report every problem.

The public API of `backpain_gui.content`: `load_routine`, `RoutineError` and `Problem`.
"""

from __future__ import annotations

from pathlib import Path

from backpain_gui.content.model import Routine
from backpain_gui.content.problems import Problem, ProblemLog, RoutineError, fail
from backpain_gui.content.reading import read_routine_text
from backpain_gui.content.validate import build_routine
from backpain_gui.content.workrave import load_workrave
from backpain_gui.content.yaml_nodes import compose_document

__all__ = ["Problem", "RoutineError", "load_routine"]


def load_routine(path: Path | str) -> Routine:
    """The routine in the file at `path`, or RoutineError naming every problem in it.

    A `.xml` file is read as Workrave's exercises, any other as a YAML routine. Problems name
    the file as given, so that `check ./my.yaml` reports `./my.yaml:3:5: ...`.
    """
    if Path(path).suffix.lower() == ".xml":
        return load_workrave(path)
    file = str(path)
    path = Path(path)
    text = read_routine_text(path, file)
    log = ProblemLog(file)
    root = compose_document(text, log)
    # A YAML-level fault leaves no trustworthy tree to check further.
    log.raise_if_any()
    if root is None:
        raise fail(file, "the file has no routine in it, only comments or blank lines")
    return build_routine(root, log, path.absolute().parent)
