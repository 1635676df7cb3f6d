"""The pain question, the summary and the screening by keyboard alone and by ear: Tab in the
order they read, a key for every action, and what matters said to a screen reader."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from backpain_gui.content.model import Routine
from backpain_gui.session.screening import EMERGENCY_ADVICE, SEE_FIRST_ADVICE
from backpain_gui.ui import pain_screen, screening_dialog, summary_screen
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.screening_dialog import ScreeningDialog
from tests.ui.test_main_window import press, start
from tests.ui.test_pain_question import asking_window
from tests.ui.test_settings_accessibility import _undescribed

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What the screens announce: (message, urgent)."""
    heard: list[tuple[str, bool]] = []

    def record(widget: QWidget, message: str, urgent: bool = False) -> None:
        heard.append((message, urgent))

    for module in (pain_screen, summary_screen, screening_dialog):
        monkeypatch.setattr(module, "announce", record)
    return heard


def _names_by_tab(qtbot, count: int) -> list[str]:
    names = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        shown = now.text() if isinstance(now, QAbstractButton) else ""
        names.append(now.accessibleName() or shown)
    return names


def test_the_question_is_said_and_ten_is_one_key_from_nine(
    qtbot, routine: Routine, settings: QSettings, clock, said
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pain_screen
    assert said[-1][0].startswith("How is your back right now? 0 is no pain at all")
    screen = window.pain_screen
    qtbot.keyClick(screen, Qt.Key.Key_9)
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.score == 10
    assert said[-1] == ("Pain 10 of 10. Enter keeps it.", False)
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert screen.score == 10
    qtbot.keyClick(screen, Qt.Key.Key_Down)
    assert screen.score == 9


def test_nothing_picked_up_starts_at_0_and_down_at_10(
    qtbot, routine: Routine, settings: QSettings, clock
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.keyClick(window.pain_screen, Qt.Key.Key_Up)
    assert window.pain_screen.score == 0
    window.pain_screen.ask(after=False)
    qtbot.keyClick(window.pain_screen, Qt.Key.Key_Left)
    assert window.pain_screen.score == 10


def test_tab_goes_to_the_scores_then_skip_and_ok_and_space_picks(
    qtbot, routine: Routine, settings: QSettings, clock
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    press(qtbot, window, Qt.Key.Key_Return)
    # The scores are one stop, as a group of choices is: the arrows move along them. After
    # OK, Tab comes back round to the question itself.
    question = "How is your back right now?"
    assert _names_by_tab(qtbot, 5) == ["Pain 0 of 10", "Skip", "OK", question, "Pain 0 of 10"]
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Right)
    focused = QApplication.focusWidget()
    assert focused is window.pain_screen.score_buttons[3]
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert window.pain_screen.score == 3
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen
    assert window.pain_before == 3


def test_the_summary_says_how_the_session_went_and_tab_goes_left_to_right(
    qtbot, window: MainWindow, said
) -> None:
    start(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen
    message, urgent = said[-1]
    assert message.startswith("Session over - every exercise was skipped. Total time 0:0")
    assert not urgent
    window.summary_screen.setFocus()
    assert _names_by_tab(qtbot, 2) == ["Back to the plan", "Quit"]


def test_the_screening_reads_in_order_and_says_its_advice(qtbot, settings: QSettings, said) -> None:
    dialog = ScreeningDialog(settings, today=lambda: date(2026, 12, 3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    boxes = list(dialog.flags.values())
    boxes[0].setFocus()
    names = [boxes[0].accessibleName(), *_names_by_tab(qtbot, len(boxes) + 1)]
    assert names == [box.text() for box in boxes] + ["Not now", dialog.go_on.text()]
    dialog.flags["leg"].setChecked(True)
    assert said[-1] == (SEE_FIRST_ADVICE, False)
    dialog.flags["saddle"].setChecked(True)
    # An emergency is said at once, not after whatever the reader is saying.
    assert said[-1] == (EMERGENCY_ADVICE, True)
    count = len(said)
    dialog.flags["night"].setChecked(True)
    assert len(said) == count, "the same advice is not said again"
    assert _undescribed(dialog) == []
