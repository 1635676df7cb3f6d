"""The breath pacer: grows breathing in, shrinks breathing out, rests on hold, greys when paused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from backpain_gui.content.model import Breath
from backpain_gui.ui.pacer import (
    BREATH_COLOURS,
    SMALLEST,
    PacerState,
    ease,
    lung_level,
    pacer_geometry,
    paint_pacer,
)

SIZE = 200
GEOMETRY = pacer_geometry(QRectF(0, 0, SIZE, SIZE))
# The disc's centre and the radius of full lungs, in whole pixels.
CX, CY = round(GEOMETRY.centre.x()), round(GEOMETRY.centre.y())
FULL = GEOMETRY.full


def _paint(state: PacerState) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    paint_pacer(painter, QRectF(0, 0, SIZE, SIZE), state, QPalette())
    painter.end()
    return image


def _is_filled(image: QImage, x: int, y: int) -> bool:
    """Whether the disc covers the pixel: it differs from the window's background there."""
    background = QPalette().color(QPalette.ColorRole.Window)
    pixel = image.pixelColor(x, y)
    distance = (
        abs(pixel.red() - background.red())
        + abs(pixel.green() - background.green())
        + abs(pixel.blue() - background.blue())
    )
    return distance > 40


def test_full_lungs_fill_the_disc_to_its_ring() -> None:
    image = _paint(PacerState(Breath.IN, level=1.0, seconds_left=2))
    # A point 90% of the way from the centre to the edge is inside a full disc...
    assert _is_filled(image, CX + round(FULL * 0.9), CY)


def test_empty_lungs_leave_the_outer_part_dark() -> None:
    image = _paint(PacerState(Breath.OUT, level=0.0, seconds_left=2))
    # ...and outside an empty one, which is 38% of full size.
    assert not _is_filled(image, CX + round(FULL * 0.9), CY)
    assert _is_filled(image, CX + round(FULL * 0.25), CY + round(FULL * 0.25))


def test_each_breath_has_its_own_colour() -> None:
    colours = {
        _paint(PacerState(breath, level=0.5)).pixelColor(CX + 25, CY + 20).name()
        for breath in (Breath.IN, Breath.OUT, Breath.HOLD)
    }
    assert len(colours) == 3


def test_paused_pacer_is_grey_not_breath_coloured() -> None:
    running = _paint(PacerState(Breath.IN, level=0.5)).pixelColor(CX + 25, CY + 20)
    paused = _paint(PacerState(Breath.IN, level=0.5, paused=True)).pixelColor(CX + 25, CY + 20)
    assert running.saturation() > 60
    assert paused.saturation() < 30


def _dark_pixels(image: QImage, box: QRectF) -> int:
    return sum(
        image.pixelColor(x, y).lightness() < 80
        for x in range(round(box.left()), round(box.right()))
        for y in range(round(box.top()), round(box.bottom()))
    )


def test_breath_words_stand_clear_of_the_disc_at_every_level() -> None:
    # Above the ring of full lungs: never half on the disc and half off it.
    assert GEOMETRY.words_box.bottom() <= GEOMETRY.centre.y() - FULL
    for level in (0.0, 0.5, 1.0):
        image = _paint(PacerState(Breath.OUT, level=level, seconds_left=3))
        assert _dark_pixels(image, GEOMETRY.words_box) > 50
        assert not _is_filled(image, CX, round(GEOMETRY.words_box.top()) + 2)


def test_seconds_sit_inside_even_the_smallest_disc() -> None:
    empty = _paint(PacerState(Breath.OUT, level=0.0, seconds_left=12))
    smallest = FULL * SMALLEST
    inside = QRectF(CX - smallest * 0.7, CY - smallest * 0.7, smallest * 1.4, smallest * 1.4)
    # The digits are drawn in the disc's middle...
    assert _dark_pixels(empty, inside) > 30
    # ...and nothing dark is drawn between the smallest disc and the ring.
    ring_band = QRectF(CX + smallest * 1.1, CY - 5, FULL * 0.8 - smallest * 1.1, 10)
    assert _dark_pixels(empty, ring_band) == 0


def test_a_long_caption_shrinks_to_fit_the_width() -> None:
    image = _paint(PacerState(None, caption="Switch sides, then get ready"))
    box = GEOMETRY.words_box
    assert _dark_pixels(image, box) > 50
    # The caption's first and last letters are inside the pacer, not cut at its edges.
    edges = QRectF(0, box.top(), 2, box.height())
    assert _dark_pixels(image, edges) == 0


def test_words_name_the_breath_or_the_countdown() -> None:
    assert PacerState(Breath.IN).words == "Breathe in"
    assert PacerState(Breath.OUT).words == "Breathe out"
    assert PacerState(Breath.HOLD).words == "Hold"
    assert PacerState(None, caption="Get ready").words == "Get ready"


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_in_breath_only_fills_and_out_breath_only_empties(
    before: float, a: float, b: float
) -> None:
    early, late = sorted((a, b))
    assert lung_level(Breath.IN, early, before) <= lung_level(Breath.IN, late, before) + 1e-12
    assert lung_level(Breath.OUT, early, before) >= lung_level(Breath.OUT, late, before) - 1e-12
    assert lung_level(Breath.HOLD, late, before) == before
    assert 0.0 <= lung_level(Breath.IN, late, before) <= 1.0


@pytest.mark.parametrize(("progress", "expected"), [(0.0, 0.0), (0.5, 0.5), (1.0, 1.0)])
def test_breath_eases_from_rest_to_rest(progress: float, expected: float) -> None:
    assert ease(progress) == pytest.approx(expected)
    # Slow at both ends: the first and last tenth move less than a tenth.
    assert ease(0.1) < 0.1 < 0.9 < ease(0.9)


def test_breath_colours_differ_from_each_other() -> None:
    assert len({colour.name() for colour in BREATH_COLOURS.values()}) == len(BREATH_COLOURS)
