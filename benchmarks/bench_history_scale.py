"""History work that must not grow with the sessions saved, on a history of 100,000
sessions (five exercises each, ten a day) made here, each figure beside the same one for an
empty history, measured in the same run:

- the plan's data at start-up (open, "day N of 14", the streak, six weeks of marks), and the
  History window opening (offscreen, first page listed): under 300 ms, and for the plan no
  more than 50 ms over the empty history;
- `backpain-gui history --csv` in a process of its own: under 2x the time and 50 MB of
  sqlite3's own command reading the same rows; the streamed export (`write_csv` over
  `History.each_session()`) beside it, the same work without the command's wiring.

The first read after the sessions are made works out each session's mark once (what an
upgraded database does once); that is shown too, and not counted in the figures after it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from backpain_gui.storage.database import DATABASE_NAME
from backpain_gui.storage.history import History

Row = tuple[str, str, str, bool]
SESSIONS = 100_000
PER_DAY = 10
EXERCISES = ("tilt", "rotation", "bridge", "side-bend", "swimming")
TODAY = date(2026, 11, 20)
ROUTINE = "Pilates for back pain"
ROOT = Path(__file__).resolve().parents[1]
OPEN_TARGET_MS = 300.0
PLAN_OVER_EMPTY_MS = 50.0
CSV_RSS_TARGET_MB = 50.0
# Each session's joined rows, as `history --csv` reads them.
JOINED = (
    "SELECT * FROM sessions LEFT JOIN exercises ON exercises.session_id = sessions.id"
    " ORDER BY sessions.id, exercises.id"
)


def make_history(folder: Path, sessions: int) -> None:
    """A history of `sessions` finished sessions, the newest today, in one transaction."""
    History.open(folder).close()
    first = TODAY - timedelta(days=sessions // PER_DAY)
    offset = datetime.now().astimezone().strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}"

    def session_rows() -> object:
        for number in range(sessions):
            day = first + timedelta(days=number // PER_DAY)
            started = f"{day.isoformat()}T{7 + number % PER_DAY:02d}:00:00{offset}"
            ended = f"{day.isoformat()}T{7 + number % PER_DAY:02d}:10:00{offset}"
            yield (number + 1, started, ended, "finished", ROUTINE, len(EXERCISES), 600.0)

    def exercise_rows() -> object:
        for number in range(sessions):
            day = first + timedelta(days=number // PER_DAY)
            ended = f"{day.isoformat()}T{7 + number % PER_DAY:02d}:05:00{offset}"
            for position, exercise in enumerate(EXERCISES):
                yield (number + 1, position, exercise, exercise.title(), "done", "standard",
                       "", "10", 10, 90.0, ended)  # fmt: skip

    with closing(sqlite3.connect(folder / DATABASE_NAME, isolation_level=None)) as connection:
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO sessions (id, started_at, ended_at, status, routine, planned_exercises,"
            " active_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
            session_rows(),  # type: ignore[arg-type]
        )
        connection.executemany(
            "INSERT INTO exercises (session_id, position, exercise_id, name, outcome, variant,"
            " sides, reps_done, reps_target, seconds, ended_at) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            exercise_rows(),  # type: ignore[arg-type]
        )
        connection.execute("COMMIT")


def first_read_ms(folder: Path) -> float:
    """The first open and plan read after the rows were made: the whole file checked, and
    every session's mark worked out, once."""
    began = time.perf_counter()
    history = History.open(folder)
    history.progress(ROUTINE, TODAY, 14)
    history.close()
    return (time.perf_counter() - began) * 1000


def probe(folder: Path) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.history_probe", str(folder), TODAY.isoformat()],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: dict[str, float] = json.loads(completed.stdout.splitlines()[-1])
    return result


# Runs one command with its output thrown away, and prints its wall time and its peak RSS:
# the wrapper's only child is the command, so RUSAGE_CHILDREN is the command's alone.
_TIMED = """
import json, resource, subprocess, sys, time
began = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
took = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps([took, peak]))
"""


