"""The plan screen's sound check: play every cue with its name, and choose how loud they are.

Before lying down, the user learns the sounds and picks a volume they can hear from the mat.
The volume is kept by the settings store (QSettings `sound/volume`), so it is remembered
between runs, the settings dialog shows the same choice, and the session plays at it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from backpain_gui.audio.cues import CUE_NAMES, Cue, Volume
from backpain_gui.audio.player import Player
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords, translate
from backpain_gui.ui.type_scale import apply_size

# The store's key for the volume (ui/app_settings.py), read directly by saved_volume.
VOLUME_NAMES = TranslatedWords(
    "SoundCheck",
    {
        Volume.QUIET: QT_TRANSLATE_NOOP("SoundCheck", "Quiet"),
        Volume.NORMAL: QT_TRANSLATE_NOOP("SoundCheck", "Normal"),
        Volume.LOUD: QT_TRANSLATE_NOOP("SoundCheck", "Loud"),
    },
)
# Each cue's name as the check shows it: the window's own words for audio's CUE_NAMES (the
# audio layer imports no translation), in the UI language.
CUE_WORDS = TranslatedWords(
    "SoundCheck",
    {
        Cue.BREATHE_IN: QT_TRANSLATE_NOOP("SoundCheck", "Breathe in"),
        Cue.BREATHE_OUT: QT_TRANSLATE_NOOP("SoundCheck", "Breathe out"),
        Cue.HOLD: QT_TRANSLATE_NOOP("SoundCheck", "Hold"),
        Cue.NEXT_REP: QT_TRANSLATE_NOOP("SoundCheck", "Next rep"),
        Cue.SWITCH_SIDES: QT_TRANSLATE_NOOP("SoundCheck", "Switch sides"),
        Cue.COUNTDOWN: QT_TRANSLATE_NOOP("SoundCheck", "Get ready: 3, 2, 1"),
        Cue.NEXT_EXERCISE: QT_TRANSLATE_NOOP("SoundCheck", "Next exercise"),
        Cue.FINISHED: QT_TRANSLATE_NOOP("SoundCheck", "Session finished"),
    },
)
CHECK_TEXT = QT_TRANSLATE_NOOP("SoundCheck", "Sound check")
STOP_TEXT = QT_TRANSLATE_NOOP("SoundCheck", "Stop sound check")
DONE_TEXT = QT_TRANSLATE_NOOP(
    "SoundCheck", "That was every cue. Choose a volume you can hear from your mat."
)
# From one cue to the next: long enough for the cue to end and a breath's pause after it.
STEP_SECONDS = 1.8
LONGER_STEPS = {Cue.COUNTDOWN: 3.4, Cue.NEXT_EXERCISE: 2.4}
# The get-ready countdown beeps once a second, three times.
COUNTDOWN_BEEPS = 3


class SoundCheck(QWidget):
    """A 'Sound check' button that plays each cue while showing its name, and the volume."""

    def __init__(
        self,
        player: Player,
        store: SettingsStore,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.store = store
        self._clock = clock
        self.button = QPushButton(translate("SoundCheck", CHECK_TEXT))
        self.button.setAccessibleName(self.tr("Play every sound cue with its name"))
        self.volume = QComboBox()
        self.volume.setAccessibleName(self.tr("Cue volume"))
        for volume, name in VOLUME_NAMES.items():
            self.volume.addItem(name, volume.value)
        self.playing = plain_label()
        self.playing.setWordWrap(True)
        self.playing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._left: list[Cue] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(plain_label(self.tr("Volume")))
        row.addWidget(self.volume)
        row.addWidget(self.playing, 1)
        self._show_volume(store.load().volume)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.store.settings_changed.connect(self.on_store_settings_changed)
        self.button.clicked.connect(self.on_button_clicked)
        self.volume.currentIndexChanged.connect(self.on_volume_current_index_changed)
        self._timer.timeout.connect(self.on_timer_timeout)

    @property
    def checking(self) -> bool:
        """True while the cues are being played one by one."""
        return bool(self._left) or self._timer.isActive()

    def stop(self) -> None:
        """End the check, silencing the cue playing now; nothing when no check runs."""
        if self.checking:
            self._finish("")
            self.player.stop()

    @Slot()
    def on_button_clicked(self) -> None:
        if self.checking:
            self.stop()
            return
        self._left = list(CUE_NAMES)
        self.button.setText(translate("SoundCheck", STOP_TEXT))
        self.on_timer_timeout()

    @Slot()
    def on_timer_timeout(self) -> None:
        """Play the next cue and show its name; after the last, say so."""
        if not self._left:
            self._finish(translate("SoundCheck", DONE_TEXT))
            return
        cue = self._left.pop(0)
        count = len(CUE_NAMES)
        name = CUE_WORDS[cue] if cue in CUE_WORDS else CUE_NAMES[cue]
        playing = self.tr("Playing: {cue}  ({number} of {count})")
        self.playing.setText(playing.format(cue=name, number=count - len(self._left), count=count))
        beeps = COUNTDOWN_BEEPS if cue is Cue.COUNTDOWN else 1
        first = self._clock() + self.player.lead_seconds
        for beep in range(beeps):
            self.player.play(cue, first + beep)
        self._timer.start(round(LONGER_STEPS.get(cue, STEP_SECONDS) * 1000))
        self._show_problem()

    @Slot(int)
    def on_volume_current_index_changed(self, index: int) -> None:
        volume = Volume(self.volume.itemData(index))
        self.player.volume = volume
        self.store.set_volume(volume)

    @Slot()
    def on_store_settings_changed(self) -> None:
        # The volume may have been chosen in the settings dialog.
        self._show_volume(self.store.load().volume)

    def _show_volume(self, volume: Volume) -> None:
        self.player.volume = volume
        self.volume.blockSignals(True)
        self.volume.setCurrentIndex(self.volume.findData(volume.value))
        self.volume.blockSignals(False)

    def _finish(self, text: str) -> None:
        self._left.clear()
        self._timer.stop()
        self.button.setText(translate("SoundCheck", CHECK_TEXT))
        self.playing.setText(text)
        self._show_problem()

    def _show_problem(self) -> None:
        # The player finds problems on its own thread; the next step shows them.
        problem = self.player.problem
        if problem is not None:
            self.playing.setText(problem)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the plan screen (the session starts) ends the check: its cues must not
        # play over the session's.
        self.stop()
        super().hideEvent(event)

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        for widget in (self.button, self.volume, self.playing):
            apply_size(widget, "body", window_height)
