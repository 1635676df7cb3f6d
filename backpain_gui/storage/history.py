"""Every session kept: a row when it starts, a row per exercise as it ends, closed at the end.

Each write is its own transaction, committed before the call returns, so a crash, a kill or a
power cut loses at most the exercise in progress. A session is stored as interrupted until it
is closed as finished or ended (early), so one the app never got to close says so by itself.

When the history cannot be written (a full disk, a read-only folder, a damaged file), it is
off for the rest of the run: writes do nothing, `problem` says why in the user's words, and
nothing already saved is touched. The session itself never notices.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from backpain_gui.content.model import Side, Variant
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.data_folder import data_folder
from backpain_gui.storage.database import (
    DATABASE_NAME,
    HistoryUnavailable,
    open_database,
    why_not_written,
)


class SessionStatus(StrEnum):
    """How a session was left."""

    FINISHED = "finished"
    # The user ended it before the last exercise.
    ENDED = "ended"
    # The app stopped (crash, kill, power cut) before the session was closed.
    INTERRUPTED = "interrupted"


# In the database: 'left+right' / '10+8'; '' for the side of a one-sided exercise.
_JOIN = "+"


def local_now() -> datetime:
    """The wall-clock time here, with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class ExerciseEntry:
    """One exercise of a saved session, as it was left."""

    position: int
    exercise_id: str
    name: str
    outcome: Outcome
    variant: Variant
    sides: tuple[Side | None, ...]
    reps_done: tuple[int, ...]
    reps_target: int
    seconds: float
    ended_at: datetime
    # The user went back and did it again: a later entry is the session's result.
    redone: bool


@dataclass(frozen=True, slots=True)
class SessionEntry:
    """One saved session and its exercises, redone attempts included, in the order done."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    routine: str
    planned_exercises: int
    active_seconds: float | None
    exercises: tuple[ExerciseEntry, ...]

    @property
    def day(self) -> date:
        """The local date the session started on."""
        return self.started_at.date()

    @property
    def results(self) -> tuple[ExerciseEntry, ...]:
        """The session's result: each exercise's last attempt, as the summary showed it."""
        return tuple(entry for entry in self.exercises if not entry.redone)

    @property
    def seconds(self) -> float:
        """Active time: as closed, or for an interrupted session, its exercises' time."""
        if self.active_seconds is not None:
            return self.active_seconds
        return sum(entry.seconds for entry in self.exercises)


def _sides_text(sides: Sequence[Side | None]) -> str:
    return _JOIN.join(side.value for side in sides if side is not None)


def _sides_of(text: str) -> tuple[Side | None, ...]:
    return tuple(Side(value) for value in text.split(_JOIN)) if text else (None,)


