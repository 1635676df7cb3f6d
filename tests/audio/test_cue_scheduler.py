"""Which cue the user hears at which moment, on a hand-moved clock: the beat, pause, skip, end."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backpain_gui.audio.cues import Cue
from backpain_gui.audio.scheduler import STALE_SECONDS, cue_for_moment
from backpain_gui.session import Event, EventKind
from tests.audio.cue_sessions import END, LEAD, START, TIMELINE, CueRun


def heard_between(run: CueRun, start: float, end: float) -> list[tuple[float, Cue]]:
    return [(due, cue) for due, cue in run.heard() if start <= due < end]


def test_an_uninterrupted_session_has_every_cue_once_on_the_beat() -> None:
    run = CueRun()
    run.start()
    run.run_until(END + 2)

    assert run.heard() == TIMELINE
    assert len(run.handed) == len(TIMELINE), "a cue was handed to the player twice"
    assert run.stops == []


def test_each_cue_is_handed_over_early_by_the_players_lead() -> None:
    run = CueRun()
    run.start()
    run.run_until(END + 2)

    # The first bell answers the Start press, which nobody could foresee.
    (first_at, first), *foreseen = run.handed
    assert first_at == first.due == START
    for handed_at, start in foreseen:
        assert start.due - handed_at >= LEAD, f"{start.cue} at {start.due} handed over too late"


@pytest.mark.parametrize(
    ("until", "kinds", "cue"),
    [
        # Rep 1 of tilt ends: the next rep's breath-in is heard, not a tick in its place.
        (1010.0, {EventKind.REP_COMPLETED, EventKind.PHASE_STARTED}, Cue.BREATHE_IN),
        # Its last rep ends: done, rest begins.
        (1015.0, {EventKind.REP_COMPLETED, EventKind.REST_STARTED}, Cue.NEXT_EXERCISE),
        (1030.0, {EventKind.REP_COMPLETED, EventKind.SIDE_SWITCHED}, Cue.SWITCH_SIDES),
        (1038.0, {EventKind.REP_COMPLETED, EventKind.SESSION_FINISHED}, Cue.FINISHED),
    ],
)
def test_events_at_one_moment_make_one_cue_the_most_important(
    until: float, kinds: set[EventKind], cue: Cue
) -> None:
    run = CueRun()
    run.start()
    run.run_until(until - 0.5)
    moment = [e for e in run.session.advance(until) if e.at == until]

    assert kinds <= {event.kind for event in moment}
    assert cue_for_moment(moment) is cue


def test_a_moment_without_a_cue_plays_nothing() -> None:
    changed = Event(EventKind.VARIANT_CHANGED, at=START, session_time=0.0)

    assert cue_for_moment([changed]) is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=0.001, max_value=0.3), min_size=400, max_size=400))
def test_irregular_frames_neither_repeat_nor_lose_a_cue(gaps: list[float]) -> None:
    run = CueRun()
    run.start()
    for gap in gaps * 2:
        if run.now > END + 1:
            break
        run.frame_at(run.now + gap)
    run.run_until(END + 1, step=0.3)

    assert run.heard() == TIMELINE
    assert len(run.handed) == len(TIMELINE)


def test_a_frame_that_comes_very_late_skips_the_stale_cues_in_silence() -> None:
    run = CueRun()
    run.start()
    run.run_until(1004.7)
    # The UI stalls: no frame between 1004.7 and 1007.1, past breathe-in (1005) and
    # breathe-out (1007).
    run.frame_at(1007.1)
    run.run_until(1011)

    assert heard_between(run, 1004.5, 1011) == [
        (1007.0, Cue.BREATHE_OUT),
        (1010.0, Cue.BREATHE_IN),
    ]
    assert all(start.due >= at - STALE_SECONDS for at, start in run.handed)


def test_pause_stops_the_cue_about_to_play_and_it_comes_on_the_new_beat_after_resume() -> None:
    run = CueRun()
    run.start()
    run.run_until(1006.95)  # the breathe-out due at 1007 is already with the player
    run.command(run.session.pause(run.now))
    run.run_until(1010)
    run.command(run.session.resume(run.now))  # a 3 s countdown: on again at 1013
    run.run_until(1014)

    assert run.stops == [1006.95]
    assert heard_between(run, 1005, 1014) == [
        (1005.0, Cue.BREATHE_IN),
        # A beep on each second of the resume countdown...
        (1010.0, Cue.COUNTDOWN),
        (1011.0, Cue.COUNTDOWN),
        (1012.0, Cue.COUNTDOWN),
        # ... and the out-breath, 0.05 s after the countdown as it was 0.05 s after the pause.
        (1013.05, Cue.BREATHE_OUT),
    ]


def test_resume_does_not_replay_the_cue_of_the_phase_it_returns_to() -> None:
    run = CueRun()
    run.start()
    run.run_until(1006)
    run.command(run.session.pause(run.now))
    run.run_until(1009)
    run.command(run.session.resume(run.now))
    run.run_until(1014)

    # The session picks up 1 s into the 2 s breathe-in: no breathe-in again, only the
    # countdown's beeps, then the out-breath on its beat.
    assert heard_between(run, 1006, 1014) == [
        (1009.0, Cue.COUNTDOWN),
        (1010.0, Cue.COUNTDOWN),
        (1011.0, Cue.COUNTDOWN),
        (1013.0, Cue.BREATHE_OUT),
    ]
    assert len(run.handed) == len(heard_between(run, 0, 1014))


def test_pausing_during_the_resume_countdown_stops_its_beeps() -> None:
    run = CueRun()
    run.start()
    run.run_until(1006)
    run.command(run.session.pause(run.now))
    run.run_until(1008)
    run.command(run.session.resume(run.now))
    run.run_until(1009.5)
    run.command(run.session.pause(run.now))
    run.run_until(1020)

    assert heard_between(run, 1006, 1020) == [(1008.0, Cue.COUNTDOWN), (1009.0, Cue.COUNTDOWN)]


def test_skip_plays_the_bell_at_once_instead_of_the_cue_that_was_coming() -> None:
    run = CueRun()
    run.start()
    run.run_until(1006.9)  # the breathe-out due at 1007 is already with the player
    run.command(run.session.skip(run.now))
    run.run_until(1008)

    assert run.stops == [1006.9]
    assert heard_between(run, 1005.5, 1008) == [(1006.9, Cue.NEXT_EXERCISE)]


def test_nothing_plays_once_the_session_is_ended() -> None:
    run = CueRun()
    run.start()
    run.run_until(1006.9)
    run.command(run.session.end(run.now))
    handed = len(run.handed)
    run.run_until(1040)

    assert run.stops == [1006.9], "the cue about to play is stopped"
    assert len(run.handed) == handed


def test_nothing_plays_after_the_session_is_finished() -> None:
    run = CueRun()
    run.start()
    run.run_until(END + 0.5)
    handed = len(run.handed)
    run.command(run.session.pause(run.now))
    run.command(run.session.resume(run.now))
    run.run_until(END + 5)

    assert run.handed[-1][1].cue is Cue.FINISHED
    assert len(run.handed) == handed


COMMANDS = st.sampled_from(["pause", "resume", "skip", "back", "restart", None, None, None])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(min_value=0.001, max_value=1.5), COMMANDS), max_size=80))
def test_whatever_the_user_presses_no_moment_is_cued_twice_or_while_paused(
    steps: list[tuple[float, str | None]],
) -> None:
    run = CueRun()
    run.start()
    for gap, command in steps:
        run.frame_at(run.now + gap)
        snapshot = run.session.snapshot(run.now)
        before = len(run.handed)
        if command is not None:
            run.command(getattr(run.session, _COMMAND_METHODS[command])(run.now))
        if snapshot.paused or snapshot.resume_countdown is not None:
            assert {start.cue for _, start in run.handed[before:]} <= {Cue.COUNTDOWN}

    heard = [due for due, _ in run.heard()]
    assert len(heard) == len(set(heard)), "a moment was cued twice"
    assert all(start.due >= at - STALE_SECONDS for at, start in run.handed), "a stale cue played"


_COMMAND_METHODS = {
    "pause": "pause",
    "resume": "resume",
    "skip": "skip",
    "back": "back",
    "restart": "restart_exercise",
}
