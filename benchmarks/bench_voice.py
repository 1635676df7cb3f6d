"""Voice latency: from an event to the first sound of what is said about it, in a real recording.

A short session is guided in this process by a VoiceGuide on the real voice: speech-dispatcher
with espeak-ng, playing into a private PulseAudio server (tests/e2e/test_voice_heard.py and
tests/e2e/sound_server.py), recorded from the null sink. No cues play, so every sound is
speech; each utterance is matched with the sounds after it and before the next.

Measured: event to first sound, which includes the wait for the event's cue to ring out (by
design); how late the first sound is on the guide's own plan; say() to first sound; how long
after the last sound the engine reports an utterance done (END_LAG_SECONDS is set from it);
whether the voice's estimate of each utterance (none measured before) covered it; speech
over a cue's time; and the longest stall of the UI thread while the voice opens.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from backpain_gui.audio.scheduler import cue_for_moment
from backpain_gui.audio.speech_plan import AFTER_CUE_SECONDS
from backpain_gui.content.model import Breath, Exercise, ExerciseVariant, Phase, Routine, Variant
from backpain_gui.session import Event, Session, SessionSettings
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.voice import END_LAG_SECONDS, Voice, VoiceGuide, cue_seconds
from tests.e2e.sound_server import Recorder, SoundServer, SoundServerError
from tests.e2e.test_voice_heard import SpeechServer, SpeechServerError, loud_times

Row = tuple[str, str, str, bool]

REPS = 3
# Speech must start this soon after the moment the guide planned it for (its cue's end).
LATE_MEDIAN_TARGET_MS = 60
LATE_WORST_TARGET_MS = 300
END_LAG_TOLERANCE_MS = 150
STALL_TARGET_MS = 50
OPEN_TIMEOUT_SECONDS = 20
# The recording's clock is pinned to time.monotonic to within about this much (parec's
# fragments), so a sound may seem to start a little before the say() that caused it.
EARLY_SECONDS = 0.05
# "Session complete." comes after the finishing chord's 2.35 s.
RING_OUT_SECONDS = 4.0
ENGINE = "speechd"
STOPPED_SENTENCE = "Send your tailbone under and peel your pelvis off the mat, one bone at a time."
STOP_AFTER_SECONDS = 1.0
STOP_TARGET_MS = 150


def routine() -> Routine:
    """One exercise of REPS reps, in 3 s and out 4 s, each with an instruction that fits."""
    phases = (
        Phase(Breath.IN, 3.0, "Breathe in to prepare.", "p.svg"),
        Phase(Breath.OUT, 4.0, "Breathe out and lift your hips.", "p.svg"),
    )
    exercise = Exercise(
        id="bench",
        name="Bridge",
        aim="",
        start_position="Lie on your back.",
        start_picture="p.svg",
        reps=REPS,
        two_sided=False,
        variants=(ExerciseVariant(Variant.STANDARD, "", phases),),
    )
    return Routine(title="Voice bench", exercises=(exercise,))


@dataclass
class Run:
    """What one guided session did, on time.monotonic."""

    events: list[Event] = field(default_factory=list)
    # When each utterance was begun, and its text.
    said: list[tuple[float, str]] = field(default_factory=list)
    # The voice's estimate of each, when it was begun.
    estimates: list[float] = field(default_factory=list)
    # When the engine reported each utterance said to its end.
    ended: list[float] = field(default_factory=list)
    open_seconds: float = 0.0
    longest_stall: float = 0.0
    # When the sentence to be stopped was begun, and when the voice was told to stop it.
    stop_said_at: float = 0.0
    stopped_at: float = 0.0


def _wait(done: Callable[[], bool], seconds: float) -> None:
    """Run the event loop until `done()` or `seconds` have passed."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(10)
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    poll.stop()


def open_voice(folder: Path, result: Run) -> Voice:
    """The voice, opened on its thread while a 16 ms timer on the UI thread notes each tick."""
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(16)
    began = time.monotonic()
    voice = Voice(QSettings(str(folder / "voice.ini"), QSettings.Format.IniFormat))
    _wait(lambda: voice.available or voice.problem is not None, OPEN_TIMEOUT_SECONDS)
    result.open_seconds = time.monotonic() - began
    ticker.stop()
    if not voice.available:
        voice.close()
        raise SpeechServerError(voice.problem or "the voice did not open in time")
    result.longest_stall = max(b - a for a, b in zip([began, *ticks], ticks, strict=False))
    return voice


def guide_session(voice: Voice, result: Run) -> None:
    """Run the session on the real clock with the voice guiding it."""
    driver = SessionDriver(Session(routine(), SessionSettings(get_ready_seconds=3)))
    driver.events_happened.connect(result.events.extend)
    guide = VoiceGuide(driver, voice)
    guide.said.connect(lambda text: result.said.append((time.monotonic(), text)))
    guide.said.connect(lambda text: result.estimates.append(voice.estimate(text)))
    voice.finished.connect(
        lambda _, completed: result.ended.append(time.monotonic()) if completed else None
    )
    loop = QEventLoop()
    driver.session_over.connect(
        lambda: QTimer.singleShot(round(RING_OUT_SECONDS * 1000), loop.quit)
    )
    driver.start()
    loop.exec()


def stop_mid_sentence(voice: Voice, result: Run) -> None:
    """Say a long sentence and stop it part way, as a pause does; then let it fall silent."""
    result.stop_said_at = time.monotonic()
    voice.say(STOPPED_SENTENCE)
    _wait(lambda: False, STOP_AFTER_SECONDS)
    result.stopped_at = time.monotonic()
    voice.stop()
    _wait(lambda: False, RING_OUT_SECONDS)


