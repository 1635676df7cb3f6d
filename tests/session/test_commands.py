"""Skip, back, restart, variant and end, in every state, told as stories."""

from __future__ import annotations

import pytest

from backpain_gui.content.model import Breath, Routine, Side, Variant
from backpain_gui.session import (
    Command,
    CommandResult,
    EventKind,
    Outcome,
    Session,
    SessionSettings,
    SessionState,
)
from tests.session.session_routines import START

K = EventKind


def exercise_id(session: Session, now: float) -> str | None:
    shown = session.snapshot(now)
    return shown.exercise.id if shown.exercise else None


def records(session: Session, now: float) -> list[tuple[str, Outcome]]:
    return [(r.exercise_id, r.outcome) for r in session.snapshot(now).records]


# Skip.


def test_skip_during_get_ready_records_the_exercise_skipped(session: Session) -> None:
    result = session.skip(START + 2)
    assert (result.applied, result.reason) == (True, "skipped Tilt; next: Rotation")
    assert [(e.kind, e.exercise_id) for e in result.events] == [
        (K.EXERCISE_SKIPPED, "tilt"),
        (K.GET_READY_STARTED, "rotation"),
    ]
    skipped = result.events[0]
    assert (skipped.outcome, skipped.reps_done, skipped.at) == (Outcome.SKIPPED, (0,), START + 2)
    assert records(session, START + 2) == [("tilt", Outcome.SKIPPED)]
    assert session.snapshot(START + 3).seconds_into == 1.0


def test_skip_mid_exercise_after_a_rep_records_it_partial(session: Session) -> None:
    result = session.skip(START + 11)
    assert result.events[-2].outcome is Outcome.PARTIAL
    assert result.events[-2].reps_done == (1,)
    (record,) = session.snapshot(START + 11).records
    assert (record.outcome, record.reps_done, record.seconds) == (Outcome.PARTIAL, (1,), 11.0)


def test_skip_during_rest_goes_to_the_next_get_ready_and_keeps_the_record(
    session: Session,
) -> None:
    result = session.skip(START + 20)
    assert result.reason == "skipped rest; next: Rotation"
    assert [e.kind for e in result.events][-1:] == [K.GET_READY_STARTED]
    assert K.EXERCISE_SKIPPED not in [e.kind for e in result.events]
    assert records(session, START + 20) == [("tilt", Outcome.DONE)]


def test_skip_on_the_last_exercise_finishes_the_session(session: Session) -> None:
    session.advance(START + 78)
    result = session.skip(START + 78)
    assert [e.kind for e in result.events] == [K.EXERCISE_SKIPPED, K.SESSION_FINISHED]
    assert session.state is SessionState.FINISHED
    assert records(session, START + 78) == [
        ("tilt", Outcome.DONE),
        ("rotation", Outcome.DONE),
        ("bridge", Outcome.SKIPPED),
    ]


def test_skip_while_paused_applies_and_stays_paused(session: Session) -> None:
    session.pause(START + 8)
    result = session.skip(START + 40)
    assert result.applied
    # Stamped when it was pressed, at the session time the pause froze.
    assert {(e.at, e.session_time) for e in result.events} == {(START + 40, 8.0)}
    shown = session.snapshot(START + 90)
    assert (shown.paused, shown.state, shown.seconds_left) == (True, SessionState.GET_READY, 5.0)
    assert exercise_id(session, START + 90) == "rotation"


# Back.


def test_back_within_3_s_of_the_first_exercise_restarts_it(session: Session) -> None:
    result = session.back(START + 2)
    assert result.applied
    assert result.reason == "restarting Tilt; there is no exercise before it"
    assert [e.kind for e in result.events] == [K.EXERCISE_RESTARTED, K.GET_READY_STARTED]
    assert session.snapshot(START + 2).seconds_left == 5.0


def test_back_within_3_s_goes_to_the_previous_exercise(session: Session) -> None:
    session.advance(START + 32)  # Rotation's get-ready began at 30.
    result = session.back(START + 32)
    assert result.reason == "back to Tilt"
    assert [(e.kind, e.exercise_id) for e in result.events] == [
        (K.EXERCISE_RESTARTED, "tilt"),
        (K.GET_READY_STARTED, "tilt"),
    ]
    # Tilt will be done again, so its record is gone until then.
    assert records(session, START + 32) == []
    assert exercise_id(session, START + 32) == "tilt"


