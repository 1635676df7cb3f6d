"""Window sizes from the screen: the design's size where it fits, the free part of the screen
where it does not, and never below a minimum the screen has room for."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication

from backpain_gui.content.model import Routine
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.window_size import fit_main_window, fitted_size


def test_the_preferred_size_where_it_fits_the_room_where_it_does_not() -> None:
    preferred, minimum = QSize(1000, 680), QSize(480, 360)
    assert fitted_size(preferred, minimum, QSize(1350, 728)) == QSize(1000, 680)
    # A 1024x600 netbook, less a title bar: as wide as wanted, as tall as there is room.
    assert fitted_size(preferred, minimum, QSize(1008, 560)) == QSize(1000, 560)
    # Never below the minimum while the room holds it; never beyond the room.
    assert fitted_size(QSize(300, 200), minimum, QSize(1008, 560)) == QSize(480, 360)
    assert fitted_size(preferred, minimum, QSize(400, 300)) == QSize(400, 300)


def test_the_main_window_opens_whole_in_the_free_part_of_its_screen(
    qtbot, routine: Routine, settings: QSettings
) -> None:
    window = MainWindow(routine, settings=settings)
    qtbot.addWidget(window)
    fit_main_window(window, settings)
    window.show()
    qtbot.waitExposed(window)
    # The offscreen screen is 800x800: smaller than the 1366x768 the screens are laid out for.
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.width() < 1366
    assert available.contains(window.frameGeometry())
    start = window.plan_screen.start
    assert available.contains(QRect(start.mapToGlobal(start.rect().topLeft()), start.size()))
