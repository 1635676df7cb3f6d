"""A skeleton in three dimensions: a pose is each joint's rotation, the body is where joints land.

The world: x runs along the mat, y points up from it, z across it. At rest the body stands
facing +x, its spine up +y and its right side towards +z; each joint's rotation is given in
the frame of the bone above it, so a pose reads as a physiotherapist describes one: the lower
back bends 10 degrees, the left shoulder raises 90. Lengths are in hundredths of the
person's height, from adult proportions (Winter, "Biomechanics and Motor Control of Human
Movement", segment lengths as fractions of height).

Two constraints are kept by inverse kinematics rather than by angles: a hand that holds a
place on the body (the neck it cradles) and a foot that stays where it stands on the mat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from backpain_gui.figures.space import (
    IDENTITY,
    Quat,
    Vec,
    add,
    angle_between,
    axis_angle,
    cross,
    dot,
    from_axes,
    inverse,
    length,
    mirrored,
    multiply,
    rotate,
    scale,
    slerp,
    sub,
    unit,
)
from backpain_gui.figures.torso import Section, moved, sections, torso_lowest

# Segment lengths (Winter: upper arm 0.186 H, forearm 0.146, hand 0.108, thigh 0.245, shank
# 0.246, foot 0.152; the spine's share from the hip joints to the base of the neck, 0.31).
PELVIS = 6.0  # hip joints to the base of the spine
LOWER_BACK = 10.0  # base of the spine to the bottom of the ribcage
MIDDLE_BACK = 7.5  # bottom of the ribcage to the middle of the chest
UPPER_BACK = 7.5  # middle of the chest to the base of the neck
NECK = 10.5  # base of the neck to the middle of the head
NECK_LEAN = 15.0  # degrees: in a neutral neck the head sits forward of its base
UPPER_ARM = 18.6
FOREARM = 14.6
HAND = 5.5  # wrist to the middle of the hand, where it holds
THIGH = 24.5
SHIN = 24.6
FOOT = (11.5, -3.0)  # ankle to the toes: forward, down
SHOULDER = (3.0, 4.9, 10.0)  # from the middle of the chest: forward, up, out to the side
HIP_SPREAD = 6.0  # from the midline to each hip joint

SIDES = ("left", "right")
# The lateral sign of each side: the right side is towards +z.
SIGN = {"left": -1.0, "right": 1.0}
SPINE = ("lower_back", "middle_back", "upper_back", "neck")
# Each posed joint and the joint whose bone it hangs from, root first.
PARENT: dict[str, str | None] = {
    "pelvis": None,
    "lower_back": "pelvis",
    "middle_back": "lower_back",
    "upper_back": "middle_back",
    "neck": "upper_back",
    **{f"{s}_shoulder": "upper_back" for s in SIDES},
    **{f"{s}_elbow": f"{s}_shoulder" for s in SIDES},
    **{f"{s}_wrist": f"{s}_elbow" for s in SIDES},
    **{f"{s}_hip": "pelvis" for s in SIDES},
    **{f"{s}_knee": f"{s}_hip" for s in SIDES},
    **{f"{s}_ankle": f"{s}_knee" for s in SIDES},
}
POSED: tuple[str, ...] = tuple(PARENT)
_INDEX = {name: index for index, name in enumerate(POSED)}


def _offsets() -> dict[str, Vec]:
    """Where each posed joint sits in its parent's frame."""
    offsets: dict[str, Vec] = {
        "pelvis": (0.0, 0.0, 0.0),
        "lower_back": (-1.5, PELVIS, 0.0),
        "middle_back": (0.0, LOWER_BACK, 0.0),
        "upper_back": (0.0, MIDDLE_BACK, 0.0),
        "neck": (0.0, UPPER_BACK, 0.0),
    }
    for side in SIDES:
        sign = SIGN[side]
        offsets[f"{side}_shoulder"] = (SHOULDER[0], SHOULDER[1], sign * SHOULDER[2])
        offsets[f"{side}_elbow"] = (0.0, -UPPER_ARM, 0.0)
        offsets[f"{side}_wrist"] = (0.0, -FOREARM, 0.0)
        offsets[f"{side}_hip"] = (0.0, 0.0, sign * HIP_SPREAD)
        offsets[f"{side}_knee"] = (0.0, -THIGH, 0.0)
        offsets[f"{side}_ankle"] = (0.0, -SHIN, 0.0)
    return offsets


