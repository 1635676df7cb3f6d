"""What is wrong with the history file is said as it is: a file the user may not read, a file
they may not write, a folder in its place, a file emptied, a table gone. None of them raises,
none is reported as something else, and the session runs whatever the file."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from backpain_gui.session import SessionState
from backpain_gui.storage.database import DATABASE_NAME
from backpain_gui.storage.history import History
from tests.storage.conftest import NOBODY_UID
from tests.storage.history_runs import RecordedRun, read_rows, run_as_nobody, saved_history

# As nobody: open the history, run a whole session on it, and say what the history said.
SESSION_AS_NOBODY = """
import json
from backpain_gui.storage.history import History
from tests.storage.history_runs import RecordedRun
history = History.open()
run = RecordedRun(history)
run.start()
run.until_records(3)
print(json.dumps({
    "state": run.session.state.name,
    "readable": history.readable,
    "writable": history.writable,
    "problem": history.problem,
}))
history.close()
"""


def given_to_nobody(folder: Path, mode: int) -> Path:
    """The history in `folder`, owned by nobody, its file given `mode`; the file."""
    for path in folder.iterdir():
        os.chown(path, NOBODY_UID, -1)
    database = folder / DATABASE_NAME
    database.chmod(mode)
    return database


def test_an_unreadable_database_is_one_line_and_status_1_from_the_command(
    nobody_data: Path,
) -> None:
    saved_history(nobody_data)
    database = given_to_nobody(nobody_data, 0o000)
    ran = run_as_nobody(nobody_data, "-m", "backpain_gui", "history", "--csv")
    assert ran.returncode == 1
    assert ran.stdout == ""
    assert ran.stderr == (
        f"backpain-gui: Your history database {database} cannot be read: you have no permission"
        " to read it. Sessions are not saved until you do: give yourself read and write "
        f"permission (chmod u+rw {database}), then restart backpain-gui.\n"
    )


def test_a_session_on_an_unreadable_database_runs_unsaved_and_says_why(
    nobody_data: Path,
) -> None:
    saved_history(nobody_data)
    database = given_to_nobody(nobody_data, 0o000)
    ran = run_as_nobody(nobody_data, "-c", SESSION_AS_NOBODY)
    assert ran.stderr == ""
    said = json.loads(ran.stdout)
    assert said["state"] == SessionState.FINISHED.name
    assert (said["readable"], said["writable"]) == (False, False)
    assert said["problem"].startswith(f"Your history database {database} cannot be read")
    # Nothing saved was touched.
    database.chmod(0o600)
    assert len(read_rows(database, "SELECT * FROM exercises")) == 3


def test_a_read_only_file_is_named_as_the_file_not_the_folder(nobody_data: Path) -> None:
    saved_history(nobody_data)
    database = given_to_nobody(nobody_data, 0o444)
    ran = run_as_nobody(nobody_data, "-c", SESSION_AS_NOBODY)
    said = json.loads(ran.stdout)
    assert said["state"] == SessionState.FINISHED.name
    # Still shown: the plan and the history read it.
    assert (said["readable"], said["writable"]) == (True, False)
    assert said["problem"] == (
        f"Your history database {database} is read-only: you have no permission to change it. "
        f"Give yourself write permission (chmod u+w {database}), then restart backpain-gui to "
        "keep your history."
    )
    listed = run_as_nobody(nobody_data, "-m", "backpain_gui", "history")
    assert listed.returncode == 0
    assert "3 of 3 exercises done" in listed.stdout
    assert listed.stderr.startswith(f"backpain-gui: Your history database {database} is read-only")


def test_a_folder_in_place_of_the_database_is_named_and_the_session_runs(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).mkdir()
    history = History.open(tmp_path)
    try:
        assert not history.readable
        assert history.problem == (
            f"Your history database {tmp_path / DATABASE_NAME} is a folder, not a database. "
            "Sessions are not saved until it is moved out of the way; then restart backpain-gui "
            "to start a history."
        )
        run = RecordedRun(history)
        run.start()
        run.until_records(3)
        assert run.session.state is SessionState.FINISHED
    finally:
        history.close()


def test_an_emptied_database_is_said_to_have_been_emptied(tmp_path: Path) -> None:
    saved_history(tmp_path)
    (tmp_path / DATABASE_NAME).write_bytes(b"")
    history = History.open(tmp_path)
    try:
        assert history.notice is not None
        assert history.notice.startswith(
            f"Your history database {tmp_path / DATABASE_NAME} was empty (0 bytes)"
        )
        # A new history is started in it, and works.
        assert history.writable
        RecordedRun(history).start()
        assert len(history.sessions()) == 1
    finally:
        history.close()
    # Said once, when it happened: a history started afresh is not empty next time.
    again = History.open(tmp_path)
    assert again.notice is None
    again.close()


def test_a_database_missing_its_exercises_table_is_damaged_not_empty(tmp_path: Path) -> None:
    saved_history(tmp_path, sessions=3)
    database = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("DROP TABLE exercises")
        connection.commit()
    history = History.open(tmp_path)
    try:
        assert not history.readable
        assert not history.writable
        assert history.problem is not None
        assert history.problem.startswith(
            f"Your history database {database} is damaged: its exercises table is missing."
        )
        run = RecordedRun(history)
        run.start()
        run.until_records(3)
        assert run.session.state is SessionState.FINISHED
    finally:
        history.close()
    # Left as it is: the three sessions are still in it, and no table was made afresh.
    assert read_rows(database, "SELECT count(*) FROM sessions") == [(3,)]
    assert read_rows(database, "SELECT name FROM sqlite_master WHERE name = 'exercises'") == []
