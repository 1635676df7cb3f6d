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
import itertools
import math
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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
    closed_cleanly,
    forget_checked,
    is_busy,
    open_database,
    why_not_read,
    why_not_written,
)
from backpain_gui.storage.export import inert
from backpain_gui.storage.progress import (
    DayMark,
    PlanProgress,
    WeekTotal,
    day_mark,
    day_marks,
    days_missed,
    plan_progress,
    sessions_of,
    week_totals,
)
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
    """The rows one read had to leave out: how many, and the first bad value."""

    skipped: int = 0
    example: str = ""

    def skip(self, rows: int, example: str) -> None:
        self.skipped += rows
        self.example = self.example or example

    def as_skipped(self, path: Path) -> Skipped | None:
        return Skipped(path, self.skipped, self.example) if self.skipped else None


@dataclass(frozen=True, slots=True)
class _SessionRead:
    """One session's rows as read: the session (None when its own row cannot be read), and
    how many of its rows were left out, with the first bad value."""

    id: int
    entry: SessionEntry | None
    skipped: int
    example: str


@dataclass(frozen=True, slots=True)
class SessionPage:
    """Some saved sessions, newest first, and where the next (older) page starts."""

    sessions: list[SessionEntry]
    # The id to pass as `before` for the page after this one; None when this is the last.
    before: int | None


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
        # The rows the last look at the whole history found it has to leave out.
        self._skipped: Skipped | None = None
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
        # Writes this copy made, for `changes`: its own do not change SQLite's data_version.
        self._writes = 0
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
        """The saved rows reads leave out, as the last read of the whole history found them
        (every session, streamed or listed, or the counts of the plan); None when none."""
        return self._skipped

    def changes(self) -> tuple[int, int]:
        """A value that differs whenever the saved history may have changed since it was last
        taken: by this copy's writes or another program's (SQLite's data_version)."""
        if self._connection is None:
            return (-1, self._writes)
        try:
            version = int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            version = -1
        return (version, self._writes)

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

    def record_pain(self, session_id: int, when: str, score: int) -> None:
        """Save how the back was `when` ("before" or "after") the session, 0-10."""
        if not self._writable:
            return
        if when not in ("before", "after") or not 0 <= score <= 10:
            raise ValueError(f"a pain score is 0-10 before or after, not {score!r} {when!r}")
        self._write(
            _Write(
                f"UPDATE sessions SET pain_{when} = :score WHERE id = :session",
                {"score": score},
                session_id,
            )
        )

    def record_stop(self, session_id: int, because: str) -> None:
        """Save why the person stopped the session early ("it hurts")."""
        if not self._writable:
            return
        self._write(
            _Write(
                "UPDATE sessions SET stopped_because = :because WHERE id = :session",
                {"because": because},
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
        self._writes += 1
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
        data_version tells). It holds the whole history in memory: the screens read pages,
        counts and marks instead, and the export streams (`each_session`).
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
            read = _Read()
            cursor = self._query(_JOINED + _OLDEST_FIRST, ())
            if cursor is None:
                return []
            try:
                entries = list(_entries(cursor, read))
            except sqlite3.Error as error:
                self._fail_read(error)
                return []
            self._skipped = read.as_skipped(self.path)
            self._kept = (version, entries)
        return list(self._kept[1])

    def each_session(self) -> Iterator[SessionEntry]:
        """Every saved session, oldest first, read from the database as it is used, so that
        the whole history is never in memory at once.

        The read starts now: when it cannot, nothing is given and `readable` says so. Once the
        last session is given, `skipped` counts the rows left out; a read that fails part-way
        stops there, `readable` false and `problem` saying why.
        """
        if self._connection is None:
            return iter(())
        self.flush()
        cursor = self._query(_JOINED + _OLDEST_FIRST, ())
        if cursor is None:
            return iter(())
        return self._stream(cursor)

    def _stream(self, cursor: sqlite3.Cursor) -> Iterator[SessionEntry]:
        read = _Read()
        try:
            yield from _entries(cursor, read)
        except sqlite3.Error as error:
            self._fail_read(error)
            return
        finally:
            cursor.close()
        self._skipped = read.as_skipped(self.path)

    def session(self, session_id: int) -> SessionEntry | None:
        """One saved session, or None (a session of this run whose row waits to be written)."""
        saved = self.saved_id(session_id)
        if saved is None:
            return None
        found = self._entries("WHERE sessions.id = ? ORDER BY exercises.id", (saved,))
        return found[0] if found else None

    def page(self, before: int | None, count: int) -> SessionPage:
        """Up to `count` saved sessions, newest first, older than the session `before` (None:
        from the newest); the rows that cannot be read are left out."""
        newest = (
            "SELECT * FROM sessions WHERE id < :before ORDER BY id DESC LIMIT :count"
            if before is not None
            else "SELECT * FROM sessions ORDER BY id DESC LIMIT :count"
        )
        cursor = self._query(
            f"SELECT {_SESSION_COLUMNS}, {_EXERCISE_COLUMNS} FROM ({newest}) AS sessions"
            " LEFT JOIN exercises ON exercises.session_id = sessions.id"
            " ORDER BY sessions.id DESC, exercises.id",
            {"before": before, "count": count},
        )
        if cursor is None:
            return SessionPage([], None)
        try:
            reads = list(_session_reads(cursor))
        except sqlite3.Error as error:
            self._fail_read(error)
            return SessionPage([], None)
        sessions = [each.entry for each in reads if each.entry is not None]
        return SessionPage(sessions, reads[-1].id if len(reads) == count else None)

    def sessions_since(self, routine: str | None, first: date) -> list[SessionEntry]:
        """The sessions of `routine` (None: of any) started on `first` or later, in the order
        they started: found by each session's kept day, so the cost is the days asked for,
        not the history's length."""
        if self._fresh_marks():
            which, values = _marks_of(routine, {"first": _day(first)})
            found = self._entries(
                f"WHERE sessions.id IN (SELECT session_id FROM session_marks WHERE {which}"
                " AND day >= :first) ORDER BY sessions.id, exercises.id",
                values,
            )
        else:
            sessions = self._sessions_of(routine)
            found = [session for session in sessions if session.day >= first]
        return sorted(found, key=lambda session: session.started_at)

    def latest_session(self) -> SessionEntry | None:
        """The newest session that can be read, or None."""
        before: int | None = None
        while True:
            found = self.page(before, 8)
            if found.sessions or found.before is None:
                return found.sessions[0] if found.sessions else None
            before = found.before

    # -- counting -----------------------------------------------------------------------------
    # Read from each session's kept mark (schema step 3), so that none of these grows with the
    # sessions saved. Where the marks cannot be read or brought up to date (an older database
    # opened read-only, a lock held for long), they are worked out from every session instead.

    def count(self) -> int:
        """How many saved sessions can be read."""
        if self._fresh_marks():
            found = self._value("SELECT count(*) FROM session_marks WHERE mark > 0", ())
            if found is not None:
                return int(found)
        return len(self.sessions())

    def first_day(self) -> date | None:
        """The day of the first session that can be read; None when there is none."""
        if self._fresh_marks():
            found = self._value("SELECT min(day) FROM session_marks", ())
            return None if found is None else date.fromisoformat(str(found))
        sessions = self.sessions()
        return sessions[0].day if sessions else None

    def progress(self, routine: str | None, today: date, plan_days: int) -> PlanProgress:
        """The plan's progress as of `today`, from the days done with `routine` (None: with
        any routine): what `plan_progress` makes of those sessions."""
        connection = self._connection
        if connection is None or not self._fresh_marks():
            return plan_progress(self._sessions_of(routine), today, plan_days)
        which, values = _marks_of(routine, {"counted": DayMark.COUNTED, "today": _day(today)})
        counted = f"FROM session_marks WHERE {which} AND mark >= :counted AND day <= :today"
        try:
            days_done = connection.execute(
                f"SELECT count(DISTINCT day) {counted}", values
            ).fetchone()[0]
            recent = connection.execute(f"SELECT DISTINCT day {counted} ORDER BY day DESC", values)
            # Back from today, or from yesterday while today is still to do, to a missed day.
            days = (date.fromisoformat(text) for (text,) in recent)
            latest = next(days, None)
            done_today = latest == today
            expected = today if done_today else today - timedelta(days=1)
            streak = 0
            for day in itertools.chain([latest] if latest else [], days):
                if day != expected:
                    break
                streak += 1
                expected -= timedelta(days=1)
            recent.close()
            first = connection.execute(f"SELECT min(day) {counted}", values).fetchone()[0]
        except sqlite3.Error as error:
            self._fail_read(error)
            return plan_progress([], today, plan_days)
        missed = (
            0
            if first is None
            else days_missed(date.fromisoformat(first), today, int(days_done), done_today)
        )
        return PlanProgress(plan_days, int(days_done), done_today, streak, missed)

    def day_marks(self, routine: str | None, first: date, last: date) -> dict[date, DayMark]:
        """Each day from `first` to `last` with a session of `routine` (None: of any), marked
        by its best session: what `day_marks` makes of them."""
        connection = self._connection
        if connection is None or not self._fresh_marks():
            sessions = self._sessions_of(routine)
            return day_marks(session for session in sessions if first <= session.day <= last)
        which, values = _marks_of(routine, {"first": _day(first), "last": _day(last)})
        try:
            rows = connection.execute(
                f"SELECT day, max(mark) FROM session_marks WHERE {which}"
                " AND day BETWEEN :first AND :last AND mark > 0 GROUP BY day",
                values,
            ).fetchall()
        except sqlite3.Error as error:
            self._fail_read(error)
            return {}
        return {date.fromisoformat(day): DayMark(mark) for day, mark in rows}

    def week_totals(self, before: date | None, weeks: int) -> list[WeekTotal]:
        """The totals of up to `weeks` weeks with a session, newest first, each before the
        Monday `before` (None: up to the newest)."""
        connection = self._connection
        if connection is None or not self._fresh_marks():
            totals = week_totals(self.sessions())
            return [w for w in reversed(totals) if before is None or w.monday < before][:weeks]
        until = _day(before) if before is not None else "9999-12-31"
        mondays: list[date] = []
        try:
            days = connection.execute(
                "SELECT DISTINCT day FROM session_marks WHERE day < ? AND mark > 0"
                " ORDER BY day DESC",
                (until,),
            )
            for (text,) in days:
                day = date.fromisoformat(text)
                monday = day - timedelta(days=day.weekday())
                if not mondays or mondays[-1] != monday:
                    if len(mondays) == weeks:
                        break
                    mondays.append(monday)
            days.close()
        except sqlite3.Error as error:
            self._fail_read(error)
            return []
        if not mondays:
            return []
        sessions = self._entries(
            "WHERE sessions.id IN (SELECT session_id FROM session_marks"
            " WHERE day >= ? AND day < ?) " + _OLDEST_FIRST,
            (_day(mondays[-1]), until),
        )
        return list(reversed(week_totals(sessions)))

    def _sessions_of(self, routine: str | None) -> list[SessionEntry]:
        sessions = self.sessions()
        return sessions if routine is None else sessions_of(sessions, routine)

    def _fresh_marks(self) -> bool:
        """Bring each session's kept mark up to date; whether the marks can be read.

        Also counts the rows the history leaves out (`skipped`), from the same marks.
        """
        connection = self._connection
        if connection is None:
            return False
        self.flush()
        try:
            self._wait(connection, WRITE_WAIT_SECONDS)
            to_redo = connection.execute("SELECT 1 FROM marks_to_redo LIMIT 1").fetchone()
            if to_redo and not (self._writable and self._redo_marks(connection)):
                return False
            rows, example = connection.execute(
                "SELECT sum(skipped_rows), (SELECT skipped_example FROM session_marks"
                " WHERE skipped_rows > 0 ORDER BY session_id LIMIT 1)"
                " FROM session_marks WHERE skipped_rows > 0"
            ).fetchone()
        except sqlite3.Error:
            # An older database only read (no marks yet), or one that cannot be read: the
            # caller reads every session instead, which says what is wrong if anything is.
            return False
        self._skipped = Skipped(self.path, int(rows), str(example)) if rows else None
        return True

    def _redo_marks(self, connection: sqlite3.Connection) -> bool:
        """Work out again the marks of the sessions whose rows changed; whether it could."""
        try:
            connection.execute("BEGIN IMMEDIATE")
            # Read in full first: the same connection then writes.
            reads = list(
                _session_reads(
                    connection.execute(
                        _JOINED
                        + "WHERE sessions.id IN (SELECT session_id FROM marks_to_redo) "
                        + _OLDEST_FIRST
                    )
                )
            )
            connection.execute(
                "DELETE FROM session_marks"
                " WHERE session_id IN (SELECT session_id FROM marks_to_redo)"
            )
            connection.executemany(
                "INSERT INTO session_marks VALUES (?, ?, ?, ?, ?, ?)",
                (_mark_row(read) for read in reads),
            )
            connection.execute("DELETE FROM marks_to_redo")
            connection.execute("COMMIT")
        except sqlite3.Error:
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            return False
        return True

    def _value(self, sql: str, values: tuple[object, ...]) -> Any:
        if self._connection is None:
            return None
        try:
            row = self._connection.execute(sql, values).fetchone()
        except sqlite3.Error as error:
            self._fail_read(error)
            return None
        return None if row is None else row[0]

    def _query(
        self, sql: str, values: tuple[object, ...] | dict[str, object]
    ) -> sqlite3.Cursor | None:
        """The rows of a read, started; None when it cannot start (`problem` says why)."""
        if self._connection is None:
            return None
        try:
            # A reader in WAL mode waits only on SQLite's own recovery: the usual short wait.
            self._wait(self._connection, WRITE_WAIT_SECONDS)
            # One statement: one consistent snapshot, whatever another copy writes meanwhile.
            cursor = self._connection.execute(sql, values)
        except sqlite3.Error as error:
            self._fail_read(error)
            return None
        self._read_failed = False
        return cursor

    def _entries(
        self, which: str, values: tuple[object, ...] | dict[str, object]
    ) -> list[SessionEntry]:
        """The sessions a joined read `which` finds, those that can be read."""
        cursor = self._query(_JOINED + which, values)
        if cursor is None:
            return []
        try:
            return list(_entries(cursor, _Read()))
        except sqlite3.Error as error:
            self._fail_read(error)
            return []

    def _fail_read(self, error: sqlite3.Error) -> None:
        self._read_failed = True
        self.problem = why_not_read(error, self.path)
        if getattr(error, "sqlite_errorname", None) in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            # The next start checks every page, and moves a damaged file aside.
            forget_checked(self.path)

    def close(self) -> None:
        """Close the database, writing what a lock held back if it can within the busy timeout;
        later writes do nothing and reads find nothing."""
        if self._connection is not None:
            self.flush(BUSY_TIMEOUT_SECONDS)
            self._connection.close()
            self._connection = None
            if not self._read_failed:
                closed_cleanly(self.path)
        self._writable = False


_SESSION_COLUMNS = (
    "sessions.id, started_at, sessions.ended_at, status, routine, planned_exercises,"
    " active_seconds, pain_before, pain_after, stopped_because"
)
_SESSION_WIDTH = 10
_EXERCISE_COLUMNS = (
    "position, exercise_id, name, outcome, variant, sides, reps_done, reps_target, seconds,"
    " exercises.ended_at, redone"
)
# Each session once per exercise, or once with NULL exercise columns when it has none.
_JOINED = (
    f"SELECT {_SESSION_COLUMNS}, {_EXERCISE_COLUMNS} FROM sessions"
    " LEFT JOIN exercises ON exercises.session_id = sessions.id "
)


_OLDEST_FIRST = "ORDER BY sessions.id, exercises.id"


def _session_reads(rows: Iterable[Sequence[Any]]) -> Iterator[_SessionRead]:
    """Each session of joined rows, ordered by session, as soon as its rows are read."""
    current: Sequence[Any] | None = None
    exercises: list[ExerciseEntry] = []
    read = _Read()
    for row in rows:
        session_row, exercise_row = row[:_SESSION_WIDTH], row[_SESSION_WIDTH:]
        if current is None or session_row[0] != current[0]:
            if current is not None:
                yield _session_read(current, exercises, read)
            current, exercises, read = session_row, [], _Read()
        if exercise_row[0] is None:
            continue
        try:
            exercises.append(_exercise_entry(exercise_row))
        except _BadValue as error:
            read.skip(1, str(error))
    if current is not None:
        yield _session_read(current, exercises, read)


def _session_read(row: Sequence[Any], exercises: list[ExerciseEntry], read: _Read) -> _SessionRead:
    try:
        entry = _session_entry(row, tuple(exercises))
    except _BadValue as error:
        # The session's row, and its exercises that were readable, all left out.
        read.skip(1 + len(exercises), str(error))
        return _SessionRead(row[0], None, read.skipped, read.example)
    return _SessionRead(row[0], entry, read.skipped, read.example)


def _entries(rows: Iterable[Sequence[Any]], read: _Read) -> Iterator[SessionEntry]:
    """The sessions of joined rows that can be read; the rows left out counted in `read`."""
    for each in _session_reads(rows):
        if each.skipped:
            read.skip(each.skipped, each.example)
        if each.entry is not None:
            yield each.entry


def _mark_row(read: _SessionRead) -> tuple[object, ...]:
    """A session's row of session_marks."""
    entry = read.entry
    if entry is None:
        return (read.id, None, None, DayMark.NOTHING, read.skipped, read.example)
    mark = day_mark(entry)
    return (read.id, entry.routine, _day(entry.day), mark, read.skipped, read.example)


def _marks_of(routine: str | None, values: dict[str, object]) -> tuple[str, dict[str, object]]:
    """The condition on session_marks for sessions of `routine` (None: of any), and its values."""
    if routine is None:
        return "day IS NOT NULL", values
    return "routine = :routine", {**values, "routine": routine}


def _day(day: date) -> str:
    return day.isoformat()


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
    session_id, started, ended, status, routine, planned, active, before, after, why = row
    return SessionEntry(
        id=session_id,
        started_at=_time(started, "started_at"),
        ended_at=None if ended is None else _time(ended, "ended_at"),
        status=_known(SessionStatus, status, "status"),
        routine=_text(routine, "routine"),
        planned_exercises=_whole(planned, "planned_exercises"),
        active_seconds=None if active is None else _seconds(active, "active_seconds"),
        exercises=exercises,
        pain_before=_pain(before, "pain_before"),
        pain_after=_pain(after, "pain_after"),
        stopped_because=None if why is None else _text(why, "stopped_because"),
    )


def _pain(value: object, column: str) -> int | None:
    # A score another program wrote out of range is left out, not read as a 0-10 score.
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
        raise _BadValue(column, value)
    return value


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
