"""A skeleton in the picture's plane: a pose is joint angles, the body is where the joints land.

Angles are in degrees. The drawing's x axis points right and y points up; a direction is
measured counterclockwise from pointing right. A standing figure faces right: its front is
on the clockwise side of its spine. Flexion (bending forward, knee bending) is positive.
Lengths are in units of one hundredth of the person's height.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

Point = tuple[float, float]

# Segment lengths, from adult proportions (Winter, "Biomechanics of Human Movement").
PELVIS = 6.0  # hip joints to the base of the spine
LOWER_BACK = 10.0  # base of the spine to the bottom of the ribcage
MIDDLE_BACK = 7.5  # bottom of the ribcage to the middle of the chest
UPPER_BACK = 7.5  # middle of the chest to the base of the neck
NECK = 10.5  # base of the neck to the middle of the head
# In a neutral spine the head sits forward of the base of the neck: the neck leans this much
# (degrees) towards the front of the upper back's line, with the neck's own bend at 0.
NECK_LEAN = 15.0
THIGH = 24.5
SHIN = 24.5
FOOT = 12.5  # ankle to toes
UPPER_ARM = 18.5
FOREARM = 16.5  # elbow to the middle of the hand

# The shoulder joint sits this far up the upper back, just below the base of the neck, and
# this far in front of the spine when seen from the side.
SHOULDER_ALONG = 0.65
SHOULDER_FORWARD = 4.0
# How far each shoulder and hip joint is from the body's midline when seen from the front.
SHOULDER_SPREAD = 11.0
HIP_SPREAD = 6.5

Bone = tuple[str, str, float]

# Every bone, as (from joint, to joint, length): the lengths a pose can never change.
SPINE: tuple[Bone, ...] = (
    ("pelvis", "sacrum", PELVIS),
    ("sacrum", "waist", LOWER_BACK),
    ("waist", "chest", MIDDLE_BACK),
    ("chest", "neck", UPPER_BACK),
    ("neck", "head", NECK),
)
# The near limbs; each has a far twin whose joints are named with "far_" in front.
LIMBS: tuple[Bone, ...] = (
    ("hip", "knee", THIGH),
    ("knee", "ankle", SHIN),
    ("ankle", "toe", FOOT),
    ("shoulder", "elbow", UPPER_ARM),
    ("elbow", "hand", FOREARM),
)
# The pose's number for how far each limb bone (named by its first joint) leaves the picture.
OUT_OF_PICTURE = {
    "hip": "thigh_out",
    "knee": "shin_out",
    "shoulder": "upper_arm_out",
    "elbow": "forearm_out",
}
BONES: tuple[Bone, ...] = (
    *SPINE,
    *LIMBS,
    *((f"far_{start}", f"far_{end}", length) for start, end, length in LIMBS),
)
JOINTS: tuple[str, ...] = tuple(dict.fromkeys(name for bone in BONES for name in bone[:2]))


@dataclass(frozen=True, slots=True)
class Pose:
    """A body position: where it stands on the mat, how its spine and limbs bend, how it turns."""

    # Where the anchor joint is along the mat; the figure always rests on the mat.
    x: float = 0.0
    # The direction of the pelvis, from the hip joints to the base of the spine; the spine's
    # bones then bend each from the one below.
    pelvis: float = 90.0
    lower_back: float = 0.0
    middle_back: float = 0.0
    upper_back: float = 0.0
    neck: float = 0.0
    hip: float = 0.0
    knee: float = 0.0
    # 0 is the foot at a right angle to the shin; positive lifts the toes.
    ankle: float = 0.0
    far_hip: float = 0.0
    far_knee: float = 0.0
    far_ankle: float = 0.0
    shoulder: float = 0.0
    elbow: float = 0.0
    far_shoulder: float = 0.0
    far_elbow: float = 0.0
    # How far a limb bone turns out of the picture, towards the viewer or away; drawn
    # shorter by the cosine of it, as it is seen. 0 keeps it in the picture's plane.
    thigh_out: float = 0.0
    shin_out: float = 0.0
    upper_arm_out: float = 0.0
    forearm_out: float = 0.0
    far_thigh_out: float = 0.0
    far_shin_out: float = 0.0
    far_upper_arm_out: float = 0.0
    far_forearm_out: float = 0.0
    # 0 shows the chest or pelvis from the side, 1 from the front; the near shoulder or hip
    # moves towards the back as it grows, as when the body turns to face the viewer.
    chest_turn: float = 0.0
    pelvis_turn: float = 0.0
    # 0 is the face in profile towards the front, 0.5 towards the viewer, 1 towards the back.
    head_turn: float = 0.0
    # The joint kept at `x`; not interpolated.
    anchor: str = "pelvis"


NUMBERS: tuple[str, ...] = tuple(f.name for f in fields(Pose) if f.name != "anchor")


def between(start: Pose, end: Pose, progress: float) -> Pose:
    """The pose `progress` (0..1) of the way from `start` to `end`, joint by joint."""
    # Weighted this way, 0 and 1 give the two poses exactly, not to within rounding.
    changed = {
        name: a * (1.0 - progress) + b * progress
        for name in NUMBERS
        if (a := getattr(start, name)) != (b := getattr(end, name))
    }
    return replace(end, **changed)


def distance(a: Pose, b: Pose) -> float:
    """How far apart two poses are, in degrees of joint movement (turns count 90 per unit)."""
    total = 0.0
    for name in NUMBERS:
        weight = 90.0 if name.endswith("turn") else 1.0
        total += abs(getattr(a, name) - getattr(b, name)) * weight
    return total


def _step(start: Point, degrees: float, length: float) -> Point:
    angle = math.radians(degrees)
    return (start[0] + length * math.cos(angle), start[1] + length * math.sin(angle))


@dataclass(frozen=True, slots=True)
class Body:
    """Where every joint of a pose is, with the pelvis at the origin, and each bone's direction."""

    pose: Pose
    joints: dict[str, Point]
    directions: dict[str, float]

    def front(self, segment: str) -> Point:
        """The unit vector pointing to the front of the body, across `segment`."""
        angle = math.radians(self.directions[segment] - 90.0)
        return (math.cos(angle), math.sin(angle))


