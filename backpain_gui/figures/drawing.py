"""The shapes a figure is drawn with: polygons and thick lines, shared by the SVG and the screen.

A figure is drawn in layers, back to front: the far arm, the far leg, the near leg, the torso
with the neck (so that the hips sit over the tops of the thighs), the head, the near arm, then
the arrow. Seen from the front, both arms are in front of the body. Each shape carries its
outline as a slightly larger polygon; a layer's outlines are all filled before its shapes, so
a limb reads as one smooth silhouette while the layers stay distinct from each other. Filling
polygons, rather than stroking them, keeps a frame of the moving figure cheap to paint.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from backpain_gui.figures.skeleton import Body, Point, Pose, body_of


class View(Enum):
    """Where the viewer stands: beside the person, in front of them, or above them."""

    SIDE = "side"
    FRONT = "front"
    ABOVE = "above"


class Paint(Enum):
    """What a shape is, which decides its colour."""

    MAT = "mat"
    BODY = "body"
    FAR = "far"
    MOVING = "moving"
    FAR_MOVING = "far moving"
    ARROW = "arrow"


# The parts a pose file can name as moving (highlighted in the accent colour).
PARTS = (
    "head",
    "upper back",
    "lower back",
    "pelvis",
    "near arm",
    "far arm",
    "near leg",
    "far leg",
)

# The outline's width, in body units (a hundredth of the person's height).
OUTLINE_WIDTH = 1.0
# How far a round edge drawn as straight pieces may stray from the true curve: about half
# of a pixel on a 600-pixel-wide figure.
_ARC_TOLERANCE = 0.15

# Half the thickness of each limb at its two ends.
_LIMB_RADII = {
    "hip": (6.0, 4.5),
    "knee": (4.4, 3.0),
    "ankle": (2.7, 2.0),
    "shoulder": (3.4, 2.8),
    "elbow": (2.7, 2.4),
}
HEAD_RADIUS = 6.6
# The nose, a small circle: how far towards the crown and the face from the middle of the
# head, and how big.
_NOSE = (0.6, 6.5, 1.8)
_NECK_RADII = (3.4, 3.0)

# How far the torso reaches behind and in front of the spine, along it (0 hip joints, 1 base
# of the spine, 2 bottom of the ribcage, 3 middle of the chest, 4 base of the neck). From the
# side, the spine runs near the back; from the front, the torso is as wide on either side.
_TORSO_BACK = ((0.0, 6.0), (1.0, 5.4), (1.6, 4.6), (2.0, 4.8), (3.0, 6.0), (4.0, 5.0))
_TORSO_FRONT = ((0.0, 7.0), (1.0, 9.0), (1.6, 9.0), (2.0, 10.0), (3.0, 11.5), (4.0, 8.0))
_TORSO_WIDE = ((0.0, 10.0), (1.0, 8.8), (1.6, 7.8), (2.0, 8.5), (3.0, 11.0), (4.0, 10.8))
_SPINE_JOINTS = ("pelvis", "sacrum", "waist", "chest", "neck")
_SAMPLES_PER_BONE = 5
# The torso's regions a pose can highlight, as stretches of the spine (in bones from the hips).
_REGIONS = (("pelvis", 0, 1), ("lower back", 1, 2), ("upper back", 2, 4))
# How far the ends of the torso bulge, as a share of half its thickness there, from the side
# and from the front: the seat ends close below the hip joints, the shoulders are rounder from
# the side and broad and flat from the front.
_SEAT = (0.55, 0.4)
_SHOULDERS = (0.8, 0.3)

ARROW_WIDTH = 2.6
_ARROW_HEAD = (7.0, 8.5)  # length, width


@dataclass(frozen=True, slots=True)
class Shape:
    """A filled polygon (`line_width` 0) or a thick line through `points`.

    `outline` is the polygon of its outline, filled first; empty for a shape laid over
    another (a highlighted stretch of the torso) and for lines, which are outlined by a
    wider line beneath.
    """

    points: tuple[Point, ...]
    paint: Paint
    outline: tuple[Point, ...] = ()
    line_width: float = 0.0

    def moved(self, dx: float, dy: float) -> Shape:
        """The same shape moved by (dx, dy)."""
        return Shape(
            tuple((x + dx, y + dy) for x, y in self.points),
            self.paint,
            tuple((x + dx, y + dy) for x, y in self.outline),
            self.line_width,
        )


Layer = tuple[Shape, ...]


@dataclass(frozen=True, slots=True)
class Arrow:
    """A thick arrow beside a joint showing which way the movement goes."""

    joint: str
    offset: Point
    # The direction it starts off in (degrees), how long it is, how far it curves (degrees).
    towards: float
    length: float
    bend: float = 0.0


@dataclass(frozen=True, slots=True)
class Figure:
    """A posed body ready to draw: its layers, and where to put them so it rests on the mat."""

    layers: tuple[Layer, ...]
    offset: Point

    def placed(self) -> tuple[Layer, ...]:
        """The layers moved to their place on the mat."""
        dx, dy = self.offset
        return tuple(tuple(shape.moved(dx, dy) for shape in layer) for layer in self.layers)

    def bounds(self) -> tuple[float, float, float, float]:
        """The smallest box (left, bottom, right, top) holding every shape, on the mat."""
        xs: list[float] = []
        ys: list[float] = []
        for layer in self.placed():
            for shape in layer:
                grow = shape.line_width / 2 + (OUTLINE_WIDTH if shape.line_width else 0.0)
                for x, y in shape.outline or shape.points:
                    xs += [x - grow, x + grow]
                    ys += [y - grow, y + grow]
        return min(xs), min(ys), max(xs), max(ys)


def figure_of(
    pose: Pose, moving: Iterable[str] = (), arrow: Arrow | None = None, view: View = View.SIDE
) -> Figure:
    """The figure for `pose` seen from `view`, its `moving` parts highlighted, with `arrow`."""
    body = body_of(pose)
    moves = frozenset(moving)
    far_arm = _limb(body, "far_", "shoulder", "far arm" in moves)
    layers = [
        _limb(body, "far_", "hip", "far leg" in moves),
        _limb(body, "", "hip", "near leg" in moves),
        (_neck(body, "head" in moves), *_torso(body, moves)),
        _head(body, "head" in moves),
        _limb(body, "", "shoulder", "near arm" in moves),
    ]
    layers.insert(4 if view is View.FRONT else 0, far_arm)
    # The figure rests on the mat: its lowest outline touches it.
    lowest = min(y for layer in layers for shape in layer for _, y in shape.outline)
    anchor = body.joints[pose.anchor]
    if arrow is not None:
        layers.append(_arrow(body, arrow))
    return Figure(tuple(layers), (pose.x - anchor[0], -lowest))


def _arc(
    centre: Point, radius: float, start: float, end: float, squash: float = 1.0
) -> list[Point]:
    """Points on a circle from angle `start` to `end` (radians), evenly spaced, both included.

    With `squash` below 1 the arc is flattened towards the line through `start` and `end`.
    The points are close enough that the straight edges between them stray from the circle
    by under _ARC_TOLERANCE.
    """
    step = 2 * math.acos(max(0.0, 1 - _ARC_TOLERANCE / radius)) if radius > 0 else math.pi
    steps = max(2, math.ceil(abs(end - start) / step))
    middle = (start + end) / 2
    along_x, along_y = math.cos(middle) * radius * squash, math.sin(middle) * radius * squash
    across_x, across_y = -math.sin(middle) * radius, math.cos(middle) * radius
    # Turning a unit vector point by point spares two trigonometric calls per point.
    turn = (end - start) / steps
    turn_cos, turn_sin = math.cos(turn), math.sin(turn)
    cos_a, sin_a = math.cos(start - middle), math.sin(start - middle)
    cx, cy = centre
    points = []
    for _ in range(steps + 1):
        x = cx + cos_a * along_x + sin_a * across_x
        points.append((x, cy + cos_a * along_y + sin_a * across_y))
        cos_a, sin_a = cos_a * turn_cos - sin_a * turn_sin, sin_a * turn_cos + cos_a * turn_sin
    return points


def _circle(centre: Point, radius: float, paint: Paint) -> Shape:
    return Shape(
        tuple(_arc(centre, radius, 0.0, 2 * math.pi)),
        paint,
        tuple(_arc(centre, radius + OUTLINE_WIDTH, 0.0, 2 * math.pi)),
    )


def capsule(start: Point, end: Point, start_radius: float, end_radius: float) -> list[Point]:
    """The outline of a limb segment: two circles joined by the lines that touch both."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    heading = math.atan2(dy, dx)
    # The touching lines meet each circle this far round from the segment's direction.
    ratio = (start_radius - end_radius) / length if length > 0 else 0.0
    side = math.acos(max(-1.0, min(1.0, ratio)))
    return [
        *_arc(end, end_radius, heading + side, heading - side),
        *_arc(start, start_radius, heading - side, heading + side - 2 * math.pi),
    ]


