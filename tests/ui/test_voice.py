"""The spoken guidance as the window drives it: said on time, stopped, measured, or told missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from backpain_gui.audio.cues import Cue
from backpain_gui.session import Session
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.voice import (
    MEASURED_KEY,
    TEST_TEXT,
    UNKNOWN_CUE_SECONDS,
    Voice,
    VoiceGuide,
    VoiceSettings,
    cue_seconds,
)
from backpain_gui.ui.voice_settings import DEFAULT_VOICE, VoiceSettingsPanel
from tests.audio.test_speech_plan import CUES, END, ROUTINE, SETTINGS, START, TIMELINE
from tests.ui.conftest import FakeClock

FRAME = 1 / 60
WORD_SECONDS = 0.3
State = QTextToSpeech.State


def mock() -> str:
    """Qt's mock engine, standing in for the system's."""
    return "mock"


class FakeSpeaker(QTextToSpeech):
    """Qt's mock engine (its voices, rate and volume) speaking on the test's clock.

    It takes `word_seconds` a word and writes down what it says and when it is stopped.
    """

    def __init__(self, clock: FakeClock, word_seconds: float = WORD_SECONDS) -> None:
        super().__init__("mock")
        self.clock = clock
        self.word_seconds = word_seconds
        self.said: list[tuple[float, str]] = []
        self.stops: list[float] = []
        self._state = State.Ready
        self._error = ""
        self._ends: float | None = None

    def say(self, text: str) -> None:
        self.said.append((self.clock.now, text))
        self._ends = self.clock.now + self.word_seconds * len(text.split())
        self._change(State.Speaking)

    def stop(self, hint: QTextToSpeech.BoundaryHint = QTextToSpeech.BoundaryHint.Default) -> None:
        if self._ends is not None:
            self.stops.append(self.clock.now)
            self._ends = None
            self._change(State.Ready)

    def state(self) -> QTextToSpeech.State:
        return self._state

    def errorString(self) -> str:
        return self._error

    def catch_up(self) -> None:
        """Finish what is being said when the clock has reached its end."""
        if self._ends is not None and self.clock.now >= self._ends:
            self._ends = None
            self._change(State.Ready)

    def fail(self, why: str) -> None:
        """The engine breaks, as speech-dispatcher does when its module dies."""
        self._error = why
        self._ends = None
        self._change(State.Error)

    def _change(self, state: QTextToSpeech.State) -> None:
        self._state = state
        self.stateChanged.emit(state)

    def texts(self) -> list[str]:
        return [text for _, text in self.said]


@pytest.fixture
def speaker(clock: FakeClock) -> FakeSpeaker:
    return FakeSpeaker(clock)


@pytest.fixture
def make_voice(settings: QSettings, clock: FakeClock) -> Callable[..., Voice]:
    """A voice on the UI thread, whose engine is the given one (or none at all)."""

    def make(speaker: QTextToSpeech | None) -> Voice:
        if speaker is None:
            return Voice(settings, engine=lambda: None, clock=clock, threaded=False)
        return Voice(settings, engine=mock, make=lambda: speaker, clock=clock, threaded=False)

    return make


def warmed(voice: Voice, speaker: FakeSpeaker) -> Voice:
    """The voice after the user pressed Test voice and stopped it: its engine is warm."""
    voice.test()
    voice.stop()
    speaker.said.clear()
    speaker.stops.clear()
    return voice


@pytest.fixture
def voice(make_voice: Callable[..., Voice], speaker: FakeSpeaker) -> Voice:
    return warmed(make_voice(speaker), speaker)


@pytest.fixture
def driver(qtbot, clock: FakeClock) -> SessionDriver:
    return SessionDriver(Session(ROUTINE, SETTINGS), clock=clock)


@pytest.fixture
def guide(driver: SessionDriver, voice: Voice, clock: FakeClock) -> VoiceGuide:
    return VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES)


def frames_until(
    driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker | None, end: float
) -> None:
    """Frames at 60 a second up to clock time `end`, the speaker keeping up with the clock."""
    while clock.now < end - 1e-9:
        clock.tick(FRAME)
        if speaker is not None:
            speaker.catch_up()
        driver.on_timer_timeout()


def test_a_session_is_spoken_between_its_cues(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    told: list[str] = []
    guide.said.connect(told.append)
    driver.start()
    frames_until(driver, clock, speaker, END + 4)

    assert speaker.texts() == [text for _, text in TIMELINE]
    assert told == speaker.texts()
    for (said_at, _), (due, _) in zip(speaker.said, TIMELINE, strict=True):
        assert due - 1e-6 <= said_at < due + FRAME + 1e-6, "said on the first frame it is due"
    assert speaker.stops == []


def test_pausing_stops_the_voice_and_nothing_is_said_until_resumed(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    driver.start()
    frames_until(driver, clock, speaker, 1009.5)
    assert speaker.said[-1][1] == "Breathe out and lift your hips off the mat."
    driver.command(lambda now: driver.session.pause(now))

    assert speaker.stops == [clock.now], "the voice stops the moment the session pauses"
    said = len(speaker.said)
    frames_until(driver, clock, speaker, 1030)
    assert len(speaker.said) == said

    driver.command(lambda now: driver.session.resume(now))
    frames_until(driver, clock, speaker, 1034)
    # After the 3 s countdown the out-breath goes on, and is said again.
    assert len(speaker.said) == said + 1
    assert speaker.said[-1][0] >= 1033
    assert speaker.said[-1][1] in {"Breathe out and lift your hips off the mat.", "Out."}


def test_skip_stops_the_voice_and_nothing_queued_is_said_after_it(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    driver.start()
    frames_until(driver, clock, speaker, 1008.5)  # the out-breath's words wait for its cue
    driver.command(lambda now: driver.session.skip(now))
    skipped_at = clock.now
    frames_until(driver, clock, speaker, 1012)

    assert [text for at, text in speaker.said if at >= skipped_at] == ["Twist. Lie on your side."]


def test_back_and_end_stop_the_voice_at_once(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    driver.start()
    frames_until(driver, clock, speaker, 1009.5)
    driver.command(lambda now: driver.session.back(now))
    assert speaker.stops == [clock.now]

    frames_until(driver, clock, speaker, 1016)
    assert speaker.texts()[-2:] == [
        "Bridge. Lie on your back, knees bent.",
        "Breathe in to prepare.",
    ]
    driver.command(lambda now: driver.session.end(now))
    assert speaker.stops[-1] == clock.now
    said = len(speaker.said)
    frames_until(driver, clock, speaker, 1030)
    assert len(speaker.said) == said


def test_speech_that_would_run_into_the_next_cue_is_cut_off(
    make_voice: Callable[..., Voice], driver: SessionDriver, clock: FakeClock
) -> None:
    # A voice three times slower than its first estimate.
    slow = FakeSpeaker(clock, word_seconds=0.9)
    VoiceGuide(driver, warmed(make_voice(slow), slow), clock=clock, cue_lengths=CUES)
    driver.start()
    frames_until(driver, clock, slow, 1005)

    # "Bridge. Lie on your back, knees bent." takes 6.3 s: cut before the first breath cue.
    assert slow.said[0][1] == "Bridge. Lie on your back, knees bent."
    assert len(slow.stops) == 1
    assert 1004.85 <= slow.stops[0] < 1004.85 + FRAME + 1e-6


def test_the_first_words_after_the_voice_opens_allow_for_its_cold_start(
    make_voice: Callable[..., Voice], driver: SessionDriver, clock: FakeClock
) -> None:
    # espeak-ng's first utterance starts about 0.25 s late: the get-ready's 3.15 s after its
    # bell no longer hold the start position too.
    cold = FakeSpeaker(clock)
    VoiceGuide(driver, make_voice(cold), clock=clock, cue_lengths=CUES)
    driver.start()
    frames_until(driver, clock, cold, 1006)

    assert cold.texts() == ["Bridge.", "Breathe in to prepare."]


def test_lengths_measured_in_one_session_are_known_to_the_next(
    guide: VoiceGuide,
    driver: SessionDriver,
    clock: FakeClock,
    speaker: FakeSpeaker,
    settings: QSettings,
) -> None:
    driver.start()
    frames_until(driver, clock, speaker, 1013)

    again = FakeSpeaker(clock)
    later = warmed(
        Voice(settings, engine=mock, make=lambda: again, clock=clock, threaded=False), again
    )
    # 7 words at 0.3 s, as said; the pace model's estimate was 2.97 s.
    assert later.estimate("Bridge. Lie on your back, knees bent.") == pytest.approx(2.1, abs=FRAME)
    assert "Breathe in to prepare." in str(settings.value(MEASURED_KEY))


def test_with_no_voice_on_the_machine_the_user_is_told_once_how_to_get_one(
    qtbot, make_voice: Callable[..., Voice], clock: FakeClock
) -> None:
    voice = make_voice(None)
    told: list[str] = []
    for _ in range(2):  # two sessions in one run of the app
        driver = SessionDriver(Session(ROUTINE, SETTINGS), clock=clock)
        guide = VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES)
        guide.problem.connect(told.append)
        driver.start()
        frames_until(driver, clock, None, clock.now + 10)

    assert len(told) == 1
    assert "tones only" in told[0]
    assert "sudo apt-get install speech-dispatcher speech-dispatcher-espeak-ng" in told[0]
    assert "espeak-ng" in told[0]
    assert not voice.available


def test_an_engine_that_cannot_start_says_why_and_names_the_packages(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, settings: QSettings
) -> None:
    broken = FakeSpeaker(clock)
    broken.fail("Connection to speech-dispatcher failed")
    voice = Voice(settings, engine=mock, make=lambda: broken, clock=clock, threaded=False)
    told: list[str] = []
    VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES).problem.connect(told.append)
    driver.start()
    frames_until(driver, clock, broken, 1010)

    assert len(told) == 1
    assert "Connection to speech-dispatcher failed" in told[0]
    assert "speech-dispatcher-espeak-ng" in told[0]
    assert broken.said == []


def test_an_engine_failing_mid_session_leaves_the_tones_and_says_so_once(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    told: list[str] = []
    guide.problem.connect(told.append)
    driver.start()
    frames_until(driver, clock, speaker, 1006)
    speaker.fail("the espeak-ng module died")
    said = len(speaker.said)
    frames_until(driver, clock, speaker, 1030)

    assert len(told) == 1
    assert "the espeak-ng module died" in told[0]
    assert len(speaker.said) == said, "nothing more is said"
    assert driver.snapshot().rep == 3, "the session goes on"


class StuckSpeaker(FakeSpeaker):
    """speech-dispatcher with no sound server: it takes the text, then nothing, ever."""

    def say(self, text: str) -> None:
        self.said.append((self.clock.now, text))


def test_a_voice_that_never_answers_is_given_up_and_the_user_told_once(
    qtbot, settings: QSettings, clock: FakeClock
) -> None:
    speaker = StuckSpeaker(clock)
    voice = Voice(
        settings,
        engine=mock,
        make=lambda: speaker,
        clock=clock,
        threaded=False,
        no_answer_seconds=0.05,
    )
    driver = SessionDriver(Session(ROUTINE, SETTINGS), clock=clock)
    guide = VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES)
    told: list[str] = []
    guide.problem.connect(told.append)
    driver.start()
    frames_until(driver, clock, None, START + 3)
    assert speaker.said, "the first words were handed to the engine"

    # The watchdog runs on real time, as the engine does: its bound is the words' expected
    # length plus `no_answer_seconds`.
    qtbot.waitUntil(lambda: voice.problem is not None, timeout=10_000)
    said = len(speaker.said)
    frames_until(driver, clock, None, clock.now + 20)

    assert len(told) == 1
    assert "does not answer" in told[0]
    assert "tones only" in told[0]
    assert len(speaker.said) == said, "nothing more is handed to a stuck engine"
    assert not voice.speaking


def test_voice_guidance_turned_off_says_nothing_and_tells_nothing(
    settings: QSettings, driver: SessionDriver, clock: FakeClock
) -> None:
    VoiceSettings(enabled=False).save(settings)
    speaker = FakeSpeaker(clock)
    voice = Voice(settings, engine=mock, make=lambda: speaker, clock=clock, threaded=False)
    told: list[str] = []
    VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES).problem.connect(told.append)
    driver.start()
    frames_until(driver, clock, speaker, 1015)

    assert speaker.said == []
    assert told == []


def test_muting_silences_the_voice_and_unmuting_speaks_from_the_next_period(
    guide: VoiceGuide, driver: SessionDriver, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    driver.start()
    frames_until(driver, clock, speaker, 1006)
    guide.set_muted(True)
    assert speaker.stops == [clock.now]
    frames_until(driver, clock, speaker, 1012)
    assert speaker.texts() == ["Bridge. Lie on your back, knees bent.", "Breathe in to prepare."]

    guide.set_muted(False)
    frames_until(driver, clock, speaker, 1013)
    assert speaker.texts()[-1] == "Hold."


def test_session_complete_is_said_after_the_last_frame(
    qtbot, driver: SessionDriver, voice: Voice, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    # A short chord, so the guide's own timer wakes it soon after the frames have stopped.
    VoiceGuide(driver, voice, clock=clock, cue_lengths={**CUES, Cue.FINISHED: 0.05})
    driver.start()
    frames_until(driver, clock, speaker, END + 0.02)
    assert not driver.ticking, "no frames once the session is finished"
    clock.tick(0.2)

    qtbot.waitUntil(lambda: speaker.texts()[-1] == "Session complete.", timeout=2000)


def test_the_chosen_voice_rate_and_volume_are_used(
    settings: QSettings, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    VoiceSettings(name="Anne", rate=0.5, volume=0.3).save(settings)
    voice = Voice(settings, engine=mock, make=lambda: speaker, clock=clock, threaded=False)

    assert {"Bob", "Anne", "Charly", "Mary"} <= set(voice.voices)
    assert speaker.voice().name() == "Anne"
    assert speaker.rate() == 0.5
    assert speaker.volume() == 0.3

    voice.apply(VoiceSettings(name="Mary", rate=-0.5, volume=1.0))
    assert speaker.voice().name() == "Mary"
    assert VoiceSettings.load(settings) == VoiceSettings(name="Mary", rate=-0.5, volume=1.0)


def test_voice_settings_out_of_range_read_as_their_defaults(settings: QSettings) -> None:
    for key, value in (("rate", "fast"), ("volume", "7"), ("rep_every", "0")):
        settings.setValue(f"voice/{key}", value)

    assert VoiceSettings.load(settings) == VoiceSettings()


def test_test_voice_says_a_sample_and_measures_it(
    voice: Voice, clock: FakeClock, speaker: FakeSpeaker
) -> None:
    assert voice.test()
    while voice.speaking:
        clock.tick(FRAME)
        speaker.catch_up()

    assert speaker.texts() == [TEST_TEXT]
    spoken = WORD_SECONDS * len(TEST_TEXT.split())
    assert voice.estimate(TEST_TEXT) == pytest.approx(spoken, abs=FRAME)


def test_test_voice_without_a_voice_says_nothing(make_voice: Callable[..., Voice]) -> None:
    assert not make_voice(None).test()


def test_qts_mock_engine_opens_and_speaks_on_the_voice_thread(qtbot, settings: QSettings) -> None:
    # As the app opens its voice, with Qt's mock engine for the system's.
    voice = Voice(settings, engine=mock)
    try:
        qtbot.waitUntil(lambda: voice.available, timeout=5000)
        assert "Bob" in voice.voices
        with qtbot.waitSignal(voice.finished, timeout=5000) as finished:
            number = voice.say("Breathe in.")
        assert finished.args == [number, True]
        assert voice.estimate("Breathe in.") == pytest.approx(0.2, abs=0.1), "mock: 0.1 s a word"
    finally:
        voice.close()
    assert not voice.speaking


def test_a_voice_that_opens_after_the_session_began_speaks_the_period_under_way(
    qtbot, settings: QSettings, driver: SessionDriver, clock: FakeClock
) -> None:
    # As with --start: the session begins while the voice still opens on its thread.
    voice = Voice(settings, engine=mock)
    try:
        guide = VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES)
        said: list[str] = []
        guide.said.connect(said.append)
        driver.start()
        assert not voice.available

        def frame() -> bool:
            clock.tick(FRAME)
            driver.on_timer_timeout()
            return bool(said)

        qtbot.waitUntil(frame, timeout=5000)
        assert said[0].startswith("Bridge."), "the get-ready under way is spoken"
        assert clock.now >= START + CUES[Cue.NEXT_EXERCISE], "but not over its bell"
        assert clock.now < START + SETTINGS.get_ready_seconds
    finally:
        voice.close()


def test_cue_lengths_come_from_the_sound_files(tmp_path: Path) -> None:
    shipped = cue_seconds()
    assert shipped[Cue.BREATHE_IN] == pytest.approx(0.75, abs=0.01)
    assert shipped[Cue.FINISHED] > 2 > shipped[Cue.NEXT_EXERCISE] > 1

    assert set(cue_seconds(tmp_path).values()) == {UNKNOWN_CUE_SECONDS}


def test_the_voice_panel_lists_the_voices_and_keeps_what_the_user_chooses(
    qtbot, voice: Voice, speaker: FakeSpeaker, settings: QSettings
) -> None:
    panel = VoiceSettingsPanel(voice)
    qtbot.addWidget(panel)
    names = [panel.names.itemText(i) for i in range(panel.names.count())]
    assert names[0] == DEFAULT_VOICE
    assert {"Bob", "Anne", "Charly", "Mary"} <= set(names)

    anne = panel.names.findText("Anne")
    panel.names.setCurrentIndex(anne)
    panel.names.activated.emit(anne)
    panel.rate.setValue(-3)
    panel.rep_every.setCurrentIndex(panel.rep_every.findData(5))
    panel.rep_every.activated.emit(panel.rep_every.currentIndex())

    assert speaker.voice().name() == "Anne"
    assert speaker.rate() == pytest.approx(-0.3)
    assert VoiceSettings.load(settings) == VoiceSettings(name="Anne", rate=-0.3, rep_every=5)


def test_the_test_voice_button_says_a_sample(qtbot, voice: Voice, speaker: FakeSpeaker) -> None:
    panel = VoiceSettingsPanel(voice)
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.test, Qt.MouseButton.LeftButton)

    assert speaker.texts() == [TEST_TEXT]


def test_turning_voice_guidance_off_greys_out_the_voice_and_is_kept(
    qtbot, voice: Voice, settings: QSettings
) -> None:
    panel = VoiceSettingsPanel(voice)
    qtbot.addWidget(panel)
    panel.enabled.setChecked(False)

    assert not panel.test.isEnabled()
    assert not panel.names.isEnabled()
    assert not VoiceSettings.load(settings).enabled
    assert not voice.available


# The offscreen platform cannot size a dialog's frame; a desktop can.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_voice_panel_without_a_voice_says_how_to_get_one(
    qtbot, make_voice: Callable[..., Voice]
) -> None:
    panel = VoiceSettingsPanel(make_voice(None))
    qtbot.addWidget(panel)
    panel.show()

    # One line on the plan says what is wrong...
    assert panel.status.text() == "No voice was found, so the session is guided by tones only."
    assert not panel.test.isEnabled()
    # ...and a click shows how to fix it, with the command to copy.
    assert panel.how_to_fix.isVisible()
    qtbot.mouseClick(panel.how_to_fix, Qt.MouseButton.LeftButton)
    box = panel.fix_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "sudo apt-get install speech-dispatcher speech-dispatcher-espeak-ng" in box.text()
    box.accept()