OFFSET = _offsets()
# The ends that carry no rotation of their own: where they sit in their joint's frame.
_LEAN = math.radians(NECK_LEAN)
ENDS: dict[str, tuple[str, Vec]] = {
    "head": ("neck", (NECK * math.sin(_LEAN), NECK * math.cos(_LEAN), 0.0)),
    **{f"{s}_hand": (f"{s}_wrist", (0.0, -HAND, 0.0)) for s in SIDES},
    **{f"{s}_toe": (f"{s}_ankle", (FOOT[0], FOOT[1], 0.0)) for s in SIDES},
}
JOINTS: tuple[str, ...] = (*POSED, *ENDS)

# How each kind of joint turns: its named movements and the largest an adult makes
# (degrees, from the AAOS's normal ranges; spine segments share the spine's range).
MOVEMENTS: dict[str, dict[str, tuple[float, float]]] = {
    "pelvis": {"bend": (-90.0, 90.0), "side": (-90.0, 90.0), "turn": (-90.0, 90.0)},
    "lower_back": {"bend": (-25.0, 50.0), "side": (-25.0, 25.0), "turn": (-10.0, 10.0)},
    "middle_back": {"bend": (-15.0, 30.0), "side": (-20.0, 20.0), "turn": (-25.0, 25.0)},
    "upper_back": {"bend": (-15.0, 30.0), "side": (-20.0, 20.0), "turn": (-25.0, 25.0)},
    "neck": {"bend": (-60.0, 50.0), "side": (-45.0, 45.0), "turn": (-80.0, 80.0)},
    "shoulder": {"raise": (-60.0, 180.0), "out": (-40.0, 180.0), "twist": (-90.0, 90.0)},
    "elbow": {"bend": (0.0, 150.0)},
    "wrist": {"bend": (-70.0, 80.0)},
    "hip": {"raise": (-30.0, 130.0), "out": (-30.0, 50.0), "twist": (-45.0, 45.0)},
    "knee": {"bend": (0.0, 150.0)},
    "ankle": {"point": (-25.0, 50.0)},
}


def kind_of(joint: str) -> str:
    """The kind of joint `joint` is: `left_knee` is a knee."""
    return joint.removeprefix("left_").removeprefix("right_")


def rotation(joint: str, angles: dict[str, float]) -> Quat:
    """The local rotation of `joint` making the named movements (degrees) in `angles`.

    Each is positive the way it is named: a bend forward, a side bend to the right, a turn
    to the right, a raise forward, an arm or leg out to its own side, a knee bending.
    """
    kind = kind_of(joint)
    sign = SIGN.get(joint.split("_", 1)[0], 1.0)
    get = angles.get
    if kind in ("pelvis", *SPINE):
        return multiply(
            multiply(
                axis_angle((0, 0, 1), -get("bend", 0.0)), axis_angle((1, 0, 0), get("side", 0.0))
            ),
            axis_angle((0, 1, 0), -get("turn", 0.0)),
        )
    if kind in ("shoulder", "hip"):
        return multiply(
            multiply(
                axis_angle((1, 0, 0), -sign * get("out", 0.0)),
                axis_angle((0, 0, 1), get("raise", 0.0)),
            ),
            axis_angle((0, 1, 0), sign * get("twist", 0.0)),
        )
    if kind in ("elbow", "wrist"):
        return axis_angle((0, 0, 1), get("bend", 0.0))
    if kind == "knee":
        return axis_angle((0, 0, 1), -get("bend", 0.0))
    return axis_angle((0, 0, 1), -get("point", 0.0))


