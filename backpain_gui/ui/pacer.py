"""The breath pacer: a calm disc that grows on the in-breath, shrinks on the out, rests on hold.

It paints from its state alone (`paint_pacer`); it owns no timer. The session driver hands it
a new `PacerState` computed from the engine's phase progress each frame, so it never drifts
from the clock and freezes exactly where a pause caught it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.content.model import Breath

# The disc never vanishes: at empty lungs it is this share of its full size.
SMALLEST = 0.38

BREATH_WORDS = {
    Breath.IN: "Breathe in",
    Breath.OUT: "Breathe out",
    Breath.HOLD: "Hold",
    Breath.NONE: "",
}

# Soft, mid-light hues that read on both light and dark backgrounds.
BREATH_COLOURS = {
    Breath.IN: QColor("#3fa7a0"),
    Breath.OUT: QColor("#5b8fd6"),
    Breath.HOLD: QColor("#d9a441"),
    Breath.NONE: QColor("#8a94a6"),
}


def ease(progress: float) -> float:
    """Sine ease-in-out: breath starts and ends slowly, like a real one."""
    clamped = min(1.0, max(0.0, progress))
    return 0.5 - 0.5 * math.cos(math.pi * clamped)


def lung_level(breath: Breath | None, progress: float, level_before: float) -> float:
    """How full the lungs are (0..1) at `progress` through a phase that starts at `level_before`."""
    if breath is Breath.IN:
        return level_before + (1.0 - level_before) * ease(progress)
    if breath is Breath.OUT:
        return level_before * (1.0 - ease(progress))
    return level_before


@dataclass(frozen=True, slots=True)
class PacerState:
    """Everything the pacer shows: which breath, how full, the words and the seconds left."""

    breath: Breath | None = None
    level: float = 0.0
    seconds_left: float = 0.0
    # Shown instead of the breath word during get-ready, rest and switch-sides countdowns.
    caption: str = ""
    paused: bool = False

    @property
    def words(self) -> str:
        """The words in the disc: the breath, or the countdown's caption."""
        if self.breath is None or self.breath is Breath.NONE:
            return self.caption
        return BREATH_WORDS[self.breath]


def paint_pacer(painter: QPainter, rect: QRectF, state: PacerState, palette: QPalette) -> None:
    """Paint the pacer for `state` into `rect`."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    centre = rect.center()
    full = side / 2 * 0.96
    radius = full * (SMALLEST + (1.0 - SMALLEST) * min(1.0, max(0.0, state.level)))
    colour = QColor(BREATH_COLOURS[state.breath or Breath.NONE])
    if state.paused:
        colour = QColor(palette.color(QPalette.ColorRole.Mid))

    # A faint ring marks full lungs, so the user sees how far the breath has to go.
    ring = QColor(colour)
    ring.setAlphaF(0.35)
    painter.setPen(QPen(ring, max(2.0, side / 120)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, full, full)

    # A light fill, so the words (in the theme's text colour) read on the disc and around it.
    fill = QColor(colour)
    fill.setAlphaF(0.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(centre, radius, radius)

    _paint_words(painter, rect, state, side, palette.color(QPalette.ColorRole.WindowText))


def _paint_words(
    painter: QPainter, rect: QRectF, state: PacerState, side: float, colour: QColor
) -> None:
    painter.setPen(colour)
    words_font = QFont(painter.font())
    words_font.setPixelSize(max(10, round(side * 0.11)))
    words_font.setBold(True)
    painter.setFont(words_font)
    words_box = QRectF(rect.left(), rect.center().y() - side * 0.2, rect.width(), side * 0.16)
    painter.drawText(words_box, Qt.AlignmentFlag.AlignCenter, state.words)

    seconds_font = QFont(words_font)
    seconds_font.setPixelSize(max(10, round(side * 0.2)))
    painter.setFont(seconds_font)
    seconds_box = QRectF(rect.left(), rect.center().y() - side * 0.03, rect.width(), side * 0.24)
    painter.drawText(seconds_box, Qt.AlignmentFlag.AlignCenter, str(math.ceil(state.seconds_left)))


class PacerWidget(QWidget):
    """The pacer on screen. Signals: `clicked()` when the user clicks or taps it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = PacerState()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName("Breath pacer")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    @property
    def state(self) -> PacerState:
        """What the pacer shows now."""
        return self._state

    def show_state(self, state: PacerState) -> None:
        """Show `state`; repaints only when something visible changed."""
        if state != self._state:
            self._state = state
            self.setAccessibleDescription(f"{state.words}, {math.ceil(state.seconds_left)}")
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_pacer(painter, QRectF(self.rect()), self._state, self.palette())
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
