"""A session left to run: the schedule, the events and the snapshots, told as stories."""

from __future__ import annotations

import json
import random

from backpain_gui.content.model import Breath, Routine, Side, Variant
from backpain_gui.session import (
    Event,
    EventKind,
    Outcome,
    Session,
    SessionSettings,
    SessionState,
    plan_session,
)
from tests.session.session_routines import SMALL_ROUTINE_SECONDS, START

K = EventKind


def run_all(session: Session, until: float, step: float = 0.25) -> list[Event]:
    """Advance in small steps from the session's start to `until` (clock time)."""
    events: list[Event] = []
    now = START
    while now < until:
        now = min(now + step, until)
        events += session.advance(now)
    return events


def started_session(
    routine: Routine, settings: SessionSettings | None = None
) -> tuple[Session, list[Event]]:
    session = Session(routine, settings)
    return session, session.start(START)


def test_the_session_opens_with_the_first_exercise_s_get_ready(routine: Routine) -> None:
    session, events = started_session(routine)
    assert [e.kind for e in events] == [K.SESSION_STARTED, K.GET_READY_STARTED]
    assert events[1].exercise_id == "tilt"
    assert events[1].seconds == 5.0
    assert all(e.at == START and e.session_time == 0.0 for e in events)
    shown = session.snapshot(START + 1.5)
    assert shown.state is SessionState.GET_READY
    assert shown.exercise is not None
    assert shown.exercise.id == "tilt"
    assert (shown.seconds_into, shown.seconds_left, shown.progress) == (1.5, 3.5, 0.3)
    assert shown.rep is None
    assert shown.phase is None


def test_an_uninterrupted_run_follows_the_plan_to_the_millisecond(routine: Routine) -> None:
    session, opening = started_session(routine)
    events = opening + run_all(session, START + 200)
    finished = events[-1]
    assert finished.kind is K.SESSION_FINISHED
    assert finished.session_time == plan_session(routine).total_seconds == SMALL_ROUTINE_SECONDS
    assert finished.at == START + SMALL_ROUTINE_SECONDS
    assert session.state is SessionState.FINISHED
    # The story of the first exercise, second by second.
    tilt = [
        (e.session_time, e.kind, e.rep, e.phase_index) for e in events if e.exercise_id == "tilt"
    ]
    assert tilt == [
        (0.0, K.GET_READY_STARTED, None, None),
        (5.0, K.EXERCISE_STARTED, None, None),
        (5.0, K.PHASE_STARTED, 1, 0),
        (7.0, K.PHASE_STARTED, 1, 1),
        (10.0, K.REP_COMPLETED, 1, None),
        (10.0, K.PHASE_STARTED, 2, 0),
        (12.0, K.PHASE_STARTED, 2, 1),
        (15.0, K.REP_COMPLETED, 2, None),
        (15.0, K.EXERCISE_COMPLETED, None, None),
        (15.0, K.REST_STARTED, None, None),
    ]
    rest = next(e for e in events if e.kind is K.REST_STARTED)
    assert (rest.next_exercise_id, rest.seconds) == ("rotation", 15.0)


def test_each_phase_starts_exactly_when_the_plan_says(routine: Routine) -> None:
    plan = plan_session(routine, SessionSettings(tempo=1.1))
    expected: list[float] = []
    t_ms = 0
    for exercise in plan.exercises:
        t_ms += exercise.get_ready_ms
        for side_number in range(len(exercise.sides)):
            if side_number:
                t_ms += exercise.switch_sides_ms
            for _ in range(exercise.reps):
                for phase in exercise.phases:
                    expected.append(START + t_ms / 1000)
                    t_ms += phase.ms
        t_ms += exercise.rest_ms
    session, _ = started_session(routine, SessionSettings(tempo=1.1))
    ticks = random.Random(7)
    events: list[Event] = []
    now = START
    while session.state is not SessionState.FINISHED:
        now += ticks.uniform(0.01, 0.25)
        events += session.advance(now)
    assert [e.at for e in events if e.kind is K.PHASE_STARTED] == expected


def test_advance_called_very_late_emits_every_due_event_with_its_due_time(
    routine: Routine,
) -> None:
    ticked, _ = started_session(routine)
    fine = run_all(ticked, START + 100, step=0.1)
    late, _ = started_session(routine)
    # The UI was busy for the whole session.
    jumped = late.advance(START + 100)
    assert jumped == fine
    assert late.snapshot(START + 100) == ticked.snapshot(START + 100)


def test_advance_late_lands_exactly_where_the_schedule_says(session: Session) -> None:
    # 37.5 s in: rotation, left side, rep 1, the out breath (36..38), half-way.
    session.advance(START + 37.5)
    shown = session.snapshot(START + 37.5)
    assert shown.state is SessionState.EXERCISING
    assert shown.exercise is not None
    assert shown.exercise.id == "rotation"
    assert (shown.side, shown.rep, shown.reps) == (Side.LEFT, 1, 2)
    assert (shown.phase_index, shown.phase_count, shown.breath) == (1, 3, Breath.OUT)
    assert (shown.seconds_into, shown.seconds_left, shown.progress) == (1.5, 0.5, 0.75)
    assert shown.elapsed == 37.5
    assert shown.session_seconds_left == SMALL_ROUTINE_SECONDS - 37.5
    # Rest of rotation: 0.5 + hold 1 + rep 2 (4) + switch 5 + 2 reps (8) + rest 15.
    assert shown.exercise_seconds_left == 33.5
    assert shown.next_exercise is not None
    assert shown.next_exercise.id == "bridge"


