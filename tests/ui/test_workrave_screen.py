"""Workrave's exercises in the window: each step of an exercise shows its own words, not the
whole description again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from backpain_gui.content.workrave import AGAIN
from backpain_gui.ui import main_window

# Installed by the Debian package workrave-data (scripts/system-deps.sh installs it for CI).
WORKRAVE_FILE = Path("/usr/share/workrave/exercises/exercises.xml")


def test_each_step_of_a_workrave_exercise_shows_its_own_words(
    qtbot, make_window, clock, monkeypatch
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    # Closing the window at the end ends the session without asking.
    monkeypatch.setattr(main_window.EndSessionDialog, "ask", lambda parent: True)
    window = make_window()
    window.routine_menu.routine_chosen.emit(WORKRAVE_FILE)
    assert window.routine.title == "Workrave's exercises"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.session_screen
    assert window.driver is not None
    description = screen.instruction.text()
    assert description.startswith("Keep one arm horizontally stretched")
    shown = []
    # Get ready 5 s, then four pictures of 10 s: read each one halfway through.
    for seconds in (10, 10, 10, 10):
        clock.tick(seconds)
        window.driver.on_timer_timeout()
        shown.append((screen.step.text(), screen.instruction.text()))
    assert shown == [
        (
            "Step 1 of 4",
            "Keep one arm horizontally stretched in front of your chest. Push this arm with "
            "your other arm towards you until you feel a mild tension in your shoulder.",
        ),
        ("Step 2 of 4", "Hold this position briefly, and repeat the exercise for your other arm."),
        ("Step 3 of 4", AGAIN),
        ("Step 4 of 4", AGAIN),
    ]
    assert description not in [words for _, words in shown]
