"""While the person gets ready, the figure prepares the movements of the exercise coming up,
so the first frame of each step does not spend 12-15 ms working out its arrow on the beat."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.figures.illustration import phase_arrow
from backpain_gui.ui.main_window import MainWindow

SHIPPED = load_routine(builtin_routine_path())


def test_every_step_s_arrow_is_ready_before_the_step_begins(qtbot, settings, clock) -> None:
    window = MainWindow(SHIPPED, settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    driver = window.driver
    assert driver is not None
    phase_arrow.cache_clear()
    clock.tick(0.5)
    driver.on_timer_timeout()
    # The get-ready's first second: the four movements of the Hip Roll are made, one a tick.
    qtbot.waitUntil(lambda: phase_arrow.cache_info().currsize == 4, timeout=3000)
    made = phase_arrow.cache_info().misses
    for seconds in (20, 4, 6, 4):
        clock.tick(seconds)
        driver.on_timer_timeout()
        assert window.session_screen.figure.isVisible()
    # Each step's first frame found its arrow made: no new one worked out on the beat.
    assert phase_arrow.cache_info().misses == made
    assert phase_arrow.cache_info().hits >= 4
