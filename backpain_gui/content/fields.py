"""Reading typed values out of YAML nodes, by the routine's own rules rather than YAML 1.1's.

YAML 1.1 reads `yes`, `no`, `on` and `off` as booleans and `1:30` as the number 90; a routine
takes only `true` and `false` and plain decimal numbers, and names anything else as a problem.
Every reader returns a harmless default after noting a problem, so that one run finds them all.
"""

from __future__ import annotations

import difflib
import math
import re

from backpain_gui.content.problems import ProblemLog, control_character_problem
from backpain_gui.content.yaml_nodes import Mapping, Node, Scalar, Sequence

# An instruction is read from three metres away while lying on a mat: one short sentence.
MAX_INSTRUCTION_CHARS = 100

_WHOLE = re.compile(r"[-+]?[0-9]+")
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_NOT_FINITE = {"nan", "inf", "infinity", ".nan", ".inf", ".infinity"}
_TRUE, _FALSE = ("true", "True", "TRUE"), ("false", "False", "FALSE")
_YAML11_BOOLEANS = {"yes", "no", "on", "off", "y", "n"}
# Longer values are cut short when quoted back in a message, to keep it on one line.
_SHOWN_CHARS = 40


def describe(node: Node) -> str:
    """What a node is, for "got ..." in a message."""
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    if node.is_null:
        return "nothing"
    shown = node.value if len(node.value) <= _SHOWN_CHARS else node.value[:_SHOWN_CHARS] + "..."
    if not node.plain:
        return f"the quoted text '{shown}'"
    return shown if _DECIMAL.fullmatch(node.value) else f"'{shown}'"


# Words a writer may use for a key, which no spelling distance finds ("repetitions" is far
# from "reps" and near "position").
# A word that could mean several choices ("lying": on the back, side or front) gets no guess.
_SAME_AS: dict[str, str | None] = {
    "repetitions": "reps",
    "repeats": "reps",
    "sets": "reps",
    "duration": "seconds",
    "supine": "back",
    "prone": "front",
    "seated": "sitting",
    "lying": None,
}


def closest(word: str, choices: tuple[str, ...]) -> str | None:
    """The choice that `word` is most likely a misspelling of, if any is close."""
    if word in _SAME_AS and (_SAME_AS[word] is None or _SAME_AS[word] in choices):
        return _SAME_AS[word]
    close = difflib.get_close_matches(word, choices, n=1)
    return close[0] if close else None


