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
from datetime import datetime
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
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry, SessionStatus

# In the database: 'left+right' / '10+8'; '' for the side of a one-sided exercise.
_JOIN = "+"


def local_now() -> datetime:
    """The wall-clock time here, with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def _sides_text(sides: Sequence[Side | None]) -> str:
    return _JOIN.join(side.value for side in sides if side is not None)


def _sides_of(text: str) -> tuple[Side | None, ...]:
    return tuple(Side(value) for value in text.split(_JOIN)) if text else (None,)


class History:
    """The session history database of one data folder, opened once for the app's run.

    Made by `open`. Given a connection directly (a test limiting it with a pragma), it uses it
    as it is; `problem` given means the history is only read.
    """

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
        # The last read of every session, with the data_version it was read at.
        self._kept: tuple[int, list[SessionEntry]] | None = None
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
        self._kept = None
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
        """Every saved session with its exercises, oldest first; [] when none can be read.

        Kept from one read to the next until this copy of the app writes or another one does
        (SQLite's data_version tells), so that showing the plan again costs no query.
        """
        if self._connection is None:
            return []
        try:
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:
            self._turn_off(error)
            return []
        if self._kept is None or self._kept[0] != version:
            # Ids follow the order sessions began in, across copies of the app and clocks.
            self._kept = (version, self._read("ORDER BY sessions.id, exercises.id", ()))
        return list(self._kept[1])

    def session(self, session_id: int) -> SessionEntry | None:
        """One saved session, or None."""
        found = self._read("WHERE sessions.id = ? ORDER BY exercises.id", (session_id,))
        return found[0] if found else None

    def _read(self, which: str, values: tuple[int, ...]) -> list[SessionEntry]:
        if self._connection is None:
            return []
        try:
            # One statement: one consistent snapshot, whatever another copy writes meanwhile.
            rows = self._connection.execute(_JOINED + which, values).fetchall()
        except sqlite3.Error as error:
            self._turn_off(error)
            return []
        sessions: dict[int, tuple[Sequence[Any], list[ExerciseEntry]]] = {}
        for row in rows:
            session_row, exercise_row = row[:_SESSION_WIDTH], row[_SESSION_WIDTH:]
            _, exercises = sessions.setdefault(session_row[0], (session_row, []))
            if exercise_row[0] is not None:
                exercises.append(_exercise_entry(exercise_row))
        return [_session_entry(row, tuple(exercises)) for row, exercises in sessions.values()]

    def close(self) -> None:
        """Close the database; later writes do nothing and reads find nothing."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._writable = False


_SESSION_COLUMNS = (
    "sessions.id, started_at, sessions.ended_at, status, routine, planned_exercises, active_seconds"
)
_SESSION_WIDTH = 7
_EXERCISE_COLUMNS = (
    "position, exercise_id, name, outcome, variant, sides, reps_done, reps_target, seconds,"
    " exercises.ended_at, redone"
)
# Each session once per exercise, or once with NULL exercise columns when it has none.
_JOINED = (
    f"SELECT {_SESSION_COLUMNS}, {_EXERCISE_COLUMNS} FROM sessions"
    " LEFT JOIN exercises ON exercises.session_id = sessions.id "
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
