"""The pacer and the rep dots stand 3:1 apart from their background in every theme: light,
dark and the desktop's high-contrast ones, computed from the theme's colours and checked on
the pixels painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleFactory

from backpain_gui.content.model import Breath
from backpain_gui.ui.contrast import GRAPHIC_CONTRAST, contrast_ratio, luminance, standing_out
from backpain_gui.ui.pacer import (
    PacerState,
    disc_colour,
    pacer_geometry,
    paint_pacer,
    ring_colour,
)
from backpain_gui.ui.rep_dots import RepDots, dot_colour
from backpain_gui.ui.theme import dark_palette

SIZE = 300


def _palette(window: str, text: str, highlight: str, mid: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.Mid, mid),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _light() -> QPalette:
    style = QStyleFactory.create("fusion")
    assert style is not None
    return style.standardPalette()


PALETTES = {
    "light": _light,
    "dark": dark_palette,
    # As GNOME's and KDE's high-contrast themes give them.
    "high contrast, dark": lambda: _palette("#000000", "#ffffff", "#ffff00", "#808080"),
    "high contrast, light": lambda: _palette("#ffffff", "#000000", "#0000c0", "#7f7f7f"),
    # A desktop whose highlight is pale: the dots must still show.
    "pale highlight": lambda: _palette("#f6f5f4", "#2e3436", "#c8dcf0", "#dcdcdc"),
}

STATES = [PacerState(breath, level=1.0, seconds_left=3) for breath in Breath] + [
    PacerState(Breath.IN, level=1.0, seconds_left=3, paused=True),
    PacerState(None, level=1.0, seconds_left=3, caption="Get ready"),
]


def test_the_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    # WCAG's own example: #767676 on white is just over 4.5:1.
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_a_colour_that_stands_out_already_is_left_as_it_is() -> None:
    teal = QColor("#007060")
    assert standing_out(teal, QColor("#ffffff")) == teal


@pytest.mark.parametrize("theme", PALETTES)
def test_the_pacer_disc_ring_and_seconds_keep_3_to_1(theme: str) -> None:
    palette = PALETTES[theme]()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    for state in STATES:
        disc = disc_colour(state, palette)
        assert contrast_ratio(disc, window) >= GRAPHIC_CONTRAST, (theme, state)
        assert contrast_ratio(ring_colour(state, palette), window) >= GRAPHIC_CONTRAST
        # The seconds are large and bold: 3:1 on the disc reads.
        assert contrast_ratio(text, disc) >= GRAPHIC_CONTRAST, (theme, state)


@pytest.mark.parametrize("theme", PALETTES)
def test_the_painted_disc_stands_out_from_the_window(theme: str) -> None:
    palette = PALETTES[theme]()
    window = palette.color(QPalette.ColorRole.Window)
    geometry = pacer_geometry(QRectF(0, 0, SIZE, SIZE))
    # High in the full disc: on its fill, clear of the seconds in its middle.
    x = round(geometry.centre.x())
    y = round(geometry.centre.y() - geometry.full * 0.75)
    for state in STATES:
        image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        paint_pacer(painter, QRectF(0, 0, SIZE, SIZE), state, palette)
        painter.end()
        assert contrast_ratio(image.pixelColor(x, y), window) >= GRAPHIC_CONTRAST, (theme, state)


@pytest.mark.parametrize("theme", PALETTES)
def test_the_rep_dots_keep_3_to_1(qtbot, theme: str) -> None:
    palette = PALETTES[theme]()
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(dot_colour(palette), window) >= GRAPHIC_CONTRAST
    dots = RepDots()
    qtbot.addWidget(dots)
    dots.setPalette(palette)
    dots.setAutoFillBackground(True)
    dots.resize(300, 28)
    dots.show_counts(2, 5)
    image = dots.grab().toImage()
    # The first dot, filled: five dots 1.6 heights apart, centred in the width.
    step = 28 * 1.6
    centre = image.pixelColor(round(150 - 2 * step), 14)
    assert contrast_ratio(centre, window) >= GRAPHIC_CONTRAST
    assert dots.accessibleDescription() == "2 of 5 done"


def test_without_the_correction_a_pale_highlight_would_not_show() -> None:
    # The case the correction is for: the desktop's own colour is too faint on its window.
    palette = PALETTES["pale highlight"]()
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(palette.color(QPalette.ColorRole.Highlight), window) < 2
    # On a light window the dots darken, keeping their hue.
    assert luminance(dot_colour(palette)) < luminance(palette.color(QPalette.ColorRole.Highlight))
    assert dot_colour(palette).hue() == pytest.approx(
        palette.color(QPalette.ColorRole.Highlight).hue(), abs=3
    )
