"""Opening the history database: WAL, a busy timeout, the schema brought up to date, a
corrupt file moved aside for a fresh one, and a folder or file that cannot be written read if
it can. Whatever is wrong with the file is named: a folder in its place, no permission to read
or write it, an emptied file, a table gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
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
# Beside the database: its size and modification time when the app last closed it with the
# log merged back, so that the next open can tell the file is as the app left it.
CHECKED_SUFFIX = "-checked"

_CORRUPT_ERRORS = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
# The tables and columns the history reads; a database without them cannot be read or written.
REQUIRED_COLUMNS = {
    "sessions": (
        "id", "started_at", "ended_at", "status", "routine", "planned_exercises", "active_seconds"
    ),
    "exercises": (
        "id", "session_id", "position", "exercise_id", "name", "outcome", "variant", "sides",
        "reps_done", "reps_target", "seconds", "ended_at", "redone",
    ),
}  # fmt: skip
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


class HistoryUnavailable(Exception):
    """History cannot be kept this run; the message says why and what to do about it."""


class _CorruptDatabase(Exception):
    """SQLite's integrity check found damage."""


class _MissingTables(Exception):
    """The schema's version is current, but tables or columns it needs are not there."""


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    """An open history database, and what the user should be told about opening it."""

    connection: sqlite3.Connection
    # Where a corrupt database was moved to before a fresh one was made.
    moved_aside: Path | None = None
    # Why the database is only readable this run; None when it can be written.
    read_only_because: str | None = None
    # The file was there but held 0 bytes: whatever was in it is gone, and a new one started.
    was_empty: bool = False


