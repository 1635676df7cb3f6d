"""The app's memory over a whole session, and what each cue leaves behind (issue 20).

Targets: peak RSS over a whole session at most 90 MB, growth over 30 minutes under 5 MB, and
no process or file descriptor left behind per cue. The app runs as a user starts it
(`backpain-gui --start`), with its sound playing through a private PulseAudio server (a
`gst-play-1.0` per cue) and its voice opening, on a private X server; from outside, once a
second, the benchmark reads the app's resident memory, its open file descriptors and its
child processes (zombies counted) from /proc. Its settings are a user's who has used it once
(tests/conftest.py): screened today, not asked about pain, so --start goes straight in. The
session is the built-in routine with every exercise's reps scaled so that it lasts about
`BENCH_MEMORY_MINUTES` (5 by default, the shortest the routine allows with one rep each; 30
for the growth target, which is only judged on a run that long). Growth is the median RSS of
the session's last minute less that of its second minute (the first one loads what a session
first needs: the session screen's pictures, the figure, the player).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.session import SessionSettings, plan_session
from tests.conftest import seed_settings
from tests.e2e.sound_server import SoundServer, SoundServerError
from tests.e2e.x_server import private_x_server

Row = tuple[str, str, str, bool]
PEAK_MB = 90
GROWTH_MB = 5
_REPS = re.compile(r"^(\s*reps:\s*)(\d+)", re.MULTILINE)


@dataclass
class Sample:
    """One look at the app from outside."""

    at: float
    rss_kib: int
    fds: int
    children: int
    zombies: int


@dataclass
class Watched:
    """What the samples of one run came to."""

    samples: list[Sample] = field(default_factory=list)
    peak_kib: int = 0
    cues: int = 0
    players_seen: set[int] = field(default_factory=set)
    left_behind: list[int] = field(default_factory=list)


def scaled_routine(folder: Path, minutes: float) -> Path:
    """The built-in routine with its reps scaled to a session of about `minutes`."""
    shipped = builtin_routine_path()
    plan = plan_session(load_routine(shipped), SessionSettings())
    scale = minutes * 60 / plan.total_seconds
    text = _REPS.sub(
        lambda m: f"{m.group(1)}{max(1, min(100, round(int(m.group(2)) * scale)))}",
        shipped.read_text(encoding="utf-8"),
    )
    shutil.copytree(shipped.parent / "assets", folder / "assets")
    routine = folder / "exercises.yaml"
    routine.write_text(text, encoding="utf-8")
    return routine


def planned_seconds(routine: Path) -> float:
    """How long a session of `routine` takes, as planned."""
    return plan_session(load_routine(routine), SessionSettings()).total_seconds


def _status(pid: int) -> dict[str, int]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0])
    return values


def _each_process(file: str) -> Iterator[tuple[int, bytes]]:
    """Every process's pid and its /proc file `file`, where it can still be read."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                yield int(entry.name), (entry / file).read_bytes()
            except OSError:
                continue


def _children(pid: int) -> list[tuple[int, str]]:
    """The app's child processes, each with its state (Z: a zombie, not reaped)."""
    found = []
    for child, stat in _each_process("stat"):
        # The name, in parentheses, may hold spaces: the fields after it are split.
        state, parent = stat.rpartition(b")")[2].split()[:2]
        if int(parent) == pid:
            found.append((child, state.decode()))
    return found


def _marked(marker: str) -> list[int]:
    """Every process whose environment carries `marker` (the app's and its players')."""
    return [
        pid for pid, environ in _each_process("environ") if marker.encode() in environ.split(b"\0")
    ]


def _look(pid: int) -> Sample:
    """The app's memory, open files and children now."""
    children = _children(pid)
    return Sample(
        time.monotonic(),
        _status(pid)["VmRSS"],
        len(os.listdir(f"/proc/{pid}/fd")),
        len(children),
        sum(1 for _, state in children if state == "Z"),
    )


