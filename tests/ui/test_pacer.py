"""The breath pacer: grows breathing in, shrinks breathing out, rests on hold, greys when paused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from backpain_gui.content.model import Breath
from backpain_gui.ui.pacer import BREATH_COLOURS, PacerState, ease, lung_level, paint_pacer

SIZE = 200


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
    # A point 80% of the way from the centre to the edge is inside a full disc...
    assert _is_filled(image, SIZE // 2 + 80, SIZE // 2)


def test_empty_lungs_leave_the_outer_part_dark() -> None:
    image = _paint(PacerState(Breath.OUT, level=0.0, seconds_left=2))
    # ...and outside an empty one, which is 38% of full size.
    assert not _is_filled(image, SIZE // 2 + 80, SIZE // 2)
    assert _is_filled(image, SIZE // 2 + 25, SIZE // 2 + 25)


def test_each_breath_has_its_own_colour() -> None:
    colours = {
        _paint(PacerState(breath, level=0.5)).pixelColor(SIZE // 2 + 40, SIZE // 2 + 30).name()
        for breath in (Breath.IN, Breath.OUT, Breath.HOLD)
    }
    assert len(colours) == 3


def test_paused_pacer_is_grey_not_breath_coloured() -> None:
    running = _paint(PacerState(Breath.IN, level=0.5)).pixelColor(SIZE // 2 + 40, SIZE // 2 + 30)
    paused = _paint(PacerState(Breath.IN, level=0.5, paused=True)).pixelColor(
        SIZE // 2 + 40, SIZE // 2 + 30
    )
    assert running.saturation() > 60
    assert paused.saturation() < 30


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
