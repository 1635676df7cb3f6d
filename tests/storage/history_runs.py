"""Helpers for the history tests: a session run on a hand-moved clock with its history kept,
the database read back as another program would, and saved sessions built by hand."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from backpain_gui.content.model import Routine, Variant
from backpain_gui.session import CommandResult, Session, SessionSettings
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.history import ExerciseEntry, History, SessionEntry, SessionStatus
from backpain_gui.storage.recording import SessionRecording
from tests.session.session_routines import START, small_routine

# One-second get-ready, switch and rest: sessions of a few dozen clock seconds.
QUICK = SessionSettings(get_ready_seconds=1, switch_sides_seconds=1, rest_seconds=1)


class RecordedRun:
    """A session on the small routine, told the time by hand, its history recorded."""

    def __init__(
        self, history: History, routine: Routine | None = None, settings: SessionSettings = QUICK
    ) -> None:
        self.session = Session(routine or small_routine(), settings)
        self.recording = SessionRecording(history, self.session.plan, self.session.routine.title)
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
