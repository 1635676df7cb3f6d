"""`kill -9` mid-session: every exercise finished before the kill is in the database, and the
session reads as interrupted. First a small program that runs a real session through the
real recorder, then the app itself, killed at the keys a user presses."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus

ROOT = Path(__file__).resolve().parents[2]

# The built-in routine at double speed, one rep a side, one-second pauses, on a clock the
# program moves itself: a session in a few hundred milliseconds of real time.
SESSION_PROGRAM = """
import json, random, sys, time
from PySide6.QtCore import QCoreApplication
from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.session import Session, SessionSettings
from backpain_gui.storage.history import History
from backpain_gui.ui.history_recorder import HistoryRecorder
from backpain_gui.ui.session_driver import SessionDriver

app = QCoreApplication([])
routine = load_routine(builtin_routine_path())
settings = SessionSettings(
    tempo=0.5,
    reps={exercise.id: 1 for exercise in routine.exercises},
    get_ready_seconds=1,
    rest_seconds=1,
    switch_sides_seconds=1,
)
history = History.open()
clock = [1000.0]
mode, seed = sys.argv[1], int(sys.argv[2])
chance = random.Random(seed)


def tell(**what):
    print(json.dumps(what), flush=True)


def session():
    driver = SessionDriver(Session(routine, settings), clock=lambda: clock[0])
    recorder = HistoryRecorder(driver, history)
    driver.start()
    return driver, recorder


driver, recorder = session()
told = 0
while True:
    clock[0] += 0.25
    driver.on_timer_timeout()
    if mode == "loop" and chance.random() < 0.02 and driver.running:
        driver.command(driver.session.skip)
    records = driver.snapshot().records
    # The recorder has written these before the driver returned: printed means committed.
    for record in records[told:]:
        tell(session=recorder.session_id, position=record.exercise_index,
             exercise=record.exercise_id, outcome=record.outcome.value)
    told = len(records)
    if mode == "two" and told == 2:
        # Into the third exercise: its rest (1 s), its get-ready (1 s, and 5 s more to lie on
        # the back again) and its first phase, not its end.
        clock[0] += 7.25
        driver.on_timer_timeout()
        snapshot = driver.snapshot()
        tell(state=snapshot.state.value, exercise_index=snapshot.exercise_index)
        time.sleep(60)
    if not driver.running:
        driver, recorder = session()
        told = 0
"""


def start_program(mode: str, seed: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SESSION_PROGRAM, mode, str(seed)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_9(process: subprocess.Popen[Any]) -> None:
    """SIGKILL: no handler runs, nothing is flushed or closed."""
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=10) == -signal.SIGKILL


def saved_rows(database: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of the database as the sqlite3 tool would read them after the kill."""
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql).fetchall()


def test_a_kill_mid_exercise_keeps_every_finished_exercise(tmp_path: Path) -> None:
    program = start_program("two")
    try:
        assert program.stdout is not None
        first, second, where = (json.loads(program.stdout.readline()) for _ in range(3))
        assert where == {"state": "exercising", "exercise_index": 2}
        kill_9(program)
    finally:
        program.kill()
        program.communicate(timeout=10)
    database = tmp_path / "data" / "history.sqlite3"
    assert saved_rows(database, "SELECT exercise_id, outcome FROM exercises ORDER BY id") == [
        (first["exercise"], "done"),
        (second["exercise"], "done"),
    ]
    assert saved_rows(database, "SELECT status, ended_at FROM sessions") == [("interrupted", None)]
    assert saved_rows(database, "PRAGMA integrity_check") == [("ok",)]
    history = History.open()
    try:
        (session,) = history.sessions()
    finally:
        history.close()
    assert session.status is SessionStatus.INTERRUPTED
    assert [entry.exercise_id for entry in session.results] == ["hip-roll", "spinal-rotations"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_kill_at_a_random_moment_loses_nothing_already_saved(tmp_path: Path, seed: int) -> None:
    program = start_program("loop", seed)
    told: list[dict[str, Any]] = []
    try:
        assert program.stdout is not None
        chance = random.Random(seed)
        wanted = chance.randint(5, 40)
        while len(told) < wanted:
            told.append(json.loads(program.stdout.readline()))
        # Somewhere in the middle of whatever it is writing now.
        time.sleep(chance.uniform(0, 0.03))
        kill_9(program)
        # What it printed before the kill landed: each of those was committed first.
        told += [json.loads(line) for line in program.stdout.read().splitlines() if line]
    finally:
        program.kill()
        program.communicate(timeout=10)
    database = tmp_path / "data" / "history.sqlite3"
    columns = "session_id, position, exercise_id, outcome"
    rows = set(saved_rows(database, f"SELECT {columns} FROM exercises"))
    for saved in told:
        assert (saved["session"], saved["position"], saved["exercise"], saved["outcome"]) in rows
    assert saved_rows(database, "PRAGMA integrity_check") == [("ok",)]
    *closed, last = saved_rows(database, "SELECT status FROM sessions ORDER BY id")
    # Every session before the last was closed; the last was running, unless the kill fell
    # between one session's end and the next one's start.
    assert set(closed) <= {("finished",)}
    assert last in {("finished",), ("interrupted",)}


def test_the_app_killed_after_two_skips_keeps_both_in_its_history(
    launch_app, tmp_path: Path
) -> None:
    app = launch_app()
    app.wait_for_window("backpain-gui")
    app.press("Return")
    app.wait_for_event("get_ready_started")
    app.press("Right", "Right")
    app.wait_for_event("exercise_skipped", count=2)
    database = tmp_path / "data" / "history.sqlite3"
    deadline = time.monotonic() + 5
    rows: list[tuple[Any, ...]] = []
    while len(rows) < 2 and time.monotonic() < deadline:
        assert database.exists(), "the app keeps no history database"
        rows = saved_rows(database, "SELECT exercise_id, outcome FROM exercises ORDER BY id")
        time.sleep(0.05)
    kill_9(app.process)
    assert saved_rows(database, "SELECT exercise_id, outcome FROM exercises ORDER BY id") == [
        ("hip-roll", "skipped"),
        ("spinal-rotations", "skipped"),
    ]
    assert saved_rows(database, "SELECT status FROM sessions") == [("interrupted",)]
    assert saved_rows(database, "PRAGMA integrity_check") == [("ok",)]
