"""The history printed: as CSV, one row per exercise with its session's id, times and status;
or as a list to read, one line per session.

In the CSV, a session with no exercise saved (interrupted in its first get-ready) still gets
one row, with the exercise columns empty, so that every session is in the export.
"""

from __future__ import annotations

import csv
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


def _exercise_cells(entry: ExerciseEntry) -> list[str]:
    return [
        # 1-based, as the session screen counts ("Exercise 2 of 5").
        str(entry.position + 1),
        entry.exercise_id,
        entry.name,
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
            session.routine,
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
