"""End to end with a real voice: speech-dispatcher and espeak-ng speaking into a private PulseAudio.

The tests start speech-dispatcher of their own on a socket of their own (SPEECHD_ADDRESS tells
the app where), playing on the sound tests' null sink, and record that sink while a short
session is guided. Where the event log says a phase began with its instruction, the recording
must hold speech; where a cue rings, it must not. It needs no display, no sound card and no
user session, and runs as root: the server gets its own runtime folder and home.

Used by benchmarks/bench_voice.py too.
"""

from __future__ import annotations

import bisect
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backpain_gui.audio.scheduler import cue_for_moment
from backpain_gui.session import EventKind
from backpain_gui.ui.voice import VOICE_PACKAGES, cue_seconds
from tests.e2e.conftest import SVG, RunningApp
from tests.e2e.sound_server import Recorder, Recording, SoundServer, events_from_log

# It times real sound against the event log: it runs with the machine to itself.
pytestmark = pytest.mark.solo

# Debian's speech-dispatcher only Recommends its espeak-ng module: without it the server
# answers "Found no modules" and plays a recorded "not configured" message instead.
ESPEAK_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")
# Speech: 10 ms windows louder than this (of 32767), joined across gaps shorter than a pause
# between words. espeak-ng at the default volume peaks near 10000.
WINDOW_SECONDS = 0.01
SPEECH_LEVEL = 600
WORD_GAP_SECONDS = 0.3
# From say() to the first sound: 5-20 ms warm, about 0.2 s for the very first utterance.
HEARD_WITHIN_SECONDS = 0.5

# One exercise, one rep: get-ready 5 s, then 3 s in and 4 s out, each long enough for its
# instruction after its cue.
ROUTINE = """\
schema_version: 1
title: Voice test
exercises:
  - id: bridge
    name: Bridge
    aim: Hear the guidance.
    start_position: Lie on your back.
    start_picture: start.svg
    reps: 1
    phases:
      - {breath: in, seconds: 3, instruction: Breathe in to prepare., picture: in.svg}
      - {breath: out, seconds: 4, instruction: Breathe out and lift your hips., picture: out.svg}
"""

# Drives a VoiceGuide on the real voice, with no window and no cues: every sound recorded is
# speech. Writes the event log and what was said when (time.monotonic, as the log's `t`).
GUIDE_SCRIPT = """\
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from backpain_gui.content.loader import load_routine
from backpain_gui.session import Session
from backpain_gui.storage.event_log import EventLog
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.voice import Voice, VoiceGuide

routine, out = load_routine(Path(sys.argv[1])), Path(sys.argv[2])
app = QCoreApplication(["voice-test"])
voice = Voice(QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat))
log = EventLog(out / "events.jsonl")
said = []
driver = SessionDriver(Session(routine))
guide = VoiceGuide(driver, voice)
guide.said.connect(lambda text: said.append({"t": time.monotonic(), "text": text}))
driver.events_happened.connect(log.write)
# The last words ("Session complete.") come after the finishing chord's 2.35 s.
driver.session_over.connect(lambda: QTimer.singleShot(5000, app.quit))

def begin():
    if voice.problem is not None:
        print(voice.problem, file=sys.stderr)
        app.exit(3)
    elif voice.available and not driver.running:
        driver.start()

voice.changed.connect(begin)
QTimer.singleShot(40000, app.quit)
status = app.exec()
voice.close()
log.close()
(out / "said.json").write_text(json.dumps(said))
sys.exit(status)
"""


class SpeechServerError(RuntimeError):
    """speech-dispatcher is missing, has no voice, or did not start."""


