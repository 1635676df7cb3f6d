"""The database itself: WAL and a busy timeout, a corrupt file moved aside for a fresh one,
a newer schema left alone, migrations that keep every row, and two writers at once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

from backpain_gui.content.model import Variant
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.database import DATABASE_NAME
from backpain_gui.storage.history import History
from backpain_gui.storage.migrations import SCHEMA_VERSION, STEPS
from backpain_gui.storage.saved import SessionStatus
from tests.storage.history_runs import RecordedRun, read_rows

ROOT = Path(__file__).resolve().parents[2]
MOMENT = datetime(2026, 11, 3, 7, 45, 12).astimezone()


def at_moment() -> datetime:
    return MOMENT


def record(position: int) -> ExerciseRecord:
    """A one-sided exercise done in full: 10 of 10 reps in 60 s."""
    return ExerciseRecord(
        position, f"exercise-{position}", Outcome.DONE, Variant.STANDARD, (None,), (10,), 10, 60.0
    )


def test_the_database_is_in_wal_mode_with_a_busy_timeout(history: History) -> None:
    RecordedRun(history).start()
    with closing(sqlite3.connect(history.path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert history.path.parent == Path(os.environ["BACKPAIN_GUI_DATA_DIR"])


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_fresh_one_works(
    tmp_path: Path,
) -> None:
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"my notes, not a database\n" * 100)
    history = History.open(tmp_path, clock=at_moment)
    try:
        moved = tmp_path / "history-corrupt-20261103-074512.sqlite3"
        assert history.notice is not None
        assert str(moved) in history.notice
        assert moved.read_bytes() == b"my notes, not a database\n" * 100
        assert history.writable
        RecordedRun(history).start()
        assert len(history.sessions()) == 1
    finally:
        history.close()


def test_a_damaged_page_is_found_at_start_up_and_the_file_moved_aside(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    session_id = history.start_session("Test routine", 3)
    assert session_id is not None
    for position in range(200):
        history.record_exercise(session_id, record(position), "Exercise")
    history.close()
    path = tmp_path / DATABASE_NAME
    damaged = bytearray(path.read_bytes())
    # Page 3 on: past the schema, into the rows. Garbage there is what a bad disk leaves.
    damaged[3 * 4096 : 5 * 4096] = b"\xff" * (2 * 4096)
    path.write_bytes(bytes(damaged))
    reopened = History.open(tmp_path, clock=at_moment)
    try:
        assert reopened.notice is not None
        assert "moved to" in reopened.notice
        assert (tmp_path / "history-corrupt-20261103-074512.sqlite3").read_bytes() == damaged
        assert reopened.sessions() == []
        assert reopened.writable
    finally:
        reopened.close()


def test_a_second_corrupt_file_the_same_second_does_not_overwrite_the_first(
    tmp_path: Path,
) -> None:
    for content in (b"first broken file" * 50, b"second broken file" * 50):
        (tmp_path / DATABASE_NAME).write_bytes(content)
        History.open(tmp_path, clock=at_moment).close()
    assert (tmp_path / "history-corrupt-20261103-074512.sqlite3").read_bytes().startswith(b"first")
    assert (
        (tmp_path / "history-corrupt-20261103-074512-2.sqlite3").read_bytes().startswith(b"second")
    )


def test_a_database_from_a_newer_release_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    history = History.open(tmp_path)
    try:
        assert not history.writable
        assert history.problem is not None
        assert "newer backpain-gui" in history.problem
        assert history.start_session("Test routine", 3) is None
    finally:
        history.close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*corrupt*"))


def test_a_schema_1_database_migrates_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    # The first release's database, written as that release wrote it.
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in STEPS[0]:
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 1")
        connection.execute(
            "INSERT INTO sessions (started_at, ended_at, status, routine, planned_exercises,"
            " active_seconds) VALUES ('2026-11-02T07:30:00+01:00', '2026-11-02T07:45:00+01:00',"
            " 'finished', 'Old routine', 2, 900.5)"
        )
        connection.execute(
            "INSERT INTO sessions (started_at, routine, planned_exercises)"
            " VALUES ('2026-11-03T07:30:00+01:00', 'Old routine', 2)"
        )
        for session_id, position, outcome, redone in (
            (1, 0, "done", 0),
            (1, 1, "partial", 0),
            (2, 0, "skipped", 1),
            (2, 0, "done", 0),
        ):
            connection.execute(
                "INSERT INTO exercises (session_id, position, exercise_id, name, outcome,"
                " variant, sides, reps_done, reps_target, seconds, ended_at, redone)"
                " VALUES (?, ?, 'twist', 'Twist', ?, 'standard', 'left+right', '10+4', 10,"
                " 120.0, '2026-11-02T07:40:00+01:00', ?)",
                (session_id, position, outcome, redone),
            )
    history = History.open(tmp_path)
    try:
        first, second = history.sessions()
    finally:
        history.close()
    assert (first.status, first.seconds, len(first.exercises)) == (SessionStatus.FINISHED, 900.5, 2)
    assert (second.status, len(second.exercises), len(second.results)) == (
        SessionStatus.INTERRUPTED,
        2,
        1,
    )
    assert first.exercises[1].reps_done == (10, 4)
    assert read_rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    indexes = read_rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")
    assert ("exercises_by_session",) in indexes


def test_each_copy_of_the_app_sees_what_the_other_saved(tmp_path: Path) -> None:
    first, second = History.open(tmp_path), History.open(tmp_path)
    try:
        assert first.sessions() == []
        RecordedRun(second).start()
        assert [entry.status for entry in first.sessions()] == [SessionStatus.INTERRUPTED]
        run = RecordedRun(first)
        run.start()
        run.until_records(1)
        assert [len(entry.exercises) for entry in second.sessions()] == [0, 1]
        assert [len(entry.exercises) for entry in first.sessions()] == [0, 1]
    finally:
        first.close()
        second.close()


WRITER = """
import sys, time
from pathlib import Path
from backpain_gui.content.model import Variant
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus

folder, name, start_at = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
while time.time() < start_at:
    time.sleep(0.001)
# Both open the same new database at once: creating and migrating it is raced too.
history = History.open(folder)
for _ in range(15):
    session_id = history.start_session(name, 4)
    for position in range(4):
        record = ExerciseRecord(
            position, name, Outcome.DONE, Variant.STANDARD, (None,), (10,), 10, 1.0
        )
        history.record_exercise(session_id, record, name)
    history.close_session(session_id, SessionStatus.FINISHED, 4.0)
problem = history.problem
history.close()
sys.exit(problem)
"""


def test_two_copies_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    start_at = time.time() + 1.0
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), name, str(start_at)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=60)
        assert writer.returncode == 0, errors
    path = tmp_path / DATABASE_NAME
    counts = read_rows(
        path,
        "SELECT routine, count(DISTINCT sessions.id), count(exercises.id), min(status),"
        " max(status) FROM sessions JOIN exercises ON exercises.session_id = sessions.id"
        " GROUP BY routine ORDER BY routine",
    )
    assert counts == [
        ("first", 15, 60, "finished", "finished"),
        ("second", 15, 60, "finished", "finished"),
    ]
    # Every session holds its own four exercises, none of the other copy's.
    mixed = read_rows(
        path,
        "SELECT count(*) FROM sessions JOIN exercises ON exercises.session_id = sessions.id"
        " WHERE exercises.name != sessions.routine",
    )
    assert mixed == [(0,)]
    assert read_rows(path, "PRAGMA integrity_check") == [("ok",)]
