"""Each get-ready says why the exercise helps, then what to do before moving and when to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.session.schedule import plan_session
from backpain_gui.ui.main_window import MainWindow

SHIPPED = load_routine(builtin_routine_path())


def test_every_get_ready_shows_the_aim_then_the_abdominals_and_the_safety_line_in_bold(
    qtbot, settings, clock
) -> None:
    window = MainWindow(SHIPPED, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    detail = window.session_screen.detail
    assert window.driver is not None
    plan = plan_session(SHIPPED, window.session_settings())
    # 20 s to get down onto the mat for the first, 10 s into each new position after.
    assert [item.get_ready_seconds for item in plan.exercises] == [20, 10, 10, 10, 10]
    for exercise, item in zip(SHIPPED.exercises, plan.exercises, strict=True):
        # The aim for the first half...
        clock.tick(1.0)
        window.driver.on_timer_timeout()
        assert detail.text() == f"Aim: {exercise.aim}"
        assert not detail.font().bold()
        # In the text's own colour, not a faint grey that does not read from the mat.
        assert detail.foregroundRole() is QPalette.ColorRole.WindowText
        # ...then, in bold, abdominals and when to stop.
        clock.tick(item.get_ready_seconds / 2)
        window.driver.on_timer_timeout()
        assert detail.text().startswith("Remember to initiate by contracting your abdominal")
        assert "Stop if the pain is sharp or spreads down a leg" in detail.text()
        assert detail.font().bold()
        assert detail.foregroundRole() is QPalette.ColorRole.WindowText
        # On to the next exercise's get-ready.
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.stack.currentWidget() is window.summary_screen
