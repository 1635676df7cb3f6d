"""It hurts: a button and H stop the session at once; the reason is saved; what to do is said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backpain_gui.session.pain import IT_HURTS_ADVICE
from backpain_gui.storage.data_folder import data_folder
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import SessionStatus


def saved() -> list[tuple[SessionStatus, str | None]]:
    history = History.open(data_folder())
    try:
        return [(s.status, s.stopped_because) for s in history.sessions()]
    finally:
        history.close()


@pytest.mark.parametrize("how", ["button", "key"])
def test_it_hurts_ends_the_session_without_a_question_and_says_what_to_do(
    qtbot, window, clock, how: str
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen
    clock.tick(6.0)
    assert window.driver is not None
    window.driver.on_timer_timeout()
    button = window.session_screen.hurts
    assert button.isVisible()
    assert "It hurts" in button.text()
    if how == "button":
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window, Qt.Key.Key_H)

    assert window.stack.currentWidget() is window.summary_screen
    assert window.summary_screen.heading.text() == "Stopped because it hurts"
    assert IT_HURTS_ADVICE in window.summary_screen.note.text()
    assert "see a GP or physiotherapist" in IT_HURTS_ADVICE
    assert saved() == [(SessionStatus.ENDED, "it hurts")]


# The offscreen platform cannot size or raise a second window, and says so; xcb can.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)
def test_h_on_the_plan_still_opens_the_history(qtbot, window) -> None:
    window.open_history()
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.history_window is not None
    assert window.history_window.isVisible()
    assert window.stack.currentWidget() is window.plan_screen
