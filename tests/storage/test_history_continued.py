"""A session continued after a crash is saved into the interrupted session's row: one session
for the day, with the exercises of both parts, each once, and the time of both."""

from __future__ import annotations

import pytest

from backpain_gui.session import SessionSettings
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionEntry, SessionStatus
from tests.storage.history_runs import QUICK, RecordedRun, read_rows

# What the resume offer starts after a stop during rotation: rotation again, then bridge.
REST_OF_IT = SessionSettings(
    get_ready_seconds=1, switch_sides_seconds=1, rest_seconds=1, exercises=("rotation", "bridge")
)


def stopped_during_rotation(history: History) -> SessionEntry:
    """A session left at the kill: tilt saved, rotation under way, never closed."""
    run = RecordedRun(history)
    run.start()
    run.until_records(1)
    run.wait(3)
    (stopped,) = history.sessions()
    return stopped


def test_the_continued_session_goes_on_in_the_interrupted_ones_row(history: History) -> None:
    stopped = stopped_during_rotation(history)
    continued = RecordedRun(history, settings=REST_OF_IT, continues=stopped.id)
    continued.start()
    continued.until_records(2)
    assert read_rows(history.path, "SELECT id, status FROM sessions") == [(stopped.id, "finished")]
    (entry,) = history.sessions()
    assert (entry.started_at, entry.planned_exercises) == (stopped.started_at, 3)
    assert [(e.position, e.exercise_id, e.redone) for e in entry.exercises] == [
        (0, "tilt", False),
        (1, "rotation", False),
        (2, "bridge", False),
    ]
    # Both parts' time, each once: tilt's as saved, then the whole continued run.
    elapsed = continued.session.snapshot(continued.now).elapsed
    assert entry.active_seconds == pytest.approx(stopped.seconds + elapsed, abs=0.002)


def test_continuing_a_session_stopped_in_its_first_exercise_is_one_session(
    history: History,
) -> None:
    stopped = RecordedRun(history)
    stopped.start()
    stopped.wait(3)
    (interrupted,) = history.sessions()
    again = RecordedRun(history, settings=QUICK, continues=interrupted.id)
    again.start()
    again.until_records(3)
    (entry,) = history.sessions()
    assert entry.status is SessionStatus.FINISHED
    assert [e.exercise_id for e in entry.results] == ["tilt", "rotation", "bridge"]
    assert entry.active_seconds == again.session.snapshot(again.now).elapsed


def test_going_back_in_the_continued_part_redoes_only_its_own_exercises(
    history: History,
) -> None:
    stopped = stopped_during_rotation(history)
    continued = RecordedRun(history, settings=REST_OF_IT, continues=stopped.id)
    continued.start()
    continued.until_records(1)
    # Resting after rotation: back starts rotation again.
    continued.do(lambda session, now: session.back(now))
    continued.until_records(2)
    (entry,) = history.sessions()
    assert [(e.position, e.exercise_id, e.redone) for e in entry.exercises] == [
        (0, "tilt", False),
        (1, "rotation", True),
        (1, "rotation", False),
        (2, "bridge", False),
    ]


def test_a_session_not_continuing_one_is_a_session_of_its_own(history: History) -> None:
    stopped_during_rotation(history)
    fresh = RecordedRun(history, settings=REST_OF_IT)
    fresh.start()
    fresh.until_records(2)
    first, second = history.sessions()
    assert (first.status, second.status) == (SessionStatus.INTERRUPTED, SessionStatus.FINISHED)
    assert [e.exercise_id for e in first.results] == ["tilt"]
    assert [e.exercise_id for e in second.results] == ["rotation", "bridge"]


def test_a_session_closed_meanwhile_is_not_written_into(history: History) -> None:
    stopped = stopped_during_rotation(history)
    # Another copy of the app, which was still running it, closes it first.
    history.close_session(stopped.id, SessionStatus.ENDED, 12.0)
    continued = RecordedRun(history, settings=REST_OF_IT, continues=stopped.id)
    continued.start()
    continued.until_records(2)
    first, second = history.sessions()
    assert (first.status, first.seconds, len(first.exercises)) == (SessionStatus.ENDED, 12.0, 1)
    assert [e.exercise_id for e in second.results] == ["rotation", "bridge"]
