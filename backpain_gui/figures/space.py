"""Points, directions and rotations in three dimensions: the small vector and quaternion kit
the skeleton is posed with.

Plain tuples and functions, so a frame of the moving figure spends its time on arithmetic
rather than on objects. A quaternion is (w, x, y, z) and always of unit length here.
"""

from __future__ import annotations

import math

Vec = tuple[float, float, float]
Quat = tuple[float, float, float, float]

IDENTITY: Quat = (1.0, 0.0, 0.0, 0.0)
X: Vec = (1.0, 0.0, 0.0)
Y: Vec = (0.0, 1.0, 0.0)
Z: Vec = (0.0, 0.0, 1.0)


def add(a: Vec, b: Vec) -> Vec:
    """a + b."""
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    """a - b."""
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    """a times k."""
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    """The dot product."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    """The cross product."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    """How long a is."""
    return math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2])


def unit(a: Vec, fallback: Vec = Y) -> Vec:
    """a scaled to length 1; `fallback` for a vector too short to have a direction."""
    size = length(a)
    return fallback if size < 1e-9 else (a[0] / size, a[1] / size, a[2] / size)


def axis_angle(axis: Vec, degrees: float) -> Quat:
    """The rotation by `degrees` about the unit vector `axis`, anticlockwise seen from its tip."""
    half = math.radians(degrees) / 2
    s = math.sin(half)
    return (math.cos(half), axis[0] * s, axis[1] * s, axis[2] * s)


def multiply(a: Quat, b: Quat) -> Quat:
    """The rotation b, then a (b within a's turned frame)."""
    aw, ax, ay, az = a
    bw, bx, by, bz = b
    return (
        aw * bw - ax * bx - ay * by - az * bz,
        aw * bx + ax * bw + ay * bz - az * by,
        aw * by - ax * bz + ay * bw + az * bx,
        aw * bz + ax * by - ay * bx + az * bw,
    )


def inverse(q: Quat) -> Quat:
    """The rotation back."""
    return (q[0], -q[1], -q[2], -q[3])


def rotate(q: Quat, v: Vec) -> Vec:
    """`v` turned by `q`."""
    w, x, y, z = q
    # v + 2w(u x v) + 2 u x (u x v), u the quaternion's vector part.
    tx = 2 * (y * v[2] - z * v[1])
    ty = 2 * (z * v[0] - x * v[2])
    tz = 2 * (x * v[1] - y * v[0])
    return (
        v[0] + w * tx + y * tz - z * ty,
        v[1] + w * ty + z * tx - x * tz,
        v[2] + w * tz + x * ty - y * tx,
    )


def slerp(a: Quat, b: Quat, t: float) -> Quat:
    """The rotation `t` (0..1) of the way from a to b, along the shorter way round."""
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    cos = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]
    if cos < 0.0:
        b, cos = (-b[0], -b[1], -b[2], -b[3]), -cos
    if cos > 0.9995:
        # Nearly the same: a straight line is as good and cannot divide by nothing.
        mixed = tuple(p + (q - p) * t for p, q in zip(a, b, strict=True))
        size = math.sqrt(sum(c * c for c in mixed))
        return (mixed[0] / size, mixed[1] / size, mixed[2] / size, mixed[3] / size)
    angle = math.acos(cos)
    sin = math.sin(angle)
    ka, kb = math.sin((1 - t) * angle) / sin, math.sin(t * angle) / sin
    return (
        a[0] * ka + b[0] * kb,
        a[1] * ka + b[1] * kb,
        a[2] * ka + b[2] * kb,
        a[3] * ka + b[3] * kb,
    )


def angle_between(a: Quat, b: Quat) -> float:
    """How far apart two rotations are, in degrees (0..180)."""
    cos = abs(a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3])
    return math.degrees(2 * math.acos(min(1.0, cos)))


def from_axes(x: Vec, y: Vec, z: Vec) -> Quat:
    """The rotation that turns the X, Y and Z axes into the orthonormal x, y and z."""
    m00, m10, m20 = x
    m01, m11, m21 = y
    m02, m12, m22 = z
    trace = m00 + m11 + m22
    if trace > 0:
        s = 2 * math.sqrt(trace + 1.0)
        q = (s / 4, (m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s)
    elif m00 > m11 and m00 > m22:
        s = 2 * math.sqrt(1.0 + m00 - m11 - m22)
        q = ((m21 - m12) / s, s / 4, (m01 + m10) / s, (m02 + m20) / s)
    elif m11 > m22:
        s = 2 * math.sqrt(1.0 + m11 - m00 - m22)
        q = ((m02 - m20) / s, (m01 + m10) / s, s / 4, (m12 + m21) / s)
    else:
        s = 2 * math.sqrt(1.0 + m22 - m00 - m11)
        q = ((m10 - m01) / s, (m02 + m20) / s, (m12 + m21) / s, s / 4)
    size = math.sqrt(sum(c * c for c in q))
    return (q[0] / size, q[1] / size, q[2] / size, q[3] / size)


def mirrored(q: Quat) -> Quat:
    """The rotation seen in a mirror across the body's midline (z to -z)."""
    return (q[0], -q[1], -q[2], q[3])
