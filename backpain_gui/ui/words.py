"""Numbers and names put into the words the screens show."""

from __future__ import annotations

import math

from backpain_gui.content.model import Side, Variant

SIDE_WORDS = {Side.LEFT: "Left side", Side.RIGHT: "Right side"}

VARIANT_WORDS = {
    Variant.STANDARD: "Standard",
    Variant.MODIFICATION: "Modification",
    Variant.SUPPORTED: "Supported",
    Variant.PROGRESSION: "Progression",
}


def clock_text(seconds: float) -> str:
    """Seconds as m:ss, rounded up so a countdown never shows 0:00 while time is left."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(seconds: float) -> str:
    """A length in the plan's words: 'about 4 min', or seconds under a minute."""
    if seconds < 60:
        return f"{math.ceil(seconds)} s"
    return f"{round(seconds / 60)} min"
