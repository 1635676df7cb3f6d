"""The moving figure: paints the pose from its state alone, moves with the eased progress."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.figures.catalogue import illustration_for_picture
from backpain_gui.figures.colours import FILLS
from backpain_gui.figures.drawing import Paint
from backpain_gui.figures.illustration import Illustration
from backpain_gui.ui.figure_widget import FigureWidget

ASSETS = builtin_routine_path().parent / "assets"


def _illustration(picture: str) -> Illustration:
    found = illustration_for_picture(ASSETS / picture)
    assert found is not None
    return found


@pytest.fixture
def widget(qtbot) -> FigureWidget:
    shown = FigureWidget()
    qtbot.addWidget(shown)
    shown.resize(400, 300)
    return shown


def _painted(widget: FigureWidget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    widget.render(image)
    return image


def _count(image: QImage, colour: str) -> int:
    wanted = QColor(colour)
    return sum(
        image.pixelColor(x, y) == wanted
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_nothing_shown_paints_nothing_but_the_window(widget: FigureWidget) -> None:
    image = _painted(widget)
    assert _count(image, FILLS[Paint.BODY]) == 0


def test_the_figure_is_painted_with_its_moving_parts_highlighted(widget: FigureWidget) -> None:
    widget.show_movement(_illustration("hip-roll/3-bridge.svg"))
    image = _painted(widget)
    assert _count(image, FILLS[Paint.BODY]) > 200
    assert _count(image, FILLS[Paint.MOVING]) > 200


def test_the_figure_moves_from_the_start_pose_to_the_end_pose(widget: FigureWidget) -> None:
    start = _illustration("hip-roll/0-start.svg")
    bridge = _illustration("hip-roll/3-bridge.svg")
    frames = []
    for progress in (0.0, 0.5, 1.0):
        widget.show_movement(bridge, start, progress)
        frames.append(_painted(widget))
    assert frames[0] != frames[1] != frames[2]
    # At the end of the phase the figure is in the picture's pose, as the still shows it.
    widget.show_movement(bridge)
    assert _painted(widget) == frames[2]


def test_the_next_rep_starts_where_the_last_phase_ended_not_where_its_picture_is(
    widget: FigureWidget,
) -> None:
    # The roll-down picture shows the spine halfway down; the phase ends flat on the mat.
    roll_down = _illustration("hip-roll/4-roll-down.svg")
    prepare = _illustration("hip-roll/1-prepare.svg")
    widget.show_movement(prepare, roll_down, 0.0)
    assert widget.state is not None
    assert widget.state.pose() == _illustration("hip-roll/0-start.svg").pose


def test_the_figure_follows_the_pacer_s_easing(widget: FigureWidget) -> None:
    start = _illustration("hip-roll/0-start.svg")
    bridge = _illustration("hip-roll/3-bridge.svg")
    widget.show_movement(bridge, start, 0.02)
    # Eased, a breath starts slowly: 2% of the time is far less than 2% of the way.
    assert widget.state is not None
    assert widget.state.pose().pelvis == pytest.approx(180 + 25 * 0.001, abs=0.01)


def test_paused_the_figure_is_greyed(widget: FigureWidget) -> None:
    bridge = _illustration("hip-roll/3-bridge.svg")
    widget.show_movement(bridge)
    bright = _count(_painted(widget), FILLS[Paint.MOVING])
    widget.show_movement(bridge, dimmed=True)
    assert bright > 0
    assert _count(_painted(widget), FILLS[Paint.MOVING]) == 0


def test_the_second_side_faces_the_other_way(widget: FigureWidget) -> None:
    rotate = _illustration("spinal-rotations/2-rotate.svg")
    widget.show_movement(rotate)
    facing = _painted(widget)
    widget.show_movement(rotate, mirrored=True)
    mirrored, expected = _painted(widget), facing.flipped(Qt.Orientation.Horizontal)
    # Alike but for the antialiased edges, which fall on different sides of a pixel.
    unlike = sum(
        mirrored.pixelColor(x, y) != expected.pixelColor(x, y)
        for y in range(0, mirrored.height(), 2)
        for x in range(0, mirrored.width(), 2)
    )
    assert unlike < 0.03 * mirrored.width() * mirrored.height() / 4
    assert _painted(widget) != facing


def test_the_description_is_there_for_screen_readers(widget: FigureWidget) -> None:
    widget.show_movement(_illustration("hip-roll/2-peel.svg"), description="Peel up.")
    assert widget.accessibleDescription() == "Peel up."
