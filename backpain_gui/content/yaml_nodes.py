"""Parsing YAML text into nodes that remember their line and column, and nothing else.

The YAML parser's events are composed here rather than by PyYAML's composer, so that:
no Python object is ever constructed from a tag; anchors and aliases (how YAML bombs work)
are refused as they are met; nesting depth is capped without recursion; and every scalar keeps
the exact text and quoting it was written with, for the routine's own typing rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

import yaml

from backpain_gui.content.problems import ProblemLog

# libyaml parses a 1 MiB file about ten times faster than pure Python (0.4 s against 5 s in
# the worst case measured); both produce the same events and the same marks.
_PARSER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A routine nests seven levels deep (routine, exercises, exercise, variants, variant, phases,
# phase); well past that is a mistake or an attack.
MAX_DEPTH = 32

# The characters YAML forbids (from the YAML 1.1 spec, as PyYAML's reader checks them).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)

_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
# Aliases let a few lines expand into gigabytes when walked, so each value is written once.
_WRITE_IT_OUT = "write the value out in full"


@dataclass(frozen=True, slots=True)
class Scalar:
    """A single value as written: `plain` is False when quoted or a block (`|`, `>`)."""

    value: str
    plain: bool
    line: int
    column: int

    @property
    def is_null(self) -> bool:
        """True for a value left empty, or written as `~` or `null`."""
        return self.plain and self.value in ("", "~", "null", "Null", "NULL")


@dataclass(frozen=True, slots=True)
class Sequence:
    """A YAML list."""

    items: tuple[Node, ...]
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Mapping:
    """A YAML mapping, as its key/value pairs in file order (duplicates kept, to report them)."""

    pairs: tuple[tuple[Node, Node], ...]
    line: int
    column: int


Node = Scalar | Sequence | Mapping


@dataclass(slots=True)
class _Open:
    """A list or mapping whose end has not been reached yet."""

    is_mapping: bool
    line: int
    column: int
    children: list[Node] = field(default_factory=list)

    def close(self) -> Node:
        if not self.is_mapping:
            return Sequence(tuple(self.children), self.line, self.column)
        keys, values = self.children[0::2], self.children[1::2]
        return Mapping(tuple(zip(keys, values, strict=True)), self.line, self.column)


def compose_document(text: str, log: ProblemLog) -> Node | None:
    """The single document in `text`, or None for a file with no document in it.

    YAML-level problems (syntax, control characters, anchors, aliases, tags, depth, more than
    one document) are noted in `log`; the caller stops when there are any.
    """
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        line, column = _place(text, bad.start())
        log.add(line, column, f"the character U+{ord(bad.group()):04X} is not allowed in YAML")
        return None
    composer = _compose(text, _PARSER, log)
    if composer is None and _PARSER is not yaml.SafeLoader:
        # libyaml looks ahead while it scans and refuses deep nesting with its own limit
        # before this module's events arrive; the pure-Python parser, once, over a file
        # already known to be broken, lets this module's own checks speak first.
        composer = _compose(text, yaml.SafeLoader, log)
    return composer.documents[0] if composer and composer.documents else None


def _compose(text: str, parser: type[yaml.SafeLoader], log: ProblemLog) -> _Composer | None:
    """The composed events, or None, with nothing noted, when the parser refused the text."""
    scratch = ProblemLog(log.file)
    composer = _Composer(scratch)
    try:
        for event in yaml.parse(text, Loader=parser):
            if not composer.take(event):
                break
    except yaml.MarkedYAMLError as error:
        if parser is not yaml.SafeLoader and not scratch.any():
            return None
        _note_syntax_error(error, scratch)
    except yaml.YAMLError as error:
        scratch.add(1, 1, f"YAML error: {error}")
    log.take_from(scratch)
    return composer


def _place(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _note_syntax_error(error: yaml.MarkedYAMLError, log: ProblemLog) -> None:
    where = _mark_place(error.problem_mark) or _mark_place(error.context_mark) or (1, 1)
    message = f"YAML syntax error: {error.problem or error.context}"
    context_at = _mark_place(error.context_mark)
    # "while parsing a flow sequence" helps only when it points somewhere else.
    if error.problem and error.context and context_at not in (None, where):
        message += f" ({error.context} that starts at {context_at[0]}:{context_at[1]})"
    log.add(*where, message)


class _Mark(Protocol):
    """A place as the parser gives it (pure Python and libyaml marks alike): 0-based."""

    line: int
    column: int


def _mark_place(mark: _Mark | None) -> tuple[int, int] | None:
    return (mark.line + 1, mark.column + 1) if mark else None


class _Composer:
    """Turns parser events into nodes, noting every construct a routine may not use."""

    def __init__(self, log: ProblemLog) -> None:
        self._log = log
        self._open: list[_Open] = []
        self.documents: list[Node] = []

    def take(self, event: yaml.Event) -> bool:
        """Add one event; False when parsing should stop."""
        line, column = _mark_place(event.start_mark) or (1, 1)
        if isinstance(event, yaml.DocumentStartEvent) and self.documents:
            self._log.add(line, column, "a second YAML document; a routine file holds one")
            return False
        if isinstance(event, yaml.AliasEvent):
            self._log.add(line, column, f"alias '*{event.anchor}' is not allowed; {_WRITE_IT_OUT}")
            self._add(Scalar("", True, line, column))
        elif isinstance(event, yaml.NodeEvent):
            self._check_anchor_and_tag(event, line, column)
            return self._take_node(event, line, column)
        elif isinstance(event, yaml.CollectionEndEvent):
            self._add(self._open.pop().close())
        return True

    def _take_node(self, event: yaml.NodeEvent, line: int, column: int) -> bool:
        if isinstance(event, yaml.ScalarEvent):
            self._add(Scalar(event.value, not event.style, line, column))
            return True
        if len(self._open) >= MAX_DEPTH:
            self._log.add(line, column, f"nesting too deep: more than {MAX_DEPTH} levels")
            return False
        self._open.append(_Open(isinstance(event, yaml.MappingStartEvent), line, column))
        return True

    def _check_anchor_and_tag(self, event: yaml.NodeEvent, line: int, column: int) -> None:
        if event.anchor is not None:
            self._log.add(line, column, f"anchor '&{event.anchor}' is not allowed; {_WRITE_IT_OUT}")
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = tag.replace(_STANDARD_TAG_PREFIX, "!!", 1)
            self._log.add(line, column, f"tag '{shown}' is not allowed; write a plain value")

    def _add(self, node: Node) -> None:
        if self._open:
            self._open[-1].children.append(node)
        else:
            self.documents.append(node)
