"""QtCuePlayer in a process of its own, as the app would run it: `tests/e2e/test_qt_sound.py`.

`python -m tests.e2e.qt_cue_run WHAT` plays on the sound server its environment names and
prints one line of JSON: each cue it asked for, with the volume and the clock time
(time.monotonic) it was due at, and the player's problem. WHAT is `every-cue` (each cue in
turn), `volumes` (one cue loud, then quiet), `no-server` (the real sound server check) or
`no-device` (the check passed, so that Qt's audio itself finds no device), or `choose` (what
make_cue_player picks in this environment, and why). A process of its own: Qt's audio
devices are found once per process, from the environment it starts with.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from backpain_gui.audio.cues import Cue, Volume
from backpain_gui.ui.cue_player_choice import make_cue_player
from backpain_gui.ui.main_thread_gc import MainThreadCollector
from backpain_gui.ui.qt_cue_player import QtCuePlayer

# Time for the cues to load and the warm-up to open the stream.
WARM_UP_SECONDS = 1.0
# From one cue to the next: each ends before the next begins (the longest two get more).
STEP_SECONDS = 1.0
LONGER = {Cue.NEXT_EXERCISE: 1.8, Cue.FINISHED: 2.5}


def wait(seconds: float) -> None:
    """Run the event loop for `seconds`."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def play(player: QtCuePlayer, plan: list[tuple[Cue, Volume]]) -> list[tuple[str, str, float]]:
    """Ask for each cue of `plan` at its own beat, all at once as a session does; let it ring."""
    asked = []
    due = time.monotonic() + WARM_UP_SECONDS
    for cue, volume in plan:
        # The volume applies when a cue starts: set it just before its time.
        QTimer.singleShot(
            round((due - time.monotonic() - 0.3) * 1000),
            lambda volume=volume: setattr(player, "volume", volume),
        )
        player.play(cue, due)
        asked.append((cue.value, volume.value, due))
        due += LONGER.get(cue, STEP_SECONDS)
    wait(due - time.monotonic() + 0.5)
    return asked


def main(what: str) -> dict[str, object]:
    """Do `what`; the figures to print."""
    app = QApplication.instance() or QApplication([])
    MainThreadCollector(app)
    if what == "choose":
        choice = make_cue_player(time.monotonic)
        return {"player": type(choice.player).__name__, "reason": choice.reason}
    player = (
        QtCuePlayer(clock=time.monotonic, sound_server=lambda: None)
        if what == "no-device"
        else QtCuePlayer(clock=time.monotonic)
    )
    player.start()
    if what in ("no-server", "no-device"):
        # A session's cues asked for, then Quit at once: nothing may wait for them.
        for cue in Cue:
            player.play(cue, time.monotonic() + STEP_SECONDS)
        problem = player.problem
        player.close()
        return {"asked": [], "problem": problem}
    wait(WARM_UP_SECONDS)
    if what == "volumes":
        asked = play(player, [(Cue.HOLD, Volume.LOUD), (Cue.HOLD, Volume.QUIET)])
    else:
        asked = play(player, [(cue, Volume.NORMAL) for cue in Cue])
    problem = player.problem
    player.close()
    return {"asked": asked, "problem": problem}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])), flush=True)