def _limb_directions(pose: Pose, pelvis: float, chest: float) -> dict[str, float]:
    """Each limb bone's direction, from the pelvis's and the upper chest's."""
    directions: dict[str, float] = {}
    for side in ("", "far_"):
        thigh = pelvis + 180.0 + getattr(pose, f"{side}hip")
        shin = thigh - getattr(pose, f"{side}knee")
        directions[f"{side}hip"] = thigh
        directions[f"{side}knee"] = shin
        directions[f"{side}ankle"] = shin + 90.0 + getattr(pose, f"{side}ankle")
        upper_arm = chest + 180.0 + getattr(pose, f"{side}shoulder")
        directions[f"{side}shoulder"] = upper_arm
        directions[f"{side}elbow"] = upper_arm + getattr(pose, f"{side}elbow")
    return directions


def _spine_directions(pose: Pose) -> dict[str, float]:
    """Each spine bone's direction, named by the joint it starts from."""
    direction = pose.pelvis
    directions = {"pelvis": direction}
    bends = (pose.lower_back, pose.middle_back, pose.upper_back, pose.neck)
    for (start, _, _), bend in zip(SPINE[1:], bends, strict=True):
        # Flexion turns a bone clockwise from the one below, towards the front.
        direction -= bend
        if start == "neck":
            # The lean is a forward one, out of the picture once the chest faces the viewer.
            direction -= NECK_LEAN * (1.0 - min(1.0, abs(pose.chest_turn)))
        directions[start] = direction
    return directions


def body_of(pose: Pose) -> Body:
    """Every joint of `pose`, worked out bone by bone from the pelvis outwards."""
    directions = _spine_directions(pose)
    directions.update(_limb_directions(pose, pose.pelvis, directions["chest"]))
    joints: dict[str, Point] = {"pelvis": (0.0, 0.0)}
    for start, end, length in SPINE:
        joints[end] = _step(joints[start], directions[start], length)
    body = Body(pose, joints, directions)
    # Turned towards the viewer, the near shoulder and hip move to the back, the far ones
    # forward; from the side, the shoulders sit in front of the spine.
    chest = _step(joints["chest"], directions["chest"], UPPER_BACK * SHOULDER_ALONG)
    front = body.front("chest")
    forward = SHOULDER_FORWARD * (1.0 - min(1.0, abs(pose.chest_turn)))
    chest = (chest[0] + front[0] * forward, chest[1] + front[1] * forward)
    hips, across_hips = joints["pelvis"], body.front("pelvis")
    for side, sign in (("", -1.0), ("far_", 1.0)):
        spread = sign * SHOULDER_SPREAD * pose.chest_turn
        joints[f"{side}shoulder"] = (chest[0] + front[0] * spread, chest[1] + front[1] * spread)
        spread = sign * HIP_SPREAD * pose.pelvis_turn
        joints[f"{side}hip"] = (
            hips[0] + across_hips[0] * spread,
            hips[1] + across_hips[1] * spread,
        )
        for start, end, length in LIMBS:
            out = getattr(pose, side + OUT_OF_PICTURE[start]) if start in OUT_OF_PICTURE else 0.0
            seen = length * math.cos(math.radians(out))
            joints[side + end] = _step(joints[side + start], directions[side + start], seen)
    return body
