"""The window shows the routine in the UI language: under a German or French locale the
built-in routine's names, start positions and steps come from its translation."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.ui.main_window import MainWindow


def open_window(qtbot, settings: QSettings, clock) -> MainWindow:
    # Loaded as the app loads it: the language comes from the translators' install.
    window = MainWindow(load_routine(builtin_routine_path()), settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.mark.parametrize(
    ("lang", "name", "start_position"),
    [
        ("de_DE.UTF-8", "Hüftrollen", "Auf dem Rücken, Knie gebeugt"),
        ("fr_FR.UTF-8", "L\u2019enroulement du bassin", "Sur le dos, genoux pliés"),
        ("C", "The Hip Roll", "On your back, knees bent"),
    ],
)
def test_the_window_shows_the_routine_in_the_ui_language(
    qtbot, speak, settings, clock, lang: str, name: str, start_position: str
) -> None:
    speak({"LANG": lang})
    window = open_window(qtbot, settings, clock)
    assert window.plan_screen.name_labels["hip-roll"].text() == name
    # The title too, as the translation gives it (the history keeps the routine's own).
    routine = window.routine
    assert window.plan_screen.title.text() == routine.shown_title
    assert (routine.shown_title != routine.title) == (lang != "C")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.session_screen
    assert name in screen.heading.text()
    assert screen.instruction.text().startswith(start_position)


def test_a_translation_that_could_not_be_used_is_said_at_the_foot(qtbot, settings, clock) -> None:
    problems = (
        "exercises.de.yaml:12:7: exercises.hip-roll.phases: has 3 steps; the routine has 4",
        "exercises.de.yaml:40:9: exercises.side-bends.tips: has 1 tip; the routine has 2",
    )
    routine = replace(load_routine(builtin_routine_path()), translation_problems=problems)
    window = MainWindow(routine, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.notice.isVisible()
    assert window.notice.text() == (
        "The routine's translation could not be used, so it is in its own words: "
        f"{problems[0]} (and 1 more: backpain-gui check lists them)"
    )
