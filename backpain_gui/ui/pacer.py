"""The breath pacer: a calm disc that grows on the in-breath, shrinks on the out, rests on hold.

It paints from its state alone (`paint_pacer`); it owns no timer. The session driver hands it
a new `PacerState` computed from the engine's phase progress each frame, so it never drifts
from the clock and freezes exactly where a pause caught it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
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
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.content.model import Breath
from backpain_gui.ui.contrast import mix, standing_out, stands_out
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords

# The disc never vanishes: at empty lungs it is this share of its full size.
SMALLEST = 0.38

BREATH_WORDS = TranslatedWords(
    "Pacer",
    {
        Breath.IN: QT_TRANSLATE_NOOP("Pacer", "Breathe in"),
        Breath.OUT: QT_TRANSLATE_NOOP("Pacer", "Breathe out"),
        Breath.HOLD: QT_TRANSLATE_NOOP("Pacer", "Hold"),
        Breath.NONE: "",
    },
)

# Soft, mid-light hues; on screen each is darkened or lightened as far as the theme needs for
# 3:1 against the window (see `disc_colour`).
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


def disc_radius(geometry: PacerGeometry, level: float) -> float:
    """The disc's radius at lungs `level` full (0..1)."""
    return geometry.full * (SMALLEST + (1.0 - SMALLEST) * min(1.0, max(0.0, level)))


