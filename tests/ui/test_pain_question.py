"""How is your back, 0-10, before and after: one key and Enter, saved with the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from backpain_gui.content.model import Routine
from backpain_gui.storage.data_folder import data_folder
from backpain_gui.storage.history import History
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.pain_screen import AFTER_QUESTION, BEFORE_QUESTION
from backpain_gui.ui.settings_dialog import ASK_PAIN_KEY

# The test routine: Bridge 5 s + 2 x 9 s, rest 15 s, Twist 5 s + 9 s, switch 5 s, 9 s.
WHOLE_SESSION = 66.5


def asking_window(qtbot, routine: Routine, settings: QSettings, clock) -> MainWindow:
    settings.setValue(ASK_PAIN_KEY, "true")
    window = MainWindow(routine, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def saved_scores() -> list[tuple[int | None, int | None]]:
    history = History.open(data_folder())
    try:
        return [(s.pain_before, s.pain_after) for s in history.sessions()]
    finally:
        history.close()


def test_four_and_enter_before_two_and_enter_after_are_saved_with_the_session(
    qtbot, routine: Routine, settings: QSettings, clock
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pain_screen
    assert window.pain_screen.question.text() == BEFORE_QUESTION
    qtbot.keyClick(window.pain_screen, Qt.Key.Key_4)
    assert window.pain_screen.score_buttons[4].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen

    clock.tick(WHOLE_SESSION)
    assert window.driver is not None
    window.driver.on_timer_timeout()
    assert window.stack.currentWidget() is window.pain_screen
    assert window.pain_screen.question.text() == AFTER_QUESTION
    assert window.pain_screen.score is None, "the answer before is not offered again"
    qtbot.keyClick(window.pain_screen, Qt.Key.Key_2)
    qtbot.keyClick(window, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.summary_screen
    assert "from 4 to 2 of 10" in window.summary_screen.note.text()
    assert saved_scores() == [(4, 2)]


def test_esc_skips_and_a_click_on_10_picks_ten(
    qtbot, routine: Routine, settings: QSettings, clock
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.session_screen
    clock.tick(WHOLE_SESSION)
    assert window.driver is not None
    window.driver.on_timer_timeout()
    qtbot.mouseClick(window.pain_screen.score_buttons[10], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pain_screen.confirm_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.summary_screen
    assert saved_scores() == [(None, 10)]


def test_a_back_worse_by_two_says_ease_off_and_a_bad_day_is_told_at_the_start(
    qtbot, routine: Routine, settings: QSettings, clock
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window.pain_screen, Qt.Key.Key_8)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert "very sore today (8 of 10)" in window.notice.text()
    assert window.notice.isVisible()
    clock.tick(WHOLE_SESSION)
    assert window.driver is not None
    window.driver.on_timer_timeout()
    qtbot.mouseClick(window.pain_screen.score_buttons[10], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    note = window.summary_screen.note.text()
    assert "from 8 to 10 of 10" in note
    assert "Ease off" in note
    assert "physiotherapist" in note


def test_enter_with_no_score_goes_on_at_once(
    qtbot, routine: Routine, settings: QSettings, clock
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen


def test_switched_off_the_question_is_not_asked(
    qtbot, routine: Routine, settings: QSettings, clock, tmp_path: Path
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    settings.setValue(ASK_PAIN_KEY, "false")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen
