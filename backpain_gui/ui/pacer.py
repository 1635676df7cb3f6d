"""The breath pacer: a calm disc that grows on the in-breath, shrinks on the out, rests on hold.

It paints from its state alone (`paint_pacer`); it owns no timer. The session driver hands it
a new `PacerState` computed from the engine's phase progress each frame, so it never drifts
from the clock and freezes exactly where a pause caught it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
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


def _mix(colour: QColor, background: QColor, share: float) -> QColor:
    """`colour` laid over `background` at `share` opacity, as one opaque colour.

    Opaque colours paint several times faster than translucent ones, which matters 60 times
    a second.
    """
    return QColor.fromRgbF(
        colour.redF() * share + background.redF() * (1 - share),
        colour.greenF() * share + background.greenF() * (1 - share),
        colour.blueF() * share + background.blueF() * (1 - share),
    )


def pacer_colour(state: PacerState, palette: QPalette) -> QColor:
    """The breath's colour, or the theme's grey while paused."""
    if state.paused:
        return QColor(palette.color(QPalette.ColorRole.Mid))
    return QColor(BREATH_COLOURS[state.breath or Breath.NONE])


@dataclass(frozen=True, slots=True)
class PacerGeometry:
    """Where the pacer's parts go in its rectangle."""

    centre: QPointF
    # The radius of the faint ring that marks full lungs.
    full: float
    # The strip above the ring that holds the breath's words.
    words_box: QRectF


def pacer_geometry(rect: QRectF) -> PacerGeometry:
    """The words in a strip above the ring, the ring below them, the pair centred in `rect`.

    The words sit outside the disc, so they never straddle its moving edge, where half a word
    would be on the disc and half on the background; the seconds sit in the disc's centre,
    inside even its smallest size.
    """
    strip = min(rect.height(), rect.width()) * 0.2
    side = max(1.0, min(rect.width(), rect.height() - strip))
    top = rect.top() + (rect.height() - strip - side) / 2
    return PacerGeometry(
        centre=QPointF(rect.center().x(), top + strip + side / 2),
        full=side / 2 * 0.96,
        words_box=QRectF(rect.left(), top, rect.width(), strip),
    )


def paint_backdrop(painter: QPainter, rect: QRectF, colour: QColor, palette: QPalette) -> None:
    """The still part: the window's background and a faint ring that marks full lungs."""
    background = palette.color(QPalette.ColorRole.Window)
    painter.fillRect(rect, background)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    geometry = pacer_geometry(rect)
    painter.setPen(QPen(_mix(colour, background, 0.35), max(2.0, geometry.full / 58)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(geometry.centre, geometry.full, geometry.full)


def paint_breath(painter: QPainter, rect: QRectF, state: PacerState, palette: QPalette) -> None:
    """The moving part: the disc at the lungs' level, the words and the seconds left."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    geometry = pacer_geometry(rect)
    level = min(1.0, max(0.0, state.level))
    radius = geometry.full * (SMALLEST + (1.0 - SMALLEST) * level)
    background = palette.color(QPalette.ColorRole.Window)
    # A light fill, so the seconds (in the theme's text colour) read on the disc.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_mix(pacer_colour(state, palette), background, 0.5))
    painter.drawEllipse(geometry.centre, radius, radius)
    _paint_words(painter, geometry, state, palette.color(QPalette.ColorRole.WindowText))


def paint_pacer(painter: QPainter, rect: QRectF, state: PacerState, palette: QPalette) -> None:
    """Paint the pacer for `state` into `rect`."""
    paint_backdrop(painter, rect, pacer_colour(state, palette), palette)
    paint_breath(painter, rect, state, palette)


def _paint_words(
    painter: QPainter, geometry: PacerGeometry, state: PacerState, colour: QColor
) -> None:
    painter.setPen(colour)
    box = geometry.words_box
    words_font = QFont(painter.font())
    words_font.setBold(True)
    words_font.setPixelSize(max(10, round(box.height() * 0.62)))
    # A long caption shrinks to the width rather than being cut at both ends.
    width = QFontMetricsF(words_font).horizontalAdvance(state.words)
    if width > box.width() * 0.96:
        words_font.setPixelSize(max(10, int(words_font.pixelSize() * box.width() * 0.96 / width)))
    painter.setFont(words_font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, state.words)

    seconds_font = QFont(words_font)
    seconds_font.setPixelSize(max(10, round(geometry.full * 0.42)))
    painter.setFont(seconds_font)
    # The smallest disc's inner square: the seconds fit inside it at every lung level.
    inner = geometry.full * SMALLEST * 0.7
    seconds_box = QRectF(
        geometry.centre.x() - geometry.full,
        geometry.centre.y() - inner,
        2 * geometry.full,
        2 * inner,
    )
    painter.drawText(seconds_box, Qt.AlignmentFlag.AlignCenter, str(math.ceil(state.seconds_left)))


class PacerWidget(QWidget):
    """The pacer on screen. Signals: `clicked()` when the user clicks or taps it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = PacerState()
        # The backdrop changes only with size, colour or theme: drawn once, then copied.
        self._backdrop = QPixmap()
        self._backdrop_key: tuple[int, int, int, int] = (0, 0, 0, 0)
        # Every pixel is painted each time, so Qt need not paint the parent underneath.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
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
            words = (state.words, math.ceil(state.seconds_left))
            if words != (self._state.words, math.ceil(self._state.seconds_left)):
                self.setAccessibleDescription(f"{words[0]}, {words[1]}")
            self._state = state
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def _backdrop_for(self, colour: QColor) -> QPixmap:
        palette = self.palette()
        key = (
            self.width(),
            self.height(),
            colour.rgba(),
            palette.color(QPalette.ColorRole.Window).rgba(),
        )
        if key != self._backdrop_key:
            ratio = self.devicePixelRatioF()
            self._backdrop = QPixmap(self.size() * ratio)
            self._backdrop.setDevicePixelRatio(ratio)
            painter = QPainter(self._backdrop)
            paint_backdrop(painter, QRectF(self.rect()), colour, palette)
            painter.end()
            self._backdrop_key = key
        return self._backdrop

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop_for(pacer_colour(self._state, self.palette())))
        paint_breath(painter, QRectF(self.rect()), self._state, self.palette())
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
