"""The arrow for the direction of movement, worked out from the poses rather than drawn by hand.

A phase moves some parts of the body (a pose's `moving`) from the pose it starts in, through
the pose its picture shows, to the pose it ends in. The arrow follows the point of a moving
part that travels furthest in the picture (an arm's or a leg's counted at half, as a limb
travels further for the same movement), along the last stretch of the path that point takes,
seen by the picture's camera. It is long enough to read from across the room and short
enough to stay calm, and laid as near that path as it can be where it touches neither the
body nor a prop at any moment of the phase, with nothing of the body beyond it: above the
body before below it, never under the floor.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from itertools import pairwise

from backpain_gui.figures.camera import Camera
from backpain_gui.figures.drawing import (
    ARROW_HEAD,
    OUTLINE_WIDTH,
    Arrow,
    Layer,
    Point,
    Prop,
    figure_of,
)
from backpain_gui.figures.skeleton import SIDES, Pose, body_of

# The points that show each part's movement: the middle of the head, the base of the neck
# (the top of the upper back), the bottom of the ribcage, the hip joints, a hand or an
# elbow, a knee or an ankle.
_POINTS = {
    "head": ("head",),
    "upper back": ("neck",),
    "lower back": ("middle_back",),
    "pelvis": ("pelvis",),
    **{f"{side} arm": (f"{side}_hand", f"{side}_elbow") for side in ("left", "right")},
    **{f"{side} leg": (f"{side}_knee", f"{side}_ankle") for side in ("left", "right")},
}
# An arm or leg travels further than the trunk for the same effort: it shows the movement
# only where it goes more than twice as far (an arm swept overhead, an elbow opening).
_LIMB_WEIGHT = 0.5
# Below this, nothing moves enough to point at: a hold.
_LEAST_MOVEMENT = 0.25
# Long enough for its head and some shaft; no longer than a forearm, so it stays calm.
SHORTEST, LONGEST = 14.0, 24.0
# A path shorter than this is drawn straight: at this length its turns read as a hook.
_STRAIGHT_BELOW = 20.0
_SAMPLES = 9
# How far from the body the arrow's middle line keeps: half its head's width, its outline
# and a gap.
_HALF_HEAD = ARROW_HEAD[1] / 2 + OUTLINE_WIDTH
_CLEARANCE = _HALF_HEAD + 1.5
_STEPS = tuple(range(2, 62, 2))
# How far past the arrow the way out must be clear of the body.
_FAR = 60

PoseAt = Callable[[float], Pose]


def movement_arrow(
    pose_at: PoseAt,
    moving: Iterable[str],
    camera: Camera,
    props: tuple[Prop, ...] = (),
    scene: tuple[Layer, ...] = (),
    within: tuple[float, float, float, float] | None = None,
) -> Arrow | None:
    """The arrow of a movement: `pose_at(t)` is the pose `t` (0..1) of the way through it,
    seen by `camera` with `props` about the body and `scene` (the mat first) around it,
    inside the box `within` (left, bottom, right, top) where it fits there.

    None where no part moves, or none moves enough to show. It keeps off the mat where it
    can, so it never points from under the floor; where it cannot, it may lie over the mat.
    """
    parts = frozenset(moving)
    if not parts:
        return None
    view = camera.projection()
    poses = [pose_at(i / (_SAMPLES - 1)) for i in range(_SAMPLES)]
    if poses[0] == poses[-1] and poses[0] == poses[_SAMPLES // 2]:
        return None
    bodies = [body_of(pose) for pose in poses]
    paths: dict[str, list[Point]] = {}
    for part in parts:
        for joint in _POINTS[part]:
            paths[joint] = [view.point(body.joints[joint])[:2] for body in bodies]
    path = _chosen(parts, paths)
    if path is None:
        return None
    arrow = _readable(path)
    # Clear of the body all the way: an arm sweeping overhead passes where no pose of the
    # start, middle or end has it.
    body = [
        shape.outline or shape.points
        for pose in poses
        for layer in figure_of(pose, (), None, camera, props).layers
        for shape in layer
    ]
    mat, *standing = scene or ((),)
    around = [shape.outline or shape.points for layer in standing for shape in layer]
    floor = [shape.outline or shape.points for shape in mat]
    # Nothing of the arrow lower than the body's lowest point: that is under the floor.
    lowest = min(y for polygon in body for _, y in polygon) + _CLEARANCE
    middle_height = (lowest + max(y for polygon in body for _, y in polygon)) / 2
    solid = _boxed([*body, *around])
    heights = (lowest, middle_height)
    placed = None
    # Off the mat and in the box; else over the mat; else out of the box, off the mat or not.
    for box in (within, None):
        for obstacles in (solid + _boxed(floor), solid):
            placed = placed or _placed(arrow, path, obstacles, solid, heights, box)
    return Arrow(placed or tuple(arrow))


def _chosen(parts: frozenset[str], paths: dict[str, list[Point]]) -> list[Point] | None:
    """The path of the point that shows the movement best, or None if nothing moves."""

    def travel(joint: str) -> float:
        return _length(paths[joint])

    def weighed(joint: str) -> float:
        return travel(joint) * (_LIMB_WEIGHT if joint.startswith(SIDES) else 1.0)

    best = max(paths, key=lambda joint: (weighed(joint), joint))
    return paths[best] if travel(best) >= _LEAST_MOVEMENT else None


def _last_stretch(points: list[Point], wanted: float) -> list[Point]:
    """The end of `points`, `wanted` long along them (all of them if shorter)."""
    kept = [points[-1]]
    for index in range(len(points) - 1, 0, -1):
        (x0, y0), (x1, y1) = points[index], points[index - 1]
        step = math.hypot(x1 - x0, y1 - y0)
        if step >= wanted:
            k = wanted / step
            kept.append((x0 + (x1 - x0) * k, y0 + (y1 - y0) * k))
            break
        wanted -= step
        kept.append((x1, y1))
    return kept[::-1]


def _length(points: list[Point]) -> float:
    return sum(math.dist(a, b) for a, b in pairwise(points))


def _readable(path: list[Point]) -> list[Point]:
    """The last LONGEST units of `path`, the way into where the part ends; a short path, the
    straight line from its start to its end, grown to SHORTEST if need be."""
    travelled = _length(path)
    if travelled >= _STRAIGHT_BELOW:
        return _last_stretch(path, LONGEST)
    (sx, sy), (ex, ey) = path[0], path[-1]
    chord = math.hypot(ex - sx, ey - sy)
    if chord < 1e-6:
        # Out and back to where it began: the way it first goes.
        (ex, ey) = max(path, key=lambda p: math.dist(p, path[0]))
        chord = math.hypot(ex - sx, ey - sy)
    half = max(SHORTEST, chord) / 2
    dx, dy = (ex - sx) / chord * half, (ey - sy) / chord * half
    mx, my = (sx + ex) / 2, (sy + ey) / 2
    return [(mx - dx + 2 * dx * i / 4, my - dy + 2 * dy * i / 4) for i in range(5)]


Box = tuple[float, float, float, float, tuple[Point, ...]]


def _boxed(polygons: list[tuple[Point, ...]]) -> list[Box]:
    boxes = []
    for polygon in polygons:
        xs = [x for x, _ in polygon]
        ys = [y for _, y in polygon]
        boxes.append((min(xs), min(ys), max(xs), max(ys), polygon))
    return boxes


def _placed(
    arrow: list[Point],
    path: list[Point],
    obstacles: list[Box],
    solid: list[Box],
    heights: tuple[float, float],
    within: tuple[float, float, float, float] | None,
) -> tuple[Point, ...] | None:
    """`arrow` moved as little as it can be to where it touches nothing and the way on from it
    is clear of the body, at least `heights[0]` high; above the body's middle height
    (`heights[1]`) before below it, as an arrow over the body reads best; of the places
    about as near, the highest."""
    lowest, middle_height = heights
    left, bottom, right, top = within or (-math.inf, -math.inf, math.inf, math.inf)
    # All of it in the box, its head and outline too.
    inset = _HALF_HEAD
    (sx, sy), (ex, ey) = path[0], path[-1]
    chord = math.hypot(ex - sx, ey - sy)
    if chord > 1e-6:
        hx, hy = (ex - sx) / chord, (ey - sy) / chord
    else:
        (ax, ay), (bx, by) = arrow[0], arrow[1]
        size = math.hypot(bx - ax, by - ay) or 1.0
        hx, hy = (bx - ax) / size, (by - ay) / size
    (a0x, a0y), (a1x, a1y) = arrow[0], arrow[-1]
    # Ahead: the arrow begins beyond where the part ends; behind: it ends where the part
    # starts; or from where it lies along the part's way, moved off it in any direction.
    turns = [(math.cos(math.pi * k / 6), math.sin(math.pi * k / 6)) for k in range(12)]
    ways = (
        ((ex - a0x, ey - a0y), (hx, hy)),
        ((sx - a1x, sy - a1y), (-hx, -hy)),
        *(((0.0, 0.0), turn) for turn in turns),
    )
    samples = _along(arrow)
    candidates = []
    for (bx, by), (dx, dy) in ways:
        for step in _STEPS:
            shift = (bx + dx * step, by + dy * step)
            height = sum(y for _, y in samples) / len(samples) + shift[1]
            # Nearest first, in steps of a few units; of those as near, the highest.
            below = height < middle_height
            candidates.append((round(math.hypot(*shift) / 4), below, -height, shift, (dx, dy)))
    candidates.sort()
    mx0, my0 = samples[len(samples) // 2]
    for _, _, _, (mx, my), away in candidates:
        if all(
            y + my >= lowest
            and left + inset <= x + mx <= right - inset
            and bottom + inset <= y + my <= top - inset
            and _free((x + mx, y + my), obstacles)
            for x, y in samples
        ) and _open((mx0 + mx, my0 + my), away, solid):
            return tuple((x + mx, y + my) for x, y in arrow)
    return None


def _open(point: Point, way: Point, solid: list[Box]) -> bool:
    """Whether nothing of the body lies further on from `point` the way `way` goes: an arrow
    in a gap between an arm and the trunk, say, reads as part of the body."""
    x, y = point
    dx, dy = way
    for step in range(1, _FAR // 2):
        px, py = x + dx * step * 2, y + dy * step * 2
        for left, bottom, right, top, polygon in solid:
            if left <= px <= right and bottom <= py <= top and _inside((px, py), polygon):
                return False
    return True


def _along(points: list[Point]) -> list[Point]:
    """Points every couple of units along `points`, so no stretch of the arrow goes unchecked."""
    result = [points[0]]
    for (x0, y0), (x1, y1) in pairwise(points):
        pieces = max(1, math.ceil(math.dist((x0, y0), (x1, y1)) / 2.0))
        result += [
            (x0 + (x1 - x0) * i / pieces, y0 + (y1 - y0) * i / pieces) for i in range(1, pieces + 1)
        ]
    return result


def _free(point: Point, obstacles: list[Box]) -> bool:
    x, y = point
    reach = _CLEARANCE
    for left, bottom, right, top, polygon in obstacles:
        if x < left - reach or x > right + reach or y < bottom - reach or y > top + reach:
            continue
        if _inside(point, polygon) or _near(point, polygon, reach):
            return False
    return True


def _inside(point: Point, polygon: tuple[Point, ...]) -> bool:
    x, y = point
    inside = False
    x0, y0 = polygon[-1]
    for x1, y1 in polygon:
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
        x0, y0 = x1, y1
    return inside


def _near(point: Point, polygon: tuple[Point, ...], reach: float) -> bool:
    x, y = point
    x0, y0 = polygon[-1]
    for x1, y1 in polygon:
        dx, dy = x1 - x0, y1 - y0
        size = dx * dx + dy * dy
        t = 0.0 if size == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / size))
        if math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) < reach:
            return True
        x0, y0 = x1, y1
    return False
