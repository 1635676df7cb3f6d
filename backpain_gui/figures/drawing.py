"""The shapes a figure is drawn with: the posed body seen through a camera, as flat polygons
and thick lines, shared by the SVG and the screen.

Each part (the torso with the neck, the head, each arm and leg, a held ball) is projected
into the picture and filled in one flat tone, lit by one light above the viewer: a surface
facing up and towards the light is lighter, one facing away darker, and a limb on the far
side of the body darker still, so left and right read apart. Parts are drawn far to near
(the painter's way). Each shape carries its outline as a slightly larger polygon; a part's
outlines are all filled before its shapes, so a limb reads as one smooth silhouette while
the parts stay distinct from each other.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from backpain_gui.figures.camera import Camera, Projection
from backpain_gui.figures.skeleton import SIDES, Body, Pose, body_of
from backpain_gui.figures.space import Vec, add, dot, rotate, scale, sub, unit
from backpain_gui.figures.torso import Ellipsoid, Section, ends

Point = tuple[float, float]


class Paint(Enum):
    """What a shape is, which decides its colour: the part, and its tone in the light."""

    MAT = "mat"
    MAT_EDGE = "mat edge"
    BODY_LIT = "body lit"
    BODY = "body"
    BODY_SHADE = "body shade"
    MOVING_LIT = "moving lit"
    MOVING = "moving"
    MOVING_SHADE = "moving shade"
    PROP_LIT = "prop lit"
    PROP = "prop"
    PROP_SHADE = "prop shade"
    ARROW = "arrow"


_TONES = {
    "body": (Paint.BODY_LIT, Paint.BODY, Paint.BODY_SHADE),
    "moving": (Paint.MOVING_LIT, Paint.MOVING, Paint.MOVING_SHADE),
    "prop": (Paint.PROP_LIT, Paint.PROP, Paint.PROP_SHADE),
}

# The parts a pose file can name as moving (highlighted in the accent colour).
PARTS = (
    "head",
    "upper back",
    "lower back",
    "pelvis",
    "left arm",
    "right arm",
    "left leg",
    "right leg",
)

# The outline's width, in body units (a hundredth of the person's height).
OUTLINE_WIDTH = 1.0
# How far a round edge drawn as straight pieces may stray from the true curve: about a
# pixel on the session screen's 600-pixel-wide figure, where the outline is four.
_ARC_TOLERANCE = 0.25

# Each limb's bones, with half their thickness at either end.
_ARM = (
    ("shoulder", "elbow", 3.4, 2.8),
    ("elbow", "wrist", 2.7, 2.1),
    ("wrist", "fingers", 2.1, 2.3),
)
_LEG = (
    ("hip", "knee", 6.0, 4.5),
    ("knee", "ankle", 4.4, 3.0),
    ("ankle", "toe", 2.7, 2.0),
)
HEAD_RADIUS = 6.6
_NECK_RADII = (3.4, 3.0)
# The nose: how far out from the middle of the head, down from it, and how big.
_NOSE = (6.6, -0.8, 1.8)
_REGIONS = (("pelvis", 0.0, 1.0), ("lower back", 1.0, 2.0), ("upper back", 2.0, 4.0))

ARROW_WIDTH = 2.6
ARROW_HEAD = (7.0, 8.5)  # length, width


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


Layer = tuple[Shape, ...]


@dataclass(frozen=True, slots=True)
class Arrow:
    """A thick arrow along `path` (picture coordinates), its head at the end: which way the
    movement goes (worked out from the poses, figures/arrow.py)."""

    path: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Prop:
    """Something beside the body: a ball in a hand, or a box or a cushion on the mat.

    A ball is held by `held_by` (a hand) and moves with it; a box or a cushion stands with
    its middle at `at` (on the mat, x and z) and is `size` long, high and wide.
    """

    kind: str  # ball, box, cushion
    held_by: str = ""
    at: Point = (0.0, 0.0)
    size: Vec = (0.0, 0.0, 0.0)


BALL_RADIUS = 4.5


@dataclass(frozen=True, slots=True)
class Figure:
    """A posed body ready to draw: its layers, far to near, in picture coordinates."""

    layers: tuple[Layer, ...]

    def bounds(self) -> tuple[float, float, float, float]:
        """The smallest box (left, bottom, right, top) holding every shape."""
        return bounds_of(self.layers)


def bounds_of(layers: Iterable[Layer]) -> tuple[float, float, float, float]:
    """The smallest box (left, bottom, right, top) holding every shape of `layers`."""
    xs: list[float] = []
    ys: list[float] = []
    for layer in layers:
        for shape in layer:
            grow = shape.line_width / 2 + (OUTLINE_WIDTH if shape.line_width else 0.0)
            for x, y in shape.outline or shape.points:
                xs += [x - grow, x + grow]
                ys += [y - grow, y + grow]
    return min(xs), min(ys), max(xs), max(ys)


def light_of(view: Projection) -> Vec:
    """The one light: above the viewer, shining down over their shoulder onto the scene.

    It has no part to the viewer's left or right, so the mirrored side is lit alike.
    """
    return unit(add(scale(view.up, 0.8), scale(view.forward, -0.6)))


def tone(view: Projection, normal: Vec, far: bool = False) -> int:
    """The flat tone (0 lit, 1 mid, 2 in shade) of a surface facing `normal`."""
    lit = dot(normal, light_of(view))
    level = 0 if lit > 0.8 else 1 if lit > 0.35 else 2
    return min(2, level + (1 if far else 0))


def _facing(view: Projection, axis: Vec) -> Vec:
    """The normal of a round bone along `axis` on the side that faces the viewer."""
    towards = scale(view.forward, -1.0)
    return unit(sub(towards, scale(axis, dot(towards, axis))), towards)


def figure_of(
    pose: Pose,
    moving: Iterable[str] = (),
    arrow: Arrow | None = None,
    camera: Camera | None = None,
    props: Iterable[Prop] = (),
) -> Figure:
    """The figure for `pose` seen by `camera`, its `moving` parts highlighted, with `arrow`
    and the balls among `props` in its hands."""
    body = body_of(pose)
    view = (camera or Camera()).projection()
    moves = frozenset(moving)
    joints = dict(body.joints)
    for side in SIDES:
        wrist, hand = joints[f"{side}_wrist"], joints[f"{side}_hand"]
        joints[f"{side}_fingers"] = add(wrist, scale(sub(hand, wrist), 1.5))
    seen = {name: view.point(point) for name, point in joints.items()}
    middle_depth = (seen["pelvis"][2] + seen["upper_back"][2]) / 2
    parts: list[tuple[float, Layer]] = []
    cut = body.torso
    torso_depth = sum(view.point(c)[2] for c, _, _, _ in cut[:: len(cut) // 4]) / 5
    parts.append((torso_depth, _torso(view, body, cut, seen, moves)))
    parts.append((seen["head"][2], _head(view, body, seen, "head" in moves)))
    for side in SIDES:
        for limb, bones in (("arm", _ARM), ("leg", _LEG)):
            names = [f"{side}_{start}" for start, _, _, _ in bones]
            depth = sum(seen[n][2] for n in names) / len(names)
            far = depth > middle_depth + 2.0
            parts.append(
                (depth, _limb(view, joints, seen, side, bones, f"{side} {limb}" in moves, far))
            )
    for prop in props:
        if prop.kind == "ball" and prop.held_by in joints:
            centre = _ball_centre(body, prop.held_by)
            x, y, depth = view.point(centre)
            radius = BALL_RADIUS * view.scale_at(depth)
            paint = _TONES["prop"][0]
            # A little nearer than the hand's middle: the ball sits in front of the fingers.
            parts.append((depth - 1.0, (_circle((x, y), radius, paint),)))
    parts.sort(key=lambda part: -part[0])
    layers = [layer for _, layer in parts]
    if arrow is not None:
        layers.append(arrow_layer(arrow))
    return Figure(tuple(layers))


def _ball_centre(body: Body, hand: str) -> Vec:
    """Where a ball held in `hand` is: in the palm, just beyond the middle of the hand."""
    side = hand.split("_")[0]
    frame = body.frames[f"{side}_wrist"]
    return add(body.joints[hand], rotate(frame, (BALL_RADIUS * 0.8, -2.0, 0.0)))


def _arc(
    centre: Point, radius: float, start: float, end: float, grow: float = 0.0
) -> tuple[list[Point], list[Point]]:
    """Points on a circle from angle `start` to `end` (radians), evenly spaced, both included,
    and the same on the circle `grow` larger round the same centre.

    The points are close enough that the straight edges between them stray from the larger
    circle by under _ARC_TOLERANCE.
    """
    outer = radius + grow
    step = 2 * math.acos(max(0.0, 1 - _ARC_TOLERANCE / outer)) if outer > 0 else math.pi
    steps = max(2, math.ceil(abs(end - start) / step))
    # Turning a unit vector point by point spares two trigonometric calls per point.
    turn = (end - start) / steps
    turn_cos, turn_sin = math.cos(turn), math.sin(turn)
    cos_a, sin_a = math.cos(start), math.sin(start)
    cx, cy = centre
    inside: list[Point] = []
    outside: list[Point] = []
    for _ in range(steps + 1):
        inside.append((cx + cos_a * radius, cy + sin_a * radius))
        outside.append((cx + cos_a * outer, cy + sin_a * outer))
        cos_a, sin_a = cos_a * turn_cos - sin_a * turn_sin, sin_a * turn_cos + cos_a * turn_sin
    return inside, outside


def _circle(centre: Point, radius: float, paint: Paint) -> Shape:
    # Round clockwise, as every shape goes (see _clockwise).
    inside, outside = _arc(centre, radius, 2 * math.pi, 0.0, OUTLINE_WIDTH)
    return Shape(tuple(inside), paint, tuple(outside))


def capsule(
    start: Point, end: Point, start_radius: float, end_radius: float, grow: float = 0.0
) -> tuple[list[Point], list[Point]]:
    """The outline of a limb segment: two circles joined by the lines that touch both; and
    the same `grow` larger all round."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    heading = math.atan2(dy, dx)
    if length <= abs(start_radius - end_radius):
        # Seen end on, one circle holds the other.
        big = (start, start_radius) if start_radius >= end_radius else (end, end_radius)
        return _arc(big[0], big[1], 2 * math.pi, 0.0, grow)
    # The touching lines meet each circle this far round from the segment's direction; as
    # both radii grow alike, the same for the larger outline.
    ratio = (start_radius - end_radius) / length
    side = math.acos(max(-1.0, min(1.0, ratio)))
    end_in, end_out = _arc(end, end_radius, heading + side, heading - side, grow)
    start_in, start_out = _arc(
        start, start_radius, heading - side, heading + side - 2 * math.pi, grow
    )
    return [*end_in, *start_in], [*end_out, *start_out]


