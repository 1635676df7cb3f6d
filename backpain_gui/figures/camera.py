"""Where the viewer stands, and how a point of the world lands in the picture.

A camera looks at a point of the mat from `yaw` degrees round from the mat's long side
(0 beside the mat, on the +z side; 90 at its +x end; -90 at its -x end) and `pitch`
degrees above the floor, from a few metres away, so near things look a little larger: the
mat is drawn in perspective. Picture coordinates are in body units at the point looked at,
x to the right and y up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backpain_gui.figures.space import Vec, cross, unit

# How far away the viewer stands, in body units (hundredths of the person's height): about
# four metres from a person of 1.70 m.
DISTANCE = 240.0


@dataclass(frozen=True, slots=True)
class Camera:
    """A viewpoint: round from the mat's side, up from the floor, at a point of the mat."""

    yaw: float = 0.0
    pitch: float = 10.0
    target: Vec = (0.0, 10.0, 0.0)

    def mirrored(self) -> Camera:
        """The same viewpoint seen in a mirror across the mat's middle (x to -x)."""
        return Camera(-self.yaw, self.pitch, (-self.target[0], self.target[1], self.target[2]))

    def projection(self) -> Projection:
        """The numbers that take world points into the picture."""
        yaw, pitch = math.radians(self.yaw), math.radians(self.pitch)
        towards_viewer = (
            math.sin(yaw) * math.cos(pitch),
            math.sin(pitch),
            math.cos(yaw) * math.cos(pitch),
        )
        eye = tuple(t + d * DISTANCE for t, d in zip(self.target, towards_viewer, strict=True))
        forward = (-towards_viewer[0], -towards_viewer[1], -towards_viewer[2])
        right = unit(cross(forward, (0.0, 1.0, 0.0)), (1.0, 0.0, 0.0))
        up = cross(right, forward)
        return Projection((eye[0], eye[1], eye[2]), right, up, forward)


@dataclass(frozen=True, slots=True)
class Projection:
    """A camera's eye and its three directions, ready to project with."""

    eye: Vec
    right: Vec
    up: Vec
    forward: Vec

    def point(self, p: Vec) -> tuple[float, float, float]:
        """`p` in the picture (x, y), and how far in front of the eye it is."""
        dx, dy, dz = p[0] - self.eye[0], p[1] - self.eye[1], p[2] - self.eye[2]
        r, u, f = self.right, self.up, self.forward
        depth = dx * f[0] + dy * f[1] + dz * f[2]
        k = DISTANCE / depth
        return (
            (dx * r[0] + dy * r[1] + dz * r[2]) * k,
            (dx * u[0] + dy * u[1] + dz * u[2]) * k,
            depth,
        )

    def direction(self, v: Vec, depth: float) -> tuple[float, float]:
        """A short world vector `v` as it looks in the picture at `depth`."""
        k = DISTANCE / depth
        r, u = self.right, self.up
        return (
            (v[0] * r[0] + v[1] * r[1] + v[2] * r[2]) * k,
            (v[0] * u[0] + v[1] * u[1] + v[2] * u[2]) * k,
        )

    def scale_at(self, depth: float) -> float:
        """How much larger than at the point looked at a thing at `depth` looks."""
        return DISTANCE / depth

    def towards_viewer(self, v: Vec) -> float:
        """How much of the unit vector `v` points at the viewer (1 straight at them)."""
        f = self.forward
        return -(v[0] * f[0] + v[1] * f[1] + v[2] * f[2])