def test_a_two_sided_exercise_switches_sides_then_does_the_same_reps(session: Session) -> None:
    shown = session.snapshot(START + 45)
    assert (shown.state, shown.side, shown.seconds_left) == (
        SessionState.SWITCH_SIDES,
        Side.RIGHT,
        3.0,
    )
    assert shown.reps_done == (2, 0)
    events = session.advance(START + 71)
    rotation = [e for e in events if e.exercise_id == "rotation"]
    switch = next(e for e in rotation if e.kind is K.SIDE_SWITCHED)
    assert (switch.session_time, switch.side, switch.seconds) == (43.0, Side.RIGHT, 5.0)
    left = [e for e in rotation if e.kind is K.PHASE_STARTED and e.side is Side.LEFT]
    right = [e for e in rotation if e.kind is K.PHASE_STARTED and e.side is Side.RIGHT]
    assert [(e.rep, e.phase_index, e.breath) for e in left] == [
        (e.rep, e.phase_index, e.breath) for e in right
    ]
    assert len(right) == 2 * 3
    assert right[0].session_time == 48.0
    done = next(e for e in rotation if e.kind is K.EXERCISE_COMPLETED)
    assert done.reps_done == (2, 2)


def test_rest_previews_the_next_exercise(session: Session) -> None:
    shown = session.snapshot(START + 20)
    assert shown.state is SessionState.REST
    assert shown.exercise is not None
    assert shown.exercise.id == "tilt"
    assert shown.next_exercise is not None
    assert shown.next_exercise.id == "rotation"
    assert shown.next_variant is Variant.STANDARD
    assert (shown.seconds_left, shown.exercise_seconds_left) == (10.0, 10.0)
    assert [r.exercise_id for r in shown.records] == ["tilt"]


def test_at_the_finish_every_exercise_is_recorded_done_once(session: Session) -> None:
    session.advance(START + 500)
    shown = session.snapshot(START + 500)
    assert shown.state is SessionState.FINISHED
    assert shown.elapsed == SMALL_ROUTINE_SECONDS
    assert shown.session_seconds_left == 0.0
    assert [(r.exercise_id, r.outcome, r.reps_done, r.reps_target) for r in shown.records] == [
        ("tilt", Outcome.DONE, (2,), 2),
        ("rotation", Outcome.DONE, (2, 2), 2),
        ("bridge", Outcome.DONE, (3,), 3),
    ]
    # Seconds spent run from the get-ready start to the last rep (the rest is not counted).
    assert [r.seconds for r in shown.records] == [15.0, 26.0, 17.0]


def test_a_snapshot_changes_nothing(session: Session) -> None:
    before = session.snapshot(START + 33)
    assert session.snapshot(START + 33) == before
    # The snapshot saw ahead, but the events are still there for advance to report.
    reported = session.advance(START + 33)
    assert [e.kind for e in reported][:3] == [
        K.EXERCISE_STARTED,
        K.PHASE_STARTED,
        K.PHASE_STARTED,
    ]
    assert reported[-1].kind is K.GET_READY_STARTED
    assert session.snapshot(START + 33) == before


def test_time_never_goes_backwards(session: Session) -> None:
    session.advance(START + 12)
    assert session.advance(START + 3) == []
    assert session.snapshot(START + 3) == session.snapshot(START + 12)


def test_starting_twice_changes_nothing(session: Session) -> None:
    session.advance(START + 8)
    assert session.start(START + 9) == []
    assert session.snapshot(START + 9).elapsed == 9.0


def test_before_the_start_the_whole_session_lies_ahead(routine: Routine) -> None:
    session = Session(routine)
    shown = session.snapshot(START)
    assert shown.state is SessionState.NOT_STARTED
    assert shown.session_seconds_left == SMALL_ROUTINE_SECONDS
    assert shown.next_exercise is not None
    assert shown.next_exercise.id == "tilt"
    assert session.advance(START + 50) == []


def test_zero_length_pauses_are_passed_at_once(routine: Routine) -> None:
    settings = SessionSettings(get_ready_seconds=0, rest_seconds=0, switch_sides_seconds=0)
    session, events = started_session(routine, settings)
    assert [e.kind for e in events] == [
        K.SESSION_STARTED,
        K.GET_READY_STARTED,
        K.EXERCISE_STARTED,
        K.PHASE_STARTED,
    ]
    events = session.advance(START + 100)
    assert events[-1].session_time == plan_session(routine, settings).total_seconds == 38.0


def test_events_are_json_ready_with_enums_as_strings(session: Session) -> None:
    events = session.advance(START + 60)
    for event in events:
        as_dict = event.to_dict()
        assert json.loads(json.dumps(as_dict)) == as_dict
    phase = next(e for e in events if e.kind is K.PHASE_STARTED and e.side is Side.LEFT)
    assert phase.to_dict() == {
        "kind": "phase_started",
        "at": START + 35.0,
        "session_time": 35.0,
        "exercise_index": 1,
        "exercise_id": "rotation",
        "variant": "standard",
        "side": "left",
        "rep": 1,
        "reps": 2,
        "phase_index": 0,
        "phase_count": 3,
        "breath": "in",
        "seconds": 1.0,
    }
