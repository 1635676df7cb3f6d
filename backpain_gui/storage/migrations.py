"""The history database's schema: one numbered step for each release that changed it.

`PRAGMA user_version` holds the number of the last step applied (0: an empty file). Each step
runs in one transaction together with its version bump, so a database is always at a step
boundary, never half migrated; and two copies of the app opening an old database at once
migrate it once, because the version is read again after the write lock is taken.
"""

from __future__ import annotations

import sqlite3


def _redo_marks_after(event: str, table: str, *sessions: str) -> str:
    """A trigger noting the sessions a change to `table` touches, for their marks to be redone."""
    notes = " ".join(f"INSERT OR IGNORE INTO marks_to_redo VALUES ({each});" for each in sessions)
    return (
        f"CREATE TRIGGER {table}_{event.lower()}_redoes_marks AFTER {event} ON {table}"
        f" BEGIN {notes} END"
    )


# Step N takes a database from version N-1 to version N. Never edit a released step: add one.
STEPS: tuple[tuple[str, ...], ...] = (
    # 1: the first release.
    (
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            -- Local wall-clock time with its UTC offset, ISO 8601 to the second.
            started_at TEXT NOT NULL,
            ended_at TEXT,
            -- Stored as 'interrupted' from the start: that is what a session is if the app
            -- never gets to close it (a crash, a kill, a power cut), with no clean-up needed.
            status TEXT NOT NULL DEFAULT 'interrupted'
                CHECK (status IN ('interrupted', 'finished', 'ended')),
            routine TEXT NOT NULL,
            planned_exercises INTEGER NOT NULL,
            -- Pause-excluded seconds from start to close; NULL while not closed.
            active_seconds REAL
        )
        """,
        """
        CREATE TABLE exercises (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id),
            -- The exercise's 0-based place in the session.
            position INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            name TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('done', 'partial', 'skipped')),
            variant TEXT NOT NULL,
            -- 'left+right' for a two-sided exercise, '' for a one-sided one.
            sides TEXT NOT NULL,
            -- Reps done on each side in the order of `sides` ('10+8'), of `reps_target` each.
            reps_done TEXT NOT NULL,
            reps_target INTEGER NOT NULL,
            seconds REAL NOT NULL,
            ended_at TEXT NOT NULL,
            -- 1 when the user went back and did the exercise again: the later row is the result.
            redone INTEGER NOT NULL DEFAULT 0 CHECK (redone IN (0, 1))
        )
        """,
    ),
    # 2: an index for reading a session's exercises (the summary after every session, the
    # history list); without it each such read scans every exercise ever saved, and a daily
    # habit kept for years makes that table long.
    ("CREATE INDEX exercises_by_session ON exercises (session_id, position)",),
    # 3: what each session makes of its day, kept beside the rows, so that the plan ("day 5
    # of 14", the streak, the calendar) and the history's counts are read from an index, not
    # worked out again from every session ever saved. The marks are worked out by the app's
    # own reader (the rows it cannot read count for nothing, as in every other read); the
    # triggers note each session whose rows anyone changes, this app or another program, and
    # the next read works that session out again. Every session saved so far is noted here.
    (
        """
        CREATE TABLE session_marks (
            session_id INTEGER PRIMARY KEY,
            -- NULL, with mark 0, when the session's own row cannot be read.
            routine TEXT,
            -- The local date the session started on, ISO 8601.
            day TEXT,
            -- The DayMark: 0 nothing (unreadable), 1 started, 2 the day counts, 3 all done.
            mark INTEGER NOT NULL,
            -- The session's rows the reader leaves out, and the first bad value, in words.
            skipped_rows INTEGER NOT NULL DEFAULT 0,
            skipped_example TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX session_marks_by_routine ON session_marks (routine, day, mark)",
        "CREATE INDEX session_marks_by_day ON session_marks (day, mark)",
        "CREATE INDEX session_marks_skipping ON session_marks (session_id) WHERE skipped_rows > 0",
        "CREATE TABLE marks_to_redo (session_id INTEGER PRIMARY KEY)",
        "INSERT INTO marks_to_redo SELECT id FROM sessions",
        _redo_marks_after("INSERT", "sessions", "NEW.id"),
        _redo_marks_after("UPDATE", "sessions", "NEW.id", "OLD.id"),
        _redo_marks_after("DELETE", "sessions", "OLD.id"),
        _redo_marks_after("INSERT", "exercises", "NEW.session_id"),
        _redo_marks_after("UPDATE", "exercises", "NEW.session_id", "OLD.session_id"),
        _redo_marks_after("DELETE", "exercises", "OLD.session_id"),
    ),
    # 4: how the back was before and after, 0-10 (the numeric rating scale), NULL when the
    # question was skipped or the session saved before this step; and why it was stopped. A
    # change to these changes no day's mark, but the sessions trigger notes it; that costs one
    # mark redone.
    (
        "ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10)",
        "ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)",
        # Why the person stopped early ('it hurts'); NULL when they did not say.
        "ALTER TABLE sessions ADD COLUMN stopped_because TEXT",
    ),
)

SCHEMA_VERSION = len(STEPS)


class NewerSchemaError(Exception):
    """The database was written by a newer backpain-gui; this one must not change it."""

    def __init__(self, found: int) -> None:
        super().__init__(f"schema version {found}, newer than {SCHEMA_VERSION}")
        self.found = found


def schema_version(connection: sqlite3.Connection) -> int:
    """The number of the last step applied to the database."""
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the database up to SCHEMA_VERSION, one transaction per step.

    The connection must be in autocommit mode (isolation_level=None): the transactions here
    are explicit. NewerSchemaError for a database from a newer release.
    """
    found = schema_version(connection)
    while found != SCHEMA_VERSION:
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(found)
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Another copy of the app may have migrated while this one waited for the lock.
            found = schema_version(connection)
            if found < SCHEMA_VERSION:
                for statement in STEPS[found]:
                    connection.execute(statement)
                found += 1
                connection.execute(f"PRAGMA user_version = {found}")
            connection.execute("COMMIT")
        except BaseException:
            # SQLite rolls some failures (a full disk) back by itself.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
