"""The player: the right file at the right time, every problem in words, no process left behind."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from backpain_gui.audio import player as player_module
from backpain_gui.audio.cues import WARM_UP_FILE, Cue, Volume, sound_file, sounds_folder
from backpain_gui.audio.player import Backend, CuePlayer, load_backend
from tests.audio.fake_playsound import FakePlaysound, eventually, gone

# A player that ignores the polite request to stop, as a stuck one might.
STUBBORN = [
    sys.executable,
    "-c",
    "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)",
]


def test_it_warms_up_with_silence_then_plays_the_cue_at_the_chosen_volume(
    make_player, playsound: FakePlaysound
) -> None:
    player = make_player(volume=Volume.LOUD)
    player.start()
    player.play(Cue.BREATHE_IN)
    eventually(lambda: len(playsound.files()) == 2)
    player.volume = Volume.QUIET
    player.play(Cue.HOLD)
    eventually(lambda: len(playsound.files()) == 3)

    assert playsound.files() == [WARM_UP_FILE, "breathe-in-loud.wav", "hold-quiet.wav"]
    assert player.problem is None


def test_a_cue_due_later_starts_its_player_early_by_the_lead(
    make_player, playsound: FakePlaysound
) -> None:
    player = make_player()
    player.start()
    due = time.monotonic() + player.lead_seconds + 0.2
    player.play(Cue.NEXT_REP, due=due)
    eventually(lambda: len(playsound.files()) == 2)

    (_, started_at) = playsound.played[1]
    assert started_at >= due - player.lead_seconds, "started before its time"
    assert player.lead_seconds > 0.05, "the lead covers the file's leading silence and more"


def test_stop_drops_the_cues_still_waiting_for_their_time(
    make_player, playsound: FakePlaysound
) -> None:
    player = make_player()
    player.start()
    player.play(Cue.FINISHED, due=time.monotonic() + 30)
    player.stop()
    player.play(Cue.HOLD)
    eventually(lambda: len(playsound.files()) == 2)
    player.close()

    assert playsound.files() == [WARM_UP_FILE, "hold-normal.wav"]


def test_stop_ends_the_players_and_reaps_them(make_player, playsound: FakePlaysound) -> None:
    playsound.command = ["sleep", "60"]
    player = make_player()
    player.start()
    for cue in (Cue.BREATHE_IN, Cue.HOLD, Cue.BREATHE_OUT):
        player.play(cue)
    eventually(lambda: len(playsound.processes) == 4)
    player.stop()

    eventually(lambda: all(gone(p.pid) for p in playsound.processes))
    assert player.problem is None, "a cue stopped on purpose is not a problem"


def test_players_that_end_are_reaped_while_the_player_runs(
    make_player, playsound: FakePlaysound
) -> None:
    playsound.command = ["sleep", "0.01"]
    player = make_player()
    player.start()
    player.play(Cue.NEXT_EXERCISE)
    eventually(lambda: len(playsound.processes) == 2)

    eventually(lambda: all(gone(p.pid) for p in playsound.processes))


def test_closing_leaves_no_player_process_behind(make_player, playsound: FakePlaysound) -> None:
    playsound.command = STUBBORN
    player = make_player()
    player.start()
    player.play(Cue.FINISHED)
    eventually(lambda: len(playsound.processes) == 2)
    player.close()

    assert all(gone(p.pid) for p in playsound.processes)


def test_a_player_that_outlives_its_sound_is_stopped_and_reported(
    make_player, playsound: FakePlaysound, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(player_module, "PLAYER_OVERRUN_SECONDS", 0.1)
    monkeypatch.setattr(player_module, "STOP_GRACE_SECONDS", 0.2)
    playsound.command = STUBBORN
    player = make_player()
    player.start()
    player.play(Cue.NEXT_REP)

    eventually(lambda: player.problem is not None)
    assert "still playing next-rep-normal.wav" in str(player.problem)
    eventually(lambda: all(gone(p.pid) for p in playsound.processes))


def test_a_player_that_exits_with_an_error_is_reported_once_with_the_package(
    make_player, playsound: FakePlaysound
) -> None:
    playsound.command = ["sh", "-c", "exit 1"]
    player = make_player()
    player.start()
    player.play(Cue.HOLD)
    eventually(lambda: player.problem is not None)
    player.play(Cue.BREATHE_OUT)
    eventually(lambda: len(playsound.files()) == 3)

    # The first player seen to fail is named: the warm-up's silence, or on a loaded machine
    # the cue's, if its player was reaped first. One problem, with the package that fixes it.
    assert re.fullmatch(
        r"No sound: gst-play-1\.0 could not play (silence|hold-normal)\.wav \(exit status 1\)\. On "
        r"Debian or Ubuntu, playing WAV files needs: sudo apt-get install "
        r"gstreamer1\.0-plugins-good",
        str(player.problem),
    ), player.problem


def test_a_player_that_ends_at_once_without_error_did_not_play(
    make_player, playsound: FakePlaysound
) -> None:
    # gst-play-1.0 exits with status 0 when it cannot play a file.
    playsound.command = ["true"]
    player = make_player()
    player.start()
    player.play(Cue.FINISHED)

    eventually(lambda: player.problem is not None)
    assert "could not play" in str(player.problem)
    assert "gstreamer1.0-plugins-good" in str(player.problem)


def test_a_player_that_raises_is_reported_and_the_next_cue_still_plays(
    make_player, playsound: FakePlaysound
) -> None:
    playsound.error = RuntimeError("backend exploded")
    player = make_player()
    player.start()
    player.play(Cue.HOLD)
    eventually(lambda: len(playsound.files()) == 2)

    assert player.problem is not None
    assert "could not play" in player.problem
    assert "backend exploded" in player.problem


def test_a_missing_sound_file_is_reported_by_name(
    make_player, playsound: FakePlaysound, tmp_path: Path
) -> None:
    shutil.copy(sounds_folder() / WARM_UP_FILE, tmp_path)
    player = make_player(folder=tmp_path)
    player.start()
    player.play(Cue.HOLD)
    player.play(Cue.BREATHE_IN)

    eventually(lambda: player.problem is not None)
    assert f"{tmp_path / 'hold-normal.wav'} is missing" in str(player.problem)
    assert "tools/make_sounds.py" in str(player.problem)
    assert playsound.files() == [WARM_UP_FILE], "no player started for a file that is not there"


def test_a_broken_sound_file_is_reported(
    make_player, playsound: FakePlaysound, tmp_path: Path
) -> None:
    shutil.copy(sounds_folder() / WARM_UP_FILE, tmp_path)
    (tmp_path / sound_file(Cue.HOLD, Volume.NORMAL)).write_bytes(b"not a wave file")
    player = make_player(folder=tmp_path)
    player.start()
    player.play(Cue.HOLD)

    eventually(lambda: player.problem is not None)
    assert "hold-normal.wav cannot be read" in str(player.problem)


def test_without_a_backend_cues_are_dropped_and_the_reason_kept(playsound: FakePlaysound) -> None:
    player = CuePlayer(
        backend=lambda: "No sound: no sound player was found.",
        clock=time.monotonic,
        sound_server=lambda: None,
    )
    player.start()
    player.play(Cue.HOLD)
    eventually(lambda: player.problem is not None)
    player.close()

    assert player.problem == "No sound: no sound player was found."


# load_backend: importing playsound3, with a fake in its place.


@pytest.fixture
def no_players(monkeypatch: pytest.MonkeyPatch) -> None:
    """No real player is probed."""
    monkeypatch.setattr(player_module, "PROBED_PLAYERS", {})


def fake_playsound3(monkeypatch: pytest.MonkeyPatch, default_backend: str | None) -> ModuleType:
    module = ModuleType("playsound3")
    module.DEFAULT_BACKEND = default_backend  # type: ignore[attr-defined]
    module.playsound = FakePlaysound()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "playsound3", module)
    return module


@pytest.mark.usefixtures("no_players")
def test_playsound3_with_a_backend_is_ready_to_play(monkeypatch: pytest.MonkeyPatch) -> None:
    module = fake_playsound3(monkeypatch, "gstreamer")

    assert load_backend() == Backend(module.playsound, "gstreamer")


@pytest.mark.usefixtures("no_players")
def test_no_player_installed_names_the_package_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_playsound3(monkeypatch, None)

    assert load_backend() == (
        "No sound: no sound player was found. On Debian or Ubuntu, install the player "
        "gst-play-1.0 with: sudo apt-get install gstreamer1.0-plugins-base-apps"
    )


@pytest.mark.usefixtures("no_players")
def test_a_player_that_fails_while_playsound3_imports_means_no_sound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing_import(name: str) -> ModuleType:
        # What playsound3's import raises when `gst-play-1.0 --version` exits with an error.
        raise subprocess.CalledProcessError(1, ["gst-play-1.0", "--version"])

    monkeypatch.setattr(importlib, "import_module", failing_import)
    problem = load_backend()

    assert isinstance(problem, str)
    assert problem.startswith("No sound: the sound player could not start (Command ")
    assert "sudo apt-get install gstreamer1.0-plugins-base-apps" in problem


@pytest.mark.usefixtures("no_players")
def test_a_missing_playsound3_package_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "playsound3", None)  # an import that fails as if not there

    assert load_backend() == (
        "No sound: the Python package playsound3 is missing. "
        "Install it with: pip install playsound3"
    )


def test_a_hung_player_is_given_up_on_before_playsound3_probes_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    hung = tmp_path / "gst-play-1.0"
    hung.write_text(f"#!/bin/sh\nexec {shutil.which('sleep')} 60\n", encoding="utf-8")
    hung.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(player_module, "PROBE_TIMEOUT_SECONDS", 0.2)
    monkeypatch.delitem(sys.modules, "playsound3", raising=False)

    assert load_backend() == (
        "No sound: the player gst-play-1.0 did not answer within 0.2 s. Reinstall it with: "
        "sudo apt-get install --reinstall gstreamer1.0-plugins-base-apps"
    )
    assert "playsound3" not in sys.modules, "playsound3 would have hung on it"
