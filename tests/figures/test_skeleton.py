"""The skeleton: poses in between keep every bone's length, and the figure rests on the mat."""

from __future__ import annotations

import math
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from backpain_gui.figures.drawing import figure_of
from backpain_gui.figures.skeleton import (
    BONES,
    JOINTS,
    NUMBERS,
    OUT_OF_PICTURE,
    Point,
    Pose,
    between,
    body_of,
    distance,
)

angles = st.floats(min_value=-180, max_value=180, allow_nan=False)
turns = st.floats(min_value=0, max_value=1, allow_nan=False)


@st.composite
def poses(draw: st.DrawFn) -> Pose:
    """Any pose at all, anchored at any joint."""
    numbers = {
        name: draw(turns if name.endswith("turn") else angles)
        for name in NUMBERS
        if not name.endswith("_out")
    }
    # Out of the picture by less than a right angle, or the bone would vanish.
    numbers |= {name: draw(st.floats(0, 80)) for name in NUMBERS if name.endswith("_out")}
    return Pose(anchor=draw(st.sampled_from(JOINTS)), **numbers)


def _bone_length_seen(pose: Pose, start: str, length: float) -> float:
    """How long a bone looks: shorter by the cosine of how far it turns out of the picture."""
    plain = start.removeprefix("far_")
    if plain not in OUT_OF_PICTURE:
        return length
    turned = getattr(pose, start.replace(plain, OUT_OF_PICTURE[plain]))
    return length * math.cos(math.radians(turned))


@given(poses(), poses())
def test_the_pose_in_between_is_the_start_at_0_and_the_end_at_1(start: Pose, end: Pose) -> None:
    assert between(start, end, 0.0) == replace(start, anchor=end.anchor)
    assert between(start, end, 1.0) == end


@given(poses(), poses(), st.floats(0, 1))
def test_every_bone_keeps_its_length_on_the_way(start: Pose, end: Pose, progress: float) -> None:
    pose = between(start, end, progress)
    joints = body_of(pose).joints
    for first, second, length in BONES:
        seen = math.dist(joints[first], joints[second])
        assert math.isclose(seen, _bone_length_seen(pose, first, length), abs_tol=1e-9)


@given(poses())
def test_the_figure_rests_on_the_mat_with_its_anchor_in_place(pose: Pose) -> None:
    figure = figure_of(pose)
    lowest = min(y for layer in figure.placed() for shape in layer for _, y in shape.outline)
    assert math.isclose(lowest, 0.0, abs_tol=1e-9)
    anchor = body_of(pose).joints[pose.anchor]
    assert math.isclose(anchor[0] + figure.offset[0], pose.x, abs_tol=1e-9)


def _inside(point: Point, polygon: tuple[Point, ...]) -> bool:
    """Whether `point` is inside `polygon` (counting crossings of a ray to the right)."""
    x, y = point
    crossings = 0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


@given(poses())
def test_each_limb_and_the_head_sit_inside_their_outlines(pose: Pose) -> None:
    figure = figure_of(pose)
    # Limbs and heads are round-ended and convex; the torso bends with the spine.
    limbs_and_head = [layer for index, layer in enumerate(figure.layers) if index != 3]
    for layer in limbs_and_head:
        for shape in layer:
            assert all(_inside(point, shape.outline) for point in shape.points)


def test_a_bent_knee_is_a_flexion_the_same_way_lying_or_standing() -> None:
    # Standing, facing right: the thigh lifts forward and the shin hangs back from the knee.
    body = body_of(Pose(hip=90, knee=90))
    hip, knee, ankle = (body.joints[name] for name in ("hip", "knee", "ankle"))
    assert knee[0] > hip[0] + 20
    assert ankle[1] < knee[1] - 20
    # On the back, head to the left: knees up, feet back down towards the mat.
    body = body_of(Pose(pelvis=180, hip=45, knee=100))
    assert body.joints["knee"][1] > body.joints["hip"][1] + 15
    assert body.joints["ankle"][1] < body.joints["knee"][1] - 15


@given(poses(), poses())
def test_distance_is_zero_only_between_equal_poses(a: Pose, b: Pose) -> None:
    assert distance(a, a) == 0
    assert (distance(a, b) == 0) == (replace(a, anchor=b.anchor) == b)