def test_back_after_3_s_restarts_this_exercise(session: Session) -> None:
    session.advance(START + 36)
    result = session.back(START + 36)
    assert result.reason == "restarting Rotation"
    restarted = result.events[0]
    assert (restarted.kind, restarted.exercise_id) == (K.EXERCISE_RESTARTED, "rotation")
    assert records(session, START + 36) == [("tilt", Outcome.DONE)]
    shown = session.snapshot(START + 37)
    assert (shown.state, shown.seconds_into, shown.reps_done) == (
        SessionState.GET_READY,
        1.0,
        (0, 0),
    )


def test_back_at_exactly_3_s_restarts_this_exercise(session: Session) -> None:
    assert session.back(START + 33).reason == "restarting Rotation"


def test_back_during_rest_restarts_the_exercise_just_finished(session: Session) -> None:
    result = session.back(START + 16)
    assert result.reason == "restarting Tilt"
    assert records(session, START + 16) == []
    assert session.snapshot(START + 16).state is SessionState.GET_READY


def test_back_while_paused_measures_3_s_in_session_time(session: Session) -> None:
    session.advance(START + 31)
    session.pause(START + 31)
    # A long pause does not use up the 3 s: 1 s of session time has passed.
    result = session.back(START + 300)
    assert result.reason == "back to Tilt"
    assert session.snapshot(START + 400).paused


# Restart.


def test_restart_mid_exercise_starts_it_over(session: Session) -> None:
    session.advance(START + 11)
    result = session.restart_exercise(START + 11)
    assert result.command is Command.RESTART_EXERCISE
    assert result.events[0].reps_done == (1,)
    events = session.advance(START + 20)
    assert [e.session_time for e in events if e.kind is K.EXERCISE_STARTED] == [16.0]


def test_restart_during_rest_restarts_the_exercise_just_finished(session: Session) -> None:
    session.advance(START + 20)
    result = session.restart_exercise(START + 20)
    assert result.reason == "restarting Tilt"
    restarted = result.events[0]
    assert (restarted.kind, restarted.reps_done) == (K.EXERCISE_RESTARTED, None)


# Variant.


def test_a_variant_change_mid_rep_waits_for_the_next_rep(session: Session) -> None:
    result = session.set_variant(START + 6, Variant.MODIFICATION)
    assert result.applied
    assert result.reason == "Tilt: modification from the next rep"
    assert K.VARIANT_CHANGED not in [e.kind for e in result.events]
    shown = session.snapshot(START + 6)
    assert (shown.variant, shown.pending_variant) == (Variant.STANDARD, Variant.MODIFICATION)
    # Standard rep 1 (5..10), then rep 2 in the modification (1 s + 1 s).
    assert shown.exercise_seconds_left == 4 + 2 + 15
    events = session.advance(START + 12)
    assert [(e.kind, e.session_time, e.variant) for e in events] == [
        (K.PHASE_STARTED, 7.0, Variant.STANDARD),
        (K.REP_COMPLETED, 10.0, Variant.STANDARD),
        (K.VARIANT_CHANGED, 10.0, Variant.MODIFICATION),
        (K.PHASE_STARTED, 10.0, Variant.MODIFICATION),
        (K.PHASE_STARTED, 11.0, Variant.MODIFICATION),
        (K.REP_COMPLETED, 12.0, Variant.MODIFICATION),
        (K.EXERCISE_COMPLETED, 12.0, Variant.MODIFICATION),
        (K.REST_STARTED, 12.0, Variant.MODIFICATION),
    ]


def test_a_variant_change_during_get_ready_applies_at_once(session: Session) -> None:
    result = session.set_variant(START + 1, Variant.MODIFICATION)
    assert [(e.kind, e.variant, e.at) for e in result.events] == [
        (K.VARIANT_CHANGED, Variant.MODIFICATION, START + 1)
    ]
    shown = session.snapshot(START + 1)
    assert (shown.variant, shown.pending_variant) == (Variant.MODIFICATION, None)
    assert shown.exercise_seconds_left == 4 + 2 * 2 + 15


def test_a_variant_change_during_rest_applies_to_the_upcoming_exercise(session: Session) -> None:
    session.advance(START + 20)
    result = session.set_variant(START + 20, Variant.MODIFICATION)
    assert [(e.kind, e.exercise_id) for e in result.events] == [(K.VARIANT_CHANGED, "rotation")]
    shown = session.snapshot(START + 20)
    assert (shown.variant, shown.next_variant) == (Variant.STANDARD, Variant.MODIFICATION)
    events = session.advance(START + 36)
    phase = next(e for e in events if e.kind is K.PHASE_STARTED)
    assert (phase.exercise_id, phase.variant, phase.phase_count) == (
        "rotation",
        Variant.MODIFICATION,
        2,
    )


