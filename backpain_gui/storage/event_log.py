"""The `--event-log FILE` writer: every session event as one JSON line, flushed as it happens.

Each line has at least `event` (what happened), `t` (the monotonic time the engine stamped:
when it was due by the schedule), `exercise`, `rep`, `side` and `breath` (null where they do
not apply), so that a session can be checked from outside; the event's other fields follow.

The file may be a regular file, a pipe another program reads (a FIFO), or a device such as
/dev/null. It is opened without blocking, so a FIFO nobody reads is refused at once instead
of holding the window back; and its writes never wait either. The first write that fails is
told once (`problem`, and on stderr) and logging stops: the session itself never notices.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

# The engine's own names for the documented keys.
_RENAMED = {"kind": "event", "at": "t", "exercise_id": "exercise"}
_ALWAYS = ("event", "t", "exercise", "rep", "side", "breath")
_OPEN_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC
# A pipe's failures, in words: its reader is slow, or gone.
_PIPE_WORDS = {
    errno.EAGAIN: "the program reading it is not keeping up",
    errno.EPIPE: "the program reading it has stopped",
}
_NOT_A_LOG = "it is not a file, a pipe or a device"


class LoggableEvent(Protocol):
    """Anything with a JSON-ready dictionary form, as the session's events have."""

    def to_dict(self) -> Mapping[str, Any]:
        """The event as a JSON-ready mapping."""
        ...


def log_line(event: LoggableEvent) -> dict[str, Any]:
    """The event as one log record: the documented keys first, then the rest."""
    fields = {_RENAMED.get(key, key): value for key, value in event.to_dict().items()}
    return {**{key: fields.pop(key, None) for key in _ALWAYS}, **fields}


def _print_problem(problem: str) -> None:
    print(f"backpain-gui: {problem}", file=sys.stderr)


class EventLog:
    """Appends events to a file, one JSON object a line, so a crash loses nothing written.

    Raises OSError, its strerror saying what is wrong in words, when the file cannot be
    opened for writing. `tell` hears the first write that fails, once (default: stderr).
    """

    def __init__(self, path: Path, tell: Callable[[str], None] = _print_problem) -> None:
        self.path = path
        self._tell = tell
        # Why logging stopped, in the user's words; None while it goes on.
        self.problem: str | None = None
        self._fd: int | None = _open(path)

    def write(self, events: Iterable[LoggableEvent]) -> None:
        """Append `events` to the file at once; after a failed write, do nothing."""
        if self._fd is None:
            return
        data = "".join(json.dumps(log_line(event)) + "\n" for event in events).encode()
        try:
            _write_all(self._fd, data)
        except OSError as error:
            self._stop(error)

    def close(self) -> None:
        """Close the file; later writes are dropped."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def _stop(self, error: OSError) -> None:
        why = _PIPE_WORDS.get(error.errno or 0) or error.strerror or str(error)
        self.problem = f"Stopped writing the event log {self.path}: {why}. The session goes on."
        self.close()
        self._tell(self.problem)


def _open(path: Path) -> int:
    """The file open for appending, never blocking; OSError in words when it cannot be."""
    try:
        fd = os.open(path, _OPEN_FLAGS, 0o666)
    except OSError as error:
        if error.errno != errno.ENXIO:
            raise
        # What a FIFO with no reader answers to a write-only open that will not wait, and
        # what a socket always answers.
        fifo = stat.S_ISFIFO(os.stat(path).st_mode)
        why = "it is a pipe that no program is reading" if fifo else _NOT_A_LOG
        raise OSError(error.errno, why, str(path)) from None
    if not _loggable(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, _NOT_A_LOG, str(path))
    return fd


def _loggable(mode: int) -> bool:
    return stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _write_all(fd: int, data: bytes) -> None:
    # A pipe may take part of a write; a write that takes nothing means it is full.
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written == 0:
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        view = view[written:]
