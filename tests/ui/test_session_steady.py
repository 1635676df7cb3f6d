"""The session screen holds still: a longer instruction or tip never moves the picture or pacer.

Read from three metres away, a picture and pacer that jump ten pixels when the words below
wrap onto a second line look like a stutter, and the eye loses its place in the words.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)], ids=["1024x600", "1366x768"])
def test_every_step_of_the_shipped_session_keeps_picture_pacer_and_words_in_place(
    qtbot, settings, clock, size: tuple[int, int]
) -> None:
    window = MainWindow(load_routine(builtin_routine_path()), settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    screen = window.session_screen
    assert window.driver is not None

    def places() -> tuple[QRect, QRect, QPoint, QRect]:
        QApplication.processEvents()
        figure = screen.figure if screen.figure.isVisible() else screen.picture
        return (
            figure.geometry(),
            screen.pacer.geometry(),
            screen.instruction.geometry().topLeft(),
            screen.buttons["pause"].geometry(),
        )

    seen: dict[tuple[QRect, QRect, QPoint, QRect], list[str]] = {}
    shown: set[tuple[str, str]] = set()
    while window.stack.currentWidget() is screen:
        clock.tick(1.0)
        window.driver.on_timer_timeout()
        words = (screen.view.instruction, screen.view.detail)
        if words not in shown:
            shown.add(words)
            seen.setdefault(places(), []).append(" / ".join(words))
    assert len(shown) > 20, "the session showed too few steps to tell"
    assert len(seen) == 1, {str(place): texts[:2] for place, texts in seen.items()}