@dataclass(frozen=True, slots=True)
class Hold:
    """A hand or foot kept on a place: on a body part (`on`, in its frame) or on the mat.

    `at` is where the hand's middle or the ankle goes, in the frame of `on` ("head" or
    "chest"), or in the world for "mat". `elbow` is the way the elbow or knee points, in the
    pelvis's frame (which stays put while the chest turns: for a body lying on its side its z
    is the ceiling whatever the rotation does), or in the chest's, to turn with it. `foot` is
    the foot's turn in the world, kept while it stands on the mat.
    """

    limb: str  # left_hand, right_hand, left_foot, right_foot
    on: str
    at: Vec
    elbow: Vec
    foot: Quat = IDENTITY
    # The frame `elbow` is given in: "pelvis", or "chest" for an elbow the chest carries.
    elbow_with: str = "pelvis"


@dataclass(frozen=True, slots=True)
class Pose:
    """A body position: each joint's rotation, where it lies on the mat, what it holds."""

    turns: tuple[Quat, ...]
    # Where the anchor joint is along and across the mat; the body rests on the mat.
    x: float = 0.0
    z: float = 0.0
    anchor: str = "pelvis"
    holds: tuple[Hold, ...] = ()
    # How high the surface the body rests on is: 0 the mat; above it, a box the torso lies on.
    rests_at: float = 0.0

    def turn(self, joint: str) -> Quat:
        """The local rotation of `joint`."""
        return self.turns[_INDEX[joint]]


def between(start: Pose, end: Pose, progress: float) -> Pose:
    """The pose `progress` (0..1) of the way from `start` to `end`, each joint turning evenly.

    Rotations are interpolated, not positions, so a limb turns round its joint and never
    cuts through the body. A hold both poses share is kept all the way.
    """
    if progress <= 0.0:
        return start
    if progress >= 1.0:
        return end
    turns = tuple(
        a if a == b else slerp(a, b, progress) for a, b in zip(start.turns, end.turns, strict=True)
    )
    shared = tuple(
        _kept_between(hold, kept, progress)
        for hold in end.holds
        if (kept := _same_place(hold, start.holds)) is not None
    )
    return replace(
        end,
        turns=turns,
        x=start.x + (end.x - start.x) * progress,
        z=start.z + (end.z - start.z) * progress,
        holds=shared,
        rests_at=start.rests_at + (end.rests_at - start.rests_at) * progress,
    )


def _same_place(hold: Hold, others: tuple[Hold, ...]) -> Hold | None:
    for other in others:
        if (other.limb, other.on, other.at) == (hold.limb, hold.on, hold.at):
            return other
    return None


def _kept_between(end: Hold, start: Hold, progress: float) -> Hold:
    """A hold kept through a movement, its elbow or knee turning evenly on the way."""
    if start.elbow == end.elbow:
        return end
    way = tuple(a + (b - a) * progress for a, b in zip(start.elbow, end.elbow, strict=True))
    return replace(end, elbow=(way[0], way[1], way[2]))


def distance(a: Pose, b: Pose) -> float:
    """How far apart two poses are, in degrees of joint movement."""
    return sum(angle_between(p, q) for p, q in zip(a.turns, b.turns, strict=True))


def mirror(pose: Pose) -> Pose:
    """The same pose on the other side: left and right swapped, the body reflected end for
    end along the mat (x to -x), as the picture flipped left to right shows it."""
    turns = tuple(mirrored(pose.turn(_other(name))) for name in POSED)
    # Each joint turns as its twin does, seen in a mirror across the body's midline; the
    # whole body is then turned half round, which with that mirror reflects x.
    turns = (multiply(_HALF_TURN, turns[0]), *turns[1:])
    holds = tuple(
        Hold(
            _other(h.limb),
            h.on,
            (-h.at[0], h.at[1], h.at[2]) if h.on == "mat" else (h.at[0], h.at[1], -h.at[2]),
            (h.elbow[0], h.elbow[1], -h.elbow[2]),
            multiply(_HALF_TURN, mirrored(h.foot)) if h.on == "mat" else h.foot,
            h.elbow_with,
        )
        for h in pose.holds
    )
    return replace(pose, turns=turns, x=-pose.x, anchor=_other(pose.anchor), holds=holds)


