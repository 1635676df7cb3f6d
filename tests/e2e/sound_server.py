"""A private PulseAudio server with a null sink, a recorder on it, and the onsets in a recording.

Used by the end-to-end sound test and by benchmarks/bench_sound.py. It needs no sound card
and no display, and works as root in CI: the server runs with its own runtime folder and
home, and lets any local client in (auth-anonymous) on a socket of its own.

Clocks. parec sends the monitor's samples in fragments as they are played, so the time of
sample 0 on time.monotonic() is pinned by timestamping every fragment as it arrives: a
fragment can arrive late but never early, so the earliest arrival, less the samples before
its end, is the tightest bound. The null sink plays each fragment one fragment-length before
handing it over (measured here: without that correction, onsets came out a fragment early
at every size from 2 to 40 ms), so that much more is taken off.
"""

from __future__ import annotations

import array
import itertools
import math
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from backpain_gui.content.model import Breath
from backpain_gui.session.events import Event, EventKind

RATE = 44100
FRAGMENT_MS = 5
# Onsets: the level (of 32767) a cue must reach, the level its start is measured at, and
# how quiet it must have been just before, so a bell's partials or a chord's notes are one.
LOUD = 1500
START = 300
QUIET_BEFORE_SECONDS = 0.12
WINDOW = 64


class SoundServerError(RuntimeError):
    """The sound server or the recorder did not start."""


class SoundServer:
    """`pulseaudio` as the current user, with a null sink `rec` and nothing else."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # A socket's path must stay under 108 bytes, which a test's tmp_path need not.
        self._socket_folder = Path(tempfile.mkdtemp(prefix="backpain-pulse-"))
        self.socket = self._socket_folder / "native"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def client_env(self) -> dict[str, str]:
        """What a program needs in its environment to play on this server."""
        return {"PULSE_SERVER": f"unix:{self.socket}"}

    def start(self) -> None:
        """Start the server; return once it answers."""
        program = _require("pulseaudio")
        runtime = self.folder / "runtime"
        home = self.folder / "home"
        for folder in (runtime, home):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        env = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(runtime),
            "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
            "HOME": str(home),
        }
        log = (self.folder / "pulseaudio.log").open("wb")
        self.process = subprocess.Popen(
            [
                program,
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--system=false",
                # No configuration files: only the modules named here.
                "-n",
                f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                "--load=module-null-sink sink_name=rec",
                "--load=module-always-sink",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        # The server has the log open now; this process need not.
        log.close()
        deadline = time.monotonic() + 10
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                said = (self.folder / "pulseaudio.log").read_text(errors="replace")
                self.stop()
                raise SoundServerError(f"pulseaudio did not start:\n{said}")
            time.sleep(0.05)

    def _answers(self) -> bool:
        if not self.socket.exists():
            return False
        done = subprocess.run(
            [_require("pactl"), "info"],
            env={**os.environ, **self.client_env},
            capture_output=True,
            timeout=10,
            check=False,
        )
        return done.returncode == 0

    def stop(self) -> None:
        """Stop the server, reap it and remove its socket."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self._socket_folder, ignore_errors=True)


@dataclass(frozen=True)
class Recording:
    """Mono 16-bit samples, and the time.monotonic() at which sample 0 sounded."""

    samples: array.array[int]
    rate: int
    start: float

    def time_of(self, index: int) -> float:
        """The monotonic time of sample `index`."""
        return self.start + index / self.rate


class Recorder:
    """parec on the null sink's monitor, writing a raw file and pinning it to the clock."""

    def __init__(self, server: SoundServer, path: Path) -> None:
        self.server = server
        self.path = path
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self._data = bytearray()
        self._earliest = math.inf
        self._first = threading.Event()

    @property
    def pid(self) -> int | None:
        """parec's process id, while it runs."""
        return None if self._process is None else self._process.pid

    def start(self) -> None:
        """Start recording; return once the first samples have arrived."""
        self._process = subprocess.Popen(
            [
                _require("parec"),
                "-d",
                "rec.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                f"--latency-msec={FRAGMENT_MS}",
            ],
            env={**os.environ, **self.server.client_env},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, name="recorder", daemon=True)
        self._thread.start()
        # The null sink plays its first 2 s in one block before it follows the recorder.
        if not self._first.wait(timeout=10):
            self.stop()
            raise SoundServerError("parec recorded nothing within 10 s")

    def _read(self) -> None:
        assert self._process is not None
        assert self._process.stdout is not None
        with self.path.open("wb") as raw:
            while chunk := os.read(self._process.stdout.fileno(), 1 << 16):
                arrived = time.monotonic()
                raw.write(chunk)
                self._data += chunk
                frames = len(self._data) // 2
                self._earliest = min(self._earliest, arrived - frames / RATE)
                self._first.set()

    def stop(self) -> Recording:
        """Stop recording and reap parec; what was recorded."""
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._process is not None and self._process.stdout is not None:
            self._process.stdout.close()
        samples = array.array("h", bytes(self._data[: len(self._data) // 2 * 2]))
        return Recording(samples, RATE, self._earliest - FRAGMENT_MS / 1000)


@dataclass(frozen=True)
class Onset:
    """Where a sound starts in a recording, and the pitch it starts on."""

    at: float
    hertz: float


def onsets(recording: Recording) -> list[Onset]:
    """Every sound in the recording that follows a quiet spell, with its starting pitch."""
    samples, rate = recording.samples, recording.rate
    peaks = [
        max(abs(value) for value in samples[i : i + WINDOW])
        for i in range(0, len(samples) - WINDOW, WINDOW)
    ]
    quiet_windows = round(QUIET_BEFORE_SECONDS * rate / WINDOW)
    found = []
    last_loud = -quiet_windows - 1
    for window, peak in enumerate(peaks):
        if peak < LOUD:
            continue
        if window - last_loud > quiet_windows:
            start = _first_above(samples, max(0, (window - 2) * WINDOW), START)
            found.append(Onset(recording.time_of(start), _pitch(samples, start, rate)))
        last_loud = window
    return found


def _first_above(samples: array.array[int], index: int, level: int) -> int:
    while abs(samples[index]) < level:
        index += 1
    return index


def _pitch(samples: array.array[int], start: int, rate: int) -> float:
    """The frequency over the first 30 ms, from zero crossings (the cues are nearly pure)."""
    # Skip the first 5 ms: the fade in.
    begin = start + rate // 200
    piece = samples[begin : begin + rate * 30 // 1000]
    crossings = sum(1 for a, b in itertools.pairwise(piece) if (a < 0) != (b < 0))
    return crossings / 2 / (len(piece) / rate)


def _require(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise SoundServerError(
            f"{program} is not installed; run scripts/system-deps.sh test (make test does)"
        )
    return path


def events_from_log(log: list[dict[str, object]]) -> list[Event]:
    """The event log's lines as the engine's events again: what, when, and which breath."""
    return [
        Event(
            EventKind(str(line["event"])),
            at=float(str(line["t"])),
            session_time=float(str(line["session_time"])),
            breath=None if line["breath"] is None else Breath(str(line["breath"])),
        )
        for line in log
    ]
