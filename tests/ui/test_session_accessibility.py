"""A screen reader follows the session: each step announced once, names that say what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backpain_gui.ui import announce as announce_module
from backpain_gui.ui.key_button import KeyButton
from backpain_gui.ui.main_window import MainWindow
from tests.ui.test_main_window import frame, press, start

FRAME_SECONDS = 1 / 30


def _run(window: MainWindow, clock, seconds: float) -> None:
    """Let the session run `seconds`, a frame at a time, as the frame timer would."""
    for _ in range(round(seconds / FRAME_SECONDS)):
        clock.tick(FRAME_SECONDS)
        frame(window)


def test_each_step_of_a_rep_is_announced_once_with_its_instruction(qtbot, window, clock) -> None:
    said: list[str] = []
    window.session_screen.announced.connect(said.append)
    start(qtbot, window)
    frame(window)
    assert said[0].startswith("Bridge. ")
    assert "Get ready" in said[0]
    assert "Lie on your back, knees bent" in said[0]
    # The 5 s get-ready, then the first rep's three steps (3 s, 4 s, 2 s).
    _run(window, clock, 5 + 3 + 4 + 2 - 0.5)
    assert said[1:] == [
        "Rep 1 of 2. Step 1 of 3. bridge: breathe in to prepare.",
        "Step 2 of 3. bridge: lift on the out-breath.",
        "Step 3 of 3. bridge: hold.",
    ]
    _run(window, clock, 1)
    assert said[-1] == "Rep 2 of 2. Step 1 of 3. bridge: breathe in to prepare."


def test_a_new_exercise_and_its_side_are_announced(qtbot, window, clock) -> None:
    said: list[str] = []
    start(qtbot, window)
    window.session_screen.announced.connect(said.append)
    press(qtbot, window, Qt.Key.Key_Right)
    frame(window)
    assert said[-1].startswith("Twist. On your left side. ")
    _run(window, clock, 5 + 9 + 0.5)
    assert said[-1] == "On your right side. 1 rep. Switch sides. Roll over onto your other side."
    _run(window, clock, 10)
    assert "Rep 1 of 1. Step 1 of 3. twist: breathe in to prepare." in said


def test_pause_is_announced_and_the_button_is_named_for_what_it_shows(qtbot, window) -> None:
    said: list[str] = []
    start(qtbot, window)
    frame(window)
    window.session_screen.announced.connect(said.append)
    pause = window.session_screen.buttons["pause"]
    assert pause.accessibleName() == "Pause"
    press(qtbot, window, Qt.Key.Key_Space)
    frame(window)
    assert said == ["Paused - press Space to continue."]
    assert pause.text().startswith("Continue")
    assert pause.accessibleName() == "Continue"
    assert pause.accessibleDescription() == "Continue the session. Key: Space"


def test_without_announcements_the_screen_describes_the_news(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt before 6.8: the focused screen's description changes, which a reader speaks.
    monkeypatch.setattr(announce_module, "ANNOUNCEMENT", None)
    start(qtbot, window)
    frame(window)
    description = window.session_screen.accessibleDescription()
    assert description.startswith("Bridge. ")
    assert "Lie on your back, knees bent" in description


def test_the_progress_bar_moves_a_whole_percent_at_a_time(qtbot, window, clock) -> None:
    values: list[int] = []
    start(qtbot, window)
    window.session_screen.progress_bar.valueChanged.connect(values.append)
    frames = 0
    while window.stack.currentWidget() is window.session_screen and frames < 5000:
        clock.tick(FRAME_SECONDS)
        frame(window)
        frames += 1
    # A session of about a minute: some 1,700 frames, and at most one update a percent.
    assert frames > 1000
    assert 50 <= len(values) <= 101
    assert all(value % 10 == 0 for value in values)


def test_the_variant_label_is_named_by_what_it_says(qtbot, window) -> None:
    start(qtbot, window)
    frame(window)
    press(qtbot, window, Qt.Key.Key_V)
    frame(window)
    variant = window.session_screen.variant
    assert variant.text() == "Modification: Smaller."
    # No fixed name hides the words from a reader: a label's name is its text.
    assert variant.accessibleName() == ""


def _tab_through(qtbot, window: MainWindow, count: int) -> list[str]:
    names = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QWidget)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        names.append(focused.accessibleName())
    return names


def test_tab_goes_from_it_hurts_at_the_top_along_the_controls(qtbot, window) -> None:
    start(qtbot, window)
    frame(window)
    # The session starts with the focus on the screen itself, named for a screen reader.
    focused = QApplication.focusWidget()
    assert focused is window.session_screen
    assert focused.accessibleName() == "Session"
    assert _tab_through(qtbot, window, 10) == [
        "It hurts",
        "Back",
        "Pause",
        "Skip",
        "Restart",
        "Variant",
        "Sound on",
        "Full screen",
        "End",
        "It hurts",
    ]


def _high_contrast() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#ffff00"),
        (QPalette.ColorRole.PlaceholderText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_with_large_type_and_high_contrast_every_control_reads_in_full_at_1024x600(
    qtbot, window, clock
) -> None:
    big = QFont(window.font())
    big.setPointSize(24)
    window.setFont(big)
    window.setPalette(_high_contrast())
    window.resize(1024, 600)
    start(qtbot, window)
    window.session_screen.set_fullscreen(True)
    _run(window, clock, 6)
    screen = window.session_screen
    controls = (*screen.buttons.values(), screen.hurts)

    def reads_in_full(button: QWidget) -> bool:
        assert isinstance(button, KeyButton)
        # The words (and the key, where there is room), with room for the button's frame.
        return QFontMetrics(button.font()).horizontalAdvance(button.text()) + 8 <= button.width()

    # The row is laid out again once the event loop runs.
    qtbot.waitUntil(lambda: all(reads_in_full(button) for button in controls))
    for button in controls:
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.text()
    # Too narrow for the keys too: they are left off, and stay in the description.
    fullscreen = screen.buttons["fullscreen"]
    assert fullscreen.text() == "Leave full screen"
    assert fullscreen.accessibleDescription() == "Go back to a window. Key: F"
    instruction = screen.instruction
    assert instruction.fits(instruction.font().pixelSize())
    assert instruction.text() == "bridge: breathe in to prepare"


def test_on_a_laptop_screen_the_controls_show_their_keys(qtbot, window) -> None:
    start(qtbot, window)
    frame(window)
    screen = window.session_screen
    assert screen.buttons["pause"].text() == "Pause  (Space)"
    assert screen.buttons["fullscreen"].text() == "Full screen  (F)"