def _events(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def watch(process: subprocess.Popen[bytes], log: Path, timeout: float) -> Watched:
    """Look at the app once a second until its session has finished."""
    watched = Watched()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited ({process.returncode}) before the session's end")
        watched.players_seen.update(pid for pid, _ in _children(process.pid))
        watched.peak_kib = max(watched.peak_kib, _status(process.pid)["VmHWM"])
        watched.samples.append(_look(process.pid))
        if any(event["event"] == "session_finished" for event in _events(log)):
            return watched
        time.sleep(1.0)
    raise RuntimeError(f"the session did not finish within {timeout:.0f} s")


def quit_app(process: subprocess.Popen[bytes], env: dict[str, str]) -> None:
    """Ctrl+Q, as a user quits; killed only if that does not end it."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "backpain-gui"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    if found:
        subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], env=env, check=False)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=False)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def run(minutes: float) -> Watched:
    """The app through one session of about `minutes`, watched; its figures."""
    with TemporaryDirectory() as scratch, private_x_server() as display:
        folder = Path(scratch)
        server = SoundServer(folder / "pulse")
        server.start()
        try:
            seed_settings(folder / "config" / "backpain-gui" / "backpain-gui.conf")
            marker = f"BACKPAIN_GUI_BENCH={uuid.uuid4()}"
            log = folder / "events.jsonl"
            env = {
                **os.environ,
                **server.client_env,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "XDG_CONFIG_HOME": str(folder / "config"),
                "BACKPAIN_GUI_DATA_DIR": str(folder / "data"),
                # The voice opens, but speaks to no one: a speech-dispatcher the app spawned
                # would outlive it.
                "SPEECHD_ADDRESS": f"unix_socket:{folder / 'no-speech-dispatcher'}",
                marker.split("=")[0]: marker.split("=")[1],
            }
            routine = scaled_routine(folder / "routine", minutes)
            command = str(Path(sys.executable).with_name("backpain-gui"))
            process = subprocess.Popen(
                [command, "--start", "--routine", str(routine), "--event-log", str(log)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                watched = watch(process, log, planned_seconds(routine) * 1.2 + 60)
                # The last cue rings out, its player ends and is reaped.
                time.sleep(3.0)
                watched.samples.append(_look(process.pid))
                watched.cues = sum(1 for e in _events(log) if e["event"] == "phase_started")
            finally:
                quit_app(process, env)
            watched.left_behind = _marked(marker)
            return watched
        finally:
            server.stop()


def _median_rss_mb(samples: list[Sample], first: float, last: float) -> float:
    chosen = [s.rss_kib for s in samples if first <= s.at - samples[0].at < last]
    return statistics.median(chosen) / 1024 if chosen else float("nan")


def measure() -> list[Row]:
    """Rows of (what, measured, target, met)."""
    if not all(shutil.which(program) for program in ("Xvfb", "xdotool", "pulseaudio")):
        return [("memory over a session", "Xvfb, xdotool or pulseaudio missing", "", False)]
    minutes = float(os.environ.get("BENCH_MEMORY_MINUTES", "5"))
    try:
        watched = run(minutes)
    except (SoundServerError, RuntimeError) as error:
        return [("memory over a session", f"not measured: {error}", "", False)]
    samples = watched.samples
    length = samples[-1].at - samples[0].at
    peak = watched.peak_kib / 1024
    growth = _median_rss_mb(samples, length - 60, length + 1) - _median_rss_mb(samples, 60, 120)
    settled = samples[-1]
    opened = samples[min(len(samples) - 1, 60)]
    long_enough = length >= 29 * 60
    return [
        (
            f"peak RSS over a whole session ({length / 60:.0f} min, sound and voice)",
            f"{peak:.0f} MB",
            f"<= {PEAK_MB} MB",
            peak <= PEAK_MB,
        ),
        (
            "RSS growth, second minute to last",
            f"{growth:+.1f} MB over {(length - 90) / 60:.0f} min",
            f"< {GROWTH_MB} MB over 30 min" + ("" if long_enough else " (judged at 30 min)"),
            growth < GROWTH_MB or not long_enough,
        ),
        (
            "file descriptors, at 1 min and after the last cue",
            f"{opened.fds} -> {settled.fds}",
            "no more",
            settled.fds <= opened.fds,
        ),
        (
            "players: started, running or unreaped after the last cue",
            f"{len(watched.players_seen)} for {watched.cues} steps, {settled.children} left",
            "0 left",
            settled.children == 0 and settled.zombies == 0,
        ),
        (
            "processes of the app left after it quit",
            str(len(watched.left_behind)),
            "0",
            not watched.left_behind,
        ),
    ]


if __name__ == "__main__":
    for row in measure():
        print(row)
