"""Pausing is instant and safe: time stops, nothing is lost, and the pacer resumes mid-breath."""

from __future__ import annotations

from backpain_gui.content.model import Routine
from backpain_gui.session import (
    Command,
    EventKind,
    Session,
    SessionSettings,
    SessionState,
)
from tests.session.session_routines import START

K = EventKind


def test_pause_mid_phase_freezes_the_snapshot_however_long_it_lasts(session: Session) -> None:
    # 8 s in: tilt rep 1, the out breath (7..10), 1 s into it.
    result = session.pause(START + 8)
    assert result.applied
    assert result.command is Command.PAUSE
    assert [e.kind for e in result.events][-1] is K.PAUSED
    frozen = session.snapshot(START + 8)
    assert frozen.paused
    assert frozen.resume_countdown is None
    for later in (START + 9, START + 60, START + 3600):
        assert session.advance(later) == []
        assert session.snapshot(later) == frozen


def test_resume_counts_down_then_the_phase_goes_on_where_it_stopped(session: Session) -> None:
    session.pause(START + 8)
    paused = session.snapshot(START + 8)
    result = session.resume(START + 100)
    assert result.applied
    (resuming,) = result.events
    assert (resuming.kind, resuming.at, resuming.seconds) == (K.RESUMING, START + 100, 3.0)
    counting = session.snapshot(START + 101)
    assert not counting.paused
    assert counting.resume_countdown == 2.0
    # The period stands still during the countdown: the user is getting back into position.
    assert (counting.seconds_into, counting.progress) == (paused.seconds_into, paused.progress)
    assert counting.elapsed == 8.0
    # The countdown ends at 103; the out breath then has 2 s left, so it ends at 105.
    events = session.advance(START + 106)
    assert [(e.kind, e.at) for e in events][:3] == [
        (K.RESUMED, START + 103),
        (K.REP_COMPLETED, START + 105),
        (K.PHASE_STARTED, START + 105),
    ]
    assert events[0].session_time == 8.0
    assert events[1].session_time == 10.0
    shown = session.snapshot(START + 106)
    assert shown.elapsed == 11.0
    assert shown.resume_countdown is None


def test_pause_during_get_ready_keeps_the_countdown_where_it_was(session: Session) -> None:
    session.pause(START + 2)
    assert session.snapshot(START + 50).seconds_left == 3.0
    session.resume(START + 50)
    events = session.advance(START + 56)
    # Countdown 50..53, then the 3 s left of get-ready: the exercise starts at 56.
    assert [(e.kind, e.at) for e in events][:3] == [
        (K.RESUMED, START + 53),
        (K.EXERCISE_STARTED, START + 56),
        (K.PHASE_STARTED, START + 56),
    ]


def test_pause_during_rest_keeps_the_rest_where_it_was(session: Session) -> None:
    session.pause(START + 20)
    rest = session.snapshot(START + 40)
    assert (rest.state, rest.paused, rest.seconds_left) == (SessionState.REST, True, 10.0)
    session.resume(START + 40)
    events = session.advance(START + 53)
    assert [(e.kind, e.session_time) for e in events] == [
        (K.RESUMED, 20.0),
        (K.GET_READY_STARTED, 30.0),
    ]
    assert events[1].at == START + 53


def test_a_retroactive_pause_starts_when_the_laptop_went_to_sleep(session: Session) -> None:
    session.advance(START + 6)
    # The app learns at 60 that the machine slept from 8.
    result = session.pause(START + 8, now=START + 60)
    assert result.applied
    # Events up to 8 are reported; nothing after it happened.
    assert [(e.kind, e.session_time) for e in result.events] == [
        (K.PHASE_STARTED, 7.0),
        (K.PAUSED, 8.0),
    ]
    assert result.events[-1].at == START + 8
    shown = session.snapshot(START + 60)
    assert (shown.paused, shown.elapsed, shown.seconds_into) == (True, 8.0, 1.0)


def test_a_pause_before_the_last_advance_is_clamped_to_it(session: Session) -> None:
    session.advance(START + 12)
    # Events up to 12 are already out; the pause cannot undo them.
    result = session.pause(START + 4, now=START + 20)
    assert result.applied
    (paused,) = result.events
    assert (paused.at, paused.session_time) == (START + 12, 12.0)
    assert session.snapshot(START + 20).elapsed == 12.0


def test_a_pause_later_than_now_is_clamped_to_now(session: Session) -> None:
    result = session.pause(START + 30, now=START + 9)
    assert result.events[-1].at == START + 9
    assert session.snapshot(START + 30).elapsed == 9.0


def test_pausing_twice_is_a_no_op_that_says_so(session: Session) -> None:
    session.pause(START + 2)
    again = session.pause(START + 5)
    assert not again.applied
    assert again.reason == "already paused"
    assert again.events == ()


def test_resume_when_running_is_a_no_op_that_says_so(session: Session) -> None:
    result = session.resume(START + 6)
    assert not result.applied
    assert result.reason == "not paused"
    # Events due before the command are still reported with it.
    assert [e.kind for e in result.events] == [K.EXERCISE_STARTED, K.PHASE_STARTED]


def test_resume_during_the_countdown_is_a_no_op(session: Session) -> None:
    session.pause(START + 2)
    session.resume(START + 10)
    again = session.resume(START + 11)
    assert (again.applied, again.reason) == (False, "already resuming")
    assert session.snapshot(START + 11).resume_countdown == 2.0


def test_pause_during_the_countdown_cancels_it(session: Session) -> None:
    session.pause(START + 2)
    session.resume(START + 10)
    result = session.pause(START + 11)
    assert result.applied
    shown = session.snapshot(START + 30)
    assert (shown.paused, shown.resume_countdown, shown.elapsed) == (True, None, 2.0)
    session.resume(START + 30)
    assert session.snapshot(START + 34).elapsed == 3.0


def test_toggle_pause_pauses_then_resumes(session: Session) -> None:
    assert session.toggle_pause(START + 1).command is Command.PAUSE
    assert session.snapshot(START + 2).paused
    assert session.toggle_pause(START + 4).command is Command.RESUME
    assert session.snapshot(START + 5).resume_countdown == 2.0
    # During the countdown, toggling pauses again.
    assert session.toggle_pause(START + 5).command is Command.PAUSE
    assert session.snapshot(START + 9).paused


def test_a_zero_countdown_resumes_at_once(routine: Routine) -> None:
    session = Session(routine, SessionSettings(resume_countdown_seconds=0))
    session.start(START)
    session.pause(START + 2)
    result = session.resume(START + 9)
    assert [(e.kind, e.at) for e in result.events] == [
        (K.RESUMING, START + 9),
        (K.RESUMED, START + 9),
    ]
    assert session.snapshot(START + 10).elapsed == 3.0


def test_session_time_leaves_out_every_pause(session: Session) -> None:
    session.pause(START + 10)
    session.resume(START + 20)  # Paused 10..23, countdown included.
    session.pause(START + 30)
    session.resume(START + 40)  # Paused 30..43.
    assert session.snapshot(START + 50).elapsed == 50 - 13 - 13
