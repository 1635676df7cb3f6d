"""Dark and light themes: text stays readable against its background in both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.theme import use_scheme


def _contrast(window: MainWindow) -> tuple[int, int]:
    palette = window.session_screen.instruction.palette()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    background = palette.color(QPalette.ColorRole.Window).lightness()
    return text, background


def test_dark_scheme_gives_light_text_on_a_dark_window(qtbot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_scheme(app, Qt.ColorScheme.Dark)
    try:
        # The new palette reaches the widgets through Qt's event queue.
        qtbot.waitUntil(lambda: _contrast(window)[1] < 60)
        text, background = _contrast(window)
        assert background < 60
        assert text - background > 150
    finally:
        use_scheme(app, Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: _contrast(window)[1] > 200)
    text, background = _contrast(window)
    assert background - text > 150


def test_the_desktops_style_is_kept_unless_the_user_chose_light_or_dark(qtbot) -> None:
    from backpain_gui.ui.app_settings import Theme
    from backpain_gui.ui.theme import apply_theme, follow_system_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.style().name(), QPalette(app.palette()))
    # As `-style windows` or QT_STYLE_OVERRIDE=windows would have it when the app starts.
    app.setStyle("Windows")
    desktop_window = app.palette().color(QPalette.ColorRole.Window).name()
    try:
        follow_system_theme(app, Theme.SYSTEM)
        assert app.style().name().lower() == "windows", "no Fusion forced over the desktop's"

        apply_theme(app, Theme.DARK)
        assert app.style().name().lower() == "fusion"
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60

        apply_theme(app, Theme.SYSTEM)
        assert app.style().name().lower() == "windows"
        assert app.palette().color(QPalette.ColorRole.Window).name() == desktop_window
    finally:
        app.setStyle(before[0])
        app.setPalette(before[1])
        # The next test's desktop is the suite's own again.
        follow_system_theme(app, Theme.SYSTEM)