def _capsule_shape(start: Point, end: Point, radii: tuple[float, float], paint: Paint) -> Shape:
    inside, outside = capsule(start, end, radii[0], radii[1], OUTLINE_WIDTH)
    return Shape(tuple(inside), paint, tuple(outside))


def _limb(
    view: Projection,
    joints: dict[str, Vec],
    seen: dict[str, tuple[float, float, float]],
    side: str,
    bones: tuple[tuple[str, str, float, float], ...],
    moving: bool,
    far: bool,
) -> Layer:
    tones = _TONES["moving" if moving else "body"]
    shapes = []
    for start, end, r0, r1 in bones:
        a, b = f"{side}_{start}", f"{side}_{end}"
        axis = unit(sub(joints[b], joints[a]))
        paint = tones[tone(view, _facing(view, axis), far)]
        (x0, y0, d0), (x1, y1, d1) = seen[a], seen[b]
        radii = (r0 * view.scale_at(d0), r1 * view.scale_at(d1))
        shapes.append(_capsule_shape((x0, y0), (x1, y1), radii, paint))
    return tuple(shapes)


def _head(
    view: Projection, body: Body, seen: dict[str, tuple[float, float, float]], moving: bool
) -> Layer:
    tones = _TONES["moving" if moving else "body"]
    frame = body.frames["neck"]
    x, y, depth = seen["head"]
    up = rotate(frame, (0.0, 1.0, 0.0))
    face = rotate(frame, (1.0, 0.0, 0.0))
    paint = tones[tone(view, unit(add(scale(face, 0.5), up)))]
    head = _circle((x, y), HEAD_RADIUS * view.scale_at(depth), paint)
    out, down, radius = _NOSE
    tip = add(body.joints["head"], add(scale(face, out), scale(up, down)))
    nx, ny, nose_depth = view.point(tip)
    nose = _circle((nx, ny), radius * view.scale_at(nose_depth), paint)
    # The nose shows which way the face points; turned away, the head hides it.
    return (head, nose) if view.towards_viewer(face) > -0.2 else (nose, head)


