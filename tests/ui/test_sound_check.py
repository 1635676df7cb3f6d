"""The sound check on the plan screen: each cue with its name, the volume chosen and kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from backpain_gui.audio.cues import Cue, Volume
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.sound_check import CHECK_TEXT, DONE_TEXT, STOP_TEXT, SoundCheck
from tests.ui.conftest import FakeClock
from tests.ui.test_sound_cues import FakePlayer


@pytest.fixture
def player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def store(settings: QSettings) -> SettingsStore:
    return SettingsStore(settings)


@pytest.fixture
def check(qtbot, player: FakePlayer, store: SettingsStore, clock: FakeClock) -> SoundCheck:
    widget = SoundCheck(player, store, clock=clock)
    qtbot.addWidget(widget)
    return widget


def test_the_check_plays_every_cue_in_turn_showing_its_name(
    qtbot, check: SoundCheck, player: FakePlayer, clock: FakeClock
) -> None:
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    shown = [check.playing.text()]
    assert check.button.text() == STOP_TEXT
    while check.checking:
        clock.tick(2)
        check.on_timer_timeout()
        shown.append(check.playing.text())

    assert shown == [
        "Playing: Breathe in  (1 of 8)",
        "Playing: Breathe out  (2 of 8)",
        "Playing: Hold  (3 of 8)",
        "Playing: Next rep  (4 of 8)",
        "Playing: Switch sides  (5 of 8)",
        "Playing: Get ready: 3, 2, 1  (6 of 8)",
        "Playing: Next exercise  (7 of 8)",
        "Playing: Session finished  (8 of 8)",
        DONE_TEXT,
    ]
    assert check.button.text() == CHECK_TEXT
    assert [cue for _, cue in player.played] == [
        Cue.BREATHE_IN,
        Cue.BREATHE_OUT,
        Cue.HOLD,
        Cue.NEXT_REP,
        Cue.SWITCH_SIDES,
        Cue.COUNTDOWN,
        Cue.COUNTDOWN,
        Cue.COUNTDOWN,
        Cue.NEXT_EXERCISE,
        Cue.FINISHED,
    ]
    beeps = [due for due, cue in player.played if cue is Cue.COUNTDOWN]
    assert [round(b - beeps[0], 3) for b in beeps] == [0, 1, 2], "3-2-1, a second apart"


def test_pressing_again_stops_the_check(qtbot, check: SoundCheck, player: FakePlayer) -> None:
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)

    assert not check.checking
    assert player.stops == 1
    assert check.button.text() == CHECK_TEXT
    assert check.playing.text() == ""


def test_leaving_the_plan_screen_ends_the_check(
    qtbot, player: FakePlayer, store: SettingsStore
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    screens = QStackedWidget()
    check = SoundCheck(player, store)
    screens.addWidget(check)
    screens.addWidget(QWidget())
    window.setCentralWidget(screens)
    # A fixed size, as the real window's minimum is: the offscreen platform warns when a
    # shown window's size limits change with its contents.
    window.setFixedSize(800, 200)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    screens.setCurrentIndex(1)  # the session screen takes the window

    assert not check.checking
    assert player.stops == 1


def test_the_volume_chosen_is_used_and_remembered(
    qtbot, check: SoundCheck, player: FakePlayer, settings: QSettings, clock: FakeClock
) -> None:
    assert check.volume.currentText() == "Normal"
    check.volume.setCurrentIndex(check.volume.findData("loud"))

    assert player.volume is Volume.LOUD
    later = FakePlayer()
    again = SoundCheck(later, SettingsStore(settings), clock=clock)
    qtbot.addWidget(again)
    assert again.volume.currentText() == "Loud"
    assert later.volume is Volume.LOUD


def test_a_volume_chosen_in_the_settings_shows_here_and_is_played(
    check: SoundCheck, player: FakePlayer, store: SettingsStore
) -> None:
    store.set_volume(Volume.QUIET)

    assert check.volume.currentText() == "Quiet"
    assert player.volume is Volume.QUIET


def test_a_volume_setting_that_makes_no_sense_falls_back_to_normal(
    qtbot, player: FakePlayer, settings: QSettings
) -> None:
    settings.setValue("sound/volume", "deafening")
    check = SoundCheck(player, SettingsStore(settings))
    qtbot.addWidget(check)

    assert check.volume.currentText() == "Normal"
    assert player.volume is Volume.NORMAL


def test_a_sound_problem_is_shown_in_place_of_the_cue_name(
    qtbot, check: SoundCheck, player: FakePlayer
) -> None:
    player.problem = (
        "No sound: no sound player was found. On Debian or Ubuntu, install the player "
        "gst-play-1.0 with: sudo apt-get install gstreamer1.0-plugins-base-apps"
    )
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)

    assert check.playing.text() == player.problem
    assert check.playing.isVisibleTo(check)
