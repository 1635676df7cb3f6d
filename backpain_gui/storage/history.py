"""Every session kept: a row when it starts, a row per exercise as it ends, closed at the end.

Each write is its own transaction, committed before the call returns, so a crash, a kill or a
power cut loses at most the exercise in progress. A session is stored as interrupted until it
is closed as finished or ended (early), so one the app never got to close says so by itself.

When another program holds the write lock, a write is kept and written, in order, as soon as
the lock is free (`flush`): at the next write, a read, or the recorder's retry. When the history
cannot be written (a full disk, a read-only folder, a damaged file), it is off for the rest of
the run: writes do nothing, `problem` says why in the user's words, and nothing already saved
is touched. The session itself never notices.

Rows are read defensively: one holding a value this version does not know (another program's
edit, a newer release's variant) is left out and counted (`skipped`), and the rest is read.
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from backpain_gui.content.model import Side, Variant
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.data_folder import data_folder
from backpain_gui.storage.database import (
    BUSY_TIMEOUT_SECONDS,
    DATABASE_NAME,
    HistoryUnavailable,
    is_busy,
    open_database,
    why_not_read,
    why_not_written,
)
from backpain_gui.storage.export import inert
from backpain_gui.storage.saved import ExerciseEntry, SessionEntry, SessionStatus

# In the database: 'left+right' / '10+8'; '' for the side of a one-sided exercise.
_JOIN = "+"
# How long a write waits for another copy of the app, which holds the lock for milliseconds:
# long enough for that, short enough that a stuck lock costs the UI thread no more than this
# once before the write is kept for later. Retries of kept writes do not wait at all.
WRITE_WAIT_SECONDS = 0.25
# Saved times outside these years are taken for damage (and would stretch the calendar).
_YEARS = range(1970, 3000)

_E = TypeVar("_E", bound=Enum)


def local_now() -> datetime:
    """The wall-clock time here, with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def _sides_text(sides: Sequence[Side | None]) -> str:
    return _JOIN.join(side.value for side in sides if side is not None)


@dataclass(frozen=True, slots=True)
class _Write:
    """A write to make, kept until it is made: its statement and values (`:session` filled in
    when it is made, from the session's saved id)."""

    sql: str
    values: dict[str, object]
    # The session it is about, as this run knows it: a saved id, or a stand-in (negative)
    # while the session's own row waits to be written.
    session: int
    # Writes the session's row: the new row's id becomes the stand-in's saved id.
    starts: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """Saved rows left out of a read because they hold values this version cannot read."""

    path: Path
    rows: int
    # The first bad value found, in words ("variant 'extreme'").
    example: str

    def words(self) -> str:
        """What the user is told, naming the file and how many rows."""
        rows = f"{self.rows} saved row{'' if self.rows == 1 else 's'}"
        return (
            f"{rows} of {self.path} could not be read and {'was' if self.rows == 1 else 'were'} "
            f"left out (a value this version does not know: {self.example}). The file is left "
            "as it is."
        )


class _BadValue(ValueError):
    """A column holds a value the reader does not know."""

    def __init__(self, column: str, value: object) -> None:
        # Shown to the user: cut short, and with any control character made visible.
        shown = inert(value[:40]) if isinstance(value, str) else inert(repr(value)[:40])
        super().__init__(f"{column} '{shown}'" if isinstance(value, str) else f"{column} {shown}")