def _torso(
    view: Projection,
    body: Body,
    cut: tuple[Section, ...],
    seen: dict[str, tuple[float, float, float]],
    moving: frozenset[str],
) -> Layer:
    spine_axis = unit(sub(body.joints["neck"], body.joints["pelvis"]))
    tones = _TONES["body"]
    paint = tones[tone(view, _facing(view, spine_axis))]
    inner, outer = _sweep(view, cut, OUTLINE_WIDTH)
    seat, shoulders = ends(cut, body.frames)
    caps = [
        _ellipsoid(view, end, grow) for end in (seat, shoulders) for grow in (0.0, OUTLINE_WIDTH)
    ]
    neck = _capsule_shape(seen["neck"][:2], seen["head"][:2], _neck_radii(view, seen), paint)
    head_moving = "head" in moving
    if head_moving:
        neck = Shape(neck.points, _TONES["moving"][1], neck.outline)
    shapes = [
        neck,
        Shape(caps[0], paint, caps[1]),
        Shape(caps[2], paint, caps[3]),
        Shape(_band(inner, 0, len(cut) - 1), paint, _band(outer, 0, len(cut) - 1)),
    ]
    moving_paint = _TONES["moving"][tone(view, _facing(view, spine_axis))]
    per = (len(cut) - 1) / 4
    for name, first, last in _REGIONS:
        if name not in moving:
            continue
        shapes.append(Shape(_band(inner, round(first * per), round(last * per)), moving_paint))
        if first == 0.0:
            shapes.append(Shape(caps[0], moving_paint))
        if last == 4.0:
            shapes.append(Shape(caps[2], moving_paint))
    if head_moving:
        # Drawn again last: its outline merges with the torso's, its fill shows above.
        shapes.append(Shape(neck.points, neck.paint))
    return tuple(shapes)


