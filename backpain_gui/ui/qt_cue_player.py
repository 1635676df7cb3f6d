"""Plays cues in-process through Qt's QSoundEffect: the candidate measured against playsound3.

One QSoundEffect per cue, loaded once from the cue's loud file, played at the chosen volume
by scaling in code (the quieter files are the loud one scaled, tools/make_sounds.py), so no
process is started per cue. Each cue is started by a precise timer on the UI thread `lead`
seconds before it is due, as CuePlayer starts its player processes.

Not the app's player (docs/sound.md, benchmarks/bench_sound_qt.py): as close to the beat
on the median and far cheaper, but its worst cue was further off, and with PySide6 6.11.3
on PulseAudio its process's event loop now and then spins for ever on a dead socket
notifier. `ui/cue_player_choice.py` picks it only when asked to, for measuring again.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from backpain_gui.audio.cues import (
    LEADING_SILENCE_SECONDS,
    WARM_UP_FILE,
    Cue,
    Volume,
    sound_file,
    sounds_folder,
)
from backpain_gui.audio.sound_server import missing_sound_server

# From QSoundEffect.play() to its first sound reaching the sound server, measured by
# benchmarks/bench_sound_qt.py through PulseAudio: start each cue this much earlier.
QT_START_SECONDS = 0.025
# The loud file scaled to each level: the levels tools/make_sounds.py writes (LEVEL_DB).
VOLUME_GAIN = {Volume.LOUD: 1.0, Volume.NORMAL: 10 ** (-6 / 20), Volume.QUIET: 10 ** (-12 / 20)}
# The file each cue is loaded from; the other levels are it, scaled.
SOURCE_VOLUME = Volume.LOUD
# A cue due this soon (or already past) is played at once rather than through a timer.
AT_ONCE_SECONDS = 0.001

NO_AUDIO_DEVICE = (
    "No sound: Qt's audio found no sound device to play the cues on. Check that the sound "
    "server (PulseAudio or PipeWire) runs and has an output (pactl info names it)."
)


def audio_outputs() -> Sequence[object]:
    """The audio outputs Qt's audio can open; empty when it has no sound server to play to."""
    return QMediaDevices.audioOutputs()


class QtCuePlayer(QObject):
    """Plays cues at the time they are due through QSoundEffect; see the module's comment.

    Lives on the UI thread: QSoundEffect plays from the thread it belongs to, and its
    mixing and output run on Qt's audio threads, so only the start is on this one.
    """

    def __init__(
        self,
        folder: Path | None = None,
        volume: Volume = Volume.NORMAL,
        *,
        clock: Callable[[], float],
        start_seconds: float = QT_START_SECONDS,
        sound_server: Callable[[], str | None] = missing_sound_server,
        outputs: Callable[[], Sequence[object]] = audio_outputs,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder or sounds_folder()
        # How long before a cue is due to start it: Qt's start-up, then the file's silence.
        self.lead_seconds = start_seconds + LEADING_SILENCE_SECONDS
        self._clock = clock
        self._volume = volume
        self._outputs = outputs
        # Told from the start, as CuePlayer does, and in the same words: the window knows them.
        self._problem: str | None = sound_server()
        self._effects: dict[Cue | None, QSoundEffect] = {}
        # The cues waiting for their time: (start at, order of asking, cue), earliest first,
        # and one timer for the earliest.
        self._waiting: list[tuple[float, int, Cue]] = []
        self._asked = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._started = False
        self._closed = False

    @property
    def problem(self) -> str | None:
        """What keeps cues from sounding, in words with the fix; None while all is well."""
        return self._problem

    @property
    def volume(self) -> Volume:
        """How loud the cues play; a change applies to the next cue and any playing now."""
        return self._volume

    @volume.setter
    def volume(self, volume: Volume) -> None:
        self._volume = volume
        for cue, effect in self._effects.items():
            if cue is not None:
                effect.setVolume(VOLUME_GAIN[volume])

    def start(self) -> None:
        """Open the audio device and load every cue, then play the silent warm-up."""
        if self._started or self._closed:
            return
        self._started = True
        if self._problem is not None:
            return
        if not self._outputs():
            self._report(NO_AUDIO_DEVICE)
            return
        for cue in (None, *Cue):
            name = WARM_UP_FILE if cue is None else sound_file(cue, SOURCE_VOLUME)
            self._load(cue, self.folder / name)
        # The first play opens the effect's stream on the sound server: not with a real cue.
        if None in self._effects:
            self._effects[None].play()

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play `cue` so that it is heard at clock time `due` (None: as soon as possible)."""
        self.start()
        if self._closed or cue not in self._effects:
            return
        start_at = self._clock() if due is None else due - self.lead_seconds
        self._asked += 1
        heapq.heappush(self._waiting, (start_at, self._asked, cue))
        self.on_timer_timeout()

    def stop(self) -> None:
        """Stop every cue: those playing and those waiting for their time."""
        self._waiting.clear()
        self._timer.stop()
        for cue, effect in self._effects.items():
            # The warm-up is no cue, and silent: it plays on.
            if cue is not None:
                effect.stop()

    def close(self) -> None:
        """Stop every cue for good and let go of the audio device (the app is quitting)."""
        self.stop()
        self._closed = True
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()

    @Slot()
    def on_timer_timeout(self) -> None:
        """Start every cue whose time has come, then wait for the next."""
        while self._waiting and self._waiting[0][0] - self._clock() <= AT_ONCE_SECONDS:
            self._sound(heapq.heappop(self._waiting)[2])
        if self._waiting:
            self._timer.start(max(0, round((self._waiting[0][0] - self._clock()) * 1000)))

    def _sound(self, cue: Cue) -> None:
        effect = self._effects[cue]
        # The same cue again before the last has ended (a short phase): the new beat wins.
        if effect.isPlaying():
            effect.stop()
        effect.play()

    def _load(self, cue: Cue | None, file: Path) -> None:
        """Load the QSoundEffect for `cue` (None: the warm-up); a problem when there is no file."""
        if not file.is_file():
            self._report(
                f"No sound: the sound file {file} is missing. Reinstall backpain-gui to get it "
                "back (in a source checkout: python tools/make_sounds.py)."
            )
            return
        effect = QSoundEffect(self)
        effect.setVolume(1.0 if cue is None else VOLUME_GAIN[self._volume])
        # In the table before it loads: a file it cannot read is found in it, by name.
        self._effects[cue] = effect
        effect.statusChanged.connect(self.on_effect_status_changed)
        effect.setSource(QUrl.fromLocalFile(str(file)))

    @Slot()
    def on_effect_status_changed(self) -> None:
        for effect in self._effects.values():
            if effect.status() is QSoundEffect.Status.Error:
                self._report(
                    f"No sound: Qt's audio could not play the sound file "
                    f"{effect.source().toLocalFile()} (it is not a WAV file it can read, or the "
                    "sound device refused it)."
                )

    def _report(self, problem: str) -> None:
        if self._problem is None:
            self._problem = problem