def _capsule_shape(start: Point, end: Point, radii: tuple[float, float], paint: Paint) -> Shape:
    outline = capsule(start, end, radii[0] + OUTLINE_WIDTH, radii[1] + OUTLINE_WIDTH)
    return Shape(tuple(capsule(start, end, *radii)), paint, tuple(outline))


def _limb(body: Body, side: str, root: str, moving: bool) -> Layer:
    far = side == "far_"
    paint = {
        (False, False): Paint.BODY,
        (False, True): Paint.MOVING,
        (True, False): Paint.FAR,
        (True, True): Paint.FAR_MOVING,
    }[(far, moving)]
    joints = ("hip", "knee", "ankle", "toe") if root == "hip" else ("shoulder", "elbow", "hand")
    return tuple(
        _capsule_shape(
            body.joints[side + start], body.joints[side + end], _LIMB_RADII[start], paint
        )
        for start, end in pairwise(joints)
    )


def _neck(body: Body, moving: bool) -> Shape:
    """The neck, drawn with the torso so that the two merge into one outline."""
    paint = Paint.MOVING if moving else Paint.BODY
    return _capsule_shape(body.joints["neck"], body.joints["head"], _NECK_RADII, paint)


def _head(body: Body, moving: bool) -> Layer:
    paint = Paint.MOVING if moving else Paint.BODY
    head = body.joints["head"]
    face = body.front("neck")
    up = math.radians(body.directions["neck"])
    crown = (math.cos(up), math.sin(up))
    # The nose shows which way the face points: to the front of the body, towards the viewer
    # (hidden behind the head), or to the back.
    reach = math.cos(math.pi * body.pose.head_turn)
    nose_along, nose_out, nose_radius = _NOSE
    nose = (
        head[0] + face[0] * nose_out * reach + crown[0] * nose_along,
        head[1] + face[1] * nose_out * reach + crown[1] * nose_along,
    )
    return (_circle(nose, nose_radius, paint), _circle(head, HEAD_RADIUS, paint))