def _neck_radii(
    view: Projection, seen: dict[str, tuple[float, float, float]]
) -> tuple[float, float]:
    return (
        _NECK_RADII[0] * view.scale_at(seen["neck"][2]),
        _NECK_RADII[1] * view.scale_at(seen["head"][2]),
    )


def _sweep(
    view: Projection, cut: tuple[Section, ...], grow: float
) -> tuple[list[tuple[Point, Point]], list[tuple[Point, Point]]]:
    """Each cross-section's two edges in the picture; and the same `grow` units further out."""
    centres = [view.point(centre) for centre, _, _, _ in cut]
    inner = []
    outer = []
    across = (1.0, 0.0)
    last = len(centres) - 1
    for index, (x, y, depth) in enumerate(centres):
        before = centres[max(0, index - 1)]
        after = centres[min(last, index + 1)]
        tx, ty = after[0] - before[0], after[1] - before[1]
        size = math.hypot(tx, ty)
        if size > 1e-6:
            across = (-ty / size, tx / size)
        _, width, depth_vector, _ = cut[index]
        wx, wy = view.direction(width, depth)
        dx, dy = view.direction(depth_vector, depth)
        ax, ay = across
        reach = math.hypot(wx * ax + wy * ay, dx * ax + dy * ay)
        inner.append(((x + ax * reach, y + ay * reach), (x - ax * reach, y - ay * reach)))
        reach += grow * view.scale_at(depth)
        outer.append(((x + ax * reach, y + ay * reach), (x - ax * reach, y - ay * reach)))
    return inner, outer


def _band(edges: list[tuple[Point, Point]], first: int, last: int) -> tuple[Point, ...]:
    part = edges[first : last + 1]
    return _clockwise((*(a for a, _ in part), *(b for _, b in reversed(part))))


