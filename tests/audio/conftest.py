"""Fixtures for the audio tests: a fake playsound, and players on it closed after each test."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backpain_gui.audio.cues import Volume, sounds_folder
from backpain_gui.audio.player import Backend, CuePlayer
from tests.audio.fake_playsound import FakePlaysound


@pytest.fixture
def playsound() -> FakePlaysound:
    return FakePlaysound()


@pytest.fixture
def make_player(playsound: FakePlaysound) -> Iterator[Callable[..., CuePlayer]]:
    """A CuePlayer on the shipped sounds and the fake playsound; closed after the test."""
    players: list[CuePlayer] = []

    def make(folder: Path | None = None, volume: Volume = Volume.NORMAL) -> CuePlayer:
        player = CuePlayer(
            folder=folder or sounds_folder(),
            volume=volume,
            backend=lambda: Backend(playsound, "gstreamer"),
            clock=time.monotonic,
            sound_server=lambda: None,
        )
        players.append(player)
        return player

    yield make
    for player in players:
        player.close()
