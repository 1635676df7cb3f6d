"""End to end with real sound: the app plays its cues into a private PulseAudio server.

The test records the server's null sink while the installed app runs a short routine under
Xvfb, finds each sound's onset in the recording, and matches it against the app's event log:
every breath phase has its cue, in order, on its beat and in its own pitch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from backpain_gui.audio.cues import Cue
from backpain_gui.audio.scheduler import COUNTDOWN_BEEPS, cue_for_moment
from backpain_gui.session import EventKind
from tests.e2e.conftest import SVG, RunningApp
from tests.e2e.sound_server import (
    Onset,
    Recorder,
    Recording,
    SoundServer,
    events_from_log,
    onsets,
)

# It times real sound to a tenth of a second: it runs with the machine to itself.
pytestmark = pytest.mark.solo

# One exercise, two reps; with the default 5 s get-ready the session is 13.4 s long. Phases
# are longer than their cues, so that every cue ends before the next begins.
ROUTINE = """\
schema_version: 1
title: Sound test
exercises:
  - id: roll
    name: Roll
    aim: Hear every breath.
    start_position: Lie on your back.
    start_picture: start.svg
    reps: 2
    phases:
      - {breath: in, seconds: 1.5, instruction: Breathe in., picture: in.svg}
      - {breath: out, seconds: 1.5, instruction: Breathe out., picture: out.svg}
      - {breath: hold, seconds: 1.2, instruction: Hold., picture: hold.svg}
"""
# The pitch each cue starts on (tools/make_sounds.py), with room for the recording's error.
PITCHES = {
    Cue.BREATHE_IN: (300, 360),
    Cue.HOLD: (365, 420),
    Cue.BREATHE_OUT: (460, 540),
    Cue.COUNTDOWN: (820, 940),
    Cue.NEXT_REP: (1000, 3000),
}
# How far from its beat a cue may land and still count as on it (the benchmark has the
# real target); the first cue answers the start itself, while the player still warms up.
ON_THE_BEAT = 0.1
FIRST_CUE = 0.6
# The finishing chord rings this long.
CHORD_SECONDS = 2.5


@dataclass(frozen=True)
class Beat:
    """A cue the app should play, and when."""

    at: float
    cue: Cue


@pytest.fixture
def sound_routine(tmp_path: Path) -> Path:
    folder = tmp_path / "routine"
    folder.mkdir()
    for name, colour in (("start", "#c8d8e8"), ("in", "#3fa7a0"), ("out", "#5b8fd6")):
        (folder / f"{name}.svg").write_text(SVG.format(colour=colour), encoding="utf-8")
    (folder / "hold.svg").write_text(SVG.format(colour="#d9a441"), encoding="utf-8")
    path = folder / "sound.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    return path


@pytest.fixture
def sound_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SoundServer]:
    """A PulseAudio server of the test's own; apps launched after this play on it."""
    server = SoundServer(tmp_path / "pulse")
    server.start()
    for name, value in server.client_env.items():
        monkeypatch.setenv(name, value)
    try:
        yield server
    finally:
        server.stop()


def expected_beats(log: list[dict[str, object]]) -> list[Beat]:
    """The cues the event log asks for: one per moment, and the get-ready's 3-2-1."""
    events = events_from_log(log)
    beats = []
    for at in sorted({event.at for event in events}):
        cue = cue_for_moment(event for event in events if event.at == at)
        if cue is not None:
            beats.append(Beat(at, cue))
    for line in log:
        if line["event"] == EventKind.GET_READY_STARTED.value:
            end = float(str(line["t"])) + float(str(line["seconds"]))
            beats += [Beat(end - left, Cue.COUNTDOWN) for left in COUNTDOWN_BEEPS]
    return sorted(beats, key=lambda beat: beat.at)


def players_left(recorder: Recorder) -> list[int]:
    """Processes still running with this server in their environment, other than parec."""
    marker = f"PULSE_SERVER={recorder.server.client_env['PULSE_SERVER']}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == recorder.pid:
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def run_and_record(
    launch_app: Callable[..., RunningApp],
    recorder: Recorder,
    routine: Path,
    until: str = "session_finished",
    ring_out: float = CHORD_SECONDS,
    path: str | None = None,
) -> tuple[RunningApp, Recording, list[int]]:
    """Record the app (with `path` as its PATH) running the routine until an event, then quit.

    Returns the app, the recording and the processes still playing on the server after quit.
    """
    recorder.start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            if path is not None:
                patch.setenv("PATH", path)
            app = launch_app("--start", "--routine", str(routine))
        last = app.wait_for_event(until, timeout=40)
        app.wait_for_window("backpain-gui")
        # Let the last cue ring out.
        wait_until(float(str(last["t"])) + ring_out)
        app.quit()
        assert app.process.wait(timeout=15) == 0
        left = players_left(recorder)
    finally:
        recording = recorder.stop()
    return app, recording, left


def wait_until(clock_time: float) -> None:
    """Let the real clock reach `clock_time` (time.monotonic, as the event log's `t`)."""
    time.sleep(max(0.0, clock_time - time.monotonic()))


def describe(beats: list[Beat], heard: list[Onset]) -> str:
    """Expected and heard, side by side, for a failure message."""
    lines = [f"expected {len(beats)} cues, heard {len(heard)} sounds:"]
    for index in range(max(len(beats), len(heard))):
        want = f"{beats[index].cue:<14} at {beats[index].at:.3f}" if index < len(beats) else "-"
        got = f"{heard[index].at:.3f} ({heard[index].hertz:.0f} Hz)" if index < len(heard) else "-"
        lines.append(f"  {want:<34} heard {got}")
    return "\n".join(lines)


def test_every_breath_phase_is_heard_in_order_on_its_beat(
    launch_app, sound_server: SoundServer, sound_routine: Path, tmp_path: Path
) -> None:
    recorder = Recorder(sound_server, tmp_path / "recording.raw")
    app, recording, left = run_and_record(launch_app, recorder, sound_routine)
    beats = expected_beats(app.events())
    heard = onsets(recording)
    table = describe(beats, heard)

    breaths = [beat for beat in beats if beat.cue in PITCHES and beat.cue is not Cue.COUNTDOWN]
    assert len(breaths) == 6, table  # in, out, hold; tick (rep 2 starts), out, hold
    assert len(heard) == len(beats), table
    for index, (beat, onset) in enumerate(zip(beats, heard, strict=True)):
        allowed = FIRST_CUE if index == 0 else ON_THE_BEAT
        assert abs(onset.at - beat.at) <= allowed, f"cue {index} off its beat\n{table}"
        low, high = PITCHES.get(beat.cue, (0, 10_000))
        assert low <= onset.hertz <= high, f"cue {index} is not {beat.cue}\n{table}"
    assert left == [], "a player process outlived the app"
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors


def test_without_a_sound_player_the_session_runs_to_its_end_in_silence(
    launch_app, sound_server: SoundServer, sound_routine: Path, tmp_path: Path
) -> None:
    # The app finds no gst-play-1.0, nor any other player, on its PATH.
    empty = tmp_path / "no-players"
    empty.mkdir()
    recorder = Recorder(sound_server, tmp_path / "silence.raw")
    app, recording, _ = run_and_record(
        launch_app, recorder, sound_routine, "rep_completed", ring_out=0.5, path=str(empty)
    )

    kinds = [event["event"] for event in app.events()]
    assert kinds.count("phase_started") >= 3, "the first rep's three phases went by"
    assert kinds[-1] == "session_ended", "quitting ended the session properly"
    assert onsets(recording) == []
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors
