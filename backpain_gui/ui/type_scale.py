"""Type sizes that grow with the window, so the session reads from a mat three metres away."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Pixel sizes at a 768-pixel-high window (a 13-inch laptop at 1366x768); everything scales
# with the window's height from there. The instruction's 44 px is about 12 mm on such a
# screen: letters that read from 3 m.
SIZES = {
    "instruction": 44,
    "heading": 34,
    "step": 28,
    "counter": 30,
    "detail": 18,
    # The session's tip, aim and safety line under the instruction: read from the mat too,
    # if less often than the instruction.
    "tip": 24,
    "button": 20,
    "banner": 52,
    "body": 20,
}


def scaled(role: str, window_height: int) -> int:
    """The pixel size for `role` in a window `window_height` pixels high."""
    factor = max(0.6, window_height / 768)
    return max(11, round(SIZES[role] * factor))


def apply_size(widget: QWidget, role: str, window_height: int, bold: bool = False) -> None:
    """Set `widget`'s font to the size for `role`."""
    font = widget.font()
    font.setPixelSize(scaled(role, window_height))
    font.setBold(bold)
    widget.setFont(font)