@dataclass(slots=True)
class _Read:
    """What one read found: the sessions, and the rows it had to leave out."""

    sessions: list[SessionEntry] = field(default_factory=list)
    skipped: int = 0
    example: str = ""

    def skip(self, rows: int, error: _BadValue) -> None:
        self.skipped += rows
        self.example = self.example or str(error)


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
        self._kept: tuple[int, _Read] | None = None
        # Writes another program's lock held back, oldest first.
        self._pending: list[_Write] = []
        # Stand-in session ids (negative) of this run, and the ids they were saved under.
        self._last_stand_in = 0
        self._saved_ids: dict[int, int] = {}
        # The latest time stamped on each session this run: a wall clock set back mid-session
        # must not save an end before its start.
        self._latest: dict[int, datetime] = {}
        # The busy timeout set on the connection, in seconds.
        self._waits: float | None = None
        self._read_failed = False
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
        elif opened.was_empty:
            notice = (
                f"Your history database {folder / DATABASE_NAME} was empty (0 bytes): the "
                "sessions it held are gone, perhaps a crash or a copy cut short. A new history "
                "was started in it; restore the file from a backup to get them back."
            )
        return cls(opened.connection, folder, clock, opened.read_only_because, notice)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.folder / DATABASE_NAME

    @property
    def readable(self) -> bool:
        """Whether saved sessions can be read this run (and were, the last time)."""
        return self._connection is not None and not self._read_failed

    @property
    def writable(self) -> bool:
        """Whether sessions are being saved this run."""
        return self._writable

    @property
    def held_up(self) -> bool:
        """Whether writes are waiting for another program to let go of the database."""
        return bool(self._pending)

    def held_up_words(self) -> str:
        """What the user is told while writes wait for the lock."""
        return (
            f"Another program is keeping your history database {self.path} locked. What you "
            "do is kept and saved as soon as it lets go; close other copies of backpain-gui "
            "or programs reading the file."
        )

    @property
    def skipped(self) -> Skipped | None:
        """The rows the last read of every session left out; None when it read them all."""
        if self._kept is None or not self._kept[1].skipped:
            return None
        read = self._kept[1]
        return Skipped(self.path, read.skipped, read.example)

    def saved_id(self, session_id: int) -> int | None:
        """The id a session of this run is saved under; None while its row waits to be written."""
        return self._saved_ids.get(session_id) if session_id < 0 else session_id

    # -- writing ------------------------------------------------------------------------------

    def start_session(self, routine: str, planned_exercises: int) -> int | None:
        """Save a session as begun now; its id, or None when history is off.

        While another program holds the lock, the id is a stand-in the other writes accept.
        """
        if not self._writable:
            return None
        self._last_stand_in -= 1
        stand_in = self._last_stand_in
        started = self._clock()
        self._write(
            _Write(
                "INSERT INTO sessions (started_at, routine, planned_exercises)"
                " VALUES (:started, :routine, :planned)",
                {"started": _stamp(started), "routine": routine, "planned": planned_exercises},
                stand_in,
                starts=True,
            )
        )
        if not self._writable:
            return None
        session_id = self._saved_ids.get(stand_in, stand_in)
        self._latest[session_id] = started
        return session_id

    def record_exercise(self, session_id: int, record: ExerciseRecord, name: str) -> None:
        """Save how an exercise of the session ended, now."""
        if not self._writable:
            return
        values: dict[str, object] = {
            "position": record.exercise_index,
            "exercise_id": record.exercise_id,
            "name": name,
            "outcome": record.outcome.value,
            "variant": record.variant.value,
            "sides": _sides_text(record.sides),
            "reps_done": _JOIN.join(str(count) for count in record.reps_done),
            "reps_target": record.reps_target,
            # The schedule is exact to the millisecond; more digits would be float noise.
            "seconds": round(record.seconds, 3),
            "ended_at": self._now(session_id),
        }
        self._write(
            _Write(
                "INSERT INTO exercises (session_id, position, exercise_id, name, outcome, variant,"
                " sides, reps_done, reps_target, seconds, ended_at) VALUES (:session, :position,"
                " :exercise_id, :name, :outcome, :variant, :sides, :reps_done, :reps_target,"
                " :seconds, :ended_at)",
                values,
                session_id,
            )
        )

    def redo_from(self, session_id: int, position: int) -> None:
        """Mark the exercises from `position` on as redone: the user went back to them."""
        self._write(
            _Write(
                "UPDATE exercises SET redone = 1"
                " WHERE session_id = :session AND position >= :position AND redone = 0",
                {"position": position},
                session_id,
            )
        )

    def close_session(self, session_id: int, status: SessionStatus, active_seconds: float) -> None:
        """Save the session as finished or ended early, now, after `active_seconds`."""
        if not self._writable:
            return
        self._write(
            _Write(
                "UPDATE sessions SET status = :status, ended_at = :ended, active_seconds = :active"
                " WHERE id = :session",
                {
                    "status": status.value,
                    "ended": self._now(session_id),
                    "active": round(active_seconds, 3),
                },
                session_id,
            )
        )

    def flush(self, wait_seconds: float = 0.0) -> bool:
        """Write what another program's lock held back, in one transaction, waiting for the
        lock at most `wait_seconds`; whether nothing is left waiting."""
        if not self._pending:
            return True
        if not self._writable or self._connection is None:
            return False
        self._kept = None
        connection = self._connection
        saved: dict[int, int] = {}
        try:
            self._wait(connection, wait_seconds)
            connection.execute("BEGIN IMMEDIATE")
            for write in self._pending:
                session = saved.get(write.session) or self.saved_id(write.session)
                cursor = connection.execute(write.sql, {**write.values, "session": session})
                if write.starts and cursor.lastrowid is not None:
                    saved[write.session] = cursor.lastrowid
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            # SQLite rolls some failures (a full disk) back by itself, and a rollback that
            # fails leaves nothing to undo: the connection is then out of its transaction.
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            if not is_busy(error):
                self._turn_off(error)
            return False
        self._pending.clear()
        self._saved_ids.update(saved)
        return True

    def _now(self, session_id: int) -> str:
        """Now, for a stamp on the session: never before a time already stamped on it."""
        now = self._clock()
        latest = self._latest.get(session_id)
        if latest is None:
            latest = self._latest_saved(session_id)
        if latest is not None and now < latest:
            now = latest
        self._latest[session_id] = now
        return _stamp(now)

    def _latest_saved(self, session_id: int) -> datetime | None:
        """The latest time saved on a session begun before this run (one being continued)."""
        if self._connection is None or session_id < 0:
            return None
        try:
            stamps = self._connection.execute(
                "SELECT started_at FROM sessions WHERE id = ?"
                " UNION ALL SELECT ended_at FROM exercises WHERE session_id = ?",
                (session_id, session_id),
            ).fetchall()
        except sqlite3.Error:
            return None
        times = []
        for (text,) in stamps:
            try:
                times.append(_time(text, "time"))
            except _BadValue:
                continue
        return max(times, default=None)

    def _write(self, write: _Write) -> None:
        if not self._writable or self._connection is None:
            return
        # A write behind others waiting for the lock need not wait again: the lock is held.
        wait = 0.0 if self._pending else WRITE_WAIT_SECONDS
        self._pending.append(write)
        self.flush(wait)

    def _wait(self, connection: sqlite3.Connection, seconds: float) -> None:
        if self._waits != seconds:
            connection.execute(f"PRAGMA busy_timeout = {round(seconds * 1000)}")
            self._waits = seconds

    def _turn_off(self, error: sqlite3.Error) -> None:
        self._writable = False
        self._pending.clear()
        self.problem = why_not_written(error, self.folder)

    # -- reading ------------------------------------------------------------------------------

    def sessions(self) -> list[SessionEntry]:
        """Every saved session with its exercises, oldest first; [] when none can be read.

        Rows this version cannot read are left out and counted (`skipped`). Kept from one read
        to the next until this copy of the app writes or another one does (SQLite's
        data_version tells), so that showing the plan again costs no query.
        """
        if self._connection is None:
            return []
        # Writes a lock held back go first, if the lock is gone, so that the read shows them.
        self.flush()
        try:
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as error:
            self._fail_read(error)
            return []
        if self._kept is None or self._kept[0] != version:
            # Ids follow the order sessions began in, across copies of the app and clocks.
            read = self._read("ORDER BY sessions.id, exercises.id", ())
            if read is None:
                return []
            self._kept = (version, read)
        return list(self._kept[1].sessions)

    def session(self, session_id: int) -> SessionEntry | None:
        """One saved session, or None (a session of this run whose row waits to be written)."""
        saved = self.saved_id(session_id)
        if saved is None:
            return None
        found = self._read("WHERE sessions.id = ? ORDER BY exercises.id", (saved,))
        return found.sessions[0] if found is not None and found.sessions else None

    def _read(self, which: str, values: tuple[int, ...]) -> _Read | None:
        if self._connection is None:
            return None
        try:
            # A reader in WAL mode waits only on SQLite's own recovery: the usual short wait.
            self._wait(self._connection, WRITE_WAIT_SECONDS)
            # One statement: one consistent snapshot, whatever another copy writes meanwhile.
            rows = self._connection.execute(_JOINED + which, values).fetchall()
        except sqlite3.Error as error:
            self._fail_read(error)
            return None
        self._read_failed = False
        read = _Read()
        sessions: dict[int, tuple[Sequence[Any], list[ExerciseEntry]]] = {}
        for row in rows:
            session_row, exercise_row = row[:_SESSION_WIDTH], row[_SESSION_WIDTH:]
            _, exercises = sessions.setdefault(session_row[0], (session_row, []))
            if exercise_row[0] is None:
                continue
            try:
                exercises.append(_exercise_entry(exercise_row))
            except _BadValue as error:
                read.skip(1, error)
        for row, exercises in sessions.values():
            try:
                read.sessions.append(_session_entry(row, tuple(exercises)))
            except _BadValue as error:
                # The session's row, and its exercises that were readable, all left out.
                read.skip(1 + len(exercises), error)
        return read

    def _fail_read(self, error: sqlite3.Error) -> None:
        self._read_failed = True
        self.problem = why_not_read(error, self.path)

    def close(self) -> None:
        """Close the database, writing what a lock held back if it can within the busy timeout;
        later writes do nothing and reads find nothing."""
        if self._connection is not None:
            self.flush(BUSY_TIMEOUT_SECONDS)
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


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _exercise_entry(row: Sequence[Any]) -> ExerciseEntry:
    position, exercise_id, name, outcome, variant, sides, reps, target, seconds, ended, redone = row
    sides_read = _sides_of(sides)
    reps_read = _reps_of(reps)
    if len(reps_read) != len(sides_read):
        raise _BadValue("reps_done", reps)
    if redone not in (0, 1):
        raise _BadValue("redone", redone)
    return ExerciseEntry(
        position=_whole(position, "position"),
        exercise_id=_text(exercise_id, "exercise_id"),
        name=_text(name, "name"),
        outcome=_known(Outcome, outcome, "outcome"),
        variant=_known(Variant, variant, "variant"),
        sides=sides_read,
        reps_done=reps_read,
        reps_target=_whole(target, "reps_target"),
        seconds=_seconds(seconds, "seconds"),
        ended_at=_time(ended, "ended_at"),
        redone=bool(redone),
    )


