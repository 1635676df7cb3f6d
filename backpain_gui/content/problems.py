"""What is wrong with a routine file: one `FILE:LINE:COL: message` problem per fault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

# Enough for any file a person wrote by hand; a generated or hostile file with hundreds of
# thousands of faults would otherwise bury the first ones (and take seconds to list).
MAX_PROBLEMS = 100


@dataclass(frozen=True, slots=True)
class Problem:
    """One fault in a routine file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        # The file's name as given, which may itself hold a control character.
        return f"{one_line(self.file)}:{self.line}:{self.column}: {self.message}"


# C0 controls, DEL and C1 controls (U+0080-U+009F): what a terminal takes as commands
# (ESC starts a colour or a window title, CSI U+009B does the same on some), and what a
# spreadsheet or a label has no use for. A tab moves to the next tab stop and changes nothing
# else, so it is allowed; a newline is allowed wherever the text may have several lines.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_CONTROL_BUT_NEWLINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class RoutineError(Exception):
    """A routine file could not be loaded; `problems` says every reason, in file order."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


class Located(Protocol):
    """Anything with a 1-based place in the file, such as a YAML node."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


class ProblemLog:
    """Collects the problems of one file, so that all of them are reported at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._problems: list[Problem] = []

    def add(self, line: int, column: int, message: str) -> None:
        """Note a problem at a place in the file; past MAX_PROBLEMS, stop with RoutineError."""
        if len(self._problems) == MAX_PROBLEMS:
            raise RoutineError(
                (*self._in_file_order(), Problem(self.file, line, column, _TOO_MANY))
            )
        self._problems.append(Problem(self.file, line, column, one_line(message)))

    def at(self, where: Located, path: str, message: str) -> None:
        """Note a problem with the node at `path`, such as `exercises[3].reps` ("" for the top)."""
        self.add(where.line, where.column, f"{path or 'the routine'}: {message}")

    def any(self) -> bool:
        """Whether a problem has been noted."""
        return bool(self._problems)

    def take_from(self, other: ProblemLog) -> None:
        """Note every problem of `other`, a log of the same file kept apart for a while."""
        for problem in other._problems:
            self.add(problem.line, problem.column, problem.message)

    def raise_if_any(self) -> None:
        """Raise RoutineError with every problem noted, in the order they occur in the file."""
        if self._problems:
            raise RoutineError(self._in_file_order())

    def _in_file_order(self) -> tuple[Problem, ...]:
        return tuple(sorted(self._problems, key=lambda problem: (problem.line, problem.column)))


_TOO_MANY = f"more than {MAX_PROBLEMS} problems; fix these first and check again"


def fail(file: str, message: str, line: int = 1, column: int = 1) -> RoutineError:
    """A RoutineError with a single problem; about the whole file when no place is given."""
    return RoutineError((Problem(file, line, column, one_line(message)),))


def one_line(message: str) -> str:
    """The message with control characters escaped: a newline quoted from a value, say."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in message)


def control_character_problem(text: str, newline_allowed: bool) -> str | None:
    """What is wrong with a control character in loaded text, or None when it has none.

    The character is named inertly (`\\x1b`), never written out, so that the message is safe
    to print to the terminal that the text itself would have taken over.
    """
    found = (_CONTROL_BUT_NEWLINE if newline_allowed else _CONTROL).search(text)
    if found is None:
        return None
    char = found.group()
    return (
        f"contains the control character {one_line(char)} (U+{ord(char):04X}), which text may"
        " not hold; remove it"
    )
