"""The spoken guidance: Qt's text-to-speech on a thread of its own, and the guide that speaks.

`Voice` lives as long as the app: it opens the system's text-to-speech engine (speech-dispatcher
with espeak-ng on Linux, SAPI on Windows, AVSpeechSynthesizer on macOS), applies the user's
voice, rate and volume, measures how long each utterance takes and keeps those lengths in
QSettings. `VoiceGuide` lives as long as a session: it hands the driver's events to the pure
SpeechPlanner and says what it plans when its time comes, stopping the voice on pause, skip,
back and end.

Why a thread: opening speech-dispatcher's engine takes 1.5-2.5 s here (it lists every voice
of every module, reading its socket a byte at a time), far too long to freeze the window. So
the engine lives on a QThread and everything talks to it through queued signals; and since
PySide holds the GIL through any call it makes, even on that thread, the engine is switched in
by a queued C++ call that no Python code waits on (measured: the UI thread's longest stall
fell from 1.7 s to 20 ms). Tests run the same code on the UI thread (`threaded=False`), where
those connections are direct and a fake speaker on a hand-moved clock stays in step.
"""

from __future__ import annotations

import sys
import time
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QDeadlineTimer,
    QLocale,
    QMetaObject,
    QObject,
    QSettings,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from backpain_gui.audio.cues import LEADING_SILENCE_SECONDS, Cue, Volume, sound_file, sounds_folder
from backpain_gui.audio.speech_plan import LengthCache, SpeechLengths, SpeechPlanner, Utterance
from backpain_gui.session.events import Event
from backpain_gui.session.snapshot import Snapshot
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.spoken_words import spoken_words
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, translate

ENABLED_KEY = "voice/enabled"
NAME_KEY = "voice/name"
RATE_KEY = "voice/rate"
VOLUME_KEY = "voice/volume"
REP_EVERY_KEY = "voice/rep_every"
MEASURED_KEY = "voice/measured"

VOICE_PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
INSTALL_VOICE = {
    # Without its espeak-ng module (a Recommends, so --no-install-recommends leaves it out)
    # speech-dispatcher answers with a recorded "not configured" message instead of a voice.
    # espeak-ng speaks German and French as well as English.
    "linux": QT_TRANSLATE_NOOP(
        "Voice", "On Debian or Ubuntu, install a voice with: sudo apt-get install {packages}"
    ),
    "win32": QT_TRANSLATE_NOOP("Voice", "Add a voice in Settings > Time & language > Speech."),
    "darwin": QT_TRANSLATE_NOOP(
        "Voice", "Add a voice in System Settings > Accessibility > Spoken Content."
    ),
}
OTHER_SYSTEM = QT_TRANSLATE_NOOP("Voice", "Install a text-to-speech voice for your system.")
# What keeps the voice from speaking, and that the tones still guide the session: marked for
# translation, worded in the UI language when told (Voice.problem).
NO_VOICE = QT_TRANSLATE_NOOP("Voice", "No voice was found, so the session is guided by tones only.")
NO_VOICE_BECAUSE = QT_TRANSLATE_NOOP(
    "Voice", "No voice ({why}), so the session is guided by tones only."
)
NO_VOICE_IN = QT_TRANSLATE_NOOP(
    "Voice", "No voice speaks {language} here, so the session is guided by tones only."
)
STOPPED = QT_TRANSLATE_NOOP(
    "Voice", "The voice stopped working ({why}), so the session is guided by tones only."
)
NO_ANSWER = QT_TRANSLATE_NOOP(
    "Voice", "speech-dispatcher does not answer; is a sound server running?"
)
TEST_TEXT = QT_TRANSLATE_NOOP(
    "Voice", "This is your voice guide. Breathe in to prepare. Three. In."
)

