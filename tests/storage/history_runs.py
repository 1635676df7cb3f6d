"""Helpers for the history tests: a session run on a hand-moved clock with its history kept,
the database read back as another program would, saved sessions built by hand, a tiny disk
to fill up or make read-only, and the command run as `nobody`, whom file modes bind."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing, suppress
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from backpain_gui.content.model import Routine, Variant
from backpain_gui.session import CommandResult, Session, SessionSettings
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.history import History
from backpain_gui.storage.recording import SessionRecording
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry, SessionStatus
from tests.session.session_routines import START, small_routine

ROOT = Path(__file__).resolve().parents[2]
# Root passes every permission check; `nobody` does not, so a mode-000 file is unreadable.
AS_NOBODY = ("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups")

# One-second get-ready, switch and rest: sessions of a few dozen clock seconds.
QUICK = SessionSettings(get_ready_seconds=1, switch_sides_seconds=1, rest_seconds=1)


class RecordedRun:
    """A session on the small routine, told the time by hand, its history recorded."""

    def __init__(
        self,
        history: History,
        routine: Routine | None = None,
        settings: SessionSettings = QUICK,
        continues: int | None = None,
    ) -> None:
        self.session = Session(routine or small_routine(), settings)
        title = self.session.routine.title
        self.recording = SessionRecording(history, self.session.plan, title, continues)
        self.now = START

    def start(self) -> None:
        self.recording.on_events(self.session.start(self.now))

    def wait(self, seconds: float) -> None:
        self.now += seconds
        self.recording.on_events(self.session.advance(self.now))

    def do(self, command: Callable[[Session, float], CommandResult]) -> CommandResult:
        result = command(self.session, self.now)
        assert result.applied, result.reason
        self.recording.on_events(result.events)
        return result

    def records(self) -> tuple[ExerciseRecord, ...]:
        return self.session.snapshot(self.now).records

    def until_records(self, count: int) -> None:
        """Let the clock run until `count` exercises have been left."""
        while len(self.records()) < count:
            self.wait(0.5)


class WallClock:
    """The wall clock the history stamps rows with, set by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def sessions_on(
    history: History, wall: WallClock, days: list[date], routine: Routine | None = None
) -> None:
    """A finished session on each of `days`, at 08:00, saved through the history's clock."""
    kept = wall.now
    for day in days:
        wall.now = datetime.combine(day, time(8, 0)).astimezone()
        run = RecordedRun(history, routine)
        run.start()
        run.until_records(len(run.session.plan.exercises))
    wall.now = kept


class TinyDisk:
    """A 256 KiB tmpfs mounted for one test: small enough to fill, and remountable read-only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def fill(self) -> None:
        """Write a file until the disk has no space left."""
        # Stopped by "No space left on device"; the check below says it was that.
        with suppress(OSError), (self.folder / "filler").open("wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * 4096)
        assert shutil.disk_usage(self.folder).free == 0

    def make_read_only(self) -> None:
        """Remount the disk read-only, as a write-protected drive or share is."""
        subprocess.run(["mount", "-o", "remount,ro", str(self.folder)], check=True)


def read_rows(path: Path, sql: str, *values: object) -> list[tuple[Any, ...]]:
    """Rows read straight from the database file, on a connection of its own."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, values).fetchall()


def saved(
    day: date,
    status: SessionStatus = SessionStatus.FINISHED,
    outcomes: tuple[Outcome, ...] = (Outcome.DONE,) * 3,
    session_id: int = 1,
    seconds: float = 600.0,
) -> SessionEntry:
    """A saved session as History.sessions() gives it, started at 08:00 on `day`."""
    started = datetime.combine(day, time(8, 0)).astimezone()
    exercises = tuple(
        ExerciseEntry(
            position=position,
            exercise_id=f"exercise-{position}",
            name=f"Exercise {position + 1}",
            outcome=outcome,
            variant=Variant.STANDARD,
            sides=(None,),
            reps_done=(10 if outcome is Outcome.DONE else 0,),
            reps_target=10,
            seconds=seconds / len(outcomes),
            ended_at=started + timedelta(minutes=position + 1),
            redone=False,
        )
        for position, outcome in enumerate(outcomes)
    )
    return SessionEntry(
        id=session_id,
        started_at=started,
        ended_at=None if status is SessionStatus.INTERRUPTED else started + timedelta(minutes=10),
        status=status,
        routine="Test routine",
        planned_exercises=3,
        active_seconds=None if status is SessionStatus.INTERRUPTED else seconds,
        exercises=exercises,
    )


def run_as_nobody(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` run as nobody, with `data` as the data folder."""
    return subprocess.run(
        [*AS_NOBODY, sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, "BACKPAIN_GUI_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def saved_history(folder: Path, sessions: int = 1) -> None:
    """`sessions` finished sessions saved in the history in `folder`."""
    history = History.open(folder)
    try:
        for _ in range(sessions):
            run = RecordedRun(history)
            run.start()
            run.until_records(len(run.session.plan.exercises))
    finally:
        history.close()
