"""Opening the history database: WAL, a busy timeout, the schema brought up to date, a
corrupt file moved aside for a fresh one, and a folder that cannot be written read if it can.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from backpain_gui.storage.migrations import (
    SCHEMA_VERSION,
    NewerSchemaError,
    migrate,
    schema_version,
)

DATABASE_NAME = "history.sqlite3"
# Another copy of the app holds the write lock for milliseconds at a time; five seconds is
# far beyond that, and still short enough that a stuck lock is reported, not waited out.
BUSY_TIMEOUT_SECONDS = 5.0
# SQLite keeps a write-ahead log and a shared-memory index beside the database file.
COMPANION_SUFFIXES = ("-wal", "-shm")

_CORRUPT_ERRORS = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class HistoryUnavailable(Exception):
    """History cannot be kept this run; the message says why and what to do about it."""


class _CorruptDatabase(Exception):
    """SQLite's integrity check found damage."""


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    """An open history database, and what the user should be told about opening it."""

    connection: sqlite3.Connection
    # Where a corrupt database was moved to before a fresh one was made.
    moved_aside: Path | None = None
    # Why the database is only readable this run; None when it can be written.
    read_only_because: str | None = None


def open_database(folder: Path, now: datetime) -> OpenedDatabase:
    """Open (or create) the history database in `folder`, ready to write.

    A corrupt database is moved aside with `now` in its name and a new one made. When the
    folder cannot be written, the existing database is opened to read only. Raises
    HistoryUnavailable when neither works.
    """
    path = folder / DATABASE_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return OpenedDatabase(_open_writable(path))
    except NewerSchemaError as error:
        raise HistoryUnavailable(
            f"Your history was written by a newer backpain-gui (schema {error.found}); "
            f"this version leaves {path} untouched. Update backpain-gui to keep your history."
        ) from error
    except (sqlite3.Error, OSError, _CorruptDatabase) as error:
        if not _is_corrupt(error):
            return _open_read_only(path, why_not_written(error, folder))
    try:
        moved = move_aside(path, now)
    except OSError as error:
        raise HistoryUnavailable(
            f"Your history database {path} is damaged, and it could not be moved aside "
            f"({error.strerror}). Move it away yourself, then restart backpain-gui."
        ) from error
    try:
        return OpenedDatabase(_open_writable(path), moved_aside=moved)
    except (sqlite3.Error, OSError, _CorruptDatabase, NewerSchemaError) as error:
        raise HistoryUnavailable(
            f"{why_not_written(error, folder)} Your damaged history was moved to {moved}."
        ) from error


def _open_writable(path: Path) -> sqlite3.Connection:
    # Autocommit: every write is its own transaction, committed when the statement returns.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        # Read-only checks first: a damaged file or a newer release's is left exactly as found.
        _check_integrity(connection)
        found = schema_version(connection)
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(found)
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL syncs the log at every commit: a power cut keeps what was committed.
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _check_integrity(connection: sqlite3.Connection) -> None:
    # quick_check reads every page but skips the index cross-checks: milliseconds for a
    # history, and it finds the damage that would otherwise surface mid-session.
    problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise _CorruptDatabase("; ".join(str(problem) for problem in problems[:3]))


def _open_read_only(path: Path, why: str) -> OpenedDatabase:
    """The database opened only to read, so the plan still shows what was saved."""
    if not path.is_file():
        raise HistoryUnavailable(why)
    # A WAL database normally needs its shared-memory file, which a read-only folder cannot
    # hold; `immutable` reads the main file alone. Rows still in the log after a crash show
    # again once the folder can be written and the log is merged back.
    for options in ("mode=ro", "immutable=1"):
        connection = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True, isolation_level=None)
        try:
            version = schema_version(connection)
            connection.execute("SELECT count(*) FROM sessions").fetchone()
        except sqlite3.Error:
            connection.close()
            continue
        if 1 <= version <= SCHEMA_VERSION:
            return OpenedDatabase(connection, read_only_because=why)
        connection.close()
    raise HistoryUnavailable(why)


def _is_corrupt(error: BaseException) -> bool:
    if isinstance(error, _CorruptDatabase):
        return True
    return getattr(error, "sqlite_errorname", None) in _CORRUPT_ERRORS


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its log files) out of the way; its new path."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.stem}-corrupt-{stamp}{path.suffix}")
    count = 1
    while moved.exists():
        count += 1
        moved = path.with_name(f"{path.stem}-corrupt-{stamp}-{count}{path.suffix}")
    path.rename(moved)
    # The log belongs with its database: kept beside it under the matching name, so that
    # opening the moved file still sees every page it had.
    for suffix in COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(moved.with_name(moved.name + suffix))
    return moved


def why_not_written(error: BaseException, folder: Path) -> str:
    """Why the history cannot be written, and what to do about it, in the user's words."""
    name = str(getattr(error, "sqlite_errorname", ""))
    number = getattr(error, "errno", None)
    if name == "SQLITE_FULL" or number in _FULL_ERRNOS or _free_bytes(folder) == 0:
        return (
            f"The disk that holds {folder} is full. "
            "Free some space, then restart backpain-gui to keep your history."
        )
    if name.startswith("SQLITE_READONLY") or number in _READ_ONLY_ERRNOS or not _writable(folder):
        return (
            f"The folder {folder} cannot be written (it is read-only). Make it writable, or set "
            "BACKPAIN_GUI_DATA_DIR to a folder you can write, then restart backpain-gui."
        )
    if name == "SQLITE_BUSY":
        return (
            "Another program kept the history database locked for more than "
            f"{BUSY_TIMEOUT_SECONDS:g} seconds. Close other copies of backpain-gui, "
            "then restart it."
        )
    return f"The history database in {folder} could not be written ({error})."


def _free_bytes(folder: Path) -> int | None:
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None:
        return None
    try:
        return shutil.disk_usage(existing).free
    except OSError:
        return None


def _writable(folder: Path) -> bool:
    existing = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    # access() reports a read-only file system even to root, who passes every mode check.
    return os.access(existing, os.W_OK)
