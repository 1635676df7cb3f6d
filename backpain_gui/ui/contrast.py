"""Colours that stand out from what is behind them, whatever the theme: WCAG's contrast ratio.

The pacer's disc and the rep dots are read from across a room, on a light theme, a dark one
or the desktop's high-contrast one. A shape that carries meaning needs 3:1 against its
background (WCAG 2.2, 1.4.11); large bold text, such as the pacer's seconds, 3:1 too.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

# WCAG's minimum for graphics and large text.
GRAPHIC_CONTRAST = 3.0
# Steps from the colour to black or white: fine enough that it moves no further than it must.
_STEPS = 40
# The luminance as far in contrast from black as from white.
_EVEN = 0.179


def luminance(colour: QColor) -> float:
    """The relative luminance of an sRGB colour, 0 for black to 1 for white (WCAG's formula)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """How far apart two colours are in lightness: 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`colour` laid over `other` at `share` opacity, as one opaque colour."""
    return QColor.fromRgbF(
        colour.redF() * share + other.redF() * (1 - share),
        colour.greenF() * share + other.greenF() * (1 - share),
        colour.blueF() * share + other.blueF() * (1 - share),
    )


def stands_out(
    colour: QColor,
    background: QColor,
    text: QColor | None = None,
    minimum: float = GRAPHIC_CONTRAST,
) -> bool:
    """Whether `colour` has `minimum` contrast with `background` (and with `text` on it)."""
    if contrast_ratio(colour, background) < minimum:
        return False
    return text is None or contrast_ratio(colour, text) >= minimum


def standing_out(
    colour: QColor,
    background: QColor,
    text: QColor | None = None,
    minimum: float = GRAPHIC_CONTRAST,
) -> QColor:
    """`colour`, made darker or lighter as little as it takes to have `minimum` contrast with
    `background` and, given `text` (what is written on it), with that too.

    Where no shade has both, the one that comes closest. The hue stays.
    """
    # In the 8 bits a channel that the screen shows, so that the ratio holds on the pixels.
    colour = QColor(colour.rgb())
    away = QColor("#000000") if luminance(background) > _EVEN else QColor("#ffffff")
    towards = QColor("#ffffff") if away.lightness() == 0 else QColor("#000000")
    best, best_score = colour, 0.0
    for step in range(_STEPS + 1):
        for far in (away, towards) if step else (away,):
            candidate = QColor(mix(far, colour, step / _STEPS).rgb())
            if stands_out(candidate, background, text, minimum):
                return candidate
            score = min(
                contrast_ratio(candidate, background),
                contrast_ratio(candidate, text) if text is not None else minimum,
            )
            if score > best_score:
                best, best_score = candidate, score
    return best
