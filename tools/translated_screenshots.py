"""Render the plan and session screens in German and French at 1024x600 into docs/screenshots/.

Run: `.venv/bin/python tools/translated_screenshots.py` (offscreen; no display needed). German
words are long and the small screen is where they would be cut short: these are the pictures
to look at after a change of wording. The clock is a hand-moved one, as in screenshots.py.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, QTemporaryDir
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice
from PySide6.QtWidgets import QApplication

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Breath
from backpain_gui.ui.main_window import EndSessionDialog, MainWindow
from backpain_gui.ui.translation import install_translators
from backpain_gui.ui.voice import Voice

# Run as a script, this folder is on the path, not the checkout that holds tools/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools.screenshots import OUT, HandClock, SilentPlayer

LANGUAGES = {"de": "de_DE.UTF-8", "fr": "fr_FR.UTF-8"}
SIZE = (1024, 600)


class SpeakerOfTheLanguage(QTextToSpeech):
    """Qt's silent test engine, offering a voice in the UI language as espeak-ng does, so the
    plan shows the voice panel a German or French user with a voice sees."""

    def __init__(self) -> None:
        super().__init__("mock")

    def availableLocales(self) -> list[QLocale]:
        return [QLocale(), *super().availableLocales()]

    def allVoices(self, locale: QLocale | QLocale.Language, /) -> list[QVoice]:
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        return super().allVoices(english if locale == QLocale() else locale)


def shoot(app: QApplication, language: str, scratch: Path) -> None:
    """plan-, get-ready- and session-<language>.png: a new user's plan, the first get-ready,
    and the first exercise mid breath out."""
    install_translators(app, {"LANG": LANGUAGES[language]})
    # A fresh history for each language, so that one's session is not on the other's plan.
    history = scratch / f"history-{language}"
    history.mkdir()
    os.environ["BACKPAIN_GUI_DATA_DIR"] = str(history)
    routine = load_routine(builtin_routine_path())
    settings = QSettings(str(scratch / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    settings.setValue("safety/screening_passed_on", date.today().isoformat())
    settings.setValue("pain/ask", "false")
    clock = HandClock()
    window = MainWindow(
        routine,
        settings=settings,
        clock=clock,
        player=SilentPlayer(),
        voice=Voice(settings, engine=lambda: "mock", make=SpeakerOfTheLanguage, threaded=False),
    )
    window.resize(*SIZE)
    window.show()
    app.processEvents()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / f"{name}-{language}.png"))
        print(f"wrote {OUT / name}-{language}.png")

    shot("plan")
    window.start_session(window.session_settings())
    driver = window.driver
    assert driver is not None
    # The get-ready holds the longest words: the start position, the advice, the safety line.
    shot("get-ready")
    for _ in range(100_000):
        snapshot = driver.snapshot()
        if snapshot.breath is Breath.OUT and snapshot.progress >= 0.5:
            break
        clock.now += 0.05
        driver.on_timer_timeout()
    shot("session")
    # Ended without the question (a modal box would wait for a click no one gives).
    EndSessionDialog.ask = classmethod(lambda cls, parent: True)  # type: ignore[assignment]
    window.on_escape_pressed()
    window.close()


def main() -> int:
    """Write the screenshots; the exit status."""
    app = QApplication(sys.argv[:1])
    QApplication.setStyle("Fusion")
    scratch = QTemporaryDir()
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        shoot(app, language, Path(scratch.path()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
