"""One exercise picture as data: the pose it shows, what moves, where the movement ends, the
camera it is seen by and the scene (mat and props) around it."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from backpain_gui.figures.arrow import movement_arrow
from backpain_gui.figures.camera import Camera
from backpain_gui.figures.drawing import (
    Arrow,
    Figure,
    Layer,
    Paint,
    Prop,
    Shape,
    box_faces,
    figure_of,
    solid_ellipsoid,
)
from backpain_gui.figures.skeleton import Pose, between, distance
from backpain_gui.figures.space import Vec

# Every picture is 4:3, as the session screen's picture box is.
ASPECT = 4 / 3
_MARGIN = 6.0
_CONTENT_MARGIN = 2.0
MAT_THICKNESS = 0.8
_PROP_TONES = (Paint.PROP_LIT, Paint.PROP, Paint.PROP_SHADE)


@dataclass(frozen=True, slots=True)
class Frame:
    """The part of the picture a figure is drawn in, in body units, bottom-left corner first."""

    left: float
    bottom: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Mat:
    """The exercise mat on the floor: its middle (x, z), length along x and width."""

    x: float = 0.0
    z: float = 0.0
    length: float = 108.0  # 1.83 m for a person of 1.70 m
    width: float = 36.0  # 0.61 m


@dataclass(frozen=True, slots=True)
class Illustration:
    """A picture of one moment: the pose, its moving parts and arrow, its camera and scene.

    `ends_in` is where the movement of the phase finishes when the picture shows it halfway.
    """

    title: str
    pose: Pose
    ends_in: Pose
    moving: frozenset[str]
    arrow: Arrow | None
    camera: Camera
    # The still picture's 4:3 frame, and the tighter box the moving figure is fitted into
    # (every pose of the group without its arrow, with a margin), so that in a wide or a tall
    # box on screen the figure is as large as the box allows.
    frame: Frame
    mat: Mat = Mat()
    props: tuple[Prop, ...] = ()
    content: Frame | None = None

    @property
    def moving_box(self) -> Frame:
        """What the moving figure is fitted into: the content box, else the frame."""
        return self.content or self.frame

    def figure(self) -> Figure:
        """The still picture's figure, with its arrow."""
        return figure_of(self.pose, self.moving, self.arrow, self.camera, self.props)

    def scene(self) -> tuple[Layer, ...]:
        """What does not move: the mat, then any box or cushion on it."""
        return scene_of(self.camera, self.mat, self.props)


def scene_of(camera: Camera, mat: Mat, props: tuple[Prop, ...]) -> tuple[Layer, ...]:
    """The mat seen by `camera`, then the props that stand on it, far to near."""
    view = camera.projection()
    half_length, half_width = mat.length / 2, mat.width / 2
    low = (mat.x - half_length, -MAT_THICKNESS, mat.z - half_width)
    high = (mat.x + half_length, 0.0, mat.z + half_width)
    layers: list[tuple[float, Layer]] = []
    faces = box_faces(view, low, high, (Paint.MAT, Paint.MAT, Paint.MAT_EDGE))
    for prop in props:
        x, z = prop.at
        length, height, width = prop.size
        if prop.kind == "box":
            low_corner = (x - length / 2, 0.0, z - width / 2)
            high_corner = (x + length / 2, height, z + width / 2)
            depth = view.point((x, height / 2, z))[2]
            layers.append((depth, box_faces(view, low_corner, high_corner, _PROP_TONES)))
        elif prop.kind == "cushion":
            solid: tuple[Vec, Vec, Vec, Vec] = (
                (x, height / 2, z),
                (length / 2, 0.0, 0.0),
                (0.0, height / 2, 0.0),
                (0.0, 0.0, width / 2),
            )
            depth = view.point(solid[0])[2]
            layers.append((depth, (solid_ellipsoid(view, solid, Paint.PROP),)))
    layers.sort(key=lambda layer: -layer[0])
    # The mat has no outline of its own: it lies back, under everything.
    flat = tuple(Shape(shape.points, shape.paint) for shape in faces)
    return (flat, *(layer for _, layer in layers))


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


Box = tuple[float, float, float, float]


def still_arrow(
    pose: Pose,
    ends_in: Pose,
    comes_from: Pose,
    moving: Iterable[str],
    camera: Camera,
    mat: Mat,
    props: tuple[Prop, ...],
) -> Arrow | None:
    """The arrow of a still picture: on from its pose to where the phase ends, for a picture
    that shows the movement on its way; else from the pose it is like to its own."""
    if ends_in != pose:
        start, end = pose, ends_in
    else:
        start, end = comes_from, pose
    scene = scene_of(camera, mat, props)
    return movement_arrow(lambda t: between(start, end, t), moving, camera, props, scene)


@functools.lru_cache(maxsize=32)
def phase_arrow(start: Pose, during: Illustration, within: Box | None = None) -> Arrow | None:
    """The arrow of the phase pictured by `during` as it moves on from `start`, inside the
    box `within` (left, bottom, right, top: what the screen shows of the picture) where it
    fits there."""
    return movement_arrow(
        lambda t: pose_during(start, during, t),
        during.moving,
        during.camera,
        during.props,
        during.scene(),
        within,
    )


def content_around(boxes: list[tuple[float, float, float, float]]) -> Frame:
    """The box that holds every box (left, bottom, right, top) with a thin margin: on the
    session screen the figure is as large as its box allows, and its outline is in the boxes."""
    left = min(box[0] for box in boxes) - _CONTENT_MARGIN
    bottom = min(box[1] for box in boxes) - _CONTENT_MARGIN
    right = max(box[2] for box in boxes) + _CONTENT_MARGIN
    top = max(box[3] for box in boxes) + _CONTENT_MARGIN
    return Frame(left, bottom, right - left, top - bottom)


def frame_around(boxes: list[tuple[float, float, float, float]]) -> Frame:
    """The 4:3 frame that holds every box (left, bottom, right, top) with a margin."""
    left = min(box[0] for box in boxes) - _MARGIN
    bottom = min(box[1] for box in boxes) - _MARGIN
    right = max(box[2] for box in boxes) + _MARGIN
    top = max(box[3] for box in boxes) + _MARGIN
    width, height = right - left, top - bottom
    if width < height * ASPECT:
        left -= (height * ASPECT - width) / 2
        width = height * ASPECT
    else:
        # Widened, the extra room goes above: the mat stays near the bottom.
        extra = width / ASPECT - height
        bottom -= extra * 0.3
        height = width / ASPECT
    return Frame(left, bottom, width, height)