def open_database(folder: Path, now: datetime) -> OpenedDatabase:
    """Open (or create) the history database in `folder`, ready to write.

    A corrupt database is moved aside with `now` in its name and a new one made. When the
    folder or the file cannot be written, the existing database is opened to read only. Raises
    HistoryUnavailable when neither works, or when the file cannot be read at all.
    """
    path = folder / DATABASE_NAME
    if folder.exists() and not folder.is_dir():
        raise HistoryUnavailable(
            f"The history folder {folder} is a file, not a folder. Sessions are not saved "
            "until it is moved away, or BACKPAIN_GUI_DATA_DIR names a folder; then restart "
            "backpain-gui."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise HistoryUnavailable(why_not_written(error, folder)) from error
    was_empty = _check_file(path)
    if path.exists() and not _writable(path) and not _on_read_only_disk(folder):
        return _open_read_only(path, _read_only_file_words(path))
    try:
        return OpenedDatabase(_open_writable(path), was_empty=was_empty)
    except NewerSchemaError as error:
        raise HistoryUnavailable(
            f"Your history was written by a newer backpain-gui (schema {error.found}); "
            f"this version leaves {path} untouched. Update backpain-gui to keep your history."
        ) from error
    except _MissingTables as error:
        raise HistoryUnavailable(_missing_tables_words(path, error)) from error
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
    except (sqlite3.Error, OSError, _CorruptDatabase, NewerSchemaError, _MissingTables) as error:
        raise HistoryUnavailable(
            f"{why_not_written(error, folder)} Your damaged history was moved to {moved}."
        ) from error


def _check_file(path: Path) -> bool:
    """Refuse a history file that cannot be opened at all, by name; whether it is empty."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return False
    except OSError as error:
        raise HistoryUnavailable(
            f"Your history database {path} cannot be reached ({error.strerror}). "
            "Sessions are not saved until it can; restart backpain-gui once it is fixed."
        ) from error
    if not stat.S_ISREG(found.st_mode):
        kind = "a folder" if stat.S_ISDIR(found.st_mode) else "not a file"
        raise HistoryUnavailable(
            f"Your history database {path} is {kind}, not a database. Sessions are not saved "
            "until it is moved out of the way; then restart backpain-gui to start a history."
        )
    if not os.access(path, os.R_OK):
        raise HistoryUnavailable(
            f"Your history database {path} cannot be read: you have no permission to read it. "
            f"Sessions are not saved until you do: give yourself read and write permission "
            f"(chmod u+rw {path}), then restart backpain-gui."
        )
    return found.st_size == 0


def _read_only_file_words(path: Path) -> str:
    return (
        f"Your history database {path} is read-only: you have no permission to change it. "
        f"Give yourself write permission (chmod u+w {path}), then restart backpain-gui to "
        "keep your history."
    )


def _missing_tables_words(path: Path, error: _MissingTables) -> str:
    return (
        f"Your history database {path} is damaged: {error}. It was changed by another program "
        "or only partly restored, and is left as it is. Sessions are not saved until it is "
        "put right or moved away (a new history is then started); restart backpain-gui after."
    )


def _open_writable(path: Path) -> sqlite3.Connection:
    # Autocommit: every write is its own transaction, committed when the statement returns.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        # Read-only checks first: a damaged file or a newer release's is left exactly as found.
        _check_integrity(connection, path)
        found = schema_version(connection)
        if found > SCHEMA_VERSION:
            raise NewerSchemaError(found)
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL syncs the log at every commit: a power cut keeps what was committed.
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection)
        _check_tables(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    # quick_check reads every page: a second for a history of 100,000 sessions, so it runs
    # only when the file is not as this app last closed it (another program wrote it, a backup
    # was restored, a copy was cut short, the app did not close it) or a read found damage
    # (`forget_checked`). That is safe enough: between the app's own clean close and its next
    # open nothing but the disk itself can damage the file, and damage there is found by the
    # read that meets it, named to the user, and checked in full at the next start. Reading
    # the schema's version below still refuses, at every open, a file that is no database.
    stamp = _stamp(path)
    if stamp is not None and stamp == _checked_stamp(path):
        return
    problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise _CorruptDatabase("; ".join(str(problem) for problem in problems[:3]))


def _stamp(path: Path) -> str | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return f"{found.st_ino} {found.st_size} {found.st_mtime_ns}"


def _checked_stamp(path: Path) -> str | None:
    try:
        return path.with_name(path.name + CHECKED_SUFFIX).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def closed_cleanly(path: Path) -> None:
    """Note the database as the app leaves it, its log merged back: the next open need not
    check every page. Called after the app's connection is closed."""
    if path.with_name(path.name + COMPANION_SUFFIXES[0]).exists():
        # Another connection still has it open (a second copy, the history command).
        return
    stamp = _stamp(path)
    if stamp is None:
        return
    with contextlib.suppress(OSError):
        path.with_name(path.name + CHECKED_SUFFIX).write_text(stamp + "\n", encoding="ascii")


def forget_checked(path: Path) -> None:
    """Have the next open check every page: a read found the file damaged."""
    with contextlib.suppress(OSError):
        path.with_name(path.name + CHECKED_SUFFIX).unlink(missing_ok=True)


def _check_tables(connection: sqlite3.Connection) -> None:
    missing: list[str] = []
    for table, columns in REQUIRED_COLUMNS.items():
        found = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        if not found:
            missing.append(f"its {table} table is missing")
        elif lost := [column for column in columns if column not in found]:
            missing.append(f"its {table} table has no {', '.join(lost)} column")
    if missing:
        raise _MissingTables("; ".join(missing))


def _open_read_only(path: Path, why: str) -> OpenedDatabase:
    """The database opened only to read, so the plan still shows what was saved."""
    if not path.is_file():
        raise HistoryUnavailable(why)
    # A WAL database normally needs its shared-memory file, which a read-only folder cannot
    # hold; `immutable` reads the main file alone. Rows still in the log after a crash show
    # again once the folder can be written and the log is merged back.
    for options in ("mode=ro", "immutable=1"):
        try:
            connection = sqlite3.connect(
                f"{path.as_uri()}?{options}", uri=True, isolation_level=None
            )
        except sqlite3.Error:
            continue
        try:
            version = schema_version(connection)
            if 1 <= version <= SCHEMA_VERSION:
                _check_tables(connection)
                return OpenedDatabase(connection, read_only_because=why)
        except _MissingTables as error:
            connection.close()
            raise HistoryUnavailable(_missing_tables_words(path, error)) from error
        except sqlite3.Error:
            pass
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
    forget_checked(path)
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
    path = folder / DATABASE_NAME
    if name == "SQLITE_FULL" or number in _FULL_ERRNOS or _free_bytes(folder) == 0:
        return (
            f"The disk that holds {folder} is full. "
            "Free some space, then restart backpain-gui to keep your history."
        )
    if _on_read_only_disk(folder) or not _writable(folder):
        return _read_only_folder_words(folder)
    if path.is_file() and not _writable(path):
        return _read_only_file_words(path)
    if name.startswith("SQLITE_READONLY") or number in _READ_ONLY_ERRNOS:
        return _read_only_folder_words(folder)
    if is_busy(error):
        return (
            "Another program kept the history database locked for more than "
            f"{BUSY_TIMEOUT_SECONDS:g} seconds. Close other copies of backpain-gui, "
            "then restart it."
        )
    return f"The history database in {folder} could not be written ({error})."


def why_not_read(error: BaseException, path: Path) -> str:
    """Why saved sessions could not be read back, in the user's words."""
    return (
        f"Your history database {path} could not be read ({error}). It is left as it is; "
        "restart backpain-gui, and if this stays, move the file away to start a new history."
    )


def is_busy(error: BaseException) -> bool:
    """Whether SQLite gave up waiting for a lock another connection holds."""
    name = str(getattr(error, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _read_only_folder_words(folder: Path) -> str:
    return (
        f"The folder {folder} cannot be written (it is read-only). Make it writable, or set "
        "BACKPAIN_GUI_DATA_DIR to a folder you can write, then restart backpain-gui."
    )


def _free_bytes(folder: Path) -> int | None:
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None:
        return None
    try:
        return shutil.disk_usage(existing).free
    except OSError:
        return None


def _writable(path: Path) -> bool:
    existing = next((p for p in (path, *path.parents) if p.exists()), path)
    # access() reports a read-only file system even to root, who passes every mode check.
    return os.access(existing, os.W_OK)


def _on_read_only_disk(folder: Path) -> bool:
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None:
        return False
    try:
        return bool(os.statvfs(existing).f_flag & os.ST_RDONLY)
    except OSError:
        return False