def paint_backdrop(painter: QPainter, rect: QRectF, state: PacerState, palette: QPalette) -> None:
    """The still part: the background, a faint ring that marks full lungs, and the words.

    It changes only with the words, the breath's colour, the size or the theme.
    """
    background = palette.color(QPalette.ColorRole.Window)
    painter.fillRect(rect, background)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    geometry = pacer_geometry(rect)
    painter.setPen(QPen(ring_colour(state, palette), max(2.0, geometry.full / 58)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(geometry.centre, geometry.full, geometry.full)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.setFont(words_font(painter.font(), geometry, state.words))
    painter.drawText(geometry.words_box, Qt.AlignmentFlag.AlignCenter, state.words)


def paint_disc(painter: QPainter, rect: QRectF, state: PacerState, palette: QPalette) -> None:
    """The moving part: the disc at the lungs' level and the seconds left in its middle."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    geometry = pacer_geometry(rect)
    radius = disc_radius(geometry, state.level)
    # A light fill, so the seconds (in the theme's text colour) read on the disc.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(disc_colour(state, palette))
    painter.drawEllipse(geometry.centre, radius, radius)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    painter.setFont(seconds_font(painter.font(), geometry))
    painter.drawText(seconds_box(geometry), Qt.AlignmentFlag.AlignCenter, seconds_text(state))


def paint_pacer(painter: QPainter, rect: QRectF, state: PacerState, palette: QPalette) -> None:
    """Paint the pacer for `state` into `rect`."""
    paint_backdrop(painter, rect, state, palette)
    paint_disc(painter, rect, state, palette)


def disc_colour(state: PacerState, palette: QPalette) -> QColor:
    """The disc's fill: the breath's colour half mixed into the window's, soft on the eye;
    where that is too faint for the theme, the breath's own colour darkened or lightened, so
    that the disc stands 3:1 apart from the window and the seconds 3:1 apart from the disc.

    Mixed, not translucent: opaque colours paint several times faster, 60 times a second.
    """
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    breath = pacer_colour(state, palette)
    soft = QColor(mix(breath, window, 0.5).rgb())
    if stands_out(soft, window, text):
        return soft
    return standing_out(breath, window, text)


def ring_colour(state: PacerState, palette: QPalette) -> QColor:
    """The ring that marks full lungs: lighter than the disc where the theme allows, never
    under 3:1 against the window."""
    window = palette.color(QPalette.ColorRole.Window)
    breath = pacer_colour(state, palette)
    soft = QColor(mix(breath, window, 0.35).rgb())
    return soft if stands_out(soft, window) else standing_out(breath, window)


def words_font(base: QFont, geometry: PacerGeometry, words: str) -> QFont:
    """The bold font of the breath's words: as tall as the strip allows, narrow enough to fit."""
    box = geometry.words_box
    font = QFont(base)
    font.setBold(True)
    font.setPixelSize(max(10, round(box.height() * 0.62)))
    # A long caption shrinks to the width rather than being cut at both ends.
    width = QFontMetricsF(font).horizontalAdvance(words)
    if width > box.width() * 0.96:
        font.setPixelSize(max(10, int(font.pixelSize() * box.width() * 0.96 / width)))
    return font


def seconds_font(base: QFont, geometry: PacerGeometry) -> QFont:
    """The bold font of the seconds left, sized to the disc."""
    font = QFont(base)
    font.setBold(True)
    font.setPixelSize(max(10, round(geometry.full * 0.42)))
    return font


def seconds_box(geometry: PacerGeometry) -> QRectF:
    """The smallest disc's inner band: the seconds fit inside it at every lung level."""
    inner = geometry.full * SMALLEST * 0.7
    return QRectF(
        geometry.centre.x() - geometry.full,
        geometry.centre.y() - inner,
        2 * geometry.full,
        2 * inner,
    )


def seconds_text(state: PacerState) -> str:
    """The whole seconds left, rounded up, as shown in the disc."""
    return str(math.ceil(state.seconds_left))


@dataclass(frozen=True, slots=True)
class _Layout:
    """The pacer's parts for one size, font and theme, worked out once rather than each frame."""

    geometry: PacerGeometry
    seconds_font: QFont
    seconds_box: QRectF
    text: QColor


def _seconds_stamp(
    text: str, layout: _Layout, fill: QColor, ratio: float
) -> tuple[QPoint, QPixmap] | None:
    """The seconds drawn once on the disc's `fill`, and where to copy them; None if too wide.

    Digits this big are drawn as outlines, not from Qt's glyph cache, and that costs more
    than the rest of a frame. A copy gives the same pixels as long as it lies wholly on the
    disc's plain fill: inside the smallest disc, short of its smoothed edge.
    """
    metrics = QFontMetricsF(layout.seconds_font)
    line = metrics.boundingRect(layout.seconds_box, Qt.AlignmentFlag.AlignCenter, text)
    # The digits' ink, on the line where drawText puts it, and a margin for its smooth edge.
    ink = metrics.tightBoundingRect(text).translated(line.left(), line.top() + metrics.ascent())
    area = ink.adjusted(-2, -2, 2, 2).toAlignedRect()
    centre, reach = layout.geometry.centre, layout.geometry.full * SMALLEST - 2
    corners = (area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight())
    if any(math.hypot(c.x() - centre.x(), c.y() - centre.y()) > reach for c in corners):
        return None
    stamp = QPixmap(area.size() * ratio)
    stamp.setDevicePixelRatio(ratio)
    stamp.fill(fill)
    painter = QPainter(stamp)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-area.left(), -area.top())
    painter.setPen(layout.text)
    painter.setFont(layout.seconds_font)
    painter.drawText(layout.seconds_box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return area.topLeft(), stamp


class PacerWidget(QWidget):
    """The pacer on screen. Signals: `clicked()` when the user clicks or taps it.

    It paints what `paint_pacer` paints, pixel for pixel, but keeps what does not move: the
    ring and words in one pixmap, each number of seconds in another, and while only the
    lungs' level or the seconds change it repaints only the disc's square.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = PacerState()
        # None means "work it out again at the next paint": after a new size, theme or font,
        # or (the backdrop and the disc's colour) new words, breath or pause.
        self._layout: _Layout | None = None
        self._backdrop: QPixmap | None = None
        self._disc_colour: QColor | None = None
        # The seconds on the disc's colour, by their text; None where they do not fit.
        self._seconds: dict[str, tuple[QPoint, QPixmap] | None] = {}
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
        """Show `state`; repaints only what changed: the disc's square, unless the words did."""
        old, self._state = self._state, state
        if state == old:
            return
        seconds = seconds_text(state)
        if (state.words, seconds) != (old.words, seconds_text(old)):
            self.setAccessibleDescription(f"{state.words}, {seconds}")
        if (state.words, state.breath, state.paused) != (old.words, old.breath, old.paused):
            self._backdrop = self._disc_colour = None
            self._seconds.clear()
            self.update()
        elif state.level != old.level or seconds != seconds_text(old):
            # The seconds sit inside even the smallest disc, so the larger of the two discs'
            # squares holds every pixel that changed.
            self.update(self.disc_rect(max(state.level, old.level)))

    def disc_rect(self, level: float) -> QRect:
        """The pixels the disc covers at lungs `level` full, its smoothed edge included."""
        geometry = self._layout_now().geometry
        radius = disc_radius(geometry, level) + 2
        centre = geometry.centre
        return QRectF(
            centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius
        ).toAlignedRect()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._forget()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LOOK_CHANGES:
            self._forget()
        super().changeEvent(event)

    def _forget(self) -> None:
        self._layout = self._backdrop = self._disc_colour = None
        self._seconds.clear()

    def _layout_now(self) -> _Layout:
        if self._layout is None:
            geometry = pacer_geometry(QRectF(self.rect()))
            self._layout = _Layout(
                geometry,
                seconds_font(self.font(), geometry),
                seconds_box(geometry),
                self.palette().color(QPalette.ColorRole.WindowText),
            )
        return self._layout

    def _backdrop_now(self) -> QPixmap:
        if self._backdrop is None:
            ratio = self.devicePixelRatioF()
            self._backdrop = QPixmap(self.size() * ratio)
            self._backdrop.setDevicePixelRatio(ratio)
            painter = QPainter(self._backdrop)
            painter.setFont(self.font())
            paint_backdrop(painter, QRectF(self.rect()), self._state, self.palette())
            painter.end()
        return self._backdrop

    def paintEvent(self, event: QPaintEvent) -> None:
        # The steps of paint_pacer, with what does not move taken from the caches.
        layout = self._layout_now()
        if self._disc_colour is None:
            self._disc_colour = disc_colour(self._state, self.palette())
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop_now())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._disc_colour)
        radius = disc_radius(layout.geometry, self._state.level)
        painter.drawEllipse(layout.geometry.centre, radius, radius)
        text = seconds_text(self._state)
        if text not in self._seconds:
            self._seconds[text] = _seconds_stamp(
                text, layout, self._disc_colour, self.devicePixelRatioF()
            )
        stamp = self._seconds[text]
        if stamp is None:
            painter.setPen(layout.text)
            painter.setFont(layout.seconds_font)
            painter.drawText(layout.seconds_box, Qt.AlignmentFlag.AlignCenter, text)
        else:
            painter.drawPixmap(*stamp)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


# What the cached ring, words and seconds were worked out from: a change draws them again.
_LOOK_CHANGES = {
    QEvent.Type.PaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.DevicePixelRatioChange,
}