class History:
    """The session history database of one data folder, opened once for the app's run."""

    def __init__(
        self,
        connection: sqlite3.Connection | None,
        folder: Path,
        clock: Callable[[], datetime] = local_now,
        problem: str | None = None,
        notice: str | None = None,
    ) -> None:
        self.folder = folder
        self._connection = connection
        self._clock = clock
        self._writable = connection is not None and problem is None
        # Why history is off (or only readable) this run, in the user's words.
        self.problem = problem
        # Something about opening that the user should hear once, with history working.
        self.notice = notice

    @classmethod
    def open(cls, folder: Path | None = None, clock: Callable[[], datetime] = local_now) -> History:
        """The history in `folder` (default: the data folder); never raises.

        A damaged database is moved aside and a fresh one started (`notice` says where the old
        one went); one that cannot be written is read only, or not at all (`problem` says why).
        """
        folder = folder if folder is not None else data_folder()
        try:
            opened = open_database(folder, clock())
        except HistoryUnavailable as error:
            return cls(None, folder, clock, problem=str(error))
        notice = None
        if opened.moved_aside is not None:
            notice = (
                "Your history database was damaged and could not be read. It was moved to "
                f"{opened.moved_aside}, and a new history was started."
            )
        return cls(opened.connection, folder, clock, opened.read_only_because, notice)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.folder / DATABASE_NAME

    @property
    def readable(self) -> bool:
        """Whether saved sessions can be read this run."""
        return self._connection is not None

    @property
    def writable(self) -> bool:
        """Whether sessions are being saved this run."""
        return self._writable

    # -- writing ------------------------------------------------------------------------------

    def start_session(self, routine: str, planned_exercises: int) -> int | None:
        """Save a session as begun now; its id, or None when history is off."""
        cursor = self._write(
            "INSERT INTO sessions (started_at, routine, planned_exercises) VALUES (?, ?, ?)",
            (self._now(), routine, planned_exercises),
        )
        return None if cursor is None else cursor.lastrowid

    def record_exercise(self, session_id: int, record: ExerciseRecord, name: str) -> None:
        """Save how an exercise of the session ended, now."""
        self._write(
            "INSERT INTO exercises (session_id, position, exercise_id, name, outcome, variant,"
            " sides, reps_done, reps_target, seconds, ended_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                record.exercise_index,
                record.exercise_id,
                name,
                record.outcome.value,
                record.variant.value,
                _sides_text(record.sides),
                _JOIN.join(str(count) for count in record.reps_done),
                record.reps_target,
                # The schedule is exact to the millisecond; more digits would be float noise.
                round(record.seconds, 3),
                self._now(),
            ),
        )

    def redo_from(self, session_id: int, position: int) -> None:
        """Mark the exercises from `position` on as redone: the user went back to them."""
        self._write(
            "UPDATE exercises SET redone = 1 WHERE session_id = ? AND position >= ? AND redone = 0",
            (session_id, position),
        )

    def close_session(self, session_id: int, status: SessionStatus, active_seconds: float) -> None:
        """Save the session as finished or ended early, now, after `active_seconds`."""
        self._write(
            "UPDATE sessions SET status = ?, ended_at = ?, active_seconds = ? WHERE id = ?",
            (status.value, self._now(), round(active_seconds, 3), session_id),
        )

    def _now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    def _write(self, sql: str, values: tuple[object, ...]) -> sqlite3.Cursor | None:
        if not self._writable or self._connection is None:
            return None
        try:
            return self._connection.execute(sql, values)
        except sqlite3.Error as error:
            self._turn_off(error)
            return None

    def _turn_off(self, error: sqlite3.Error) -> None:
        self._writable = False
        self.problem = why_not_written(error, self.folder)

    # -- reading ------------------------------------------------------------------------------

    def sessions(self) -> list[SessionEntry]:
        """Every saved session with its exercises, oldest first; [] when none can be read."""
        # Ids follow the order sessions began in, across copies of the app and clock changes.
        return self._read("ORDER BY id", "ORDER BY session_id, id", ())

    def session(self, session_id: int) -> SessionEntry | None:
        """One saved session, or None."""
        found = self._read("WHERE id = ?", "WHERE session_id = ? ORDER BY id", (session_id,))
        return found[0] if found else None

    def _read(
        self, which: str, their_exercises: str, values: tuple[int, ...]
    ) -> list[SessionEntry]:
        if self._connection is None:
            return []
        try:
            session_rows = self._connection.execute(_SESSION_COLUMNS + which, values).fetchall()
            exercise_rows = self._connection.execute(
                _EXERCISE_COLUMNS + their_exercises, values
            ).fetchall()
        except sqlite3.Error as error:
            self._turn_off(error)
            return []
        exercises: dict[int, list[ExerciseEntry]] = {}
        for row in exercise_rows:
            exercises.setdefault(row[0], []).append(_exercise_entry(row[1:]))
        return [_session_entry(row, tuple(exercises.get(row[0], ()))) for row in session_rows]

    def close(self) -> None:
        """Close the database; later writes do nothing and reads find nothing."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._writable = False


_SESSION_COLUMNS = (
    "SELECT id, started_at, ended_at, status, routine, planned_exercises, active_seconds"
    " FROM sessions "
)
_EXERCISE_COLUMNS = (
    "SELECT session_id, position, exercise_id, name, outcome, variant, sides, reps_done,"
    " reps_target, seconds, ended_at, redone FROM exercises "
)


def _exercise_entry(row: Sequence[Any]) -> ExerciseEntry:
    position, exercise_id, name, outcome, variant, sides, reps, target, seconds, ended, redone = row
    return ExerciseEntry(
        position=position,
        exercise_id=exercise_id,
        name=name,
        outcome=Outcome(outcome),
        variant=Variant(variant),
        sides=_sides_of(sides),
        reps_done=tuple(int(count) for count in reps.split(_JOIN)),
        reps_target=target,
        seconds=seconds,
        ended_at=datetime.fromisoformat(ended),
        redone=bool(redone),
    )


def _session_entry(row: Sequence[Any], exercises: tuple[ExerciseEntry, ...]) -> SessionEntry:
    session_id, started, ended, status, routine, planned, active = row
    return SessionEntry(
        id=session_id,
        started_at=datetime.fromisoformat(started),
        ended_at=None if ended is None else datetime.fromisoformat(ended),
        status=SessionStatus(status),
        routine=routine,
        planned_exercises=planned,
        active_seconds=active,
        exercises=exercises,
    )
