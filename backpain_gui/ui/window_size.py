"""Window sizes from the screen a window opens on, so that a 1024x600 netbook shows every
window whole, its buttons included, and a 1366x768 laptop gets the size the screens are laid
out for.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from backpain_gui.ui.fullscreen import remembered_screen

# The size the screens are laid out for: a 13-inch laptop's screen.
MAIN_WINDOW = QSize(1366, 768)
DIALOG = QSize(1000, 680)
# Small enough for any screen a session is done in front of; the dialogs scroll below it.
DIALOG_MINIMUM = QSize(480, 360)
# A window manager's title bar and borders, which Qt learns only once a window is on screen.
FRAME_ALLOWANCE = QSize(16, 40)


def frame_extra(window: QWidget) -> QSize:
    """What the window manager adds around `window`: measured once it is on screen, else the
    allowance for a title bar and borders."""
    if not window.isVisible():
        return FRAME_ALLOWANCE
    return window.frameGeometry().size() - window.geometry().size()


def fitted_size(preferred: QSize, minimum: QSize, room: QSize) -> QSize:
    """`preferred`, made smaller to fit `room` but not below `minimum` unless `room` is."""
    return preferred.boundedTo(room).expandedTo(minimum.boundedTo(room))


def fit_to_screen(window: QWidget, preferred: QSize, minimum: QSize, screen: QScreen) -> None:
    """Size `window` (before it is shown) to fit the free part of `screen`, frame included."""
    # A dialog's frame is like its main window's, which is on screen by then.
    parent = window.parentWidget()
    frame = frame_extra(parent.window() if parent is not None else window)
    room = (screen.availableGeometry().size() - frame).expandedTo(QSize(1, 1))
    window.setMinimumSize(minimum.boundedTo(room))
    window.resize(fitted_size(preferred, minimum, room))


def fit_dialog(dialog: QWidget, preferred: QSize = DIALOG) -> None:
    """Size `dialog` for the screen its parent is on (the primary screen if it has none)."""
    parent = dialog.parentWidget()
    screen = parent.window().screen() if parent is not None else dialog.screen()
    fit_to_screen(dialog, preferred, DIALOG_MINIMUM, screen)


def fit_main_window(window: QWidget, settings: QSettings) -> None:
    """Size the main window for the screen it will open on and put it in that screen's middle."""
    screen = remembered_screen(settings) or window.screen()
    # Its own minimum holds unless the screen is smaller still.
    fit_to_screen(window, MAIN_WINDOW, window.minimumSize(), screen)
    available = screen.availableGeometry()
    placed = QRect(QPoint(0, 0), window.size() + frame_extra(window))
    placed.moveCenter(available.center())
    window.move(placed.topLeft())
