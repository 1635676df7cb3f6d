"""Before the first session, and every 90 days: the red flags, answered by ticking boxes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from backpain_gui.content.model import Routine
from backpain_gui.session.screening import (
    EMERGENCY_ADVICE,
    RED_FLAGS,
    SEE_FIRST_ADVICE,
    Outcome,
    outcome,
    screening_due,
)
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.screening_dialog import PASSED_KEY, ScreeningDialog

TODAY = date(2026, 12, 3)


def test_screening_is_due_first_then_every_90_days_and_for_a_date_in_the_future() -> None:
    assert screening_due(None, TODAY)
    assert not screening_due(TODAY, TODAY)
    assert not screening_due(TODAY - timedelta(days=89), TODAY)
    assert screening_due(TODAY - timedelta(days=90), TODAY)
    assert screening_due(TODAY + timedelta(days=1), TODAY)


def test_an_emergency_sign_outranks_the_rest() -> None:
    assert outcome(set()) is Outcome.CLEAR
    assert outcome({"leg"}) is Outcome.SEE_FIRST
    assert outcome({"leg", "saddle"}) is Outcome.EMERGENCY
    assert {flag.key for flag in RED_FLAGS} >= {"saddle", "leg", "illness", "injury", "night"}
    with pytest.raises(ValueError, match="no such red flag"):
        outcome({"headache"})


@pytest.fixture
def unscreened(settings: QSettings) -> QSettings:
    settings.remove(PASSED_KEY)
    return settings


def window_on(qtbot, routine: Routine, settings: QSettings, clock) -> MainWindow:
    window = MainWindow(routine, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def answer(qtbot, ticks: list[str], cleared: bool = False) -> list[str]:
    """When the questions open: tick boxes with the pointer, then click the button; what the
    dialog said."""
    said: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ScreeningDialog)
        for key in ticks:
            qtbot.mouseClick(dialog.flags[key], Qt.MouseButton.LeftButton, pos=_box_spot())
        if cleared:
            qtbot.mouseClick(dialog.cleared, Qt.MouseButton.LeftButton, pos=_box_spot())
        said.extend(
            [dialog.advice.text() if dialog.advice.isVisible() else "", dialog.go_on.text()]
        )
        qtbot.mouseClick(dialog.go_on, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, act)
    return said


def press_enter(qtbot, window: MainWindow) -> None:
    """Enter on the window, as the user presses it with the window in front again."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)


def _box_spot() -> QPoint:
    # The tick box itself, at a check box's left end.
    return QPoint(8, 8)


def test_none_of_these_records_the_day_and_the_session_starts(
    qtbot, routine: Routine, unscreened: QSettings, clock
) -> None:
    window = window_on(qtbot, routine, unscreened, clock)
    said = answer(qtbot, [])
    press_enter(qtbot, window)
    assert said == ["", "None of these apply to me: continue"]
    assert unscreened.value(PASSED_KEY) == date.today().isoformat()
    assert window.stack.currentWidget() is window.session_screen
    # Asked once: the next session starts with Enter alone.
    window.driver.command(lambda now: window.driver.session.end(now))  # type: ignore[union-attr]
    window.show_plan()
    press_enter(qtbot, window)
    assert window.stack.currentWidget() is window.session_screen


def test_an_emergency_sign_says_call_emergency_services_and_no_session_starts(
    qtbot, routine: Routine, unscreened: QSettings, clock
) -> None:
    window = window_on(qtbot, routine, unscreened, clock)
    said = answer(qtbot, ["leg", "saddle"])
    press_enter(qtbot, window)
    assert said == [EMERGENCY_ADVICE, "Close"]
    assert "Call emergency services now" in EMERGENCY_ADVICE
    assert window.stack.currentWidget() is window.plan_screen
    assert unscreened.value(PASSED_KEY) is None


def test_a_sign_for_the_gp_waits_until_the_person_was_told_they_may_exercise(
    qtbot, routine: Routine, unscreened: QSettings, clock
) -> None:
    window = window_on(qtbot, routine, unscreened, clock)
    said = answer(qtbot, ["night"])
    press_enter(qtbot, window)
    assert said == [SEE_FIRST_ADVICE, "Close"]
    assert window.stack.currentWidget() is window.plan_screen
    assert unscreened.value(PASSED_KEY) is None

    said = answer(qtbot, ["night"], cleared=True)
    press_enter(qtbot, window)
    assert said == [SEE_FIRST_ADVICE, "Continue"]
    assert window.stack.currentWidget() is window.session_screen
    assert unscreened.value(PASSED_KEY) == date.today().isoformat()
