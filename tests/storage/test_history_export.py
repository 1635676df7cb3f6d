"""The CSV export holds exactly what the database holds: one row per exercise saved, with its
session's id, times and status, and a row for a session with no exercise saved."""

from __future__ import annotations

import csv
import io

from backpain_gui.storage.export import COLUMNS, write_csv, write_list
from backpain_gui.storage.history import History
from tests.storage.history_runs import RecordedRun, read_rows

DATABASE_VIEW = """
SELECT sessions.id, sessions.started_at, coalesce(sessions.ended_at, ''), sessions.status,
       sessions.routine, exercises.position + 1, exercises.exercise_id, exercises.name,
       exercises.outcome, exercises.variant, exercises.sides, exercises.reps_done,
       exercises.reps_target, iif(exercises.id, printf('%.3f', exercises.seconds), NULL),
       exercises.ended_at, iif(exercises.id, iif(exercises.redone, 'yes', 'no'), NULL)
FROM sessions LEFT JOIN exercises ON exercises.session_id = sessions.id
ORDER BY sessions.id, exercises.id
"""


def three_sessions(history: History) -> None:
    """One finished, one gone back in and ended early, one killed in its first get-ready."""
    finished = RecordedRun(history)
    finished.start()
    finished.until_records(3)
    ended = RecordedRun(history)
    ended.start()
    ended.until_records(2)
    ended.do(lambda session, now: session.back(now))
    ended.do(lambda session, now: session.end(now))
    RecordedRun(history).start()


def test_the_csv_export_equals_the_database(history: History) -> None:
    three_sessions(history)
    out = io.StringIO()
    assert write_csv(history.sessions(), out) == 3
    header, *rows = csv.reader(io.StringIO(out.getvalue()))
    assert tuple(header) == COLUMNS
    expected = [
        ["" if cell is None else str(cell) for cell in row]
        for row in read_rows(history.path, DATABASE_VIEW)
    ]
    assert rows == expected
    statuses = [row[3] for row in rows]
    assert statuses == ["finished"] * 3 + ["ended"] * 3 + ["interrupted"]
    # The rotation attempt gone back on is there, marked, beside the one that counts.
    assert [(row[6], row[8], row[15]) for row in rows[3:6]] == [
        ("tilt", "done", "no"),
        ("rotation", "done", "yes"),
        ("rotation", "skipped", "no"),
    ]
    assert rows[6][5:] == [""] * (len(COLUMNS) - 5)


def test_the_plain_list_has_a_line_per_session(history: History) -> None:
    three_sessions(history)
    out = io.StringIO()
    assert write_list(history.sessions(), out) == 3
    lines = out.getvalue().splitlines()
    assert [line.split()[2] for line in lines] == ["finished", "ended", "interrupted"]
    assert "3 of 3 exercises done" in lines[0]
    empty = io.StringIO()
    write_list([], empty)
    assert empty.getvalue() == "No sessions saved yet.\n"
