"""No sound server: found out from where its clients look for it, with real sockets."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backpain_gui.audio.cues import Cue
from backpain_gui.audio.player import Backend, CuePlayer
from backpain_gui.audio.sound_server import (
    NO_SOUND_SERVER,
    missing_sound_server,
    sound_server_found,
)
from tests.audio.fake_playsound import FakePlaysound


@pytest.fixture
def listening() -> Iterator[list[socket.socket]]:
    sockets: list[socket.socket] = []
    yield sockets
    for server in sockets:
        server.close()


def serve(path: Path, sockets: list[socket.socket]) -> Path:
    """A listening Unix socket at `path`, as a sound server makes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen()
    sockets.append(server)
    return path


def test_an_empty_runtime_folder_and_no_sound_card_is_no_server(tmp_path: Path) -> None:
    environ = {"XDG_RUNTIME_DIR": str(tmp_path / "run")}
    assert not sound_server_found(environ, system=tmp_path)
    # As the app asks: the words, with the fix.
    named = {"PULSE_SERVER": f"unix:{tmp_path / 'no-pulseaudio'}"}
    assert missing_sound_server(named) == NO_SOUND_SERVER
    assert "cues and voice are silent" in NO_SOUND_SERVER
    assert "systemctl --user start" in NO_SOUND_SERVER


@pytest.mark.parametrize("socket_name", ["pulse/native", "pipewire-0"])
def test_pulseaudio_or_pipewire_in_the_runtime_folder_is_found(
    tmp_path: Path, listening: list[socket.socket], socket_name: str
) -> None:
    run = tmp_path / "run"
    serve(run / socket_name, listening)
    assert sound_server_found({"XDG_RUNTIME_DIR": str(run)}, system=tmp_path)


def test_a_file_where_the_socket_should_be_is_no_server(tmp_path: Path) -> None:
    # A server that died leaves its socket file behind only as a socket; a plain file is none.
    (tmp_path / "run" / "pulse").mkdir(parents=True)
    (tmp_path / "run" / "pulse" / "native").write_text("")
    assert not sound_server_found({"XDG_RUNTIME_DIR": str(tmp_path / "run")}, system=tmp_path)


def test_pulse_server_names_the_only_server_clients_use(
    tmp_path: Path, listening: list[socket.socket]
) -> None:
    run = tmp_path / "run"
    serve(run / "pulse" / "native", listening)
    missing = f"unix:{tmp_path / 'no-pulseaudio'}"
    environ = {"XDG_RUNTIME_DIR": str(run), "PULSE_SERVER": missing}
    assert not sound_server_found(environ, system=tmp_path)
    there = serve(tmp_path / "elsewhere", listening)
    assert sound_server_found({**environ, "PULSE_SERVER": f"{missing} unix:{there}"}, tmp_path)
    # A network server is taken on trust.
    assert sound_server_found({"PULSE_SERVER": "tcp:speakers.local:4713"}, system=tmp_path)


def test_a_sound_card_plays_without_a_server(tmp_path: Path) -> None:
    (tmp_path / "dev" / "snd").mkdir(parents=True)
    (tmp_path / "dev" / "snd" / "pcmC0D0c").write_text("")
    environ = {"XDG_RUNTIME_DIR": str(tmp_path / "run")}
    assert not sound_server_found(environ, system=tmp_path), "a capture device plays nothing"
    (tmp_path / "dev" / "snd" / "pcmC0D0p").write_text("")
    assert sound_server_found(environ, system=tmp_path)


def test_the_player_says_so_from_the_start_and_keeps_that_first(
    playsound: FakePlaysound,
) -> None:
    playsound.command = ["sh", "-c", "exit 1"]
    player = CuePlayer(
        backend=lambda: Backend(playsound, "gstreamer"),
        clock=time.monotonic,
        sound_server=lambda: NO_SOUND_SERVER,
    )
    assert player.problem == NO_SOUND_SERVER
    try:
        player.start()
        player.play(Cue.HOLD)
    finally:
        player.close()
    assert player.problem == NO_SOUND_SERVER
