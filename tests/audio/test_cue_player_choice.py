"""The app's cue player: playsound3's, as measured; Qt's only when asked and able to play."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from backpain_gui.audio.player import CuePlayer
from backpain_gui.audio.sound_server import NO_SOUND_SERVER
from backpain_gui.ui.cue_player_choice import CHOICE_VARIABLE, QT_CHOICE, make_cue_player

ROOT = Path(__file__).resolve().parents[2]
ONE_OUTPUT = [object()]
ASK_FOR_QT = {CHOICE_VARIABLE: QT_CHOICE}


def never_asked() -> list[object]:
    raise AssertionError("Qt's audio was opened without being asked for")


def test_by_default_the_cues_play_through_playsound3_and_qt_audio_is_not_opened() -> None:
    choice = make_cue_player(
        time.monotonic, environ={}, outputs=never_asked, sound_server=lambda: None
    )

    assert isinstance(choice.player, CuePlayer)
    assert "docs/sound.md" in choice.reason
    choice.player.close()


def test_asked_for_qt_with_an_audio_output_the_cues_play_through_qsoundeffect(qapp) -> None:
    from backpain_gui.ui.qt_cue_player import QtCuePlayer

    choice = make_cue_player(
        time.monotonic, environ=ASK_FOR_QT, outputs=lambda: ONE_OUTPUT, sound_server=lambda: None
    )

    assert isinstance(choice.player, QtCuePlayer)
    assert "QSoundEffect" in choice.reason
    choice.player.close()


def test_asked_for_qt_without_an_output_playsound3_plays_and_says_the_server_is_missing() -> None:
    choice = make_cue_player(
        time.monotonic, environ=ASK_FOR_QT, outputs=lambda: [], sound_server=lambda: NO_SOUND_SERVER
    )

    assert isinstance(choice.player, CuePlayer)
    assert "no output" in choice.reason
    assert "playsound3" in choice.reason
    # The window shows the fallback's own problem, in the words it knows.
    assert choice.player.problem == NO_SOUND_SERVER
    choice.player.close()


def test_the_default_choice_loads_no_qt_multimedia() -> None:
    # QtMultimedia costs start-up time and prints warnings of its own: not for nothing.
    probe = (
        "import json, sys, time\n"
        "from backpain_gui.ui.cue_player_choice import make_cue_player\n"
        "make_cue_player(time.monotonic, environ={}).player.close()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    modules = json.loads(done.stdout)

    assert "backpain_gui.audio.player" in modules
    assert "PySide6.QtMultimedia" not in modules
