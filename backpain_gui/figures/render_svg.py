"""An illustration as SVG text: the mat and props, the figure in its layers, and the arrow."""

from __future__ import annotations

from html import escape

from backpain_gui.figures.colours import FILLS, OPACITY, OUTLINE
from backpain_gui.figures.drawing import OUTLINE_WIDTH, Layer, Point
from backpain_gui.figures.illustration import Frame, Illustration

# The picture's size in pixels; it scales to any size, this only sets its 4:3 shape.
WIDTH, HEIGHT = 400, 300


def svg_text(illustration: Illustration, title: str) -> str:
    """The SVG of `illustration`, with `title` (exercise and moment) for screen readers."""
    frame = illustration.frame
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' width="{WIDTH}" height="{HEIGHT}">',
        f"  <title>{escape(title, quote=False)}</title>",
    ]
    for layer in (*illustration.scene(), *illustration.figure().layers):
        lines += _layer(layer, frame)
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def _layer(layer: Layer, frame: Frame) -> list[str]:
    # Outlines first, then fills, so the layer's own parts merge into one silhouette.
    scale = WIDTH / frame.width
    lines = ["  <g>"]
    for shape in layer:
        if shape.line_width:
            width = (shape.line_width + 2 * OUTLINE_WIDTH) * scale
            lines.append(_polyline(shape.points, OUTLINE, width, frame))
        elif shape.outline:
            lines.append(_polygon(shape.outline, OUTLINE, frame))
    for shape in layer:
        colour = FILLS[shape.paint]
        if shape.line_width:
            lines.append(_polyline(shape.points, colour, shape.line_width * scale, frame))
        else:
            lines.append(_polygon(shape.points, colour, frame, OPACITY.get(shape.paint)))
    lines.append("  </g>")
    return lines


def _coordinates(points: tuple[Point, ...], frame: Frame) -> str:
    scale = WIDTH / frame.width
    top = frame.bottom + frame.height
    return " ".join(f"{(x - frame.left) * scale:.1f},{(top - y) * scale:.1f}" for x, y in points)


def _polygon(
    points: tuple[Point, ...], colour: str, frame: Frame, opacity: float | None = None
) -> str:
    faded = "" if opacity is None else f' opacity="{opacity}"'
    return f'    <polygon points="{_coordinates(points, frame)}" fill="{colour}"{faded}/>'


def _polyline(points: tuple[Point, ...], colour: str, width: float, frame: Frame) -> str:
    return (
        f'    <polyline points="{_coordinates(points, frame)}" fill="none" stroke="{colour}"'
        f' stroke-width="{width:.1f}" stroke-linecap="round" stroke-linejoin="round"/>'
    )