def test_a_variant_for_a_later_exercise_changes_the_time_left(session: Session) -> None:
    before = session.snapshot(START + 1).session_seconds_left
    result = session.set_variant(START + 1, Variant.PROGRESSION, exercise_index=2)
    assert result.reason == "Bridge: progression"
    # Bridge's rep grows from 4 s to 8 s, three times.
    assert session.snapshot(START + 1).session_seconds_left == before + 12


def test_choosing_the_running_variant_again_cancels_a_pending_change(session: Session) -> None:
    session.set_variant(START + 6, Variant.MODIFICATION)
    result = session.set_variant(START + 7, Variant.STANDARD)
    assert (result.applied, result.reason) == (True, "Tilt stays standard")
    events = session.advance(START + 15)
    assert K.VARIANT_CHANGED not in [e.kind for e in events]


def test_a_variant_pending_at_the_last_rep_is_dropped(session: Session) -> None:
    session.set_variant(START + 11, Variant.MODIFICATION)
    events = session.advance(START + 31)
    assert K.VARIANT_CHANGED not in [e.kind for e in events]
    assert session.snapshot(START + 31).variant is Variant.STANDARD


def test_a_variant_change_during_switch_sides_applies_at_once(session: Session) -> None:
    session.advance(START + 44)
    result = session.set_variant(START + 44, Variant.MODIFICATION)
    assert [e.kind for e in result.events] == [K.VARIANT_CHANGED]
    events = session.advance(START + 49)
    right = [e for e in events if e.kind is K.PHASE_STARTED]
    assert [(e.side, e.variant, e.breath) for e in right] == [
        (Side.RIGHT, Variant.MODIFICATION, Breath.IN),
        (Side.RIGHT, Variant.MODIFICATION, Breath.OUT),
    ]


@pytest.mark.parametrize(
    ("now", "variant", "index", "reason"),
    [
        (START + 1, Variant.PROGRESSION, None, "Tilt has no progression variant"),
        (START + 1, Variant.STANDARD, None, "Tilt is already set to standard"),
        (START + 40, Variant.MODIFICATION, 0, "Tilt is already done"),
        (START + 20, Variant.MODIFICATION, 0, "Tilt is already done"),
        (START + 1, Variant.MODIFICATION, 3, "there is no exercise 4 in this session"),
        (START + 1, Variant.MODIFICATION, -1, "there is no exercise 0 in this session"),
    ],
)
def test_a_variant_change_that_makes_no_sense_is_a_no_op(
    session: Session, now: float, variant: Variant, index: int | None, reason: str
) -> None:
    before = session.snapshot(now)
    result = session.set_variant(now, variant, index)
    assert (result.applied, result.reason) == (False, reason)
    assert session.snapshot(now) == before


# End.


def test_end_mid_exercise_records_it_partial_and_ends(session: Session) -> None:
    result = session.end(START + 42)
    assert [e.kind for e in result.events][-2:] == [K.EXERCISE_SKIPPED, K.SESSION_ENDED]
    shown = session.snapshot(START + 100)
    assert (shown.state, shown.elapsed, shown.session_seconds_left) == (
        SessionState.ENDED,
        42.0,
        0.0,
    )
    # Bridge was never reached: it gets no record.
    assert [(r.exercise_id, r.outcome, r.reps_done) for r in shown.records] == [
        ("tilt", Outcome.DONE, (2,)),
        ("rotation", Outcome.PARTIAL, (1, 0)),
    ]


def test_end_during_rest_keeps_the_finished_exercise_done(session: Session) -> None:
    session.advance(START + 20)
    result = session.end(START + 20)
    assert [e.kind for e in result.events] == [K.SESSION_ENDED]
    assert records(session, START + 20) == [("tilt", Outcome.DONE)]


def test_end_while_paused_ends_and_the_pause_is_over(session: Session) -> None:
    session.pause(START + 3)
    session.end(START + 10)
    shown = session.snapshot(START + 20)
    assert (shown.state, shown.paused, shown.elapsed) == (SessionState.ENDED, False, 3.0)


# Commands when they cannot apply.


def every_command(session: Session, now: float) -> list[CommandResult]:
    return [
        session.pause(now),
        session.resume(now),
        session.toggle_pause(now),
        session.skip(now),
        session.back(now),
        session.restart_exercise(now),
        session.set_variant(now, Variant.MODIFICATION),
        session.end(now),
    ]


def test_commands_after_the_finish_are_no_ops_with_a_reason(session: Session) -> None:
    session.advance(START + 100)
    before = session.snapshot(START + 100)
    for result in every_command(session, START + 100):
        assert (result.applied, result.reason, result.events) == (
            False,
            "the session is finished",
            (),
        )
    assert session.snapshot(START + 200) == before


