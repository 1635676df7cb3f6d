"""The one Qt adapter between the session and its sound cues.

It hands the driver's events and frames, stamped with the clock, to the pure CueScheduler
and passes its orders on to the player, which starts each cue off the UI thread. When a cue
cannot sound, it says so once, in words the window can show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from backpain_gui.audio.player import Player
from backpain_gui.audio.scheduler import CueOrders, CueScheduler
from backpain_gui.session.events import Event
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.ui.session_driver import SessionDriver


class SoundCues(QObject):
    """Plays a session's cues on the beat; lives as long as its driver.

    Signals:
        problem(str): what keeps the cues from sounding, and the fix; emitted once.
    """

    problem = Signal(str)

    def __init__(
        self,
        driver: SessionDriver,
        player: Player,
        muted: bool = False,
        *,
        clock: Callable[[], float],
    ) -> None:
        super().__init__(driver)
        self.player = player
        self.muted = muted
        # The driver's clock: cue times are on it.
        self._clock = clock
        self._scheduler = CueScheduler(lead=player.lead_seconds)
        self._told = False
        self._connect_signals(driver)

    def _connect_signals(self, driver: SessionDriver) -> None:
        driver.events_happened.connect(self.on_driver_events_happened)
        driver.frame.connect(self.on_driver_frame)

    def set_muted(self, muted: bool) -> None:
        """Turn the cues off (those playing stop at once) or back on from the next one."""
        if muted:
            self.player.stop()
        self.muted = muted

    @Slot(list)
    def on_driver_events_happened(self, events: list[Event]) -> None:
        self._follow(self._scheduler.on_events(events, self._clock()))

    @Slot(object)
    def on_driver_frame(self, snapshot: Snapshot) -> None:
        self._follow(self._scheduler.on_frame(snapshot, self._clock()))
        self._tell_problem()

    def _follow(self, orders: CueOrders) -> None:
        if orders.stop:
            self.player.stop()
        if self.muted:
            return
        for start in orders.starts:
            self.player.play(start.cue, start.due)

    def _tell_problem(self) -> None:
        # The player finds problems on its own thread; a frame is soon enough to show them.
        problem = self.player.problem
        if problem is not None and not self._told:
            self._told = True
            self.problem.emit(problem)
