"""QtCuePlayer without a sound device: its volumes, and each problem in words.

Playing through a real sound server is tests/e2e/test_qt_sound.py; here Qt's audio outputs
are given, so no test opens a device.
"""

from __future__ import annotations

import time
import wave
from array import array
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QSoundEffect

from backpain_gui.audio.cues import Cue, Volume, sound_file, sounds_folder
from backpain_gui.audio.sound_server import NO_SOUND_SERVER
from backpain_gui.ui.qt_cue_player import (
    NO_AUDIO_DEVICE,
    SOURCE_VOLUME,
    VOLUME_GAIN,
    QtCuePlayer,
)

ONE_OUTPUT = [object()]


def peak(path: Path) -> int:
    """The loudest sample of a 16-bit WAV file."""
    with wave.open(str(path), "rb") as sound:
        samples = array("h", sound.readframes(sound.getnframes()))
    return max(abs(value) for value in samples)


@pytest.mark.parametrize("volume", [Volume.QUIET, Volume.NORMAL])
def test_each_volume_is_as_loud_as_its_shipped_file(volume: Volume) -> None:
    # One file per cue is played, scaled in code: it must sound as the old file did.
    for cue in Cue:
        source = peak(sounds_folder() / sound_file(cue, SOURCE_VOLUME))
        shipped = peak(sounds_folder() / sound_file(cue, volume))
        assert source * VOLUME_GAIN[volume] == pytest.approx(shipped, rel=0.01), cue


def test_with_no_sound_server_it_says_so_in_the_windows_words_and_loads_nothing(qapp) -> None:
    player = QtCuePlayer(
        clock=time.monotonic, sound_server=lambda: NO_SOUND_SERVER, outputs=lambda: ONE_OUTPUT
    )
    player.start()
    player.play(Cue.BREATHE_IN)
    player.play(Cue.HOLD, due=1e9)

    # The window tells this notice from others by its words (MainWindow, NO_SOUND_SERVER).
    assert player.problem == NO_SOUND_SERVER
    assert player.findChildren(QSoundEffect) == []
    player.close()


def test_when_qt_finds_no_audio_output_it_says_no_sound_device(qapp) -> None:
    player = QtCuePlayer(clock=time.monotonic, sound_server=lambda: None, outputs=lambda: [])
    player.start()
    player.play(Cue.NEXT_REP)

    assert player.problem == NO_AUDIO_DEVICE
    assert "no sound device" in NO_AUDIO_DEVICE
    assert player.findChildren(QSoundEffect) == []
    player.close()


def test_a_missing_sound_file_is_named_with_the_fix(qapp, tmp_path: Path) -> None:
    player = QtCuePlayer(
        folder=tmp_path, clock=time.monotonic, sound_server=lambda: None, outputs=lambda: ONE_OUTPUT
    )
    player.start()

    assert player.problem is not None
    assert str(tmp_path) in player.problem
    assert "is missing" in player.problem
    assert "make_sounds.py" in player.problem
    player.close()
