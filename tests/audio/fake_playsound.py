"""A fake playsound that starts real, short-lived processes, and a wait for the worker thread."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def eventually(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait until the player's worker thread has made `condition` true; fail after `timeout`."""
    deadline = time.monotonic() + timeout
    nudge = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "the player's thread did not get there"
        nudge.wait(0.005)


def gone(pid: int) -> bool:
    """True once a process has exited and been reaped (a zombie still answers signal 0)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@dataclass
class _Sound:
    """What playsound3's `playsound(..., block=False)` returns: the player process."""

    subprocess: subprocess.Popen[bytes]


class FakePlaysound:
    """playsound3's `playsound`, running `command` (a real process) instead of a player."""

    def __init__(self) -> None:
        self.command = ["sleep", "0.2"]
        self.error: Exception | None = None
        self.played: list[tuple[str, float]] = []
        self.processes: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()

    def __call__(self, sound: str, block: bool = True) -> _Sound:
        assert not block, "a cue must never block the thread that plays it"
        with self._lock:
            self.played.append((Path(sound).name, time.monotonic()))
        if self.error is not None:
            raise self.error
        process = subprocess.Popen(self.command)
        with self._lock:
            self.processes.append(process)
        return _Sound(process)

    def files(self) -> list[str]:
        """The file names played so far, in order."""
        with self._lock:
            return [name for name, _ in self.played]
