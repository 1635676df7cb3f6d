"""The history's write at an exercise boundary, on the UI thread: one small transaction each,
in a history two years of daily sessions long. Target: well under one 60 fps frame (16.7 ms).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from backpain_gui.content.model import Variant
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus

FRAME_MS = 1000 / 60
DAYS = 730
EXERCISES = 5


def _record(position: int) -> ExerciseRecord:
    return ExerciseRecord(
        position, f"exercise-{position}", Outcome.DONE, Variant.STANDARD, (None,), (10,), 10, 90.0
    )


def _session(history: History, timings: list[float]) -> None:
    """One session's writes, each one's milliseconds added to `timings`."""
    began = time.perf_counter()
    session = history.start_session("Pilates for back pain", EXERCISES)
    timings.append((time.perf_counter() - began) * 1000)
    assert session is not None
    for position in range(EXERCISES):
        began = time.perf_counter()
        history.record_exercise(session, _record(position), f"Exercise {position + 1}")
        timings.append((time.perf_counter() - began) * 1000)
    began = time.perf_counter()
    history.close_session(session, SessionStatus.FINISHED, 600.0)
    timings.append((time.perf_counter() - began) * 1000)


def measure() -> list[tuple[str, str, str, bool]]:
    """The median and the worst write of 50 sessions, after two years of them."""
    with tempfile.TemporaryDirectory() as folder:
        history = History.open(Path(folder))
        try:
            for _ in range(DAYS):
                _session(history, [])
            timings: list[float] = []
            for _ in range(50):
                _session(history, timings)
        finally:
            history.close()
    median = statistics.median(timings)
    worst = max(timings)
    quarter = FRAME_MS / 4
    return [
        ("history write, median", f"{median:.2f} ms", f"< {quarter:.1f} ms", median < quarter),
        ("history write, worst", f"{worst:.2f} ms", f"< {FRAME_MS:.1f} ms", worst < FRAME_MS),
    ]
