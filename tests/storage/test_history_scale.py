"""Reads that do not grow with the sessions saved: the plan's numbers and marks from each
session's kept mark, equal to what every session read in full gives; pages of the list,
newest first; the export streamed; marks redone after any edit; the whole-file check only
when the file is not as the app closed it."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from backpain_gui.storage.database import CHECKED_SUFFIX, DATABASE_NAME
from backpain_gui.storage.history import History
from backpain_gui.storage.migrations import STEPS
from backpain_gui.storage.progress import day_marks, plan_progress, sessions_of, week_totals
from tests.storage.history_runs import read_rows
from tests.storage.test_history_bad_rows import edit, three_sessions_with_bad_rows

TODAY = date(2026, 11, 20)
PILATES = "Pilates"
# (days before today, routine, status, outcomes of its exercises)
SAVED = [
    (40, PILATES, "finished", ("done", "done")),
    (9, PILATES, "finished", ("done", "skipped")),
    (8, PILATES, "ended", ("done",)),
    (8, "Desk", "finished", ("done",)),
    (3, PILATES, "finished", ("skipped", "skipped")),
    (2, PILATES, "finished", ("done", "done")),
    (1, PILATES, "finished", ("done", "partial")),
    (1, PILATES, "interrupted", ()),
    (0, "Desk", "finished", ("done",)),
]


def insert(folder: Path, saved: list[tuple[int, str, str, tuple[str, ...]]]) -> None:
    """Sessions saved as the app saves them, written straight into the database."""
    with closing(sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)) as connection:
        for back, routine, status, outcomes in saved:
            day = (TODAY - timedelta(days=back)).isoformat()
            cursor = connection.execute(
                "INSERT INTO sessions (started_at, ended_at, status, routine, planned_exercises,"
                " active_seconds) VALUES (?, ?, ?, ?, 2, 60)",
                (f"{day}T08:00:00+01:00", f"{day}T08:10:00+01:00", status, routine),
            )
            for position, outcome in enumerate(outcomes):
                connection.execute(
                    "INSERT INTO exercises (session_id, position, exercise_id, name, outcome,"
                    " variant, sides, reps_done, reps_target, seconds, ended_at) VALUES"
                    " (?, ?, 'tilt', 'Tilt', ?, 'standard', '', '10', 10, 30, ?)",
                    (cursor.lastrowid, position, outcome, f"{day}T08:05:00+01:00"),
                )


def opened(folder: Path) -> Iterator[History]:
    history = History.open(folder)
    try:
        yield history
    finally:
        history.close()


def saved_history(tmp_path: Path) -> History:
    History.open(tmp_path).close()
    insert(tmp_path, SAVED)
    return History.open(tmp_path)


def test_the_plan_s_numbers_and_marks_are_those_of_every_session_read_in_full(
    tmp_path: Path,
) -> None:
    history = saved_history(tmp_path)
    try:
        every = history.sessions()
        for routine in (PILATES, "Desk", None):
            chosen = every if routine is None else sessions_of(every, routine)
            for today in (TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=8)):
                assert history.progress(routine, today, 14) == plan_progress(chosen, today, 14)
            first = TODAY - timedelta(weeks=6)
            assert history.day_marks(routine, first, TODAY) == {
                day: mark for day, mark in day_marks(chosen).items() if day >= first
            }
            # The last week, as the pain rule reads it: found by day, in the order started.
            week = TODAY - timedelta(days=6)
            assert history.sessions_since(routine, week) == sorted(
                (session for session in chosen if session.day >= week),
                key=lambda session: session.started_at,
            )
        # Pilates: the streak runs back from yesterday, today still to do.
        progress = history.progress(PILATES, TODAY, 14)
        assert (progress.days_done, progress.streak, progress.done_today) == (4, 2, False)
        assert history.count() == len(every) == len(SAVED)
        assert history.first_day() == TODAY - timedelta(days=40)
    finally:
        history.close()


def test_the_weeks_come_a_page_at_a_time_newest_first_as_in_full(tmp_path: Path) -> None:
    history = saved_history(tmp_path)
    try:
        expected = list(reversed(week_totals(history.sessions())))
        paged = []
        before = None
        while page := history.week_totals(before, 2):
            paged += page
            before = page[-1].monday
        assert paged == expected
        assert len(expected) == 3
    finally:
        history.close()


def test_pages_of_the_list_hold_every_session_once_newest_first(tmp_path: Path) -> None:
    history = saved_history(tmp_path)
    try:
        paged = []
        page = history.page(None, 4)
        paged += page.sessions
        while page.before is not None:
            page = history.page(page.before, 4)
            paged += page.sessions
        assert paged == list(reversed(history.sessions()))
        assert history.latest_session() == paged[0]
    finally:
        history.close()


def test_the_export_is_read_as_it_is_used(tmp_path: Path) -> None:
    history = saved_history(tmp_path)
    try:
        every = history.sessions()
        streamed = history.each_session()
        assert not isinstance(streamed, list)
        assert next(streamed) == every[0]
        assert [every[0], *streamed] == every
    finally:
        history.close()


def test_bad_rows_count_for_nothing_and_are_counted_without_a_full_read(tmp_path: Path) -> None:
    three_sessions_with_bad_rows(tmp_path)
    history = History.open(tmp_path)
    try:
        first_day = history.first_day()
        assert first_day is not None
        assert history.progress(None, first_day, 14).days_done == 1
        assert history.count() == 2
        skipped = history.skipped
        assert skipped is not None
        assert (skipped.rows, skipped.example) == (6, "variant 'extreme'")
    finally:
        history.close()


def test_a_change_by_another_program_is_counted_at_the_next_read(tmp_path: Path) -> None:
    history = saved_history(tmp_path)
    try:
        assert history.progress(PILATES, TODAY, 14).days_done == 4
        edit(tmp_path, "UPDATE sessions SET status = 'finished' WHERE id = 3")
        edit(tmp_path, "DELETE FROM exercises WHERE session_id = 6")
        progress = history.progress(PILATES, TODAY, 14)
        assert progress == plan_progress(sessions_of(history.sessions(), PILATES), TODAY, 14)
        assert (progress.days_done, progress.streak) == (4, 1)
    finally:
        history.close()


def test_a_schema_2_database_keeps_its_rows_and_gets_its_marks(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in (*STEPS[0], *STEPS[1]):
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 2")
    insert(tmp_path, SAVED)
    before = read_rows(path, "SELECT * FROM sessions") + read_rows(path, "SELECT * FROM exercises")
    history = History.open(tmp_path)
    try:
        assert history.progress(PILATES, TODAY, 14).days_done == 4
        assert history.count() == len(SAVED)
    finally:
        history.close()
    after = read_rows(path, "SELECT * FROM sessions") + read_rows(path, "SELECT * FROM exercises")
    # Every row kept as it was; the sessions gained the pain scores and the reason for a
    # stop (schema 4), empty.
    sessions = len(SAVED)
    assert [row[:-3] for row in after[:sessions]] == before[:sessions]
    assert {row[-3:] for row in after[:sessions]} == {(None, None, None)}
    assert after[sessions:] == before[sessions:]
    assert read_rows(path, "SELECT count(*) FROM session_marks") == [(len(SAVED),)]


def damage_in_place(path: Path) -> None:
    """Garbage over the rows' pages, the file's size and times kept: a disk going bad."""
    found = path.stat()
    with path.open("r+b") as file:
        file.seek(3 * 4096)
        file.write(b"\xff" * (2 * 4096))
    os.utime(path, ns=(found.st_atime_ns, found.st_mtime_ns))


def test_a_file_as_the_app_closed_it_is_not_checked_again_and_damage_a_read_finds_is_next(
    tmp_path: Path,
) -> None:
    History.open(tmp_path).close()
    insert(tmp_path, [(0, PILATES, "finished", ("done",) * 60)] * 20)
    history = History.open(tmp_path)
    history.close()
    path = tmp_path / DATABASE_NAME
    assert (tmp_path / (DATABASE_NAME + CHECKED_SUFFIX)).is_file()
    damage_in_place(path)
    # Unchanged to the stamp: opened without the whole-file check; the read meets the damage.
    history = History.open(tmp_path)
    try:
        assert history.notice is None
        history.sessions()
        assert not history.readable
        assert history.problem is not None
        assert "could not be read" in history.problem
    finally:
        history.close()
    # The read's failure is remembered: the next start checks every page and moves it aside.
    assert not (tmp_path / (DATABASE_NAME + CHECKED_SUFFIX)).exists()
    history = History.open(tmp_path)
    try:
        assert history.notice is not None
        assert "moved to" in history.notice
        assert list(tmp_path.glob("history-corrupt-*.sqlite3"))
    finally:
        history.close()
