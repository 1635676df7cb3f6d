"""One exercise picture as data: the pose it shows, what moves, and where the movement ends."""

from __future__ import annotations

from dataclasses import dataclass

from backpain_gui.figures.drawing import Arrow, Figure, Paint, Shape, View, figure_of
from backpain_gui.figures.skeleton import Pose, between, distance

# Every picture is 4:3, as the session screen's picture box is.
ASPECT = 4 / 3
_MARGIN = 8.0
_MAT_THICKNESS = 2.5


@dataclass(frozen=True, slots=True)
class Frame:
    """The part of the drawing a picture shows, in body units, bottom-left corner first."""

    left: float
    bottom: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Illustration:
    """A picture of one moment: the pose, its moving parts and arrow, framed with its exercise.

    `ends_in` is where the movement of the phase finishes when the picture shows it halfway.
    """

    title: str
    pose: Pose
    ends_in: Pose
    moving: frozenset[str]
    arrow: Arrow | None
    view: View
    frame: Frame

    def figure(self) -> Figure:
        """The still picture's figure, with its arrow."""
        return figure_of(self.pose, self.moving, self.arrow, self.view)


def pose_during(start: Pose, during: Illustration, progress: float) -> Pose:
    """The pose `progress` (0..1) of the way through a phase that begins in `start`.

    A phase whose picture shows the movement halfway passes through that pose on its way
    to `ends_in`, at the point in time its share of the distance says.
    """
    middle, end = during.pose, during.ends_in
    if middle == end:
        return between(start, end, progress)
    first, second = distance(start, middle), distance(middle, end)
    share = first / (first + second) if first + second else 0.5
    if progress <= share or share >= 1.0:
        return between(start, middle, progress / share if share else 1.0)
    return between(middle, end, (progress - share) / (1.0 - share))


def frame_around(figures: list[Figure]) -> Frame:
    """The 4:3 frame that holds every figure with a margin, centred on them."""
    boxes = [figure.bounds() for figure in figures]
    left = min(box[0] for box in boxes) - _MARGIN
    bottom = min(-_MAT_THICKNESS, *(box[1] for box in boxes)) - _MARGIN
    right = max(box[2] for box in boxes) + _MARGIN
    top = max(box[3] for box in boxes) + _MARGIN
    width, height = right - left, top - bottom
    if width < height * ASPECT:
        left -= (height * ASPECT - width) / 2
        width = height * ASPECT
    else:
        bottom -= (width / ASPECT - height) / 2
        height = width / ASPECT
    return Frame(left, bottom, width, height)


def mat(view: View, frame: Frame) -> Shape:
    """The mat: a band under the person, or seen from above, a sheet under the whole figure."""
    inset = _MARGIN / 2
    left, right = frame.left + inset, frame.left + frame.width - inset
    if view is View.ABOVE:
        bottom, top = frame.bottom + inset, frame.bottom + frame.height - inset
    else:
        bottom, top = -_MAT_THICKNESS, 0.0
    return Shape(((left, bottom), (right, bottom), (right, top), (left, top)), Paint.MAT)
