"""The figures' colours: mid tones with a dark outline, readable on light and dark windows.

The window is #efefef in the light theme and #1f2226 in the dark one. The body's blues stand
out from the dark window by themselves and from the light one by their outline; the moving
parts are orange, which differs from the blue in hue and for colour-blind eyes alike; props
(a ball, a box, a cushion) are a warm grey-green, neither. Each comes in three flat tones,
lit, mid and in shade, from the one light.
"""

from __future__ import annotations

from backpain_gui.figures.drawing import Paint

OUTLINE = "#223246"

FILLS: dict[Paint, str] = {
    Paint.MAT: "#8a96a3",
    Paint.MAT_EDGE: "#5d6873",
    Paint.BODY_LIT: "#a9c2dc",
    Paint.BODY: "#86a5c6",
    Paint.BODY_SHADE: "#6486aa",
    Paint.MOVING_LIT: "#f7ab6e",
    Paint.MOVING: "#f08a3c",
    Paint.MOVING_SHADE: "#cd6d27",
    Paint.PROP_LIT: "#b9c99a",
    Paint.PROP: "#9aae78",
    Paint.PROP_SHADE: "#7b905b",
    Paint.ARROW: "#f08a3c",
}

# The mat lets the window show through, so it sits back in either theme.
OPACITY: dict[Paint, float] = {Paint.MAT: 0.45, Paint.MAT_EDGE: 0.6}