# Qt's own test engine ships with PySide6 and says nothing: never take it for a voice.
MOCK_ENGINE = "mock"
# Where a system has several engines, the one Qt itself would choose first.
PREFERRED_ENGINES = ("speechd", "winrt", "sapi", "darwin", "macos", "flite")
# speech-dispatcher reports the end of an utterance about 0.35 s after its last sound has
# reached PulseAudio (benchmarks/bench_voice.py measures it), so that much of what is
# measured is not speech.
END_LAG_SECONDS = {"speechd": 0.35}
# The first utterance after the engine opens starts this much later than the rest
# (espeak-ng loading its voice: 0.2-0.25 s through speech-dispatcher, benchmarks/bench_voice.py).
COLD_START_SECONDS = 0.25
# The longest quitting waits for the speech thread: closing speech-dispatcher takes up to
# 0.9 s when it works, and for ever when it is stuck.
CLOSE_SECONDS = 2.0
# An utterance not ended this long after its expected length: the engine is stuck (seen with
# speech-dispatcher and no sound server, where nothing is heard and nothing fails).
NO_ANSWER_SECONDS = 6.0
# A cue whose file cannot be read is taken to ring this long.
UNKNOWN_CUE_SECONDS = 1.0


def install_hint() -> str:
    """How to get a voice on this system, in the UI language."""
    hint = translate("Voice", INSTALL_VOICE.get(sys.platform, OTHER_SYSTEM))
    return hint.format(packages=VOICE_PACKAGES)


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """The user's voice settings (QSettings under `voice/`)."""

    enabled: bool = True
    # A voice's name; empty for the system's own English voice.
    name: str = ""
    # Qt's scales: rate -1 (slowest) to 1 (fastest), volume 0 to 1.
    rate: float = 0.0
    volume: float = 0.8
    # Say the rep's number every this many reps.
    rep_every: int = 1

    @classmethod
    def load(cls, settings: QSettings) -> VoiceSettings:
        """The saved settings; each value out of range or unreadable is its default."""
        default = cls()
        return cls(
            enabled=str(settings.value(ENABLED_KEY, "true")).lower() != "false",
            name=str(settings.value(NAME_KEY, "")),
            rate=_number(settings.value(RATE_KEY), default.rate, -1.0, 1.0),
            volume=_number(settings.value(VOLUME_KEY), default.volume, 0.0, 1.0),
            rep_every=round(_number(settings.value(REP_EVERY_KEY), 1, 1, 100)),
        )

    def save(self, settings: QSettings) -> None:
        """Remember these settings."""
        settings.setValue(ENABLED_KEY, "true" if self.enabled else "false")
        settings.setValue(NAME_KEY, self.name)
        settings.setValue(RATE_KEY, self.rate)
        settings.setValue(VOLUME_KEY, self.volume)
        settings.setValue(REP_EVERY_KEY, self.rep_every)


def _number(value: object, default: float, low: float, high: float) -> float:
    try:
        number = float(str(value))
    except ValueError:
        return default
    return number if low <= number <= high else default


def ui_language() -> QLocale.Language:
    """The language the voice speaks: the UI's (English for the C locale, English's too)."""
    language = QLocale().language()
    untold = (QLocale.Language.C, QLocale.Language.AnyLanguage)
    return QLocale.Language.English if language in untold else language


def system_engine() -> str | None:
    """The name of the system's text-to-speech engine; None when it has none but Qt's test one."""
    engines = [name for name in QTextToSpeech.availableEngines() if name != MOCK_ENGINE]
    choices = [name for name in PREFERRED_ENGINES if name in engines] or engines
    return choices[0] if choices else None


def placeholder_speaker() -> QTextToSpeech:
    """A speaker on Qt's test engine, made at once, to be switched to the system's engine."""
    return QTextToSpeech(MOCK_ENGINE)


def cue_seconds(folder: Path | None = None) -> dict[Cue, float]:
    """How long each cue rings from its first sound, read from its file."""
    folder = folder or sounds_folder()
    lengths = {}
    for cue in Cue:
        try:
            with wave.open(str(folder / sound_file(cue, Volume.NORMAL)), "rb") as sound:
                seconds = sound.getnframes() / sound.getframerate()
        except (OSError, EOFError, wave.Error):
            seconds = UNKNOWN_CUE_SECONDS + LEADING_SILENCE_SECONDS
        lengths[cue] = seconds - LEADING_SILENCE_SECONDS
    return lengths


@dataclass(frozen=True, slots=True)
class Opened:
    """What opening the engine found: its name, its voices in the UI language, and any problem
    (the words in the UI language)."""

    engine: str = ""
    voices: tuple[str, ...] = ()
    problem: str | None = None


