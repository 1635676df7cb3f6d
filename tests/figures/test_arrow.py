"""The arrow for the direction of movement: worked out from the poses, in the still pictures
and every moving phase, pointing the way the instruction says, clear of the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPolygonF

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.figures.catalogue import illustration_for_picture
from backpain_gui.figures.colours import FILLS
from backpain_gui.figures.drawing import Paint, figure_of
from backpain_gui.figures.illustration import Illustration, phase_arrow, pose_during
from backpain_gui.figures.skeleton import distance

ROUTINE = load_routine(builtin_routine_path())
ARROW_LINE = re.compile(
    r'<polyline points="([^"]+)" fill="none" stroke="' + FILLS[Paint.ARROW] + '"'
)


def _illustration(picture: str) -> Illustration:
    """The illustration of `picture`, named as the routine names it or under assets/."""
    path = ROUTINE.picture_path(picture)
    if not path.is_file():
        path = ROUTINE.folder / "assets" / picture
    found = illustration_for_picture(path)
    assert found is not None, picture
    return found


def _svg_arrow(picture: str) -> list[tuple[float, float]]:
    """The arrow's shaft in the SVG file as the app shows it, in its pixels (y down)."""
    text = (ROUTINE.folder / "assets" / picture).read_text(encoding="utf-8")
    (points,) = ARROW_LINE.findall(text)
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in points.split())]


def test_the_bridge_picture_s_arrow_points_up_and_the_roll_down_s_down() -> None:
    up = _svg_arrow("hip-roll/3-bridge.svg")
    (x0, y0), (x1, y1) = up[0], up[-1]
    assert y0 - y1 > 2 * abs(x1 - x0)
    down = _svg_arrow("hip-roll/4-roll-down.svg")
    (x0, y0), (x1, y1) = down[0], down[-1]
    assert y1 - y0 > 2 * abs(x1 - x0)


def test_the_curl_up_s_arrow_rises_and_the_lowering_s_falls() -> None:
    for picture, rises in (
        ("abdominal-prep/2-flex.svg", True),
        ("abdominal-prep/4-lower.svg", False),
    ):
        shaft = _svg_arrow(picture)
        assert (shaft[0][1] > shaft[-1][1]) is rises, picture


def test_pictures_of_a_hold_or_a_start_have_no_arrow() -> None:
    for picture in ("hip-roll/0-start.svg", "hip-roll/3-top.svg", "side-bends/2-stay.svg"):
        assert _illustration(picture).arrow is None, picture
        text = (ROUTINE.folder / "assets" / picture).read_text(encoding="utf-8")
        assert not ARROW_LINE.search(text), picture


def _phases() -> Iterator[tuple[str, Illustration, Illustration]]:
    """Every phase of every version: its picture, where it starts from, its illustration."""
    for exercise in ROUTINE.exercises:
        for variant in exercise.offered_variants:
            version = exercise.variant(variant)
            before = _illustration(exercise.start_picture_for(variant))
            for phase in version.phases:
                during = _illustration(phase.picture)
                yield phase.picture, before, during
                before = during


def test_every_phase_that_moves_has_an_arrow_and_every_hold_none() -> None:
    for picture, before, during in _phases():
        moves = distance(before.ends_in, during.pose) + distance(during.pose, during.ends_in) > 0.01
        arrow = phase_arrow(before.ends_in, during)
        assert (arrow is not None) is (moves and bool(during.moving)), picture


def _inside(point: tuple[float, float], polygon: tuple[tuple[float, float], ...]) -> bool:
    # Qt's own test, not the arrow's: the check does not share the code it checks.
    shape = QPolygonF([QPointF(x, y) for x, y in polygon])
    return shape.containsPoint(QPointF(*point), Qt.FillRule.WindingFill)


def test_the_moving_figure_s_arrow_covers_no_part_of_the_body_and_is_on_screen() -> None:
    for picture, before, during in _phases():
        # On the session screen the figure's box is about 600x200: the figure fills its
        # height, the arrow must be within it.
        box = during.moving_box
        height = box.height
        width = height * 3
        left = box.left + box.width / 2 - width / 2
        shown = (left, box.bottom, left + width, box.bottom + height)
        arrow = phase_arrow(before.ends_in, during, shown)
        if arrow is None:
            continue
        for progress in (0.0, 0.5, 1.0):
            pose = pose_during(before.ends_in, during, progress)
            figure = figure_of(pose, (), None, during.camera, during.props)
            for point in arrow.path:
                assert shown[0] <= point[0] <= shown[2], picture
                assert shown[1] <= point[1] <= shown[3], picture
                for layer in figure.layers:
                    for shape in layer:
                        assert not _inside(point, shape.outline or shape.points), picture
