"""The session's sound cues as the window drives them: on the beat, muted, paused, told once."""

from __future__ import annotations

import pytest

from backpain_gui.audio.cues import Cue
from backpain_gui.session import Session
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.sound_cues import SoundCues
from tests.audio.cue_sessions import END, ROUTINE, SETTINGS, START, TIMELINE
from tests.ui.conftest import FakeClock
from tests.ui.fake_player import FakePlayer


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def driver(qtbot, clock: FakeClock) -> SessionDriver:
    assert clock.now == START
    return SessionDriver(Session(ROUTINE, SETTINGS), clock=clock)


def frames_until(driver: SessionDriver, clock: FakeClock, end: float) -> None:
    """Frames at 60 a second up to clock time `end`, as the driver's timer gives them."""
    while clock.now < end:
        clock.tick(1 / 60)
        driver.on_timer_timeout()


def test_every_cue_of_a_session_is_played_once_on_its_beat(
    driver: SessionDriver, clock: FakeClock, player: FakePlayer
) -> None:
    SoundCues(driver, player, clock=clock)
    driver.start()
    frames_until(driver, clock, END + 1)

    assert player.played == TIMELINE


def test_muted_cues_stay_silent_and_unmuting_plays_from_the_next_one(
    driver: SessionDriver, clock: FakeClock, player: FakePlayer
) -> None:
    cues = SoundCues(driver, player, muted=True, clock=clock)
    driver.start()
    frames_until(driver, clock, 1006)
    assert player.played == []

    cues.set_muted(False)
    frames_until(driver, clock, 1010.5)
    assert player.played == [(1007.0, Cue.BREATHE_OUT), (1010.0, Cue.BREATHE_IN)]

    cues.set_muted(True)
    assert player.stops == 1, "muting silences the cue playing now"
    frames_until(driver, clock, 1020)
    assert player.played[-1] == (1010.0, Cue.BREATHE_IN)


def test_pause_stops_the_cues_and_resume_does_not_replay_them(
    driver: SessionDriver, clock: FakeClock, player: FakePlayer
) -> None:
    SoundCues(driver, player, clock=clock)
    driver.start()
    frames_until(driver, clock, 1005.9)
    clock.now = 1006.0  # 1 s into the 2 s breathe-in
    driver.command(driver.session.toggle_pause)
    frames_until(driver, clock, 1029.9)
    assert player.stops == 1
    assert player.played[-1] == (1005.0, Cue.BREATHE_IN)

    clock.now = 1030.0
    driver.command(driver.session.toggle_pause)  # resume: a 3 s countdown, then on
    frames_until(driver, clock, 1035)

    assert player.played[-4:] == [
        (1030.0, Cue.COUNTDOWN),
        (1031.0, Cue.COUNTDOWN),
        (1032.0, Cue.COUNTDOWN),
        # The breathe-in goes on for its last second; then the out-breath, on its beat.
        (1034.0, Cue.BREATHE_OUT),
    ]


def test_ending_the_session_stops_its_cues_for_good(
    driver: SessionDriver, clock: FakeClock, player: FakePlayer
) -> None:
    SoundCues(driver, player, clock=clock)
    driver.start()
    frames_until(driver, clock, 1006.9)
    played = len(player.played)
    driver.command(driver.session.end)

    assert player.stops == 1
    assert len(player.played) == played
    assert not driver.running


def test_a_sound_problem_is_told_once(
    qtbot, driver: SessionDriver, clock: FakeClock, player: FakePlayer
) -> None:
    cues = SoundCues(driver, player, clock=clock)
    driver.start()
    frames_until(driver, clock, 1001)
    player.problem = "No sound: no sound player was found."

    with qtbot.waitSignal(cues.problem) as told:
        frames_until(driver, clock, 1001.1)
    assert told.args == ["No sound: no sound player was found."]
    with qtbot.assertNotEmitted(cues.problem):
        frames_until(driver, clock, 1010)
    assert player.played, "the session goes on, the player still asked"