class _SpeakerHost(QObject):
    """Owns the engine on the speech thread; times each utterance from say() to its end.

    Signals:
        opened(Opened): the engine is open, or could not be.
        configured(str): the voice now speaking, by name.
        finished(int, float, bool): an utterance's number, seconds from say() to its end,
            and whether it was said to its end (False: stopped, or another took its place).
        failed(str): the engine failed, and why.
    """

    opened = Signal(object)
    configured = Signal(str)
    finished = Signal(int, float, bool)
    failed = Signal(str)

    def __init__(
        self,
        engine: Callable[[], str | None],
        make: Callable[[], QTextToSpeech],
        clock: Callable[[], float],
        threaded: bool,
        language: QLocale.Language,
    ) -> None:
        super().__init__()
        self._engine = engine
        # The UI language: the routine and the guidance are said in it.
        self._language = language
        self._make = make
        self._clock = clock
        self._threaded = threaded
        # The speaker while its engine opens, then the working one.
        self._opening: QTextToSpeech | None = None
        self._speaker: QTextToSpeech | None = None
        # The utterance being said: its number, when say() was called, whether it has begun.
        self._current: tuple[int, float] | None = None
        self._begun = False

    def _call(self, target: QObject, method: str, *args: tuple[type, object]) -> None:
        """Call one of `target`'s slots with (type, value) arguments.

        PySide holds the GIL through every call it makes, and speech-dispatcher's engine can
        block for long (opening: 1.5-2.5 s; stop: up to 0.9 s), which froze the UI thread and
        the cue player's. On the speech thread the call is queued instead: that thread's loop
        makes it in C++, with no Python waiting on it. Posted calls run in order.
        """
        if self._threaded:
            arguments = [Q_ARG(kind, value) for kind, value in args]
            QMetaObject.invokeMethod(target, method, Qt.ConnectionType.QueuedConnection, *arguments)
        else:
            getattr(target, method)(*(value for _, value in args))

    @Slot()
    def open(self) -> None:
        engine = self._engine()
        if engine is None:
            self.opened.emit(Opened(problem=translate("Voice", NO_VOICE)))
            return
        speaker = self._opening = self._make()
        speaker.setParent(self)
        if speaker.engine() != engine:
            self._call(speaker, "setEngine", (str, engine))
        self._call(self, "check")

    @Slot()
    def check(self) -> None:
        speaker, self._opening = self._opening, None
        if speaker is None:
            return
        problem = None
        voices: tuple[str, ...] = ()
        if speaker.state() is QTextToSpeech.State.Error:
            why = speaker.errorString() or translate("Voice", "the engine did not start")
            problem = translate("Voice", NO_VOICE_BECAUSE).format(why=why)
        else:
            voices = tuple(voice.name() for voice in _voices_in(speaker, self._language))
            # A voice of another language would garble the routine's words.
            name = QLocale(self._language).nativeLanguageName()
            problem = None if voices else translate("Voice", NO_VOICE_IN).format(language=name)
        if problem is not None:
            speaker.deleteLater()
            self.opened.emit(Opened(speaker.engine(), problem=problem))
            return
        self._speaker = speaker
        speaker.stateChanged.connect(self.on_speaker_state_changed)
        self.opened.emit(Opened(speaker.engine(), voices))

    @Slot(str, float, float)
    def configure(self, name: str, rate: float, volume: float) -> None:
        speaker = self._speaker
        if speaker is None:
            return
        voices = _voices_in(speaker, self._language)
        chosen = next((v for v in voices if v.name() == name), None)
        if chosen is not None:
            self._call(speaker, "setVoice", (QVoice, chosen))
        else:
            locale = _locale_in(speaker, self._language)
            if locale is not None:
                self._call(speaker, "setLocale", (QLocale, locale))
        self._call(speaker, "setRate", (float, rate))
        self._call(speaker, "setVolume", (float, volume))
        self._call(self, "report_voice")

    @Slot()
    def report_voice(self) -> None:
        if self._speaker is not None:
            self.configured.emit(self._speaker.voice().name())

    @Slot(int, str)
    def say(self, number: int, text: str) -> None:
        if self._speaker is None:
            return
        self._end(completed=False)
        self._current = (number, self._clock())
        self._begun = False
        self._call(self._speaker, "say", (str, text))

    @Slot()
    def stop(self) -> None:
        if self._speaker is not None and self._current is not None:
            self._end(completed=False)
            self._call(self._speaker, "stop")

    @Slot()
    def close(self) -> None:
        speaker, self._speaker = self._speaker, None
        opening, self._opening = self._opening, None
        if speaker is not None:
            speaker.stateChanged.disconnect(self.on_speaker_state_changed)
        if not self._threaded:
            for engine in (speaker, opening):
                if engine is not None:
                    engine.stop()
                    # Python owns it again, so it goes with its last reference.
                    engine.setParent(None)
            return
        # On the speech thread, nothing here may wait on the engine with Python's lock held:
        # with no sound server speech-dispatcher can block for ever, and the window with it.
        # The engines go as their thread ends (Qt deletes them there, in C++), and the thread
        # is told to end; the UI thread waits for that a bounded time, then abandons it.
        for engine in (speaker, opening):
            if engine is not None:
                # Stopped first: speech-dispatcher lets go of a message it cancelled at once.
                self._call(engine, "stop")
                engine.deleteLater()
        # Queued too, so that the thread ends after the stops above have been made.
        self._call(self, "end_thread")

    @Slot()
    def end_thread(self) -> None:
        QThread.currentThread().quit()

    @Slot(QTextToSpeech.State)
    def on_speaker_state_changed(self, state: QTextToSpeech.State) -> None:
        if state is QTextToSpeech.State.Speaking:
            self._begun = True
        elif state is QTextToSpeech.State.Ready and self._begun:
            self._end(completed=True)
        elif state is QTextToSpeech.State.Error and self._speaker is not None:
            self._end(completed=False)
            self.failed.emit(self._speaker.errorString() or "the engine failed")

    def _end(self, completed: bool) -> None:
        if self._current is not None:
            number, said_at = self._current
            self._current = None
            self.finished.emit(number, self._clock() - said_at, completed)