_HALF_TURN: Quat = (0.0, 0.0, 1.0, 0.0)


def _other(name: str) -> str:
    if name.startswith("left_"):
        return "right_" + name.removeprefix("left_")
    if name.startswith("right_"):
        return "left_" + name.removeprefix("right_")
    return name


@dataclass(frozen=True, slots=True)
class Body:
    """Where every joint of a pose is in the world, and how each posed joint's frame turns."""

    pose: Pose
    joints: dict[str, Vec]
    frames: dict[str, Quat]
    # The torso's cross-sections, hips to neck (figures/torso.py).
    torso: tuple[Section, ...] = ()

    def point(self, on: str, at: Vec) -> Vec:
        """The world position of `at`, given in the frame of joint `on`."""
        # The head turns with the neck; the chest is the upper back's frame.
        frame = self.frames["neck" if on == "head" else "upper_back"]
        origin = self.joints["head" if on == "head" else "upper_back"]
        return add(origin, rotate(frame, at))

    def bend(self, joint: str) -> float:
        """How far an elbow or knee is bent, in degrees, from where its bones lie."""
        start, middle, end = _chain(joint)
        a = sub(self.joints[middle], self.joints[start])
        b = sub(self.joints[end], self.joints[middle])
        cos = dot(a, b) / (length(a) * length(b))
        return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def _chain(joint: str) -> tuple[str, str, str]:
    side = joint.split("_", 1)[0]
    if kind_of(joint) == "elbow":
        return f"{side}_shoulder", joint, f"{side}_wrist"
    return f"{side}_hip", joint, f"{side}_ankle"


def _forward(pose: Pose, turns: list[Quat]) -> tuple[dict[str, Vec], dict[str, Quat]]:
    joints: dict[str, Vec] = {}
    frames: dict[str, Quat] = {}
    for index, name in enumerate(POSED):
        parent = PARENT[name]
        if parent is None:
            joints[name], frames[name] = (0.0, 0.0, 0.0), turns[index]
            continue
        joints[name] = add(joints[parent], rotate(frames[parent], OFFSET[name]))
        frames[name] = multiply(frames[parent], turns[index])
    for name, (parent, offset) in ENDS.items():
        joints[name] = add(joints[parent], rotate(frames[parent], offset))
    return joints, frames


def _solve(
    turns: list[Quat],
    joints: dict[str, Vec],
    frames: dict[str, Quat],
    hold: Hold,
    target: Vec,
    elbow: Vec,
) -> None:
    """Turn the limb's two upper joints so that its end reaches `target` (two-bone IK).

    The limb bends in the plane of `elbow`, the way its elbow or knee should point.
    """
    side, part = hold.limb.split("_")
    arm = part == "hand"
    root, middle, tip = (
        (f"{side}_shoulder", f"{side}_elbow", f"{side}_wrist")
        if arm
        else (f"{side}_hip", f"{side}_knee", f"{side}_ankle")
    )
    first, second = (UPPER_ARM, FOREARM + HAND) if arm else (THIGH, SHIN)
    start = joints[root]
    reach = sub(target, start)
    span = length(reach)
    # Out of reach or folded shut, it reaches as far as it can, along the line.
    span = max(abs(first - second) + 1e-3, min(first + second - 1e-3, span))
    along = unit(reach)
    across = unit(sub(elbow, scale(along, dot(elbow, along))), _any_across(along))
    cos = (first * first + span * span - second * second) / (2 * first * span)
    sin = math.sqrt(max(0.0, 1.0 - cos * cos))
    knee = add(start, add(scale(along, first * cos), scale(across, first * sin)))
    upper = unit(sub(knee, start))
    lower = unit(sub(add(start, scale(along, span)), knee))
    # The bone lies along its frame's -y; the hinge turns it towards +x (an elbow) or -x (a
    # knee) about its frame's z.
    y = scale(upper, -1.0)
    bent = sub(lower, scale(upper, dot(lower, upper)))
    x = unit(bent if arm else scale(bent, -1.0), unit(across if arm else scale(across, -1.0)))
    z = cross(x, y)
    parent = PARENT[root]
    assert parent is not None
    world = from_axes(x, y, z)
    turns[_INDEX[root]] = multiply(inverse(frames[parent]), world)
    angle = math.degrees(math.acos(max(-1.0, min(1.0, dot(upper, lower)))))
    turns[_INDEX[middle]] = axis_angle((0, 0, 1), angle if arm else -angle)
    if not arm:
        # The foot keeps its turn on the mat, whatever the shin does.
        shin = multiply(world, turns[_INDEX[middle]])
        turns[_INDEX[tip]] = multiply(inverse(shin), hold.foot)