class Fields:
    """The keys of one mapping, read by name with their types checked."""

    def __init__(
        self,
        node: Node,
        path: str,
        log: ProblemLog,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> None:
        self.node = node
        self.path = path
        self.log = log
        self._values: dict[str, Node] = {}
        if not isinstance(node, Mapping):
            expected = ", ".join(required)
            log.at(node, path, f"must be a mapping of keys ({expected}), got {describe(node)}")
            return
        suggested = self._read_keys(node, required + optional)
        for key in required:
            if key not in self._values and key not in suggested:
                log.at(node, path, f"missing required key '{key}'")

    def _read_keys(self, node: Mapping, known: tuple[str, ...]) -> set[str]:
        """Note unknown, duplicate and odd keys; the keys suggested for misspelt ones."""
        first: dict[str, Scalar] = {}
        suggested: set[str] = set()
        for key, value in node.pairs:
            if not isinstance(key, Scalar) or key.is_null:
                self.log.at(key, self.path, f"a key must be a name, got {describe(key)}")
            elif key.value in first:
                where = f"first given at {first[key.value].line}:{first[key.value].column}"
                self.log.at(key, self.child(key.value), f"duplicate key, {where}")
            elif key.value not in known:
                first[key.value] = key
                guess = closest(key.value, known)
                if guess is None:
                    message = f"unknown key; expected one of {', '.join(known)}"
                else:
                    suggested.add(guess)
                    message = f"unknown key, did you mean '{guess}'?"
                self.log.at(key, self.child(key.value), message)
            else:
                first[key.value] = key
                self._values[key.value] = value
        return suggested

    def child(self, key: str) -> str:
        """The path of the value under `key`."""
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str) -> Node | None:
        """The value under `key`, if given (and the mapping is a mapping)."""
        return self._values.get(key)

    def text(self, key: str) -> str:
        """Non-empty text, without surrounding whitespace; empty when the key is left out."""
        node = self.get(key)
        return "" if node is None else read_text(node, self.child(key), self.log)

    def optional_text(self, key: str) -> str | None:
        """Text when the key is given, else None."""
        node = self.get(key)
        return None if node is None else read_text(node, self.child(key), self.log)

    def line(self, key: str) -> str:
        """Non-empty text on one line, such as a name; empty when the key is left out."""
        node = self.get(key)
        return "" if node is None else read_line(node, self.child(key), self.log)

    def optional_line(self, key: str) -> str | None:
        """Text on one line when the key is given, else None."""
        node = self.get(key)
        return None if node is None else read_line(node, self.child(key), self.log)

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of texts; none when the key is left out."""
        node = self.get(key)
        return () if node is None else read_texts(node, self.child(key), self.log)

    def flag(self, key: str, default: bool) -> bool:
        """`true` or `false`."""
        node = self.get(key)
        return default if node is None else read_flag(node, self.child(key), self.log)

    def whole_number(self, key: str, low: int, high: int, default: int) -> int:
        """A whole number from `low` to `high`."""
        node = self.get(key)
        if node is None:
            return default
        return read_whole_number(node, self.child(key), self.log, low, high)

    def instruction(self, key: str) -> str:
        """One short line of text, readable from across the room."""
        node = self.get(key)
        return "" if node is None else read_instruction(node, self.child(key), self.log)

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        """One of `choices`; None when it is not (or is left out)."""
        node = self.get(key)
        return None if node is None else read_choice(node, self.child(key), self.log, choices)

    def seconds(self, key: str, most: float) -> float:
        """A positive number of seconds, at most `most`."""
        node = self.get(key)
        return 1.0 if node is None else read_seconds(node, self.child(key), self.log, most)

    def items(self, key: str, most: int, noun: str) -> tuple[tuple[Node, str], ...]:
        """The items of a non-empty list of at most `most` `noun`s, each with its path; none
        when the key is left out."""
        node = self.get(key)
        return () if node is None else read_items(node, self.child(key), self.log, most, noun)


def read_text(node: Node, path: str, log: ProblemLog, newline_allowed: bool = True) -> str:
    """Non-empty text, without surrounding whitespace or control characters (tabs are fine)."""
    if not isinstance(node, Scalar):
        log.at(node, path, f"must be text, got {describe(node)}")
        return ""
    text = "" if node.is_null else node.value.strip()
    # Looked for in the loaded text, not in the file: a quoted "\e[31m" is plain ASCII there.
    control = control_character_problem(text, newline_allowed)
    if not text:
        log.at(node, path, "must not be empty")
    elif control is not None:
        log.at(node, path, control)
    return text


def read_line(node: Node, path: str, log: ProblemLog) -> str:
    """Non-empty text on one line: a name, a title, a file name."""
    if isinstance(node, Scalar) and "\n" in node.value.strip():
        log.at(node, path, "must be one line")
        return node.value.strip()
    return read_text(node, path, log, newline_allowed=False)


def read_instruction(node: Node, path: str, log: ProblemLog) -> str:
    """Text short enough to read from across the room, on one line."""
    text = read_text(node, path, log)
    if "\n" in text:
        log.at(node, path, "must be one line; put longer advice in tips")
    elif len(text) > MAX_INSTRUCTION_CHARS:
        limit = f"at most {MAX_INSTRUCTION_CHARS} can be read from across the room"
        log.at(node, path, f"is {len(text)} characters long; {limit}, so put the rest in tips")
    return text


def read_texts(node: Node, path: str, log: ProblemLog) -> tuple[str, ...]:
    """A list of texts; an empty value means none."""
    if isinstance(node, Scalar) and node.is_null:
        return ()
    if not isinstance(node, Sequence):
        log.at(node, path, f"must be a list of texts, each starting '- ', got {describe(node)}")
        return ()
    return tuple(read_text(item, f"{path}[{index}]", log) for index, item in enumerate(node.items))


def read_items(
    node: Node, path: str, log: ProblemLog, most: int, noun: str
) -> tuple[tuple[Node, str], ...]:
    """The first `most` items of a non-empty list, each with its path; more is a problem."""
    if not isinstance(node, Sequence):
        log.at(node, path, f"must be a list, each item starting '- ', got {describe(node)}")
        return ()
    if not node.items:
        log.at(node, path, "must not be an empty list")
    elif len(node.items) > most:
        # Noted where the first one too many starts; the rest are not even built, as building
        # thousands is what made such a file take seconds and hundreds of megabytes to open.
        count = f"has {len(node.items)} {noun}s; at most {most} are allowed"
        log.at(node.items[most], path, count)
    return tuple((item, f"{path}[{index}]") for index, item in enumerate(node.items[:most]))


def read_flag(node: Node, path: str, log: ProblemLog) -> bool:
    """`true` or `false`; YAML 1.1's `yes`, `on` and friends are refused as ambiguous."""
    if isinstance(node, Scalar) and node.plain and node.value in _TRUE + _FALSE:
        return node.value in _TRUE
    hint = ""
    if isinstance(node, Scalar) and node.value.lower() in _YAML11_BOOLEANS | {"true", "false"}:
        hint = " without quotes" if not node.plain else f" (write {_flag_for(node.value)})"
    log.at(node, path, f"must be true or false{hint}, got {describe(node)}")
    return False


