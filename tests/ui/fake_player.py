"""A player that plays nothing and writes down what it was told, for window and cue tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from backpain_gui.audio.cues import Cue, Volume
from tests.audio.cue_sessions import LEAD


@dataclass
class FakePlayer:
    """Writes down what it is told to play and when to stop."""

    lead_seconds: float = LEAD
    volume: Volume = Volume.NORMAL
    problem: str | None = None
    played: list[tuple[float, Cue]] = field(default_factory=list)
    stops: int = 0
    closed: bool = False

    def play(self, cue: Cue, due: float | None = None) -> None:
        assert due is not None, "a session cue always has its beat"
        self.played.append((round(due, 3), cue))

    def stop(self) -> None:
        self.stops += 1

    def close(self) -> None:
        self.closed = True
