"""Light and dark themes: the desktop's own look, unless the user chose light or dark.

With the System theme the app keeps the style and palette Qt found (the desktop's, or the one
named by `-style` or QT_STYLE_OVERRIDE); where the desktop reports a dark scheme but its style
gives no dark palette, Fusion draws the app's own dark one. A chosen Light or Dark theme is
drawn by Fusion, the one style that draws any palette faithfully.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from backpain_gui.ui.app_settings import Theme

_DARK = {
    QPalette.ColorRole.Window: "#1f2226",
    QPalette.ColorRole.WindowText: "#eceff3",
    QPalette.ColorRole.Base: "#16181b",
    QPalette.ColorRole.AlternateBase: "#262a2f",
    QPalette.ColorRole.Text: "#eceff3",
    QPalette.ColorRole.Button: "#2b3036",
    QPalette.ColorRole.ButtonText: "#eceff3",
    QPalette.ColorRole.Highlight: "#4f9bd9",
    QPalette.ColorRole.HighlightedText: "#0b0c0e",
    QPalette.ColorRole.PlaceholderText: "#a3aab4",
    QPalette.ColorRole.Mid: "#5b626b",
    QPalette.ColorRole.ToolTipBase: "#2b3036",
    QPalette.ColorRole.ToolTipText: "#eceff3",
    QPalette.ColorRole.Link: "#7ab8ff",
}


def dark_palette() -> QPalette:
    """A calm dark palette with text that stays readable from across a room."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6d747d"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6d747d"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6d747d"))
    return palette


def use_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Fusion with the dark palette for a dark scheme, with its own light one otherwise."""
    _use_style(app, "fusion")
    dark = scheme == Qt.ColorScheme.Dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


class _Desktop:
    """What Qt found before the app changed anything: the desktop's style and palette."""

    style = ""
    palette: QPalette | None = None


# The user's choice; while it is SYSTEM the desktop's changes are followed.
_chosen = [Theme.SYSTEM]


def _use_style(app: QApplication, name: str) -> None:
    if name and app.style().name().lower() != name.lower():
        app.setStyle(name)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _use_desktop(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The desktop's style and palette; the app's dark one where the desktop has none."""
    if _Desktop.palette is None:
        _remember_desktop(app)
    desktop = _Desktop.palette
    assert desktop is not None
    if scheme == Qt.ColorScheme.Dark and not _is_dark(desktop):
        use_scheme(app, scheme)
        return
    _use_style(app, _Desktop.style)
    app.setPalette(desktop)


def _remember_desktop(app: QApplication) -> None:
    _Desktop.style = app.style().name()
    _Desktop.palette = QPalette(app.palette())


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Use the chosen theme: the desktop's, or always light, or always dark."""
    _chosen[0] = theme
    if theme is Theme.SYSTEM:
        _use_desktop(app, QGuiApplication.styleHints().colorScheme())
    else:
        use_scheme(app, Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light)


def follow_system_theme(app: QApplication, theme: Theme) -> None:
    """Apply `theme` now, and follow the desktop's colour scheme whenever it is SYSTEM."""
    _remember_desktop(app)
    apply_theme(app, theme)
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda scheme: _use_desktop(app, scheme) if _chosen[0] is Theme.SYSTEM else None
    )
