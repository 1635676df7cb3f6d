"""One short session with one cue player, in a process of its own: `bench_sound_qt` runs it.

`python -m benchmarks.sound_probe PLAYER TIMING` runs benchmarks/bench_sound.py's session
(the session screen painting every frame, as in the app) with PLAYER (`playsound3`, `qt`, or
`none` for no sound at all) playing on the sound server its environment names, and prints
one line of JSON: each phase's beat (time.monotonic), the CPU the process and its reaped
children used over the session, the cues it asked for and its RSS at the end. The processes
it starts are counted from outside, by bench_sound_qt: a thread polling /proc in here hung the
Qt player's event loop in a third of the runs (docs/sound.md).
TIMING `early` starts each cue `lead` before its beat, `on-beat` on it (the start-up figure).

A process per run, so that one player's libraries and memory do not weigh on the other's.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from backpain_gui.audio.player import CuePlayer, Player
from backpain_gui.session import EventKind
from backpain_gui.ui.main_thread_gc import MainThreadCollector
from benchmarks.bench_sound import WARM_UP_SECONDS, Relay, _quiet_offscreen, run_session

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _make_player(kind: str) -> tuple[Player | None, CuePlayer | None]:
    """The player, and the CuePlayer to start when it is one (the Qt player starts itself)."""
    if kind == "none":
        return None, None
    if kind == "playsound3":
        cue_player = CuePlayer(clock=time.monotonic)
        return cue_player, cue_player
    from backpain_gui.ui.qt_cue_player import QtCuePlayer

    qt_player = QtCuePlayer(clock=time.monotonic)
    qt_player.start()
    return qt_player, None


def main(kind: str, timing: str) -> dict[str, object]:
    """Run the session with the player; what it measured."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    qInstallMessageHandler(_quiet_offscreen)
    # As in the app: garbage is collected on the UI thread only, never on the cue player's.
    MainThreadCollector(app)
    player, cue_player = _make_player(kind)
    if cue_player is not None:
        cue_player.start()
    warm = QEventLoop()
    QTimer.singleShot(round(WARM_UP_SECONDS * 1000), warm.quit)
    warm.exec()
    cpu_before = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as folder:
        relay = None if player is None else Relay(player, on_beat=timing == "on-beat")
        events = run_session(relay, Path(folder))
    cpu_after = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    rss_kib = int(Path("/proc/self/statm").read_text().split()[1]) * PAGE_KIB
    problem = None if player is None else player.problem
    if player is not None:
        player.close()
    beats = [event.at for event in events if event.kind is EventKind.PHASE_STARTED]
    return {
        "beats": beats,
        "session_seconds": events[-1].at - events[0].at,
        "cpu_seconds": cpu_after[0] - cpu_before[0],
        "children_cpu_seconds": cpu_after[1] - cpu_before[1],
        "cues": 0 if relay is None else relay.plays,
        "rss_kib": rss_kib,
        "problem": problem,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