def _flag_for(word: str) -> str:
    return "true" if word.lower() in ("yes", "on", "y", "true") else "false"


def read_choice(node: Node, path: str, log: ProblemLog, choices: tuple[str, ...]) -> str | None:
    """One of `choices`, written as plain or quoted text."""
    if isinstance(node, Scalar) and node.value in choices:
        return node.value
    guess = closest(node.value, choices) if isinstance(node, Scalar) else None
    hint = f", did you mean '{guess}'?" if guess else ""
    log.at(node, path, f"must be one of {', '.join(choices)}, got {describe(node)}{hint}")
    return None


def read_seconds(node: Node, path: str, log: ProblemLog, most: float) -> float:
    """A positive, finite number of seconds, at most `most`."""
    seconds = _read_number(node, path, log)
    if seconds is None:
        return 1.0
    shown = describe(node)
    if seconds <= 0:
        log.at(node, path, f"must be a positive number of seconds, got {shown}")
    elif seconds > most:
        log.at(node, path, f"must be at most {most:g} seconds, got {shown}")
    return seconds


def _read_number(node: Node, path: str, log: ProblemLog) -> float | None:
    if not (isinstance(node, Scalar) and node.plain and _DECIMAL.fullmatch(node.value)):
        if isinstance(node, Scalar) and node.value.lower().lstrip("+-") in _NOT_FINITE:
            log.at(node, path, f"must be a finite number, got {describe(node)}")
        else:
            log.at(node, path, f"must be a number of seconds, got {describe(node)}")
        return None
    number = float(node.value)
    if not math.isfinite(number):
        log.at(node, path, f"must be a finite number, got {describe(node)}, which is too large")
        return None
    return number


def read_whole_number(node: Node, path: str, log: ProblemLog, low: int, high: int) -> int:
    """A whole number from `low` to `high`."""
    if not (isinstance(node, Scalar) and node.plain and _WHOLE.fullmatch(node.value)):
        log.at(node, path, f"must be a whole number from {low} to {high}, got {describe(node)}")
        return low
    # Python refuses to convert integers of thousands of digits; any that long is out of range.
    digits = node.value.lstrip("+-").lstrip("0")
    number = int(node.value) if len(digits) <= len(str(high)) else None
    if number is None or not low <= number <= high:
        log.at(node, path, f"must be from {low} to {high}, got {describe(node)}")
        return low
    return number
