"""The voice speaks the UI language: a voice of that language where the engine has one, the
routine's words and the guide's own in it, and, where none speaks it, tones and a word why."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtTextToSpeech import QVoice

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.session import Session
from backpain_gui.session.settings import SessionSettings
from backpain_gui.ui.session_driver import SessionDriver
from backpain_gui.ui.spoken_words import french_number, german_number
from backpain_gui.ui.voice import Voice, VoiceGuide
from backpain_gui.ui.voice_settings import VoiceSettingsPanel
from tests.audio.test_speech_plan import CUES
from tests.ui.conftest import FakeClock
from tests.ui.test_voice import FakeSpeaker, mock

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


class GermanSpeaker(FakeSpeaker):
    """The fake speaker with one German voice, as espeak-ng's `de` is offered."""

    def availableLocales(self) -> list[QLocale]:
        return [GERMAN, *super().availableLocales()]

    def allVoices(self, locale: QLocale | QLocale.Language, /) -> list[QVoice]:
        english = super().allVoices(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return english[:1] if locale == GERMAN else super().allVoices(locale)


def test_where_no_voice_speaks_the_ui_language_the_plan_says_so(
    qtbot, speak, settings: QSettings, clock: FakeClock
) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    # Qt's test engine has English, Norwegian and Finnish voices, no German one.
    voice = Voice(
        settings, engine=mock, make=lambda: FakeSpeaker(clock), clock=clock, threaded=False
    )
    assert not voice.available
    assert voice.problem is not None
    assert voice.problem.startswith(
        "Keine Stimme spricht hier Deutsch, deshalb führen nur die Töne durch die Sitzung."
    )
    panel = VoiceSettingsPanel(voice)
    qtbot.addWidget(panel)
    # Shown with the plan, beside the Start button.
    assert not panel.status.isHidden()
    assert panel.status.text().startswith("Keine Stimme spricht hier Deutsch")
    assert not panel.how_to_fix.isHidden()


def test_the_voice_offers_only_the_voices_of_the_ui_language(
    settings: QSettings, clock: FakeClock
) -> None:
    finnish = Voice(
        settings,
        engine=mock,
        make=lambda: FakeSpeaker(clock),
        clock=clock,
        threaded=False,
        language=QLocale.Language.Finnish,
    )
    assert finnish.voices == ("Kari", "Anneli")
    assert finnish.available
    english = Voice(
        settings, engine=mock, make=lambda: FakeSpeaker(clock), clock=clock, threaded=False
    )
    assert "Kari" not in english.voices
    assert "Charly" in english.voices


def test_a_german_session_is_spoken_in_german(
    qtbot, speak, settings: QSettings, clock: FakeClock
) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    speaker = GermanSpeaker(clock, word_seconds=0.2)
    voice = Voice(settings, engine=mock, make=lambda: speaker, clock=clock, threaded=False)
    assert voice.problem is None
    assert voice.test()
    assert speaker.texts()[-1].startswith("Das ist Ihre Sprachführung.")
    voice.stop()
    speaker.said.clear()
    routine = load_routine(builtin_routine_path())
    driver = SessionDriver(Session(routine, SessionSettings()), clock=clock)
    VoiceGuide(driver, voice, clock=clock, cue_lengths=CUES)
    driver.start()
    # The first exercise, its rest and the next get-ready: 3 min 20 s, a frame every 50 ms.
    while clock.now < 1000 + 200:
        clock.tick(0.05)
        speaker.catch_up()
        driver.on_timer_timeout()
    said = speaker.texts()
    assert said[0].startswith("Hüftrollen.")
    assert "Ein, zur Vorbereitung." in said
    assert "Aus: zur Brücke aufrollen." in said
    # The guide's own words: the breath, a rep's number, the rest and what comes next.
    assert any(text.startswith(("Zwei. ", "Drei. ")) for text in said), said
    assert any(text.startswith("Ausruhen. Als Nächstes: Drehung der Wirbelsäule.") for text in said)
    english = ("Breathe", "Rest", "Next", " in.", " out.", "Two.", "Three.")
    assert not [text for text in said if any(word in text for word in english)], said


def test_rep_numbers_in_german_and_french_words() -> None:
    assert [german_number(n) for n in (2, 10, 21, 35, 100)] == [
        "zwei",
        "zehn",
        "einundzwanzig",
        "fünfunddreißig",
        "hundert",
    ]
    assert [french_number(n) for n in (2, 21, 71, 80, 81, 99)] == [
        "deux",
        "vingt et un",
        "soixante et onze",
        "quatre-vingts",
        "quatre-vingt-un",
        "quatre-vingt-dix-neuf",
    ]
