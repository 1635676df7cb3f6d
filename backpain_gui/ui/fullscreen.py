"""Full screen on the screen the window is on, and that screen remembered for the next time.

With a laptop and a television, the user drags the window to the screen they can see from
the mat and presses F: full screen goes there, not to the laptop. The screen's name is kept
(QSettings `display/fullscreen_screen`), and the next run opens on it while it is connected.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

SETTING = "display/fullscreen_screen"


def remembered_screen(settings: QSettings) -> QScreen | None:
    """The screen full screen went to last time, if it is connected now."""
    name = settings.value(SETTING)
    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    return None


def open_on_remembered_screen(window: QWidget, settings: QSettings) -> None:
    """Before the window is shown: put it in the middle of the screen remembered, if any."""
    screen = remembered_screen(settings)
    if screen is None:
        return
    available = screen.availableGeometry()
    placed = QRect(available.topLeft(), window.size().boundedTo(available.size()))
    placed.moveCenter(available.center())
    window.setScreen(screen)
    window.setGeometry(placed)


def enter_fullscreen(window: QWidget, settings: QSettings) -> None:
    """Fill the screen the window is on, and remember that screen."""
    settings.setValue(SETTING, window.screen().name())
    window.showFullScreen()


def leave_fullscreen(window: QWidget) -> None:
    """Back to a window, where it was on the same screen."""
    window.showNormal()
