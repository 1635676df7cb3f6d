"""What waits for the first paint runs after it, once; a window never shown runs it at once."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from backpain_gui.ui.first_paint import AfterFirstPaint


class Painted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1


def test_the_work_runs_once_after_the_first_paint_is_done(qtbot) -> None:
    window = Painted()
    qtbot.addWidget(window)
    window.resize(300, 200)
    ran: list[int] = []
    window.show()
    AfterFirstPaint(window, [lambda: ran.append(window.paints), lambda: ran.append(-1)])
    # Nothing yet: the window has not painted.
    assert ran == []
    qtbot.waitUntil(lambda: len(ran) == 2)
    # Each job saw the window already painted; both ran, in order.
    assert ran[0] >= 1
    assert ran[1] == -1
    window.update()
    qtbot.waitUntil(lambda: window.paints >= 2)
    qtbot.wait(50)
    assert len(ran) == 2


def test_a_window_never_shown_runs_the_work_at_once(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[str] = []
    AfterFirstPaint(window, [lambda: ran.append("tray")])
    qtbot.waitUntil(lambda: ran == ["tray"])
