"""QSoundEffect against playsound3, through one real PulseAudio recording, alternated.

Issue 20, "Sound: measure, then choose". Each round runs benchmarks/bench_sound.py's session
three times, each in a process of its own (benchmarks/sound_probe.py): with no sound (the
floor), with playsound3 (CuePlayer: a gst-play-1.0 process per cue) and with QSoundEffect
(QtCuePlayer, in-process), in turn, on one private PulseAudio server whose null sink is
recorded (tests/e2e/sound_server.py). Each phase's beat is matched with the onset heard
nearest to it. Last, one Qt run started on the beat measures Qt's own start-up, play() to
first sound: the figure QT_START_SECONDS is set from.

Figures are over all rounds: onset error against the beat (median, worst), the runs whose
event loop hung (no end within PROBE_TIMEOUT_SECONDS; QSoundEffect's sometimes does, the
reason the app keeps playsound3: docs/sound.md), the CPU of the process and its players over
the session (% of one core, median of the rounds), the processes started per cue, and RSS
(the app's process at the session's end, and its players' largest together).
`BENCH_SOUND_ROUNDS` changes the 3 rounds.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from backpain_gui.audio.cues import LEADING_SILENCE_SECONDS
from benchmarks.bench_sound import MATCH_SECONDS, MEDIAN_TARGET_MS, WORST_TARGET_MS, ms
from tests.e2e.sound_server import Recorder, SoundServer, SoundServerError, onsets

Row = tuple[str, str, str, bool]
Run = dict[str, object]
ROOT = Path(__file__).resolve().parent.parent
PLAYERS = ("none", "playsound3", "qt")
NAMES = {"playsound3": "playsound3", "qt": "QSoundEffect"}
START_TOLERANCE_MS = 15
# "At least as accurate": QSoundEffect's error no larger than playsound3's, give or take
# what two runs of the same player differ by here.
SAME_MS = 5
# How often the probe's children are looked for: a player lives as long as its cue (150 ms).
WATCH_SECONDS = 0.01
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024
# A run takes about 25 s; one that has not ended by this has hung.
PROBE_TIMEOUT_SECONDS = 75


class ChildWatch:
    """Every process a probe starts, seen by polling /proc, and their largest RSS together.

    From this process, not the probe's: a thread polling /proc inside the probe hung the Qt
    player's event loop (docs/sound.md).
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.seen: set[int] = set()
        self.peak_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="child watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching."""
        self._done.set()
        self._thread.join()

    def _watch(self) -> None:
        tasks = Path(f"/proc/{self.pid}/task")
        while not self._done.wait(WATCH_SECONDS):
            children: set[int] = set()
            try:
                for task in tasks.iterdir():
                    children.update(int(pid) for pid in (task / "children").read_text().split())
            except OSError:
                # A thread, or the probe itself, ended while being looked at.
                continue
            self.seen |= children
            self.peak_kib = max(self.peak_kib, sum(_rss_kib(pid) for pid in children))


def _rss_kib(pid: int) -> int:
    """A process's resident memory in KiB (0 once it has gone)."""
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
    except OSError:
        return 0
    return int(fields[1]) * PAGE_KIB


