"""A session's history as it goes: a row when it starts, one per exercise as it ends, closed
at the end; going back marks rows redone, so the saved result is always the engine's."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_gui.content.model import Side, Variant
from backpain_gui.session import SessionState
from backpain_gui.session.records import Outcome
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus
from tests.storage.history_runs import RecordedRun, WallClock, read_rows


def test_each_exercise_is_in_the_database_the_moment_it_ends(history: History) -> None:
    run = RecordedRun(history)
    run.start()
    # Read as another program would: a connection of its own, so only committed rows show.
    (session,) = read_rows(history.path, "SELECT status, ended_at FROM sessions")
    assert session == ("interrupted", None)
    for count in (1, 2, 3):
        run.until_records(count)
        rows = read_rows(history.path, "SELECT exercise_id, outcome FROM exercises ORDER BY id")
        assert rows == [(record.exercise_id, "done") for record in run.records()]
    assert read_rows(history.path, "SELECT status FROM sessions") == [("finished",)]


def test_a_finished_session_reads_back_as_the_summary_showed_it(history: History) -> None:
    run = RecordedRun(history)
    run.start()
    run.until_records(3)
    (entry,) = history.sessions()
    assert entry.status is SessionStatus.FINISHED
    assert entry.routine == "Test routine"
    assert entry.planned_exercises == 3
    assert entry.active_seconds == run.session.snapshot(run.now).elapsed
    assert [e.name for e in entry.results] == ["Tilt", "Rotation", "Bridge"]
    rotation = entry.results[1]
    assert rotation.sides == (Side.LEFT, Side.RIGHT)
    assert rotation.reps_done == (2, 2)
    for saved, record in zip(entry.results, run.records(), strict=True):
        assert (saved.outcome, saved.variant, saved.reps_target) == (
            record.outcome,
            record.variant,
            record.reps_target,
        )
        assert saved.seconds == round(record.seconds, 3)


def test_ending_early_saves_the_exercise_left_partly_done_and_nothing_after(
    history: History,
) -> None:
    run = RecordedRun(history)
    run.start()
    run.until_records(1)
    # Into rotation's first side: get-ready 1 s, then one 4 s rep done.
    run.wait(1 + 1 + 4.5)
    run.do(lambda session, now: session.end(now))
    (entry,) = history.sessions()
    assert entry.status is SessionStatus.ENDED
    assert [(e.exercise_id, e.outcome, e.reps_done) for e in entry.results] == [
        ("tilt", Outcome.DONE, (2,)),
        ("rotation", Outcome.PARTIAL, (1, 0)),
    ]


def test_going_back_marks_the_attempts_redone_and_keeps_them(history: History) -> None:
    run = RecordedRun(history)
    run.start()
    run.until_records(2)
    # Rest after rotation: back restarts rotation, the record of it is dropped.
    run.do(lambda session, now: session.back(now))
    entry = history.sessions()[0]
    assert [(e.exercise_id, e.redone) for e in entry.exercises] == [
        ("tilt", False),
        ("rotation", True),
    ]
    run.do(lambda session, now: session.set_variant(now, Variant.MODIFICATION))
    run.until_records(3)
    entry = history.sessions()[0]
    assert [(e.exercise_id, e.variant) for e in entry.results] == [
        ("tilt", Variant.STANDARD),
        ("rotation", Variant.MODIFICATION),
        ("bridge", Variant.STANDARD),
    ]
    # The first attempt is still there, as done, for the time it took.
    assert [e.exercise_id for e in entry.exercises] == ["tilt", "rotation", "rotation", "bridge"]


def test_a_session_the_app_never_closed_reads_as_interrupted(history: History) -> None:
    run = RecordedRun(history)
    run.start()
    run.until_records(1)
    run.wait(3)
    (entry,) = history.sessions()
    assert entry.status is SessionStatus.INTERRUPTED
    assert entry.ended_at is None
    # Its time is that of the exercises saved: the rest is not known.
    assert entry.seconds == entry.results[0].seconds


CLOSED_AS = {SessionState.FINISHED: SessionStatus.FINISHED, SessionState.ENDED: SessionStatus.ENDED}

COMMANDS = {
    "skip": lambda session, now: session.skip(now),
    "back": lambda session, now: session.back(now),
    "restart": lambda session, now: session.restart_exercise(now),
    "modification": lambda session, now: session.set_variant(now, Variant.MODIFICATION),
    "pause": lambda session, now: session.toggle_pause(now),
}


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 12, allow_nan=False), st.sampled_from(sorted(COMMANDS))),
        max_size=12,
    ),
    st.booleans(),
)
def test_the_saved_result_is_always_the_engines_records(
    steps: list[tuple[float, str]], end_early: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        history = History.open(Path(folder))
        try:
            run = RecordedRun(history)
            run.start()
            for wait, name in steps:
                run.wait(wait)
                run.recording.on_events(COMMANDS[name](run.session, run.now).events)
            if end_early:
                run.recording.on_events(run.session.end(run.now).events)
            (entry,) = history.sessions()
            records = run.records()
            assert [
                (e.position, e.exercise_id, e.outcome, e.variant, e.reps_done)
                for e in entry.results
            ] == [
                (r.exercise_index, r.exercise_id, r.outcome, r.variant, r.reps_done)
                for r in records
            ]
            assert [e.seconds for e in entry.results] == [round(r.seconds, 3) for r in records]
            assert entry.status is CLOSED_AS.get(run.session.state, SessionStatus.INTERRUPTED)
        finally:
            history.close()


def test_a_wall_clock_set_back_mid_session_never_ends_it_before_it_began(tmp_path: Path) -> None:
    began = datetime(2026, 11, 3, 8, 0).astimezone()
    wall = WallClock(began)
    history = History.open(tmp_path, clock=wall)
    try:
        run = RecordedRun(history)
        run.start()
        wall.now = began + timedelta(minutes=2)
        run.until_records(1)
        # The clock is put back an hour (a time server, a hand): the rest is stamped no earlier.
        wall.now = began - timedelta(hours=1)
        run.until_records(3)
        (entry,) = history.sessions()
        assert entry.ended_at == began + timedelta(minutes=2)
        stamps = [entry.started_at, *(e.ended_at for e in entry.exercises), entry.ended_at]
        assert stamps == sorted(stamps)
    finally:
        history.close()


def test_a_session_continued_after_the_clock_went_back_ends_after_it_began(
    tmp_path: Path,
) -> None:
    began = datetime(2026, 11, 3, 8, 0).astimezone()
    wall = WallClock(began)
    history = History.open(tmp_path, clock=wall)
    try:
        stopped = RecordedRun(history)
        stopped.start()
        stopped.until_records(1)
        (interrupted,) = history.sessions()
    finally:
        history.close()
    # Another run of the app, its clock an hour behind, carries the session on.
    wall.now = began - timedelta(hours=1)
    reopened = History.open(tmp_path, clock=wall)
    try:
        continued = RecordedRun(reopened, continues=interrupted.id)
        continued.start()
        continued.until_records(3)
        (entry,) = reopened.sessions()
        assert entry.ended_at is not None
        assert entry.ended_at >= entry.started_at
        assert all(e.ended_at >= entry.started_at for e in entry.exercises)
    finally:
        reopened.close()