def _clockwise(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """`points` going round clockwise, as every shape's do.

    Shapes of one colour are filled as one path, overlapping shapes counted by winding: one
    going round the other way would cut a hole where they overlap.
    """
    twice_area = 0.0
    x0, y0 = points[-1]
    for x1, y1 in points:
        twice_area += (x0 - x1) * (y0 + y1)
        x0, y0 = x1, y1
    return points if twice_area <= 0 else points[::-1]


def _ellipsoid(view: Projection, solid: Ellipsoid, grow: float) -> tuple[Point, ...]:
    """The outline of a solid ellipsoid as the camera sees it, `grow` units larger."""
    centre, *axes = solid
    x, y, depth = view.point(centre)
    m11 = m12 = m22 = 0.0
    for axis in axes:
        size = math.sqrt(dot(axis, axis))
        ax, ay = view.direction(scale(axis, (size + grow) / size), depth)
        m11 += ax * ax
        m12 += ax * ay
        m22 += ay * ay
    # The outline is the unit circle through the square root (Cholesky) of that sum.
    l11 = math.sqrt(max(m11, 1e-9))
    l21 = m12 / l11
    l22 = math.sqrt(max(m22 - l21 * l21, 1e-9))
    return tuple((x + l11 * c, y + l21 * c + l22 * s) for c, s in _ROUND)


# A circle's points, clockwise (see _clockwise), worked out once for every ellipsoid.
_ROUND = tuple(
    (math.cos(-2 * math.pi * i / 24), math.sin(-2 * math.pi * i / 24)) for i in range(24)
)


def solid_ellipsoid(view: Projection, solid: Ellipsoid, paint: Paint) -> Shape:
    """A whole ellipsoid (a cushion, a rounded end) as an outlined shape."""
    return Shape(_ellipsoid(view, solid, 0.0), paint, _ellipsoid(view, solid, OUTLINE_WIDTH))


def box_faces(view: Projection, low: Vec, high: Vec, tones: tuple[Paint, Paint, Paint]) -> Layer:
    """The faces of a box from corner `low` to corner `high` that the viewer sees, each lit flat."""
    x0, y0, z0 = low
    x1, y1, z1 = high
    faces = (
        ((0.0, 1.0, 0.0), ((x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1))),
        ((0.0, 0.0, 1.0), ((x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1))),
        ((0.0, 0.0, -1.0), ((x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0))),
        ((1.0, 0.0, 0.0), ((x1, y0, z0), (x1, y0, z1), (x1, y1, z1), (x1, y1, z0))),
        ((-1.0, 0.0, 0.0), ((x0, y0, z0), (x0, y0, z1), (x0, y1, z1), (x0, y1, z0))),
    )
    shapes = []
    for normal, corners in faces:
        if view.towards_viewer(normal) <= 0.02:
            continue
        points = tuple(view.point(c)[:2] for c in corners)
        shapes.append(Shape(points, tones[tone(view, normal)], _grown(points, OUTLINE_WIDTH)))
    return tuple(shapes)


def _grown(points: tuple[Point, ...], grow: float) -> tuple[Point, ...]:
    """A convex polygon moved out from its middle by `grow` at every corner."""
    cx = sum(x for x, _ in points) / len(points)
    cy = sum(y for _, y in points) / len(points)
    result = []
    for x, y in points:
        size = math.hypot(x - cx, y - cy) or 1.0
        result.append((x + (x - cx) / size * grow, y + (y - cy) / size * grow))
    return tuple(result)


def arrow_layer(arrow: Arrow) -> Layer:
    """The shaft along the arrow's path up to where its head begins, and the head."""
    points = arrow.path
    tip = points[-1]
    # The head takes the path's last stretch, as long as the head; the shaft the rest.
    left, index, base = ARROW_HEAD[0], len(points) - 1, tip
    while index > 0:
        step = math.dist(points[index - 1], points[index])
        if step >= left:
            k = left / step
            x0, y0 = points[index]
            x1, y1 = points[index - 1]
            base = (x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)
            break
        left -= step
        index -= 1
        base = points[index]
    shaft = (*points[:index], base) if index > 0 else (points[0], base)
    heading = math.atan2(tip[1] - base[1], tip[0] - base[0])
    return (
        Shape(shaft, Paint.ARROW, line_width=ARROW_WIDTH),
        Shape(_arrow_head(base, heading, 0.0), Paint.ARROW, _arrow_head(base, heading, 1.0)),
    )


def _arrow_head(base: Point, heading: float, grow: float) -> tuple[Point, ...]:
    """The arrow's head at the end of its shaft, `grow` outline widths larger all round."""
    head_length, head_width = ARROW_HEAD
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
