"""The `--event-log FILE` writer: every session event as one JSON line, flushed as it happens."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any, Protocol


class LoggableEvent(Protocol):
    """Anything with a JSON-ready dictionary form, as the session's events have."""

    def to_dict(self) -> Mapping[str, Any]:
        """The event as a JSON-ready mapping."""
        ...


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
            self._file.write(json.dumps(event.to_dict(), sort_keys=True) + "\n")
        self._file.flush()

    def close(self) -> None:
        """Close the file; later writes are dropped."""
        if self._file is not None:
            self._file.close()
            self._file = None
