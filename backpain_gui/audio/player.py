"""Plays cues through playsound3 on a worker thread; a problem is put into words, never raised.

Why a thread of its own: `import playsound3` runs `<player> --version` for every backend it
knows, and starting a player process takes milliseconds, so neither may happen on the UI
thread (DESIGN.md, Known traps). The thread imports playsound3 inside a guard (a probe with
a timeout first, so a hung player cannot hang the import), plays a silent file to warm up
the player, then starts each cue at its start time and watches the player processes:
each is reaped when it ends, stopped when it runs far past its sound's length, and all are
stopped and reaped when the player closes. The thread lives until then because playsound3
asks Linux to end a player when the thread that started it ends (PR_SET_PDEATHSIG).

Anything that keeps a cue from sounding (no backend, a missing or unreadable file, a player
that fails) is kept as one problem in words, with the package that fixes it; the session
goes on in silence.
"""

from __future__ import annotations

import heapq
import importlib
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from backpain_gui.audio.cues import (
    LEADING_SILENCE_SECONDS,
    WARM_UP_FILE,
    Cue,
    Volume,
    sound_file,
    sounds_folder,
)
from backpain_gui.audio.sound_server import missing_sound_server

# From starting gst-play-1.0 (warm) to its first sound reaching the sound server, measured
# by benchmarks/bench_sound.py through PulseAudio: start each cue this much earlier.
PLAYER_START_SECONDS = 0.035
# A player still running this long after its sound should have ended is stuck.
PLAYER_OVERRUN_SECONDS = 5.0
# `<player> --version` answers in milliseconds; a hung one must not hang the app.
PROBE_TIMEOUT_SECONDS = 5.0
# How often running players are checked for their end, to reap them promptly.
REAP_SECONDS = 0.05
# The player's exit, after it is asked to stop, before it is killed.
STOP_GRACE_SECONDS = 1.0

PLAYER_PACKAGE = "gstreamer1.0-plugins-base-apps"
INSTALL_PLAYER = (
    "On Debian or Ubuntu, install the player gst-play-1.0 with: "
    f"sudo apt-get install {PLAYER_PACKAGE}"
)
# The programs playsound3 probes on Linux, each with the package that has it.
PROBED_PLAYERS = {
    "gst-play-1.0": ("--version", PLAYER_PACKAGE),
    "ffplay": ("-version", "ffmpeg"),
    "aplay": ("--version", "alsa-utils"),
    "mpg123": ("--version", "mpg123"),
}
# playsound3's backend names, as the program each runs and what else playing WAV needs.
BACKEND_PLAYERS = {
    "gstreamer": ("gst-play-1.0", "gstreamer1.0-plugins-good"),
    "ffplay": ("ffplay", "ffmpeg"),
    "alsa": ("aplay", "alsa-utils"),
}


class PlayerProcess(Protocol):
    """The running player, as `subprocess.Popen` offers it."""

    def poll(self) -> int | None:
        """Its exit status, or None while it runs."""

    def terminate(self) -> None:
        """Ask it to stop."""

    def kill(self) -> None:
        """Stop it at once."""

    def wait(self, timeout: float | None = None) -> int:
        """Wait for its exit and reap it."""


class PlayingSound(Protocol):
    """What `playsound3.playsound(..., block=False)` returns."""

    @property
    def subprocess(self) -> PlayerProcess:
        """The player process."""


class Playsound(Protocol):
    """The `playsound3.playsound` function."""

    def __call__(self, sound: str, block: bool = True) -> PlayingSound:
        """Start playing `sound`."""


