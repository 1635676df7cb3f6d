"""`kill -9` mid-session, then the app started again and the session continued: the history
keeps one session for the day, with the exercises of both parts, each once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus
from tests.e2e.test_history_kill import kill_9, saved_rows

EXERCISES = "SELECT session_id, position, exercise_id, outcome FROM exercises ORDER BY id"


def wait_for_rows(database: Path, count: int) -> list[tuple[Any, ...]]:
    """The exercise rows, once there are `count` of them (each is committed as it happens)."""
    deadline = time.monotonic() + 5
    rows: list[tuple[Any, ...]] = []
    while len(rows) < count and time.monotonic() < deadline:
        if database.exists():
            rows = saved_rows(database, EXERCISES)
        time.sleep(0.05)
    return rows


def test_a_session_continued_after_a_kill_is_one_session_with_both_parts(
    launch_app, tmp_path: Path
) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    first = launch_app()
    first.wait_for_window("backpain-gui")
    first.press("Return")
    first.wait_for_event("get_ready_started")
    first.press("Right", "Right")
    first.wait_for_event("exercise_skipped", count=2)
    assert len(wait_for_rows(database, 2)) == 2
    # In the third exercise's get-ready: the kill lands in the middle of it.
    first.wait_for_event("get_ready_started", count=3)
    kill_9(first.process)

    again = launch_app()
    again.wait_for_window("Continue today's session?")
    # Yes is the dialog's default button.
    again.press("Return")
    again.wait_for_event("session_started", count=2)
    # With no window manager on the X server, the keyboard focus goes back by hand.
    again.wait_for_window("backpain-gui")
    again.press("Right", "Right", "Right")
    again.wait_for_event("session_finished")
    rows = wait_for_rows(database, 5)
    again.process.terminate()
    again.process.wait(timeout=10)

    assert saved_rows(database, "SELECT id, status FROM sessions") == [(1, "finished")]
    assert rows == [
        (1, 0, "hip-roll", "skipped"),
        (1, 1, "spinal-rotations", "skipped"),
        (1, 2, "abdominal-prep", "skipped"),
        (1, 3, "extension-prone", "skipped"),
        (1, 4, "side-bends", "skipped"),
    ]
    history = History.open(tmp_path / "data")
    try:
        (session,) = history.sessions()
    finally:
        history.close()
    assert session.status is SessionStatus.FINISHED
    assert session.planned_exercises == len(session.results) == 5