def _any_across(along: Vec) -> Vec:
    return unit(cross(along, (0.0, 0.0, 1.0)) if abs(along[2]) < 0.9 else cross(along, (1, 0, 0)))


# How far below its joint each part of the body reaches (its half thickness with the
# outline), so the body can be laid on the mat; the torso is measured by its cross-sections.
REACH_BELOW = {"head": 7.6, "hand": 3.2, "toe": 3.0, "ankle": 3.7, "knee": 5.4, "elbow": 3.7}


def body_of(pose: Pose, resting: frozenset[str] = frozenset()) -> Body:
    """Every joint of `pose` in the world: posed, holds kept, laid on the mat at its anchor.

    The limbs in `resting` (left_foot, right_hand...) and any held on the mat rest on it by
    themselves, so the rest of the body is laid down without them.
    """
    turns = list(pose.turns)
    joints, frames = _forward(pose, turns)
    on_body = [h for h in pose.holds if h.on != "mat"]
    on_mat = [h for h in pose.holds if h.on == "mat"]
    if on_body:
        body = Body(pose, joints, frames)
        for hold in on_body:
            frame = frames["upper_back" if hold.elbow_with == "chest" else "pelvis"]
            elbow_way = rotate(frame, hold.elbow)
            _solve(turns, joints, frames, hold, body.point(hold.on, hold.at), elbow_way)
        joints, frames = _forward(pose, turns)
    # Laid down: the lowest part not standing on the mat by itself touches what it rests on.
    cut = sections(joints, frames)
    lowest = torso_lowest(cut, frames)
    if pose.rests_at == 0.0:
        # Propped on a box, the torso lies on it and the arms and legs hang where they are.
        lowest = min(lowest, _lowest_limb(joints, resting | {h.limb for h in on_mat}))
    anchor = joints[pose.anchor]
    shift = (pose.x - anchor[0], pose.rests_at - lowest, pose.z - anchor[2])
    joints = {name: add(point, shift) for name, point in joints.items()}
    torso = moved(cut, shift)
    if on_mat:
        for hold in on_mat:
            elbow_way = rotate(frames["pelvis"], hold.elbow)
            _solve(turns, joints, frames, hold, hold.at, elbow_way)
        joints, frames = _forward(pose, turns)
        joints = {name: add(point, shift) for name, point in joints.items()}
    return Body(pose, joints, frames, torso)


def _lowest_limb(joints: dict[str, Vec], resting: frozenset[str]) -> float:
    skipped = set()
    for limb in resting:
        side, part = limb.split("_")
        skipped |= {f"{side}_{joint}" for joint in _RESTING[part]}
    lowest = math.inf
    for name, point in joints.items():
        kind = kind_of(name)
        if kind in REACH_BELOW and name not in skipped:
            lowest = min(lowest, point[1] - REACH_BELOW[kind])
    return lowest


# The joints of a hand or foot resting on the mat by itself, left out when laying the body.
_RESTING = {"foot": ("ankle", "toe"), "hand": ("hand", "elbow")}
