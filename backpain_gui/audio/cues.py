"""The sound cues by name, the three volume levels, and the WAV file each pair plays."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from backpain_gui.content.builtin import builtin_routine_path


class Cue(StrEnum):
    """A sound that tells the user what to do; the value names its file."""

    BREATHE_IN = "breathe-in"
    BREATHE_OUT = "breathe-out"
    HOLD = "hold"
    NEXT_REP = "next-rep"
    SWITCH_SIDES = "switch-sides"
    COUNTDOWN = "countdown"
    NEXT_EXERCISE = "next-exercise"
    FINISHED = "finished"


# What the sound check shows while each cue plays, in the order it plays them.
CUE_NAMES = {
    Cue.BREATHE_IN: "Breathe in",
    Cue.BREATHE_OUT: "Breathe out",
    Cue.HOLD: "Hold",
    Cue.NEXT_REP: "Next rep",
    Cue.SWITCH_SIDES: "Switch sides",
    Cue.COUNTDOWN: "Get ready: 3, 2, 1",
    Cue.NEXT_EXERCISE: "Next exercise",
    Cue.FINISHED: "Session finished",
}


class Volume(StrEnum):
    """How loud the cues are; playsound3 has no volume control, so each level has its files."""

    QUIET = "quiet"
    NORMAL = "normal"
    LOUD = "loud"


# Every cue file starts with this much silence, so a Bluetooth speaker that wakes up on
# sound does not swallow the cue's start; the player starts this much earlier to make up.
LEADING_SILENCE_SECONDS = 0.05

# Played once at start-up: a cold GStreamer plugin cache makes the first sound 80-140 ms
# late (DESIGN.md, Known traps), so the first real cue must not be the one that warms it.
WARM_UP_FILE = "silence.wav"


def sound_file(cue: Cue, volume: Volume) -> str:
    """The file name of a cue at a volume, e.g. `breathe-in-normal.wav`."""
    return f"{cue.value}-{volume.value}.wav"


def sounds_folder() -> Path:
    """The shipped sounds: `assets/sounds/` beside the built-in routine."""
    return builtin_routine_path().parent / "assets" / "sounds"
