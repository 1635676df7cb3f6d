"""Which player plays the cues: playsound3's CuePlayer, as measured; QSoundEffect on request.

docs/sound.md has the figures: through one PulseAudio recording QSoundEffect was as close to
the beat on the median and far cheaper (no process per cue), but its worst cue was further
off, and now and then its process's event loop spun for ever ("QSocketNotifier: Invalid
socket"), which would freeze the window mid-session. So CuePlayer stays, and QtCuePlayer is
chosen only when BACKPAIN_GUI_CUE_PLAYER=qt asks for it (to measure it again, say on a new
PySide6) and Qt's audio has an output to open. QtMultimedia is imported only then: it costs
start-up time and prints warnings of its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from backpain_gui.audio.player import CuePlayer, Player
from backpain_gui.audio.sound_server import missing_sound_server

# The environment variable that asks for the Qt player, and the value that does.
CHOICE_VARIABLE = "BACKPAIN_GUI_CUE_PLAYER"
QT_CHOICE = "qt"

MEASURED = "Cues play through playsound3, the player chosen by measurement (docs/sound.md)."
NO_QT_OUTPUT = (
    f"{CHOICE_VARIABLE}={QT_CHOICE} asked for Qt's audio, which found no output (no sound "
    "server it can reach): cues play through playsound3, whose player can open a sound card "
    "directly."
)
QT_ASKED = f"{CHOICE_VARIABLE}={QT_CHOICE}: cues play in-process through Qt's QSoundEffect."


class StartedPlayer(Player, Protocol):
    """A player the app starts once the window is on its way: both players are one."""

    def start(self) -> None:
        """Load what playing needs and warm it up."""


@dataclass(frozen=True, slots=True)
class CuePlayerChoice:
    """The player the app plays its cues with, and why it is that one, in words."""

    player: StartedPlayer
    reason: str


def _qt_outputs() -> Sequence[object]:
    from backpain_gui.ui.qt_cue_player import audio_outputs

    return audio_outputs()


def make_cue_player(
    clock: Callable[[], float],
    environ: Mapping[str, str] | None = None,
    outputs: Callable[[], Sequence[object]] = _qt_outputs,
    sound_server: Callable[[], str | None] = missing_sound_server,
) -> CuePlayerChoice:
    """CuePlayer; QtCuePlayer when the environment asks for it and Qt's audio has an output."""
    environ = os.environ if environ is None else environ
    if environ.get(CHOICE_VARIABLE) != QT_CHOICE:
        return CuePlayerChoice(CuePlayer(clock=clock, sound_server=sound_server), MEASURED)
    if not outputs():
        return CuePlayerChoice(CuePlayer(clock=clock, sound_server=sound_server), NO_QT_OUTPUT)
    from backpain_gui.ui.qt_cue_player import QtCuePlayer

    return CuePlayerChoice(
        QtCuePlayer(clock=clock, sound_server=sound_server, outputs=outputs), QT_ASKED
    )
