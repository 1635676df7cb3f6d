"""Reading a routine file into text: size, kind of file and encoding are checked first."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from backpain_gui.content.problems import ProblemLog, RoutineError, fail
from backpain_gui.content.yaml_nodes import Node, compose_document

# A routine of five exercises is about 10 KiB; a hundred times that is no hand-written routine,
# and parsing it would stall the window.
MAX_BYTES = 1024 * 1024


def read_routine_text(path: Path, file: str) -> str:
    """The file's text, or RoutineError saying why it cannot be a routine file."""
    try:
        info = os.stat(path)
    except (OSError, ValueError) as error:
        raise fail(file, _unreadable(error)) from None
    # Checked before opening: opening a FIFO would block, reading a huge file would stall.
    if stat.S_ISDIR(info.st_mode):
        raise fail(file, "is a folder, not a routine file")
    if not stat.S_ISREG(info.st_mode):
        raise fail(file, "is not a regular file")
    if info.st_size > MAX_BYTES:
        raise fail(file, _too_big(info.st_size))
    try:
        with path.open("rb") as stream:
            # One byte over the limit is enough to tell a file that grew since stat().
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise fail(file, _unreadable(error)) from None
    if len(data) > MAX_BYTES:
        raise fail(file, _too_big(len(data)))
    if not data:
        raise fail(file, "the file is empty; a routine needs schema_version, title and exercises")
    return _decode(data, file)


def read_document(path: Path, file: str, what: str) -> tuple[Node, ProblemLog]:
    """The file's YAML document and the log to note its further problems in; RoutineError
    when it cannot be read, is no YAML, or holds only comments (`what` says what it lacks)."""
    text = read_routine_text(path, file)
    log = ProblemLog(file)
    root = compose_document(text, log)
    # A YAML-level fault leaves no trustworthy tree to check further.
    log.raise_if_any()
    if root is None:
        raise fail(file, f"the file has no {what} in it, only comments or blank lines")
    return root, log


def _unreadable(error: OSError | ValueError) -> str:
    if isinstance(error, ValueError):
        # os.stat refuses a name with a NUL byte in it before asking the system.
        return "cannot be read: the file name is not valid"
    if error.errno == errno.ENOENT:
        return "no such file"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read: permission denied"
    return f"cannot be read: {error.strerror or error}"


def _too_big(size: int) -> str:
    return f"the file is {size / MAX_BYTES:.1f} MiB; a routine file may be at most 1 MiB"


def _decode(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(data, error.start, file) from None


def _not_utf8(data: bytes, position: int, file: str) -> RoutineError:
    line_start = data.rfind(b"\n", 0, position) + 1
    # The column counts characters, as an editor does, so decode the good part of the line.
    column = len(data[line_start:position].decode("utf-8", errors="replace")) + 1
    line = data.count(b"\n", 0, position) + 1
    message = f"is not UTF-8 text: byte 0x{data[position]:02x} cannot be read; save it as UTF-8"
    return fail(file, message, line, column)
