"""The torso's solid shape: cross-sections along a smooth curve through the spine, and two
rounded ends (the seat and the shoulders), worked out in three dimensions.

Each cross-section is an ellipse across the body, as wide as the torso is from side to side
and as deep as it is from back to front, its middle in front of the spine (which runs near
the back). The drawing projects them; the skeleton lays the lowest of them on the mat.
"""

from __future__ import annotations

import math
from itertools import pairwise

from backpain_gui.figures.space import Quat, Vec, add, rotate, scale, slerp

# Along the spine (0 the hip joints, 1 the base of the spine, 2 the bottom of the ribcage,
# 3 the middle of the chest, 4 the base of the neck): how far the cross-section's middle is
# in front of the spine, half its depth and half its width.
PROFILE = (
    (0.0, -1.0, 6.5, 10.0),
    (1.0, 1.8, 7.2, 8.8),
    (1.6, 2.2, 6.8, 7.8),
    (2.0, 2.6, 7.4, 8.5),
    (3.0, 2.75, 8.75, 11.0),
    (4.0, 1.5, 6.5, 10.8),
)
KNOTS = ("pelvis", "lower_back", "middle_back", "upper_back", "neck")
# The frame each bone of the spine turns with, from the knot it starts at.
_BONE_FRAMES = ("pelvis", "lower_back", "middle_back", "upper_back")
SAMPLES_PER_BONE = 4
# The rounded ends: where along the spine each sits, and how far it reaches along the
# spine as a share of its depth.
SEAT_AT, SEAT_LENGTH = 0.35, 0.75
SHOULDERS_AT, SHOULDERS_LENGTH = 3.65, 0.6
OUTLINE = 1.0


def _profile(along: float) -> tuple[float, float, float]:
    for (u0, *a), (u1, *b) in pairwise(PROFILE):
        if along <= u1:
            k = (along - u0) / (u1 - u0)
            return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k)
    last = PROFILE[-1]
    return last[1], last[2], last[3]


# Worked out once: the profile at every sample along the spine.
_SAMPLE_PROFILE = tuple(
    (index / SAMPLES_PER_BONE, *_profile(index / SAMPLES_PER_BONE))
    for index in range(4 * SAMPLES_PER_BONE + 1)
)

# One cross-section: its middle, its half-width and half-depth as vectors, how far along.
Section = tuple[Vec, Vec, Vec, float]
# A rounded end: its middle and its three half-axes.
Ellipsoid = tuple[Vec, Vec, Vec, Vec]


def _catmull_rom(p0: Vec, p1: Vec, p2: Vec, p3: Vec, t: float) -> Vec:
    t2, t3 = t * t, t * t * t
    return (
        0.5
        * (
            2 * p1[0]
            + (p2[0] - p0[0]) * t
            + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
            + (3 * p1[0] - p0[0] - 3 * p2[0] + p3[0]) * t3
        ),
        0.5
        * (
            2 * p1[1]
            + (p2[1] - p0[1]) * t
            + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
            + (3 * p1[1] - p0[1] - 3 * p2[1] + p3[1]) * t3
        ),
        0.5
        * (
            2 * p1[2]
            + (p2[2] - p0[2]) * t
            + (2 * p0[2] - 5 * p1[2] + 4 * p2[2] - p3[2]) * t2
            + (3 * p1[2] - p0[2] - 3 * p2[2] + p3[2]) * t3
        ),
    )


def sections(joints: dict[str, Vec], frames: dict[str, Quat]) -> tuple[Section, ...]:
    """The torso's cross-sections from the hips to the base of the neck, in the world."""
    knots = [joints[name] for name in KNOTS]
    padded = [knots[0], *knots, knots[-1]]
    bone_frames = [frames[name] for name in _BONE_FRAMES]
    # At each knot the torso turns halfway between the bones that meet there.
    knot_frames = [
        bone_frames[0],
        *(slerp(a, b, 0.5) for a, b in pairwise(bone_frames)),
        bone_frames[-1],
    ]
    result: list[Section] = []
    for along, forward, depth, width in _SAMPLE_PROFILE:
        bone = min(3, int(along))
        t = along - bone
        p0, p1, p2, p3 = padded[bone : bone + 4]
        spine = _catmull_rom(p0, p1, p2, p3, t)
        frame = slerp(knot_frames[bone], knot_frames[bone + 1], t)
        front = rotate(frame, (1.0, 0.0, 0.0))
        across = rotate(frame, (0.0, 0.0, 1.0))
        centre = add(spine, scale(front, forward))
        result.append((centre, scale(across, width), scale(front, depth), along))
    return tuple(result)


def moved(cut: tuple[Section, ...], shift: Vec) -> tuple[Section, ...]:
    """The cross-sections moved by `shift`."""
    return tuple((add(centre, shift), across, front, along) for centre, across, front, along in cut)


def ends(cut: tuple[Section, ...], frames: dict[str, Quat]) -> tuple[Ellipsoid, Ellipsoid]:
    """The seat and the shoulders: rounded ends that close the torso at either end."""
    per = SAMPLES_PER_BONE
    result = []
    for at, reach, frame in (
        (SEAT_AT, SEAT_LENGTH, frames["pelvis"]),
        (SHOULDERS_AT, SHOULDERS_LENGTH, frames["upper_back"]),
    ):
        index = round(at * per)
        centre, across, front, _ = cut[index]
        _, depth, _ = _profile(at)
        up = rotate(frame, (0.0, depth * reach * 1.6, 0.0))
        result.append((centre, across, front, up))
    return result[0], result[1]


def torso_lowest(cut: tuple[Section, ...], frames: dict[str, Quat]) -> float:
    """How low the torso of cross-sections `cut` reaches, its outline included."""
    lowest = math.inf
    for centre, across, front, _ in cut:
        lowest = min(lowest, centre[1] - math.hypot(across[1], front[1]))
    for centre, a, b, c in ends(cut, frames):
        lowest = min(lowest, centre[1] - math.sqrt(a[1] ** 2 + b[1] ** 2 + c[1] ** 2))
    return lowest - OUTLINE