def _thickness(keys: tuple[tuple[float, float], ...], along: float) -> float:
    for (u0, w0), (u1, w1) in pairwise(keys):
        if along <= u1:
            return w0 + (w1 - w0) * (along - u0) / (u1 - u0)
    return keys[-1][1]


def _spine_points(body: Body) -> list[tuple[Point, float]]:
    """Points along a smooth curve through the spine's joints, each with how far along it is.

    There are _SAMPLES_PER_BONE to a bone, and one more at the base of the neck.
    """
    knots = [body.joints[name] for name in _SPINE_JOINTS]
    padded = [knots[0], *knots, knots[-1]]
    bones = len(knots) - 1
    points: list[tuple[Point, float]] = []
    for bone in range(bones):
        p0, p1, p2, p3 = padded[bone : bone + 4]
        last = _SAMPLES_PER_BONE + (1 if bone == bones - 1 else 0)
        for step in range(last):
            t = step / _SAMPLES_PER_BONE
            # Catmull-Rom: the curve passes through every joint and turns smoothly at each.
            x, y = (
                0.5
                * (
                    2 * p1[i]
                    + (p2[i] - p0[i]) * t
                    + (2 * p0[i] - 5 * p1[i] + 4 * p2[i] - p3[i]) * t * t
                    + (3 * p1[i] - p0[i] - 3 * p2[i] + p3[i]) * t**3
                )
                for i in range(2)
            )
            points.append(((x, y), bone + t))
    return points


def _samples() -> tuple[tuple[float, float, float, float, float], ...]:
    """For each point along the spine: how far along, its three reaches, and how much of the
    chest's turn (rather than the pelvis's) shapes the torso there, blended at the waist."""
    bones = len(_SPINE_JOINTS) - 1
    samples = []
    for index in range(bones * _SAMPLES_PER_BONE + 1):
        along = index / _SAMPLES_PER_BONE
        blend = min(1.0, max(0.0, (along - 1.4) / 0.8))
        reaches = (_TORSO_FRONT, _TORSO_BACK, _TORSO_WIDE)
        front, back, wide = (_thickness(keys, along) for keys in reaches)
        samples.append((along, front, back, wide, blend))
    return tuple(samples)


# Worked out once: the torso is drawn every frame of the moving figure.
_SAMPLES = _samples()


def _torso(body: Body, moving: frozenset[str]) -> Layer:
    spine = _spine_points(body)
    sides = [_torso_sides(body.pose, spine, grow) for grow in (0.0, OUTLINE_WIDTH)]
    (fronts, backs, bottom, top), (outline_fronts, outline_backs, outline_bottom, outline_top) = (
        sides
    )
    whole = Shape(
        (*backs, *top, *reversed(fronts), *bottom),
        Paint.BODY,
        (*outline_backs, *outline_top, *reversed(outline_fronts), *outline_bottom),
    )
    regions = []
    per = _SAMPLES_PER_BONE
    for name, first_bone, last_bone in _REGIONS:
        if name not in moving:
            continue
        first, last = first_bone * per, last_bone * per
        # The ends of the torso belong to the regions that reach them.
        cap_top = top if last == len(spine) - 1 else []
        cap_bottom = bottom if first == 0 else []
        points = (*backs[first : last + 1], *cap_top, *reversed(fronts[first : last + 1]))
        regions.append(Shape((*points, *cap_bottom), Paint.MOVING))
    return (whole, *regions)