def test_commands_after_the_end_are_no_ops_with_a_reason(session: Session) -> None:
    session.end(START + 5)
    for result in every_command(session, START + 6):
        assert (result.applied, result.reason) == (False, "the session was ended")


def test_commands_before_the_start_are_no_ops_with_a_reason(routine: Routine) -> None:
    session = Session(routine)
    for result in every_command(session, START):
        assert (result.applied, result.reason) == (False, "the session has not started")
    assert session.state is SessionState.NOT_STARTED


def test_a_chosen_subset_runs_in_the_chosen_order(routine: Routine) -> None:
    session = Session(routine, SessionSettings(exercises=("bridge", "tilt")))
    session.start(START)
    assert exercise_id(session, START) == "bridge"
    session.skip(START + 1)
    assert exercise_id(session, START + 1) == "tilt"
    session.skip(START + 2)
    assert session.state is SessionState.FINISHED


# The engine's rules table, state by state.

GET_READY_AT, EXERCISING_AT, SWITCH_SIDES_AT, REST_AT = 1.0, 37.0, 44.0, 20.0
RUNNING_STATES = [
    (GET_READY_AT, SessionState.GET_READY, "tilt"),
    (EXERCISING_AT, SessionState.EXERCISING, "rotation"),
    (SWITCH_SIDES_AT, SessionState.SWITCH_SIDES, "rotation"),
    (REST_AT, SessionState.REST, "tilt"),
]


@pytest.mark.parametrize(("offset", "state", "exercise"), RUNNING_STATES)
def test_the_times_used_below_are_in_the_states_they_say(
    session: Session, offset: float, state: SessionState, exercise: str
) -> None:
    assert session.snapshot(START + offset).state is state
    assert exercise_id(session, START + offset) == exercise


@pytest.mark.parametrize(
    ("offset", "command", "then"),
    [
        (GET_READY_AT, "skip", "rotation"),
        (EXERCISING_AT, "skip", "bridge"),
        (SWITCH_SIDES_AT, "skip", "bridge"),
        (REST_AT, "skip", "rotation"),
        (GET_READY_AT, "back", "tilt"),
        (EXERCISING_AT, "back", "rotation"),
        (SWITCH_SIDES_AT, "back", "rotation"),
        (REST_AT, "back", "tilt"),
        (GET_READY_AT, "restart_exercise", "tilt"),
        (EXERCISING_AT, "restart_exercise", "rotation"),
        (SWITCH_SIDES_AT, "restart_exercise", "rotation"),
        (REST_AT, "restart_exercise", "tilt"),
    ],
)
def test_moving_commands_land_on_a_get_ready(
    session: Session, offset: float, command: str, then: str
) -> None:
    now = START + offset
    session.advance(now)
    result: CommandResult = getattr(session, command)(now)
    assert result.applied
    shown = session.snapshot(now)
    assert (shown.state, shown.seconds_into) == (SessionState.GET_READY, 0.0)
    assert exercise_id(session, now) == then


@pytest.mark.parametrize(("offset", "state", "exercise"), RUNNING_STATES)
def test_pause_and_end_apply_in_every_running_state(
    session: Session, offset: float, state: SessionState, exercise: str
) -> None:
    now = START + offset
    assert session.pause(now).applied
    shown = session.snapshot(now + 10)
    assert (shown.state, shown.paused, exercise_id(session, now + 10)) == (state, True, exercise)
    assert session.end(now + 10).applied
    assert session.snapshot(now + 10).state is SessionState.ENDED


@pytest.mark.parametrize(
    ("offset", "in_effect", "pending", "upcoming"),
    [
        (GET_READY_AT, Variant.MODIFICATION, None, Variant.STANDARD),
        (EXERCISING_AT, Variant.STANDARD, Variant.MODIFICATION, Variant.STANDARD),
        (SWITCH_SIDES_AT, Variant.MODIFICATION, None, Variant.STANDARD),
        (REST_AT, Variant.STANDARD, None, Variant.MODIFICATION),
    ],
)
def test_set_variant_in_every_running_state(
    session: Session,
    offset: float,
    in_effect: Variant,
    pending: Variant | None,
    upcoming: Variant,
) -> None:
    now = START + offset
    assert session.set_variant(now, Variant.MODIFICATION).applied
    shown = session.snapshot(now)
    assert (shown.variant, shown.pending_variant, shown.next_variant) == (
        in_effect,
        pending,
        upcoming,
    )
