"""The breath pacer: grows breathing in, shrinks breathing out, rests on hold, greys when paused."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication

from backpain_gui.content.model import Breath
from backpain_gui.ui.pacer import (
    BREATH_COLOURS,
    SMALLEST,
    PacerState,
    PacerWidget,
    disc_colour,
    disc_radius,
    ease,
    lung_level,
    pacer_geometry,
    paint_pacer,
    ring_colour,
    seconds_box,
    seconds_font,
    words_font,
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


# PacerWidget paints from caches (the ring and words in a pixmap, each number of seconds in
# another) and repaints only the disc's square while only the lungs or the seconds change.
# What is on screen must still be, pixel for pixel, what painting the pacer afresh gives.


def _as_painted_before_the_caches(state: PacerState, font: QFont) -> QImage:
    """The pacer painted part by part in the order it once was: ring, disc, words, seconds."""
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    palette = QPalette()
    background = palette.color(QPalette.ColorRole.Window)
    painter = QPainter(image)
    painter.setFont(font)
    painter.fillRect(QRectF(0, 0, SIZE, SIZE), background)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ring_colour(state, palette), max(2.0, FULL / 58)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(GEOMETRY.centre, FULL, FULL)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc_colour(state, palette))
    radius = disc_radius(GEOMETRY, state.level)
    painter.drawEllipse(GEOMETRY.centre, radius, radius)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.setFont(words_font(font, GEOMETRY, state.words))
    painter.drawText(GEOMETRY.words_box, Qt.AlignmentFlag.AlignCenter, state.words)
    painter.setFont(seconds_font(font, GEOMETRY))
    painter.drawText(
        seconds_box(GEOMETRY), Qt.AlignmentFlag.AlignCenter, str(math.ceil(state.seconds_left))
    )
    painter.end()
    return image


def _fresh(state: PacerState, font: QFont, palette: QPalette, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    painter.setFont(font)
    paint_pacer(painter, QRectF(0, 0, size.width(), size.height()), state, palette)
    painter.end()
    return image


STATES = [
    PacerState(None, 0.0, 5.0, caption="Get ready"),
    PacerState(None, 0.0, 4.2, caption="Get ready"),
    PacerState(Breath.IN, 0.0, 4.0),
    PacerState(Breath.IN, 0.31, 2.9),
    PacerState(Breath.IN, 0.77, 0.8),
    PacerState(Breath.HOLD, 1.0, 2.0),
    PacerState(Breath.OUT, 0.93, 10.0),
    PacerState(Breath.OUT, 0.35, 9.1),
    PacerState(Breath.OUT, 0.02, 0.1),
    PacerState(Breath.OUT, 0.02, 0.1, paused=True),
    PacerState(None, 0.0, 12.0, caption="Switch sides, then get ready"),
]


@pytest.mark.parametrize("state", STATES)
def test_the_pacer_at_a_breath_looks_as_it_did_before_the_caches(state: PacerState) -> None:
    image = _fresh(state, QFont(), QPalette(), QSize(SIZE, SIZE))
    assert image == _as_painted_before_the_caches(state, QFont())


def _on_screen(widget: PacerWidget) -> QImage:
    """What the widget's window holds now, after the repaints Qt actually did."""
    QApplication.processEvents()
    QApplication.processEvents()
    image = widget.screen().grabWindow(widget.winId()).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _fresh_of(widget: PacerWidget) -> QImage:
    return _fresh(widget.state, widget.font(), widget.palette(), widget.size())


@pytest.fixture
def shown(qtbot) -> PacerWidget:
    widget = PacerWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 340)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_pacer_on_screen_is_the_fresh_drawing_through_a_session(shown: PacerWidget) -> None:
    for state in STATES:
        shown.show_state(state)
        assert _on_screen(shown) == _fresh_of(shown), state
    # A whole in-breath and out-breath, frame by frame at 60 fps.
    for frame in range(0, 241, 7):
        progress = (frame % 120) / 120
        breath = Breath.IN if frame < 120 else Breath.OUT
        level = lung_level(breath, progress, 0.0 if breath is Breath.IN else 1.0)
        shown.show_state(PacerState(breath, level, 2 - progress * 2))
        assert _on_screen(shown) == _fresh_of(shown), frame


def test_the_pacer_is_drawn_again_after_a_resize_a_new_palette_or_font(
    shown: PacerWidget,
) -> None:
    shown.show_state(PacerState(Breath.IN, 0.4, 3.0))
    assert _on_screen(shown) == _fresh_of(shown)
    shown.resize(420, 260)
    assert _on_screen(shown) == _fresh_of(shown)
    shown.show_state(PacerState(Breath.IN, 0.6, 2.0))
    assert _on_screen(shown) == _fresh_of(shown)
    dark = QPalette(shown.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    shown.setPalette(dark)
    assert _on_screen(shown) == _fresh_of(shown)
    shown.show_state(PacerState(Breath.IN, 0.7, 1.5))
    assert _on_screen(shown) == _fresh_of(shown)
    font = QFont(shown.font())
    font.setFamily("DejaVu Serif")
    shown.setFont(font)
    assert _on_screen(shown) == _fresh_of(shown)


def test_while_only_the_lungs_change_only_the_disc_repaints(shown: PacerWidget) -> None:
    shown.show_state(PacerState(Breath.IN, 0.2, 3.0))
    _on_screen(shown)
    regions: list[QRect] = []

    class Regions(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if isinstance(event, QPaintEvent):
                regions.append(event.rect())
            return False

    watcher = Regions()
    shown.installEventFilter(watcher)
    shown.show_state(PacerState(Breath.IN, 0.25, 2.9))
    _on_screen(shown)
    assert regions == [shown.disc_rect(0.25)]
    # The words change: all of it.
    regions.clear()
    shown.show_state(PacerState(Breath.HOLD, 1.0, 2.0))
    _on_screen(shown)
    assert regions == [shown.rect()]
    # Nothing changes: nothing repaints.
    regions.clear()
    shown.show_state(PacerState(Breath.HOLD, 1.0, 2.0))
    _on_screen(shown)
    shown.removeEventFilter(watcher)
    assert regions == []