def _torso_sides(
    pose: Pose, spine: list[tuple[Point, float]], grow: float
) -> tuple[list[Point], list[Point], list[Point], list[Point]]:
    """The torso's front and back edges, its seat and its shoulders, `grow` units larger."""
    fronts: list[Point] = []
    backs: list[Point] = []
    pelvis_turn, chest_turn = abs(pose.pelvis_turn), abs(pose.chest_turn)
    for index, (((x, y), _), (_, front, back, wide, blend)) in enumerate(
        zip(spine, _SAMPLES, strict=True)
    ):
        before = spine[max(0, index - 1)][0]
        after = spine[min(len(spine) - 1, index + 1)][0]
        heading = math.atan2(after[1] - before[1], after[0] - before[0])
        # The front is on the clockwise side of the spine, going up it.
        fx, fy = math.sin(heading), -math.cos(heading)
        turn = min(1.0, pelvis_turn + (chest_turn - pelvis_turn) * blend)
        ahead = front + (wide - front) * turn + grow
        behind = back + (wide - back) * turn + grow
        fronts.append((x + fx * ahead, y + fy * ahead))
        backs.append((x - fx * behind, y - fy * behind))
    seat = _bulge(_SEAT, pose.pelvis_turn)
    shoulders = _bulge(_SHOULDERS, pose.chest_turn)
    bottom = _torso_end(fronts[0], backs[0], spine[1][0], spine[0][0], seat)
    top = _torso_end(backs[-1], fronts[-1], spine[-2][0], spine[-1][0], shoulders)
    return fronts, backs, bottom, top


def _bulge(side_and_front: tuple[float, float], turn: float) -> float:
    side, front = side_and_front
    return side + (front - side) * min(1.0, abs(turn))


def _torso_end(start: Point, end: Point, inner: Point, outer: Point, bulge: float) -> list[Point]:
    """The rounded end of the torso (seat or shoulders) from `start` round to `end`.

    It bulges outwards, away from `inner` towards `outer` (the last points on the spine), by
    `bulge` times half the torso's thickness there.
    """
    centre = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    radius = math.dist(start, end) / 2
    heading = math.atan2(outer[1] - inner[1], outer[0] - inner[0])
    across = math.atan2(start[1] - centre[1], start[0] - centre[0])
    # Go round through the outward side: the sweep is half a turn either way.
    sweep = math.pi if math.sin(heading - across) > 0 else -math.pi
    return _arc(centre, radius, across, across + sweep, bulge)[1:-1]


def _arrow(body: Body, arrow: Arrow) -> Layer:
    joint = body.joints[arrow.joint]
    x, y = joint[0] + arrow.offset[0], joint[1] + arrow.offset[1]
    shaft = max(0.0, arrow.length - _ARROW_HEAD[0])
    steps = 12
    heading = math.radians(arrow.towards)
    turn = math.radians(arrow.bend) / steps
    points = [(x, y)]
    for _ in range(steps):
        x += math.cos(heading + turn / 2) * shaft / steps
        y += math.sin(heading + turn / 2) * shaft / steps
        heading += turn
        points.append((x, y))
    return (
        Shape(tuple(points), Paint.ARROW, line_width=ARROW_WIDTH),
        Shape(_arrow_head((x, y), heading, 0.0), Paint.ARROW, _arrow_head((x, y), heading, 1.0)),
    )


def _arrow_head(base: Point, heading: float, grow: float) -> tuple[Point, ...]:
    """The arrow's head at the end of its shaft, `grow` outline widths larger all round."""
    head_length, head_width = _ARROW_HEAD
    dx, dy = math.cos(heading), math.sin(heading)
    # Moving each side of the triangle out by the outline width moves its corners further.
    back = grow * OUTLINE_WIDTH * 1.6
    tip_out = grow * OUTLINE_WIDTH * 2.8
    x, y = base[0] - dx * back, base[1] - dy * back
    half = head_width / 2 + grow * OUTLINE_WIDTH * 2.2
    return (
        (x - dy * half, y + dx * half),
        (base[0] + dx * (head_length + tip_out), base[1] + dy * (head_length + tip_out)),
        (x + dy * half, y - dx * half),
    )
