"""A full disk or a read-only data folder: the user is told in words, the session runs on, and
nothing already saved is lost. SQLite's own limits give the faults everywhere; where root can
mount a tiny disk, the real thing is tested too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backpain_gui.session import SessionState
from backpain_gui.storage.database import open_database
from backpain_gui.storage.history import History
from tests.storage.history_runs import RecordedRun, TinyDisk, read_rows


def opened_with(folder: Path, pragma: str) -> History:
    """The history in `folder`, its connection limited by a SQLite pragma before any write."""
    connection = open_database(folder, datetime.now().astimezone()).connection
    connection.execute(pragma)
    return History(connection, folder)


def run_until_told(history: History) -> tuple[list[RecordedRun], list[tuple[object, ...]]]:
    """Whole sessions until history stops; the runs, and the rows saved before it did."""
    runs: list[RecordedRun] = []
    saved: list[tuple[object, ...]] = []
    while history.writable and len(runs) < 50:
        saved = read_rows(history.path, "SELECT * FROM exercises ORDER BY id")
        run = RecordedRun(history)
        run.start()
        run.until_records(3)
        runs.append(run)
    return runs, saved


def test_a_full_disk_is_told_and_every_session_still_runs_to_its_end(tmp_path: Path) -> None:
    # SQLite refuses to grow the file past max_page_count with the same error as a full disk;
    # it cannot be set below the pages in use, so 1 means "not one page more".
    history = opened_with(tmp_path, "PRAGMA max_page_count = 1")
    try:
        runs, saved_before = run_until_told(history)
        assert not history.writable
        assert history.problem is not None
        assert history.problem.startswith(f"The disk that holds {tmp_path} is full.")
        assert "Free some space" in history.problem
        assert all(run.session.state is SessionState.FINISHED for run in runs)
    finally:
        history.close()
    # Every row saved before the disk filled is still there, and the file is sound.
    saved_after = read_rows(tmp_path / "history.sqlite3", "SELECT * FROM exercises ORDER BY id")
    assert saved_after[: len(saved_before)] == saved_before
    assert read_rows(tmp_path / "history.sqlite3", "PRAGMA integrity_check") == [("ok",)]


def test_a_database_that_refuses_writes_is_told_as_read_only(tmp_path: Path) -> None:
    History.open(tmp_path).close()
    history = opened_with(tmp_path, "PRAGMA query_only = ON")
    try:
        run = RecordedRun(history)
        run.start()
        run.until_records(3)
        assert run.session.state is SessionState.FINISHED
        assert history.problem is not None
        assert "cannot be written (it is read-only)" in history.problem
        assert "BACKPAIN_GUI_DATA_DIR" in history.problem
    finally:
        history.close()


def test_a_disk_that_fills_mid_session_keeps_what_was_saved(tiny_disk: TinyDisk) -> None:
    history = History.open(tiny_disk.folder)
    try:
        run = RecordedRun(history)
        run.start()
        run.until_records(1)
        tiny_disk.fill()
        run.until_records(3)
        assert run.session.state is SessionState.FINISHED
        assert history.problem is not None
        assert history.problem.startswith(f"The disk that holds {tiny_disk.folder} is full.")
    finally:
        history.close()
    # The user frees some space, as the message asks, and starts the app again.
    (tiny_disk.folder / "filler").unlink()
    reopened = History.open(tiny_disk.folder)
    try:
        (entry,) = reopened.sessions()
        assert [e.exercise_id for e in entry.exercises] == ["tilt"]
    finally:
        reopened.close()


def test_a_read_only_folder_still_shows_the_saved_history(tiny_disk: TinyDisk) -> None:
    history = History.open(tiny_disk.folder)
    run = RecordedRun(history)
    run.start()
    run.until_records(3)
    history.close()
    tiny_disk.make_read_only()

    reopened = History.open(tiny_disk.folder)
    try:
        assert not reopened.writable
        assert reopened.problem is not None
        assert f"The folder {tiny_disk.folder} cannot be written" in reopened.problem
        (entry,) = reopened.sessions()
        assert len(entry.results) == 3
        # Today's session runs all the same; it just is not saved.
        today = RecordedRun(reopened)
        today.start()
        today.until_records(3)
        assert today.session.state is SessionState.FINISHED
        assert len(reopened.sessions()) == 1
    finally:
        reopened.close()


def test_a_data_folder_that_cannot_be_made_is_told_and_nothing_is_read(tmp_path: Path) -> None:
    # A file where the folder should be: the mistake a typo in BACKPAIN_GUI_DATA_DIR makes.
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    history = History.open(tmp_path / "data")
    try:
        assert not history.readable
        assert history.problem is not None
        assert str(tmp_path / "data") in history.problem
        run = RecordedRun(history)
        run.start()
        run.until_records(3)
        assert run.session.state is SessionState.FINISHED
        assert history.sessions() == []
    finally:
        history.close()


def test_a_damaged_database_on_a_read_only_disk_is_left_where_it_is(tiny_disk: TinyDisk) -> None:
    damaged = tiny_disk.folder / "history.sqlite3"
    damaged.write_bytes(b"half a database\0" * 256)
    tiny_disk.make_read_only()
    history = History.open(tiny_disk.folder)
    try:
        assert not history.readable
        assert history.problem == (
            f"Your history database {damaged} is damaged, and it could not be moved aside "
            "(Read-only file system). Move it away yourself, then restart backpain-gui."
        )
    finally:
        history.close()
    assert damaged.read_bytes() == b"half a database\0" * 256
