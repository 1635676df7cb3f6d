"""The shipped cue files as data: what tools/make_sounds.py makes, short, soft-edged, unclipped."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest

from backpain_gui.audio.cues import (
    LEADING_SILENCE_SECONDS,
    WARM_UP_FILE,
    Cue,
    Volume,
    sound_file,
    sounds_folder,
)
from tools.make_sounds import make_sounds

FULL_SCALE = 32767
CUE_FILES = [sound_file(cue, volume) for cue in Cue for volume in Volume]


def samples(path: Path) -> tuple[array.array[int], int]:
    """A mono 16-bit file's samples and its rate."""
    with wave.open(str(path), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2), f"{path.name}: mono 16-bit"
        return array.array("h", sound.readframes(sound.getnframes())), sound.getframerate()


def peak(values: array.array[int]) -> int:
    return max(abs(value) for value in values)


def test_the_committed_files_are_what_the_script_makes(tmp_path: Path) -> None:
    made = make_sounds(tmp_path)

    assert sorted(path.name for path in made) == sorted([*CUE_FILES, WARM_UP_FILE])
    for path in made:
        shipped, _ = samples(sounds_folder() / path.name)
        fresh, _ = samples(path)
        assert len(shipped) == len(fresh), f"{path.name}: run tools/make_sounds.py"
        # One step of rounding apart at most, whatever the machine's maths library.
        assert max(abs(a - b) for a, b in zip(shipped, fresh, strict=True)) <= 1, path.name


@pytest.mark.parametrize("name", CUE_FILES)
def test_each_cue_starts_with_silence_then_fades_in_and_ends_at_rest(name: str) -> None:
    values, rate = samples(sounds_folder() / name)
    silence = round(LEADING_SILENCE_SECONDS * rate)
    loudest = peak(values)

    assert all(value == 0 for value in values[:silence]), "Bluetooth wake-up silence"
    # A fade in, however short: no step from silence to full level (a click).
    assert 0 < peak(values[silence : silence + rate // 2000]) < loudest * 0.3, "a click"
    assert peak(values[-rate // 1000 :]) < loudest / 20, "a fade out, no click at the end"
    assert len(values) / rate <= 2.5, "short"


@pytest.mark.parametrize("cue", list(Cue))
def test_no_cue_clips_and_the_volumes_step_down_evenly(cue: Cue) -> None:
    peaks = {
        volume: peak(samples(sounds_folder() / sound_file(cue, volume))[0]) for volume in Volume
    }

    assert peaks[Volume.LOUD] <= FULL_SCALE * 10 ** (-1 / 20) + 1, "at most -1 dBFS"
    # 6 dB apart: each level has half the amplitude of the one above.
    assert peaks[Volume.NORMAL] / peaks[Volume.LOUD] == pytest.approx(0.5, abs=0.01)
    assert peaks[Volume.QUIET] / peaks[Volume.NORMAL] == pytest.approx(0.5, abs=0.01)


def test_the_warm_up_file_is_silent() -> None:
    values, rate = samples(sounds_folder() / WARM_UP_FILE)

    assert len(values) >= rate // 10
    assert peak(values) == 0