class Player(Protocol):
    """What the window, its cues and the sound check need of a player: CuePlayer, or a fake."""

    # How long before a cue is due its player is started.
    lead_seconds: float
    volume: Volume

    @property
    def problem(self) -> str | None:
        """What keeps cues from sounding, in words with the fix; None while all is well."""

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play `cue` so that it is heard at clock time `due` (None: as soon as possible)."""

    def stop(self) -> None:
        """Stop every cue: those playing and those waiting for their time."""

    def close(self) -> None:
        """Stop every cue for good, with every player process reaped (the app is quitting)."""


@dataclass(frozen=True, slots=True)
class Backend:
    """playsound3 ready to play: its `playsound` and the backend it chose."""

    playsound: Playsound
    name: str


def _probe_players() -> str | None:
    """Run each player playsound3 will probe, with a timeout; a problem when one hangs."""
    # Imported here, as the worker thread starts: the window's start-up need not wait for it.
    import subprocess

    for program, (flag, package) in PROBED_PLAYERS.items():
        path = shutil.which(program)
        if path is None:
            continue
        try:
            subprocess.run(
                [path, flag],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=PROBE_TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return (
                f"No sound: the player {program} did not answer within "
                f"{PROBE_TIMEOUT_SECONDS:g} s. Reinstall it with: "
                f"sudo apt-get install --reinstall {package}"
            )
        except OSError as error:
            return f"No sound: the player {program} cannot run ({_said(error)}). {INSTALL_PLAYER}"
    return None


def load_backend() -> Backend | str:
    """playsound3, imported with every failure turned into a problem in words."""
    hung = _probe_players()
    if hung is not None:
        return hung
    try:
        # Players are started with a hook that imports ctypes in the child before it runs
        # the player; with ctypes already loaded here that import costs nothing there.
        importlib.import_module("ctypes")
        playsound3 = importlib.import_module("playsound3")
    except ModuleNotFoundError as error:
        if error.name != "playsound3":
            return f"No sound: the sound backend could not start ({_said(error)}). {INSTALL_PLAYER}"
        return (
            "No sound: the Python package playsound3 is missing. "
            "Install it with: pip install playsound3"
        )
    except Exception as error:
        # Its import runs every player it knows: whatever goes wrong there means no sound.
        return f"No sound: the sound player could not start ({_said(error)}). {INSTALL_PLAYER}"
    if playsound3.DEFAULT_BACKEND is None:
        return f"No sound: no sound player was found. {INSTALL_PLAYER}"
    return Backend(playsound3.playsound, str(playsound3.DEFAULT_BACKEND))


@dataclass(order=True, slots=True)
class _Order:
    """A sound to start at clock time `start_at`; the warm-up when `cue` is None."""

    start_at: float
    number: int
    cue: Cue | None = field(compare=False)


@dataclass(slots=True)
class _Playing:
    """A player process and what it plays."""

    process: PlayerProcess
    file: Path
    started: float
    seconds: float
    stopped: bool = False


class CuePlayer:
    """Plays cues at the time they are due, off the UI thread; see the module's comment."""

    def __init__(
        self,
        folder: Path | None = None,
        volume: Volume = Volume.NORMAL,
        backend: Callable[[], Backend | str] = load_backend,
        *,
        clock: Callable[[], float],
        start_seconds: float = PLAYER_START_SECONDS,
        sound_server: Callable[[], str | None] = missing_sound_server,
    ) -> None:
        self.folder = folder or sounds_folder()
        self.volume = volume
        # How long before a cue is due to start its player: start-up, then the file's silence.
        self.lead_seconds = start_seconds + LEADING_SILENCE_SECONDS
        self._load_backend = backend
        self._clock = clock
        self._backend: Backend | None = None
        # With no sound server the player plays to nobody and says nothing (gst-play-1.0 exits
        # 0): told from the start, a few stat calls, so no later notice claims tones.
        self._problem: str | None = sound_server()
        self._wake = threading.Condition()
        self._orders: list[_Order] = []
        self._numbers = 0
        self._stop_asked = False
        self._closing = False
        self._thread: threading.Thread | None = None
        # Only the worker thread touches these.
        self._playing: list[_Playing] = []
        self._lengths: dict[Path, float] = {}

    @property
    def problem(self) -> str | None:
        """What keeps cues from sounding, in words with the fix; None while all is well."""
        with self._wake:
            return self._problem

    def start(self) -> None:
        """Load the sound backend and warm the player up, on the worker thread."""
        with self._wake:
            if self._thread is not None or self._closing:
                return
            self._thread = threading.Thread(target=self._run, name="sound cues", daemon=True)
            self._queue(None, self._clock())
        self._thread.start()

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play `cue` so that it is heard at clock time `due` (None: as soon as possible)."""
        start_at = self._clock() if due is None else due - self.lead_seconds
        with self._wake:
            if not self._closing:
                self._queue(cue, start_at)
                self._wake.notify()
        self.start()

    def stop(self) -> None:
        """Stop every cue: those playing and those waiting for their time."""
        with self._wake:
            # The warm-up is no cue: it stays, or the first cue would start cold.
            self._orders = [order for order in self._orders if order.cue is None]
            heapq.heapify(self._orders)
            self._stop_asked = True
            self._wake.notify()

    def close(self, timeout: float = 5.0) -> None:
        """Stop every cue and end the worker thread, with every player process reaped."""
        with self._wake:
            self._closing = True
            self._orders.clear()
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    # The worker thread.

    def _queue(self, cue: Cue | None, start_at: float) -> None:
        self._numbers += 1
        heapq.heappush(self._orders, _Order(start_at, self._numbers, cue))

    def _report(self, problem: str) -> None:
        with self._wake:
            if self._problem is None:
                self._problem = problem

    def _run(self) -> None:
        loaded = self._load_backend()
        if isinstance(loaded, str):
            self._report(loaded)
        else:
            self._backend = loaded
        try:
            while self._step():
                pass
        finally:
            self._end_all()

    def _step(self) -> bool:
        """Wait for the next thing to do, then do it; False once the player is closing."""
        with self._wake:
            if not (self._closing or self._stop_asked or self._due_now()):
                self._wake.wait(self._wait_seconds())
            if self._closing:
                return False
            stop, self._stop_asked = self._stop_asked, False
            due = []
            while self._due_now():
                due.append(heapq.heappop(self._orders))
        if stop:
            self._end_all()
        for order in due:
            self._begin(order)
        self._reap()
        return True

    def _due_now(self) -> bool:
        return bool(self._orders) and self._orders[0].start_at <= self._clock()

    def _wait_seconds(self) -> float | None:
        waits = [REAP_SECONDS] if self._playing else []
        if self._orders:
            waits.append(max(0.0, self._orders[0].start_at - self._clock()))
        return min(waits, default=None)

    def _begin(self, order: _Order) -> None:
        """Start one player for an order."""
        backend = self._backend
        if backend is None:
            return
        name = WARM_UP_FILE if order.cue is None else sound_file(order.cue, self.volume)
        file = self.folder / name
        seconds = self._length(file)
        if seconds is None:
            return
        try:
            sound = backend.playsound(str(file), block=False)
        except Exception as error:
            # Whatever a player does wrong, the session goes on without sound.
            self._report(f"No sound: {_player(backend)[0]} could not play {file} ({_said(error)}).")
            return
        self._playing.append(_Playing(sound.subprocess, file, self._clock(), seconds))

    def _length(self, file: Path) -> float | None:
        """How long a sound file plays, or None (and a problem) when it cannot be read."""
        import wave

        if file not in self._lengths:
            try:
                with wave.open(str(file), "rb") as sound:
                    self._lengths[file] = sound.getnframes() / sound.getframerate()
            except (OSError, EOFError, wave.Error) as error:
                reason = "is missing" if isinstance(error, FileNotFoundError) else "cannot be read"
                self._report(
                    f"No sound: the sound file {file} {reason}. Reinstall backpain-gui to get it "
                    "back (in a source checkout: python tools/make_sounds.py)."
                )
                return None
        return self._lengths[file]

    def _reap(self) -> None:
        """Collect players that ended, and stop those that ran far too long."""
        now = self._clock()
        for playing in list(self._playing):
            status = playing.process.poll()
            if status is None:
                if now - playing.started > playing.seconds + PLAYER_OVERRUN_SECONDS:
                    self._end(playing)
                    self._report(
                        f"No sound: the player was still playing {playing.file.name} "
                        f"{PLAYER_OVERRUN_SECONDS:g} s after it should have ended, so it was "
                        "stopped. Check that the sound server (PulseAudio or PipeWire) runs."
                    )
                continue
            self._playing.remove(playing)
            self._check_exit(playing, status, now)

    def _check_exit(self, playing: _Playing, status: int, now: float) -> None:
        """A player that failed, or that ended long before its sound could have played."""
        # gst-play-1.0 exits with status 0 even when it cannot play a file, so a player
        # that ends in less than half the sound's length is taken to have failed too.
        failed = status != 0 or now - playing.started < playing.seconds / 2
        if playing.stopped or not failed or self._backend is None:
            return
        player, package = _player(self._backend)
        how = f"exit status {status}" if status else "it ended at once, silent"
        fix = f" On Debian or Ubuntu, playing WAV files needs: sudo apt-get install {package}"
        said = f"No sound: {player} could not play {playing.file.name} ({how})."
        self._report(said + fix if package else said)

    def _end(self, playing: _Playing) -> None:
        """Stop one player and reap it."""
        import subprocess

        playing.stopped = True
        if playing.process.poll() is None:
            playing.process.terminate()
            try:
                playing.process.wait(STOP_GRACE_SECONDS)
            except subprocess.TimeoutExpired:
                playing.process.kill()
                playing.process.wait()
        if playing in self._playing:
            self._playing.remove(playing)

    def _end_all(self) -> None:
        for playing in list(self._playing):
            self._end(playing)


def _said(error: BaseException) -> str:
    """An error's message to quote inside a sentence: without its own full stop."""
    return str(error).rstrip(".")


def _player(backend: Backend) -> tuple[str, str]:
    """The program a backend runs, and the package it needs to play WAV ("" when unknown)."""
    return BACKEND_PLAYERS.get(backend.name, (backend.name, ""))
