"""The history in the main window: the plan's day count, the summary's saved line, and H."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backpain_gui.storage.data_folder import data_folder


def test_a_whole_session_is_saved_and_counted_on_the_summary_and_the_plan(
    qtbot, window, clock
) -> None:
    window.open_history()
    assert window.plan_calendar.day.text() == "Day 1 of 14"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    # Bridge 5 s + 2 x 9 s, rest 15 s, twist 5 s + 9 s, switch 5 s, 9 s.
    clock.tick(66.5)
    window.driver.on_timer_timeout()
    assert window.stack.currentWidget() is window.summary_screen
    assert window.summary_screen.note.text() == (
        "Saved to your history: 2 exercises done. Day 1 of 14."
    )
    window.summary_screen.again.click()
    assert window.plan_calendar.day.text() == "Day 1 of 14 - done today"
    assert (data_folder() / "history.sqlite3").is_file()


def test_a_session_finished_with_an_exercise_skipped_says_so_on_its_summary(
    qtbot, window, clock
) -> None:
    window.open_history()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    # Bridge done (5 s + 2 x 9 s), into the rest, then Twist skipped from its get-ready.
    clock.tick(5 + 2 * 9 + 1)
    window.driver.on_timer_timeout()
    clock.tick(15)
    window.driver.on_timer_timeout()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen
    summary = window.summary_screen
    # Not "session complete" alone, and not "2 exercises" saved when one was skipped.
    assert summary.heading.text() == "Session complete: 1 of 2 exercises done"
    assert summary.note.text() == (
        "Saved to your history: 1 exercise done, 1 skipped. Day 1 of 14."
    )


# The offscreen platform cannot size or raise a second window, and says so; xcb can.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)
def test_h_opens_the_history_on_the_plan_but_not_during_a_session(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.history_window is None
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.history_window is not None
    assert window.history_window.isVisible()
    assert window.history_window.sessions.topLevelItemCount() == 1


def test_a_history_that_cannot_be_opened_is_told_once_and_the_session_runs_unsaved(
    qtbot, make_window, clock
) -> None:
    # A folder where the database should be: the file cannot be opened, read or written.
    database = data_folder() / "history.sqlite3"
    database.mkdir(parents=True)
    window = make_window()
    told: list[str] = []
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.recorder is not None
    window.recorder.problem.connect(told.append)
    clock.tick(66.5)
    window.driver.on_timer_timeout()
    assert window.stack.currentWidget() is window.summary_screen
    problem = (
        f"Your history database {database} is a folder, not a database. Sessions are not saved "
        "until it is moved out of the way; then restart backpain-gui to start a history."
    )
    # Told when the history was opened, at the session's start, and not again.
    assert window.notice.text() == problem
    assert told == []
    assert window.summary_screen.note.text() == f"Not saved to your history. {problem}"
    assert database.is_dir()
