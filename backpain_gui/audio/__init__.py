"""Sound cues: which cue plays when (pure), and a player that plays them off the UI thread."""

from backpain_gui.audio.cues import CUE_NAMES, Cue, Volume, sound_file, sounds_folder
from backpain_gui.audio.player import Backend, CuePlayer, Player, load_backend
from backpain_gui.audio.scheduler import CueOrders, CueScheduler, CueStart

__all__ = [
    "CUE_NAMES",
    "Backend",
    "Cue",
    "CueOrders",
    "CuePlayer",
    "CueScheduler",
    "CueStart",
    "Player",
    "Volume",
    "load_backend",
    "sound_file",
    "sounds_folder",
]