def _session_entry(row: Sequence[Any], exercises: tuple[ExerciseEntry, ...]) -> SessionEntry:
    session_id, started, ended, status, routine, planned, active = row
    return SessionEntry(
        id=session_id,
        started_at=_time(started, "started_at"),
        ended_at=None if ended is None else _time(ended, "ended_at"),
        status=_known(SessionStatus, status, "status"),
        routine=_text(routine, "routine"),
        planned_exercises=_whole(planned, "planned_exercises"),
        active_seconds=None if active is None else _seconds(active, "active_seconds"),
        exercises=exercises,
    )


def _known(kind: type[_E], value: object, column: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        raise _BadValue(column, value) from None


def _text(value: object, column: str) -> str:
    if not isinstance(value, str):
        raise _BadValue(column, value)
    return value


def _whole(value: object, column: str) -> int:
    # bool is an int to Python, never to SQLite; a count is never negative.
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _BadValue(column, value)
    return value


def _seconds(value: object, column: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise _BadValue(column, value)
    if value < 0:
        raise _BadValue(column, value)
    return float(value)


def _time(value: object, column: str) -> datetime:
    if not isinstance(value, str):
        raise _BadValue(column, value)
    try:
        moment = datetime.fromisoformat(value)
        # A time saved without its UTC offset is taken as local, so that it compares with the
        # others; the app always saves the offset.
        moment = moment if moment.tzinfo is not None else moment.astimezone()
    except (ValueError, OverflowError):
        raise _BadValue(column, value) from None
    if moment.year not in _YEARS:
        raise _BadValue(column, value)
    return moment


def _sides_of(text: object) -> tuple[Side | None, ...]:
    if not isinstance(text, str):
        raise _BadValue("sides", text)
    if not text:
        return (None,)
    return tuple(_known(Side, value, "sides") for value in text.split(_JOIN))


def _reps_of(text: object) -> tuple[int, ...]:
    counts = text.split(_JOIN) if isinstance(text, str) else [""]
    # isdecimal() alone passes other scripts' digits, which int() reads; saved counts are ASCII.
    if not all(count.isascii() and count.isdecimal() for count in counts):
        raise _BadValue("reps_done", text)
    return tuple(int(count) for count in counts)
