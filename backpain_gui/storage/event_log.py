"""The `--event-log FILE` writer: every session event as one JSON line, flushed as it happens.

Each line has at least `event` (what happened), `t` (the monotonic time the engine stamped:
when it was due by the schedule), `exercise`, `rep`, `side` and `breath` (null where they do
not apply), so that a session can be checked from outside; the event's other fields follow.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any, Protocol

# The engine's own names for the documented keys.
_RENAMED = {"kind": "event", "at": "t", "exercise_id": "exercise"}
_ALWAYS = ("event", "t", "exercise", "rep", "side", "breath")


class LoggableEvent(Protocol):
    """Anything with a JSON-ready dictionary form, as the session's events have."""

    def to_dict(self) -> Mapping[str, Any]:
        """The event as a JSON-ready mapping."""
        ...


def log_line(event: LoggableEvent) -> dict[str, Any]:
    """The event as one log record: the documented keys first, then the rest."""
    fields = {_RENAMED.get(key, key): value for key, value in event.to_dict().items()}
    return {**{key: fields.pop(key, None) for key in _ALWAYS}, **fields}


class EventLog:
    """Appends events to a file, one JSON object a line, so a crash loses nothing written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = path.open("a", encoding="utf-8")

    def write(self, events: Iterable[LoggableEvent]) -> None:
        """Append `events` and flush them to the file at once."""
        if self._file is None:
            return
        for event in events:
            self._file.write(json.dumps(log_line(event)) + "\n")
        self._file.flush()

    def close(self) -> None:
        """Close the file; later writes are dropped."""
        if self._file is not None:
            self._file.close()
            self._file = None
