"""The figures' colours: mid tones with a dark outline, readable on light and dark windows.

The window is #efefef in the light theme and #1f2226 in the dark one. The body's mid blue
stands out from the dark window by itself and from the light one by its outline; the moving
parts are orange, which differs from the blue in hue and for colour-blind eyes alike.
"""

from __future__ import annotations

from backpain_gui.figures.drawing import Paint

OUTLINE = "#223246"

FILLS: dict[Paint, str] = {
    Paint.MAT: "#8a96a3",
    Paint.BODY: "#86a5c6",
    Paint.FAR: "#5f7fa1",
    Paint.MOVING: "#f08a3c",
    Paint.FAR_MOVING: "#c86a26",
    Paint.ARROW: "#f08a3c",
}

# The mat lets the window show through, so it sits back in either theme.
OPACITY: dict[Paint, float] = {Paint.MAT: 0.45}
