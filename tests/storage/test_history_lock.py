"""Another program holding the history's write lock (a second connection in BEGIN EXCLUSIVE):
the session's writes wait in memory, in order, and are all saved once the lock is let go;
nothing the user finished is lost, and history is never switched off for it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from backpain_gui.session import SessionState
from backpain_gui.storage.database import DATABASE_NAME
from backpain_gui.storage.history import History
from tests.storage.history_runs import RecordedRun, read_rows


@contextmanager
def locked(folder: Path) -> Iterator[sqlite3.Connection]:
    """The database's write lock held by a connection of another program, until the block ends."""
    with closing(sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)) as connection:
        connection.execute("BEGIN EXCLUSIVE")
        yield connection
        connection.execute("ROLLBACK")


def test_a_lock_held_from_the_start_keeps_every_exercise_and_saves_it_when_let_go(
    tmp_path: Path,
) -> None:
    History.open(tmp_path).close()
    history = History.open(tmp_path)
    try:
        with locked(tmp_path):
            run = RecordedRun(history)
            run.start()
            run.until_records(3)
            assert run.session.state is SessionState.FINISHED
            assert history.writable
            assert history.held_up
            assert str(history.path) in history.held_up_words()
            assert read_rows(history.path, "SELECT count(*) FROM sessions") == [(0,)]
        # The lock is gone: the next try writes everything, in one transaction.
        assert history.flush()
        assert not history.held_up
        assert history.problem is None
        (session,) = history.sessions()
        assert session.status.value == "finished"
        assert [entry.exercise_id for entry in session.results] == [
            record.exercise_id for record in run.records()
        ]
        # Stamped when each happened, not when written.
        assert session.ended_at is not None
        assert session.exercises[-1].ended_at <= session.ended_at
    finally:
        history.close()


def test_a_lock_taken_mid_session_keeps_the_later_exercises_for_the_next_write(
    tmp_path: Path,
) -> None:
    history = History.open(tmp_path)
    try:
        run = RecordedRun(history)
        run.start()
        run.until_records(1)
        with locked(tmp_path):
            run.until_records(2)
            assert history.held_up
        # The next exercise's own write finds the lock gone and takes the waiting one with it.
        run.until_records(3)
        assert not history.held_up
        rows = read_rows(history.path, "SELECT exercise_id FROM exercises ORDER BY id")
        assert rows == [(record.exercise_id,) for record in run.records()]
        assert read_rows(history.path, "SELECT status FROM sessions") == [("finished",)]
    finally:
        history.close()


def test_writes_still_waiting_when_the_app_closes_are_saved_if_the_lock_goes_in_time(
    tmp_path: Path,
) -> None:
    history = History.open(tmp_path)
    with locked(tmp_path):
        run = RecordedRun(history)
        run.start()
        run.until_records(3)
    # The lock went after the session: closing the app writes what waited.
    history.close()
    assert read_rows(tmp_path / DATABASE_NAME, "SELECT count(*) FROM exercises") == [(3,)]
