"""Light and dark themes: follow the system's colour scheme, on every platform the same way.

Fusion draws both; where the platform reports a dark scheme (Qt 6.5+ reads it from the
desktop), the app switches to a dark palette, and back when the desktop changes.
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
    """Use the dark palette for a dark scheme, Fusion's own light one otherwise."""
    dark = scheme == Qt.ColorScheme.Dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


# The user's choice; while it is SYSTEM the desktop's changes are followed.
_chosen = [Theme.SYSTEM]


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Use the chosen theme: the desktop's scheme, or always light, or always dark."""
    _chosen[0] = theme
    if theme is Theme.SYSTEM:
        use_scheme(app, QGuiApplication.styleHints().colorScheme())
    else:
        use_scheme(app, Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light)


def follow_system_theme(app: QApplication, theme: Theme) -> None:
    """Apply `theme` now, and follow the desktop's colour scheme whenever it is SYSTEM."""
    app.setStyle("Fusion")
    apply_theme(app, theme)
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda scheme: use_scheme(app, scheme) if _chosen[0] is Theme.SYSTEM else None
    )