def _voices_in(speaker: QTextToSpeech, language: QLocale.Language) -> list[QVoice]:
    """The engine's voices that speak `language` (any country's)."""
    locales = _locales_in(speaker, language)
    return [voice for locale in locales for voice in speaker.allVoices(locale)]


def _locales_in(speaker: QTextToSpeech, language: QLocale.Language) -> list[QLocale]:
    return [locale for locale in speaker.availableLocales() if locale.language() is language]


def _locale_in(speaker: QTextToSpeech, language: QLocale.Language) -> QLocale | None:
    """The UI's own locale (its country's voice, de_AT's), else the system's, else the
    engine's own, else the first one of the language."""
    spoken = _locales_in(speaker, language)
    for locale in (QLocale(), QLocale.system(), speaker.locale()):
        if locale in spoken:
            return locale
    return spoken[0] if spoken else None


class Voice(QObject):
    """The app's voice: says texts, knows how long they take, and what keeps it from speaking.

    Signals:
        changed(): the engine opened, was found missing, took new settings or failed: see
            `available`, `voices` and `problem`.
        finished(int, bool): an utterance (the number say() gave) ended; True when said to
            its end.
    """

    changed = Signal()
    finished = Signal(int, bool)
    _open_requested = Signal()
    _configure_requested = Signal(str, float, float)
    _say_requested = Signal(int, str)
    _stop_requested = Signal()
    _close_requested = Signal()

    def __init__(
        self,
        settings: QSettings,
        engine: Callable[[], str | None] = system_engine,
        make: Callable[[], QTextToSpeech] = placeholder_speaker,
        clock: Callable[[], float] = time.monotonic,
        threaded: bool = True,
        parent: QObject | None = None,
        no_answer_seconds: float = NO_ANSWER_SECONDS,
        language: QLocale.Language | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # The UI language (QLocale's default, which install_translators sets), unless given.
        self.language = ui_language() if language is None else language
        self._no_answer_seconds = no_answer_seconds
        self.voice_settings = VoiceSettings.load(settings)
        self.voices: tuple[str, ...] = ()
        self.problem: str | None = None
        self._engine = ""
        self._open = False
        self._told = False
        self._closing = False
        # True when close() gave up on a speech thread stuck in the engine.
        self.abandoned = False
        self._no_answer = QTimer(self)
        self._no_answer.setSingleShot(True)
        self._no_answer.timeout.connect(self.on_no_answer_timeout)
        self._cache = LengthCache.from_json(str(settings.value(MEASURED_KEY, "")))
        self._lengths = SpeechLengths(self.voice_settings.rate)
        # Utterances said and not yet ended: number -> text.
        self._saying: dict[int, str] = {}
        self._said = 0
        self._warm = False
        self._host = _SpeakerHost(engine, make, clock, threaded, self.language)
        self._thread: QThread | None = None
        if threaded:
            self._thread = QThread(self)
            self._thread.setObjectName("voice")
            self._host.moveToThread(self._thread)
            app = QCoreApplication.instance()
            if app is not None:
                # A QThread still running when Python tears down aborts the app.
                app.aboutToQuit.connect(self.close)
        self._connect_signals()
        if self._thread is not None:
            self._thread.start()
        self._open_requested.emit()

    def _connect_signals(self) -> None:
        host = self._host
        self._open_requested.connect(host.open)
        self._configure_requested.connect(host.configure)
        self._say_requested.connect(host.say)
        self._stop_requested.connect(host.stop)
        # Closing is asked for, not waited on: close() waits a bounded time for the thread.
        self._close_requested.connect(host.close)
        host.opened.connect(self.on_host_opened)
        host.configured.connect(self.on_host_configured)
        host.finished.connect(self.on_host_finished)
        host.failed.connect(self.on_host_failed)

    @property
    def available(self) -> bool:
        """True when the voice is on, open and working."""
        return self._open and self.problem is None and self.voice_settings.enabled

    @property
    def speaking(self) -> bool:
        """True from say() until that utterance ends or is stopped."""
        return bool(self._saying)

    def estimate(self, text: str) -> float:
        """Seconds from say() to the last sound of `text`, with this voice and rate."""
        return self._lengths.estimate(text) + (0.0 if self._warm else COLD_START_SECONDS)

    def say(self, text: str) -> int:
        """Say `text` now, cutting off anything being said; the utterance's number."""
        self._said += 1
        self._saying = {self._said: text}
        self._say_requested.emit(self._said, text)
        if self.problem is None:
            self._no_answer.start(round((self.estimate(text) + self._no_answer_seconds) * 1000))
        return self._said

    def stop(self) -> None:
        """Stop speaking at once."""
        if self._saying:
            self._saying.clear()
            self._stop_requested.emit()

    def test(self) -> bool:
        """Say a sample of the guidance with the current settings; False when there is no voice."""
        if not (self._open and self.problem is None):
            return False
        self.say(translate("Voice", TEST_TEXT))
        return True

    def apply(self, settings: VoiceSettings) -> None:
        """Use and remember new settings; a changed voice or rate speaks from the next utterance."""
        self.voice_settings = settings
        settings.save(self.settings)
        self._configure()

    def _configure(self) -> None:
        if self._open and self.problem is None:
            chosen = self.voice_settings
            self._configure_requested.emit(chosen.name, chosen.rate, chosen.volume)

    def take_problem(self) -> str | None:
        """What keeps the voice from speaking, with the fix: the first time it is asked only."""
        if self.problem is None or self._told or not self.voice_settings.enabled:
            return None
        self._told = True
        return self.problem

    def close(self) -> None:
        """Stop speaking, close the engine and end its thread, waiting at most CLOSE_SECONDS.

        An engine stuck inside speech-dispatcher (no sound server) keeps its thread: it is
        abandoned, `abandoned` says so, and the app ends without tearing it down.
        """
        if self._closing:
            return
        self._closing = True
        self.stop()
        self._close_requested.emit()
        if self._thread is not None and not self._thread.wait(
            QDeadlineTimer(round(CLOSE_SECONDS * 1000))
        ):
            self.abandoned = True

    @Slot(object)
    def on_host_opened(self, opened: Opened) -> None:
        self._open = True
        self._engine = opened.engine
        self.voices = opened.voices
        if opened.problem is not None:
            self.problem = f"{opened.problem} {install_hint()}"
            self.changed.emit()
            return
        self._configure()

    @Slot(str)
    def on_host_configured(self, name: str) -> None:
        self._lengths = self._cache.for_voice(self._engine, name, self.voice_settings.rate)
        self.changed.emit()

    @Slot(int, float, bool)
    def on_host_finished(self, number: int, seconds: float, completed: bool) -> None:
        text = self._saying.pop(number, None)
        if not self._saying:
            self._no_answer.stop()
        if completed and text is not None:
            self._learn(text, seconds - END_LAG_SECONDS.get(self._engine, 0.0))
        self._warm = True
        self.finished.emit(number, completed and text is not None)

    def _learn(self, text: str, seconds: float) -> None:
        if self._lengths.learn(text, seconds):
            self.settings.setValue(MEASURED_KEY, self._cache.to_json())

    @Slot()
    def on_no_answer_timeout(self) -> None:
        if self._saying and self.problem is None:
            self.on_host_failed(translate("Voice", NO_ANSWER))

    @Slot(str)
    def on_host_failed(self, why: str) -> None:
        self._saying.clear()
        self.problem = f"{translate('Voice', STOPPED).format(why=why)} {install_hint()}"
        self.changed.emit()


class VoiceGuide(QObject):
    """Speaks a session's guidance between its cues; lives as long as its driver.

    Signals:
        said(str): the voice begins to say this.
        problem(str): what keeps the voice from speaking, and the fix; told once per app run.
    """

    said = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        driver: SessionDriver,
        voice: Voice,
        clock: Callable[[], float] = time.monotonic,
        cue_lengths: Mapping[Cue, float] | None = None,
    ) -> None:
        super().__init__(driver)
        self.voice = voice
        self.muted = False
        self._driver = driver
        self._voice_was_available = voice.available
        # The driver's clock: event times are on it.
        self._clock = clock
        session = driver.session
        self._planner = SpeechPlanner(
            session.routine,
            {plan.exercise.id: plan.variant for plan in session.plan.exercises},
            cue_seconds() if cue_lengths is None else cue_lengths,
            voice.voice_settings.rep_every,
            spoken_words(QLocale(voice.language)),
        )
        self._waiting: Utterance | None = None
        # What is being said: the voice's number for it, the utterance and the wording.
        self._saying: tuple[int, Utterance, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._connect_signals(driver)

    def _connect_signals(self, driver: SessionDriver) -> None:
        driver.events_happened.connect(self.on_driver_events_happened)
        driver.frame.connect(self.on_driver_frame)
        self.voice.finished.connect(self.on_voice_finished)
        self.voice.changed.connect(self.on_voice_changed)
        self._timer.timeout.connect(self.on_timer_timeout)

    def set_muted(self, muted: bool) -> None:
        """Silence the voice at once, or let it speak again from the next period."""
        self.muted = muted
        if muted:
            self._silence()

    @Slot(list)
    def on_driver_events_happened(self, events: list[Event]) -> None:
        orders = self._planner.on_events(events)
        if orders.stop:
            self._silence()
        if orders.utterances:
            self._waiting = orders.utterances[-1]
        self._follow()

    @Slot(object)
    def on_driver_frame(self, snapshot: Snapshot) -> None:
        self._follow()
        problem = self.voice.take_problem()
        if problem is not None:
            self.problem.emit(problem)

    @Slot()
    def on_timer_timeout(self) -> None:
        self._follow()

    @Slot()
    def on_voice_changed(self) -> None:
        # The voice opens on its own thread, 1.5-2.5 s after the app starts: a session begun
        # before that (--start) hears the period under way once it can.
        available = self.voice.available
        if available and not self._voice_was_available and self._driver.running:
            self._waiting = self._planner.again(self._clock(), self._driver.snapshot().elapsed)
            self._follow()
        self._voice_was_available = available

    @Slot(int, bool)
    def on_voice_finished(self, number: int, completed: bool) -> None:
        if self._saying is not None and self._saying[0] == number:
            _, utterance, wording = self._saying
            self._saying = None
            if completed:
                self._planner.heard(utterance, wording)

    def _silence(self) -> None:
        self._waiting = None
        self._saying = None
        self.voice.stop()

    def _follow(self) -> None:
        """Cut off speech that would run into the next cue, say what is due, wake up for more."""
        now = self._clock()
        if self._saying is not None and now >= self._saying[1].end:
            # Running into the next cue: the estimate was short; the cue matters more.
            self._saying = None
            self.voice.stop()
        waiting = self._waiting
        if waiting is not None and now >= waiting.start:
            self._waiting = None
            self._say(waiting, now)
        wake = [self._waiting.start] if self._waiting else []
        if self._saying is not None and self._saying[1].end < float("inf"):
            wake.append(self._saying[1].end)
        if wake:
            self._timer.start(max(0, round((min(wake) - now) * 1000)))

    def _say(self, utterance: Utterance, now: float) -> None:
        if self.muted or not self.voice.available:
            return
        wording = self._planner.choose(utterance, now, self.voice.estimate)
        if wording is not None:
            self._saying = (self.voice.say(wording), utterance, wording)
            self.said.emit(wording)