def _probe(server: SoundServer, folder: Path, kind: str, timing: str = "early") -> Run | None:
    """One session with one player, recorded; the probe's figures and the cues' errors.

    None when the probe hung: no end within PROBE_TIMEOUT_SECONDS.
    """
    recorder = Recorder(server, folder / f"{kind}-{timing}.raw")
    recorder.start()
    try:
        probe = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.sound_probe", kind, timing],
            env={**os.environ, **server.client_env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        watch = ChildWatch(probe.pid)
        try:
            out, said = probe.communicate(timeout=PROBE_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            # Its event loop spun for ever: a figure in itself (docs/sound.md).
            probe.kill()
            probe.communicate()
            return None
        finally:
            watch.stop()
    finally:
        recording = recorder.stop()
    if probe.returncode != 0:
        raise RuntimeError(f"{kind}: the probe failed:\n{said[-2000:]}")
    run: Run = json.loads(out.strip().splitlines()[-1])
    run["spawned"] = len(watch.seen)
    run["players_rss_kib"] = watch.peak_kib
    if run["problem"] is not None:
        raise RuntimeError(f"{kind}: {run['problem']}")
    beats = run["beats"]
    assert isinstance(beats, list)
    heard = [onset.at for onset in onsets(recording)]
    if kind == "none":
        run["errors"] = []
        return run
    errors: list[float] = []
    for beat in beats:
        nearest = min(heard, key=lambda at: abs(at - beat))
        if abs(nearest - beat) <= MATCH_SECONDS:
            errors.append(nearest - beat)
    if len(errors) != len(beats):
        raise RuntimeError(f"{kind}: heard {len(errors)} of {len(beats)} phase cues")
    run["errors"] = errors
    return run


def alternated(rounds: int) -> tuple[dict[str, list[Run]], dict[str, int], Run | None]:
    """`rounds` runs of each player in turn, then Qt on the beat; on a server of their own.

    The runs that ended, each player's count of runs that hung, and the run on the beat.
    """
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        server = SoundServer(folder / "pulse")
        server.start()
        try:
            runs: dict[str, list[Run]] = {kind: [] for kind in PLAYERS}
            hung = dict.fromkeys(PLAYERS, 0)
            for _ in range(rounds):
                for kind in PLAYERS:
                    run = _probe(server, folder, kind)
                    if run is None:
                        hung[kind] += 1
                    else:
                        runs[kind].append(run)
            return runs, hung, _probe(server, folder, "qt", "on-beat")
        finally:
            server.stop()


def _floats(runs: list[Run], key: str) -> list[float]:
    """Every number under `key` in the runs, a list's items one by one."""
    values: list[object] = []
    for run in runs:
        value = run[key]
        values.extend(value if isinstance(value, list) else [value])
    return [float(str(value)) for value in values]


def cpu_percent(run: Run) -> float:
    """The process's and its players' CPU over the session, in % of one core."""
    used = _floats([run], "cpu_seconds")[0] + _floats([run], "children_cpu_seconds")[0]
    return 100 * used / _floats([run], "session_seconds")[0]


def _accuracy(runs: dict[str, list[Run]]) -> list[Row]:
    rows: list[Row] = []
    figures = {}
    for kind in ("playsound3", "qt"):
        errors = _floats(runs[kind], "errors")
        median, worst = statistics.median(errors), max(errors, key=abs)
        figures[kind] = (abs(median), abs(worst))
        off = sum(1 for error in errors if abs(error) * 1000 > MEDIAN_TARGET_MS)
        rows += [
            (
                f"{NAMES[kind]}: cue onset vs beat, median of {len(errors)}",
                ms(median),
                f"within {MEDIAN_TARGET_MS} ms",
                abs(median) * 1000 <= MEDIAN_TARGET_MS,
            ),
            (
                f"{NAMES[kind]}: cue onset vs beat, worst",
                ms(worst),
                f"within {WORST_TARGET_MS} ms",
                abs(worst) * 1000 <= WORST_TARGET_MS,
            ),
            (
                f"{NAMES[kind]}: cues more than {MEDIAN_TARGET_MS} ms off",
                f"{off} of {len(errors)}",
                "(for comparison)",
                True,
            ),
        ]
    same = SAME_MS / 1000
    as_accurate = all(
        qt <= playsound3 + same
        for qt, playsound3 in zip(figures["qt"], figures["playsound3"], strict=True)
    )
    rows.append(
        (
            "QSoundEffect at least as accurate (median and worst)",
            "yes" if as_accurate else "no",
            f"median and worst <= playsound3's +{SAME_MS} ms (the choice: docs/sound.md)",
            True,
        )
    )
    return rows


def _hangs(runs: dict[str, list[Run]], hung: dict[str, int]) -> list[Row]:
    # The app's own (no sound, playsound3) must never hang; Qt's is a figure for the choice.
    return [
        (
            f"{NAMES.get(kind, 'no sound')}: runs whose event loop hung",
            f"{hung[kind]} of {hung[kind] + len(runs[kind])}",
            "0 before it can be the player" if kind == "qt" else "0",
            kind == "qt" or hung[kind] == 0,
        )
        for kind in PLAYERS
    ]


def _costs(runs: dict[str, list[Run]]) -> list[Row]:
    rows: list[Row] = []
    floor_cpu = statistics.median(cpu_percent(run) for run in runs["none"])
    floor_rss = statistics.median(_floats(runs["none"], "rss_kib")) / 1024
    rows.append(("no sound (floor): CPU of the session", f"{floor_cpu:.1f}%", "(floor)", True))
    rows.append(("no sound (floor): RSS at the session's end", f"{floor_rss:.0f} MiB", "", True))
    for kind in ("playsound3", "qt"):
        name = NAMES[kind]
        cpu = statistics.median(cpu_percent(run) for run in runs[kind])
        spawned = sum(_floats(runs[kind], "spawned")) / sum(_floats(runs[kind], "cues"))
        rss = statistics.median(_floats(runs[kind], "rss_kib")) / 1024
        players = statistics.median(_floats(runs[kind], "players_rss_kib")) / 1024
        rows += [
            (
                f"{name}: CPU of the session, process + players",
                f"{cpu:.1f}% (+{cpu - floor_cpu:.1f})",
                f"floor {floor_cpu:.1f}%",
                True,
            ),
            (
                f"{name}: processes started per cue",
                f"{spawned:.2f}",
                "0 in-process" if kind == "qt" else "(for comparison)",
                kind != "qt" or spawned == 0,
            ),
            (
                f"{name}: RSS at the end, process + players' peak",
                f"{rss:.0f} + {players:.0f} MiB",
                f"floor {floor_rss:.0f} MiB",
                True,
            ),
        ]
    return rows


def _start_up(on_beat: Run | None) -> Row:
    from backpain_gui.ui.qt_cue_player import QT_START_SECONDS

    if on_beat is None:
        return ("QSoundEffect start-up, play() to first sound", "not measured: hung", "", False)
    start_up = statistics.median(_floats([on_beat], "errors")) - LEADING_SILENCE_SECONDS
    return (
        "QSoundEffect start-up, play() to first sound",
        ms(start_up),
        f"QT_START_SECONDS {ms(QT_START_SECONDS)} +-{START_TOLERANCE_MS} ms",
        abs(start_up - QT_START_SECONDS) * 1000 <= START_TOLERANCE_MS,
    )


def measure() -> list[Row]:
    """Both players' accuracy and costs, alternated in one run, and Qt's start-up."""
    rounds = int(os.environ.get("BENCH_SOUND_ROUNDS", "3"))
    try:
        runs, hung, on_beat = alternated(rounds)
    except SoundServerError as error:
        return [("QSoundEffect vs playsound3", "not measured", str(error).splitlines()[0], False)]
    if not all(runs.values()):
        return [*_hangs(runs, hung), ("the other figures", "not measured: no run ended", "", False)]
    return [*_accuracy(runs), *_hangs(runs, hung), *_costs(runs), _start_up(on_beat)]


if __name__ == "__main__":
    for row in measure():
        print(*row, sep="  |  ")