def run(folder: Path) -> tuple[Run, list[float]]:
    """A guided session through speech and sound servers of its own; when it sounded."""
    result = Run()
    sound = SoundServer(folder / "pulse")
    sound.start()
    speech = SpeechServer(folder / "speechd", sound)
    saved = {key: os.environ.get(key) for key in ("PULSE_SERVER", "SPEECHD_ADDRESS")}
    try:
        speech.start()
        # The voice finds this speech-dispatcher, which plays on this server.
        os.environ.update({**sound.client_env, **speech.client_env})
        recorder = Recorder(sound, folder / "voice.raw")
        recorder.start()
        try:
            voice = open_voice(folder, result)
            try:
                guide_session(voice, result)
                stop_mid_sentence(voice, result)
            finally:
                voice.close()
        finally:
            recording = recorder.stop()
    finally:
        speech.stop()
        sound.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return result, loud_times(recording)


def heard_spans(
    loud: list[float], said: list[tuple[float, str]], end: float
) -> list[tuple[float, float]]:
    """Each utterance's first and last sound: those after it began, before the next (or `end`)."""
    spans = []
    for index, (at, text) in enumerate(said):
        until = said[index + 1][0] if index + 1 < len(said) else end
        mine = [when for when in loud if at - EARLY_SECONDS <= when < until - EARLY_SECONDS]
        if not mine:
            raise SpeechServerError(f"{text!r} was said but not heard")
        spans.append((mine[0], mine[-1]))
    return spans


def cue_slots(events: list[Event]) -> list[tuple[float, float]]:
    """When each cue of the session would ring, from its moment for its file's length."""
    lengths = cue_seconds()
    slots = []
    for moment in sorted({event.at for event in events}):
        cue = cue_for_moment(event for event in events if event.at == moment)
        if cue is not None:
            slots.append((moment, moment + lengths[cue]))
    return slots


def ms(seconds: float) -> str:
    """Seconds as milliseconds."""
    return f"{seconds * 1000:.0f} ms"


def _rows(result: Run, loud: list[float]) -> list[Row]:
    spans = heard_spans(loud, result.said, result.stop_said_at)
    slots = cue_slots(result.events)
    from_event, late, from_say = [], [], []
    for (at, _), (first, _) in zip(result.said, spans, strict=True):
        moment, cue_end = max(slot for slot in slots if slot[0] <= at)
        from_event.append(first - moment)
        late.append(first - (cue_end + AFTER_CUE_SECONDS))
        from_say.append(first - at)
    lag = statistics.median(
        min((end - last for end in result.ended if end >= last), default=float("nan"))
        for _, last in spans
    )
    covered = sum(
        estimate >= last - at
        for estimate, (at, _), (_, last) in zip(result.estimates, result.said, spans, strict=True)
    )
    over_cues = sum(
        any(first < cue_end and last > start for start, cue_end in slots) for first, last in spans
    )
    target_lag = END_LAG_SECONDS[ENGINE]
    after_stop = [at for at in loud if at >= result.stopped_at]
    silent_after = (after_stop[-1] + 0.01 - result.stopped_at) if after_stop else 0.0
    return [
        (
            "event to first speech: median",
            ms(statistics.median(from_event)),
            "(waits for cue)",
            True,
        ),
        ("event to first speech: worst", ms(max(from_event)), "(waits for cue)", True),
        (
            "first speech after its planned start: median",
            ms(statistics.median(late)),
            f"<= {LATE_MEDIAN_TARGET_MS} ms",
            statistics.median(late) * 1000 <= LATE_MEDIAN_TARGET_MS,
        ),
        (
            "first speech after its planned start: worst",
            ms(max(late)),
            f"<= {LATE_WORST_TARGET_MS} ms",
            max(late) * 1000 <= LATE_WORST_TARGET_MS,
        ),
        (
            "say() to first speech: median",
            ms(statistics.median(from_say)),
            "(for comparison)",
            True,
        ),
        (
            "engine reports the end after the last sound",
            ms(lag),
            f"END_LAG_SECONDS {ms(target_lag)} +-{END_LAG_TOLERANCE_MS} ms",
            abs(lag - target_lag) * 1000 <= END_LAG_TOLERANCE_MS,
        ),
        (
            "estimates covering what was heard",
            f"{covered} of {len(spans)}",
            "all",
            covered == len(spans),
        ),
        ("utterances sounding over a cue", str(over_cues), "0", over_cues == 0),
        (
            "stopped mid-sentence (pause, skip) to silence",
            ms(silent_after),
            f"<= {STOP_TARGET_MS} ms",
            silent_after * 1000 <= STOP_TARGET_MS,
        ),
        ("opening the voice (on its own thread)", ms(result.open_seconds), "(informative)", True),
        (
            "longest UI stall while the voice opens",
            ms(result.longest_stall),
            f"<= {STALL_TARGET_MS} ms",
            result.longest_stall * 1000 <= STALL_TARGET_MS,
        ),
    ]


def measure() -> list[Row]:
    """Rows of (what, measured, target, met) for the voice."""
    if QApplication.instance() is None:
        QApplication([])
    try:
        with tempfile.TemporaryDirectory() as name:
            result, loud = run(Path(name))
        rows = _rows(result, loud)
    except (SoundServerError, SpeechServerError) as error:
        return [("voice: event to first speech", "not measured", str(error).splitlines()[0], False)]
    return [(f"voice: {what}", measured, target, met) for what, measured, target, met in rows]


if __name__ == "__main__":
    for row in measure():
        print(*row, sep="  |  ", file=sys.stdout)
