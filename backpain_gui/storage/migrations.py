"""The history database's schema: one numbered step for each release that changed it.

`PRAGMA user_version` holds the number of the last step applied (0: an empty file). Each step
runs in one transaction together with its version bump, so a database is always at a step
boundary, never half migrated; and two copies of the app opening an old database at once
migrate it once, because the version is read again after the write lock is taken.
"""

from __future__ import annotations

import sqlite3

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