def timed(command: list[str], folder: Path) -> tuple[float, float]:
    """The best of three runs' seconds, and the peak RSS in MB, of `command`."""
    runs = []
    for _ in range(3):
        completed = subprocess.run(
            [sys.executable, "-c", _TIMED, *command],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "BACKPAIN_GUI_DATA_DIR": str(folder)},
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        took, peak_kib = json.loads(completed.stdout)
        runs.append((took, peak_kib / 1024))
    return min(run[0] for run in runs), max(run[1] for run in runs)


_STREAMED = """
import sys
from backpain_gui.storage.export import write_csv
from backpain_gui.storage.history import History
history = History.open()
write_csv(history.each_session(), sys.stdout)
history.close()
"""


def measure() -> list[Row]:
    """Rows of (what, measured, target, met)."""
    with tempfile.TemporaryDirectory() as scratch:
        full, empty = Path(scratch, "full"), Path(scratch, "empty")
        began = time.perf_counter()
        make_history(full, SESSIONS)
        made_s = time.perf_counter() - began
        History.open(empty).close()
        once = first_read_ms(full)
        floor, big = probe(empty), probe(full)
        sqlite = shutil.which("sqlite3")
        floor_csv = (
            timed([sqlite, "-csv", str(full / DATABASE_NAME), JOINED], full) if sqlite else None
        )
        command = timed([sys.executable, "-m", "backpain_gui", "history", "--csv"], full)
        streamed = timed([sys.executable, "-c", _STREAMED], full)
        listing = timed([sys.executable, "-m", "backpain_gui", "history"], full)
        empty_csv = timed([sys.executable, "-m", "backpain_gui", "history", "--csv"], empty)
    rows: list[Row] = [
        (f"{SESSIONS:,} sessions made (one transaction)", f"{made_s:.1f} s", "-", True),
        ("first read after: file checked, marks worked out", f"{once / 1000:.1f} s", "once", True),
    ]
    plan_over = big["plan_ms"] - floor["plan_ms"]
    rows += [
        (
            "plan data at start-up, 100k sessions",
            f"{big['plan_ms']:.1f} ms (empty {floor['plan_ms']:.1f} ms)",
            f"< empty + {PLAN_OVER_EMPTY_MS:.0f} ms",
            plan_over < PLAN_OVER_EMPTY_MS,
        ),
        (
            "History window open, 100k sessions",
            f"{big['window_ms']:.0f} ms (empty {floor['window_ms']:.0f} ms),"
            f" {big['listed']:.0f} listed",
            f"< {OPEN_TARGET_MS:.0f} ms",
            big["window_ms"] < OPEN_TARGET_MS,
        ),
    ]
    for what, (took, peak) in (
        ("history --csv, 100k sessions", command),
        ("streamed export (each_session), 100k", streamed),
    ):
        if floor_csv is None:
            rows.append((what, f"{took:.2f} s, {peak:.0f} MB", "no sqlite3 to compare", False))
            continue
        ratio = took / floor_csv[0]
        rows.append(
            (
                what,
                f"{took:.2f} s, {peak:.0f} MB (sqlite3 {floor_csv[0]:.2f} s,"
                f" {floor_csv[1]:.0f} MB)",
                f"< 2x sqlite3, < {CSV_RSS_TARGET_MB:.0f} MB",
                ratio < 2 and peak < CSV_RSS_TARGET_MB,
            )
        )
    rows += [
        (
            "history (list), 100k sessions",
            f"{listing[0]:.2f} s, {listing[1]:.0f} MB",
            f"< {CSV_RSS_TARGET_MB:.0f} MB",
            listing[1] < CSV_RSS_TARGET_MB,
        ),
        ("history --csv, empty history", f"{empty_csv[0]:.2f} s, {empty_csv[1]:.0f} MB", "-", True),
    ]
    return rows


if __name__ == "__main__":
    for row in measure():
        print(row)