def _require(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise SpeechServerError(
            f"{program} is not installed; run scripts/system-deps.sh test (make test does)"
        )
    return path


class SpeechServer:
    """speech-dispatcher as the current user, on its own socket, playing on a SoundServer."""

    def __init__(self, folder: Path, sound: SoundServer) -> None:
        self.folder = folder
        self.sound = sound
        # A socket's path must stay under 108 bytes, which a test's tmp_path need not.
        self._socket_folder = Path(tempfile.mkdtemp(prefix="backpain-speechd-"))
        self.socket = self._socket_folder / "speechd.sock"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def client_env(self) -> dict[str, str]:
        """What a program needs in its environment to speak through this server."""
        return {"SPEECHD_ADDRESS": f"unix_socket:{self.socket}"}

    def start(self) -> None:
        """Start the server; return once its socket is there."""
        program = _require("speech-dispatcher")
        if not ESPEAK_MODULE.exists():
            raise SpeechServerError(
                "speech-dispatcher-espeak-ng is not installed: speech-dispatcher has no voice"
            )
        runtime, home, logs = (self.folder / name for name in ("runtime", "home", "log"))
        for folder in (runtime, home, logs):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        env = {
            **os.environ,
            **self.sound.client_env,
            "XDG_RUNTIME_DIR": str(runtime),
            "HOME": str(home),
        }
        self.process = subprocess.Popen(
            [
                program,
                "--run-single",
                "--communication-method",
                "unix_socket",
                "--socket-path",
                str(self.socket),
                # Never leave on its own: the test stops it.
                "--timeout",
                "0",
                "--log-dir",
                str(logs),
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not self.socket.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SpeechServerError(f"speech-dispatcher did not start; its logs are in {logs}")
            time.sleep(0.02)

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


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[SoundServer]:
    server = SoundServer(tmp_path / "pulse")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def speech_server(
    tmp_path: Path, sound_server: SoundServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SpeechServer]:
    """speech-dispatcher of the test's own; programs started after this speak through it."""
    server = SpeechServer(tmp_path / "speechd", sound_server)
    try:
        server.start()
    except SpeechServerError as error:
        pytest.fail(str(error))
    for name, value in {**sound_server.client_env, **server.client_env}.items():
        monkeypatch.setenv(name, value)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def voice_routine(tmp_path: Path) -> Path:
    folder = tmp_path / "routine"
    folder.mkdir()
    for name, colour in (("start", "#c8d8e8"), ("in", "#3fa7a0"), ("out", "#5b8fd6")):
        (folder / f"{name}.svg").write_text(SVG.format(colour=colour), encoding="utf-8")
    path = folder / "voice.yaml"
    path.write_text(ROUTINE, encoding="utf-8")
    return path


def loud_times(recording: Recording) -> list[float]:
    """When (time.monotonic) each 10 ms window of the recording that sounds begins, in order."""
    samples, rate = recording.samples, recording.rate
    size = round(WINDOW_SECONDS * rate)
    return [
        recording.time_of(index)
        for index in range(0, len(samples) - size, size)
        if max(abs(value) for value in samples[index : index + size]) > SPEECH_LEVEL
    ]


def sounds(loud: list[float], start: float, end: float) -> bool:
    """Whether anything sounds between clock times `start` and `end`."""
    first = bisect.bisect_left(loud, start)
    return first < len(loud) and loud[first] < end


def phrases(loud: list[float]) -> list[tuple[float, float]]:
    """The sounding stretches, words joined into phrases, for a failure message."""
    found: list[tuple[float, float]] = []
    for at in loud:
        if found and at - found[-1][1] < WORD_GAP_SECONDS:
            found[-1] = (found[-1][0], at + WINDOW_SECONDS)
        else:
            found.append((at, at + WINDOW_SECONDS))
    return found


def read_events(path: Path) -> list[dict[str, object]]:
    """The event log's lines."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def first_phases(log: list[dict[str, object]]) -> list[tuple[float, float]]:
    """When each phase of an exercise's first rep began and ended: it has its instruction."""
    return [
        (float(str(line["t"])), float(str(line["t"])) + float(str(line["seconds"])))
        for line in log
        if line["event"] == EventKind.PHASE_STARTED.value and line["rep"] == 1
    ]


def cue_slots(log: list[dict[str, object]]) -> list[tuple[float, float]]:
    """Where each breath and bell cue rings, by the event log and the cue files' lengths."""
    lengths = cue_seconds()
    events = events_from_log(log)
    slots = []
    for at in sorted({event.at for event in events}):
        cue = cue_for_moment(event for event in events if event.at == at)
        if cue is not None:
            slots.append((at, at + lengths[cue]))
    return slots


def run_guide(routine: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """The guide script in a process of its own, until its session is over."""
    out.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", GUIDE_SCRIPT, str(routine), str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def record(sound: SoundServer, path: Path, run: Callable[[], object]) -> Recording:
    """Record the null sink while `run` runs."""
    recorder = Recorder(sound, path)
    recorder.start()
    try:
        run()
    finally:
        recording = recorder.stop()
    return recording


def describe(loud: list[float], said: list[dict[str, object]]) -> str:
    """What was said and what was heard, for a failure message."""
    lines = [f"said {item['text']!r} at {float(str(item['t'])):.3f}" for item in said]
    lines += [f"heard {start:.3f} .. {end:.3f}" for start, end in phrases(loud)]
    return "\n".join(lines)


def test_the_voice_guide_speaks_through_speech_dispatcher_between_the_cues(
    speech_server: SpeechServer, sound_server: SoundServer, voice_routine: Path, tmp_path: Path
) -> None:
    out = tmp_path / "guide"
    done: list[subprocess.CompletedProcess[str]] = []
    recording = record(
        sound_server, tmp_path / "voice.raw", lambda: done.append(run_guide(voice_routine, out))
    )
    assert done[0].returncode == 0, done[0].stderr
    assert "Traceback" not in done[0].stderr
    said = json.loads((out / "said.json").read_text(encoding="utf-8"))
    log = read_events(out / "events.jsonl")
    loud = loud_times(recording)
    table = describe(loud, said)

    assert [item["text"] for item in said] == [
        "Bridge. Lie on your back.",
        "Breathe in to prepare.",
        "Breathe out and lift your hips.",
        "Session complete.",
    ], table
    for start, end in first_phases(log):
        assert sounds(loud, start, end), f"no speech in the phase {start:.3f}..{end:.3f}\n{table}"
    for start, end in cue_slots(log):
        assert not sounds(loud, start, end), f"speech over the cue {start:.3f}..{end:.3f}\n{table}"
    for item in said:
        at = float(str(item["t"]))
        assert sounds(loud, at, at + HEARD_WITHIN_SECONDS), f"{item['text']!r} unheard\n{table}"


def test_with_no_voice_the_guide_says_how_to_get_one(
    voice_routine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No speech-dispatcher answers at this address, as on a machine without one.
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'nobody-here.sock'}")
    done = run_guide(voice_routine, tmp_path / "guide")

    assert done.returncode == 3
    assert "tones only" in done.stderr
    assert f"sudo apt-get install {VOICE_PACKAGES}" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_app_speaks_each_instruction_where_the_event_log_says_its_phase_began(
    launch_app: Callable[..., RunningApp],
    speech_server: SpeechServer,
    sound_server: SoundServer,
    voice_routine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The app finds no cue player on its PATH (speech-dispatcher is the test's, already
    # running): every sound recorded is the voice, and a late cue's tail cannot pass for it.
    no_players = tmp_path / "no-players"
    no_players.mkdir()
    recording = record(
        sound_server,
        tmp_path / "app.raw",
        lambda: run_app(launch_app, voice_routine, no_players, monkeypatch),
    )
    loud = loud_times(recording)
    log = read_events(tmp_path / "events.jsonl")
    table = f"heard: {phrases(loud)}"

    for start, end in first_phases(log):
        assert sounds(loud, start, end), f"no speech in the phase {start:.3f}..{end:.3f}\n{table}"
    for start, end in cue_slots(log):
        assert not sounds(loud, start, end), f"speech over the cue {start:.3f}..{end:.3f}\n{table}"


def run_app(
    launch_app: Callable[..., RunningApp],
    routine: Path,
    path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The installed app, with `path` as its PATH, runs the routine to its end and is quit."""
    with monkeypatch.context() as patch:
        patch.setenv("PATH", str(path))
        app = launch_app("--start", "--routine", str(routine))
    last = app.wait_for_event("session_finished", timeout=40)
    app.wait_for_window("backpain-gui")
    # "Session complete." comes after the finishing chord's 2.35 s.
    time.sleep(max(0.0, float(str(last["t"])) + 4 - time.monotonic()))
    app.quit()
    assert app.process.wait(timeout=15) == 0
    _, errors = app.process.communicate(timeout=5)
    assert b"Traceback" not in errors
