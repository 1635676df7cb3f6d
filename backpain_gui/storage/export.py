"""The history printed: as CSV, one row per exercise with its session's id, times and status;
or as a list to read, one line per session.

In the CSV, a session with no exercise saved (interrupted in its first get-ready) still gets
one row, with the exercise columns empty, so that every session is in the export.

Text cells hold what a routine file said (names, titles), someone else's text: control
characters are written as visible escapes (`\x1b`), so none reaches a terminal or a spreadsheet
raw, and a cell a spreadsheet would run as a formula is prefixed with `'` (OWASP's advice on
CSV injection). Numbers and times are the app's own and are written as they are.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from backpain_gui.session.records import Outcome
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry

COLUMNS = (
    "session_id",
    "session_started",
    "session_ended",
    "session_status",
    "routine",
    "pain_before",
    "pain_after",
    "position",
    "exercise_id",
    "exercise",
    "outcome",
    "variant",
    "sides",
    "reps_done",
    "reps_target",
    "seconds",
    "exercise_ended",
    "redone",
)


# C0 and C1 controls and DEL; the Unicode marks that reorder or break lines, which a terminal
# or a spreadsheet acts on as surely as on an escape sequence (the "Trojan Source" marks).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
# What a spreadsheet reads as the start of a formula, or passes over to find one.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """`text` with every control character written as a visible escape: `\\x1b`, `\\u202e`."""
    return _CONTROLS.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def text_cell(text: str) -> str:
    """A CSV cell for text from a routine file: inert, and never run as a formula."""
    return ("'" if text.startswith(_FORMULA_STARTS) else "") + inert(text)


def _exercise_cells(entry: ExerciseEntry) -> list[str]:
    return [
        # 1-based, as the session screen counts ("Exercise 2 of 5").
        str(entry.position + 1),
        text_cell(entry.exercise_id),
        text_cell(entry.name),
        entry.outcome.value,
        entry.variant.value,
        "+".join(side.value for side in entry.sides if side is not None),
        "+".join(str(count) for count in entry.reps_done),
        str(entry.reps_target),
        f"{entry.seconds:.3f}",
        entry.ended_at.isoformat(),
        "yes" if entry.redone else "no",
    ]


def csv_rows(sessions: Iterable[SessionEntry]) -> Iterator[list[str]]:
    """The export's rows after the header, oldest session first."""
    for session in sessions:
        head = [
            str(session.id),
            session.started_at.isoformat(),
            "" if session.ended_at is None else session.ended_at.isoformat(),
            session.status.value,
            text_cell(session.routine),
            "" if session.pain_before is None else str(session.pain_before),
            "" if session.pain_after is None else str(session.pain_after),
        ]
        if not session.exercises:
            yield head + [""] * (len(COLUMNS) - len(head))
        for entry in session.exercises:
            yield head + _exercise_cells(entry)


def write_csv(sessions: Iterable[SessionEntry], out: TextIO) -> int:
    """Write the header and every session's rows to `out`; how many sessions were written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for session in sessions:
        writer.writerows(csv_rows([session]))
        count += 1
    return count


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def write_list(sessions: Iterable[SessionEntry], out: TextIO) -> int:
    """Write one line per session (when, how it ended, what was done, how long) to `out`;
    how many sessions were written."""
    count = 0
    for session in sessions:
        done = sum(entry.outcome is Outcome.DONE for entry in session.results)
        out.write(
            f"{session.started_at:%Y-%m-%d %H:%M}  {session.status.value:<11}  "
            f"{done} of {session.planned_exercises} exercises done  {_minutes(session.seconds)}\n"
        )
        count += 1
    if not count:
        out.write("No sessions saved yet.\n")
    return count
