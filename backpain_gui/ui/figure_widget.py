"""The moving figure: the exercise's person, drawn live as they move through the phase.

It paints from its state alone, like the pacer: every frame, the session screen hands it the
phase's illustration, the one before it (where the figure starts from), and how far through
the phase it is. The figure moves with the same eased progress as the breath pacer, so it
rises as the disc grows and settles as it shrinks. It draws the same shapes in the same
colours as the still pictures (backpain_gui/figures/), so switching between the two changes
nothing but the movement.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.figures.colours import FILLS, OPACITY, OUTLINE
from backpain_gui.figures.drawing import Layer, Paint, figure_of
from backpain_gui.figures.illustration import Frame, Illustration, mat, pose_during
from backpain_gui.figures.skeleton import Point, Pose
from backpain_gui.ui.pacer import ease

_OUTLINE = QColor(OUTLINE)
_FILLS = {paint: QColor(colour) for paint, colour in FILLS.items()}


def _mat_on(window: QColor) -> QColor:
    """The mat's colour as it looks over the `window` colour."""
    mat_colour, share = _FILLS[Paint.MAT], OPACITY[Paint.MAT]
    return QColor.fromRgbF(
        *(
            back + (front - back) * share
            for front, back in (
                (mat_colour.redF(), window.redF()),
                (mat_colour.greenF(), window.greenF()),
                (mat_colour.blueF(), window.blueF()),
            )
        )
    )


@dataclass(frozen=True, slots=True)
class FigureState:
    """What the figure shows: a phase's illustration, where it began, how far it has got."""

    during: Illustration
    # The pose the phase began in; None shows the illustration's own still pose.
    start: Pose | None = None
    # How far through the phase (0..1), before easing.
    progress: float = 1.0
    dimmed: bool = False
    # Faces the other way, for the second side of a two-sided exercise.
    mirrored: bool = False

    def pose(self) -> Pose:
        """The pose to draw now."""
        if self.start is None:
            return self.during.pose
        return pose_during(self.start, self.during, ease(self.progress))


def frame_transform(frame: Frame, box: QRectF, mirrored: bool = False) -> QTransform:
    """Maps the drawing's `frame` (y up) onto the middle of `box`, 4:3 kept, y down."""
    scale = min(box.width() / frame.width, box.height() / frame.height)
    centre = box.center()
    # Frame centre to the origin, flip y (and x when mirrored), scale, then to the box centre.
    transform = QTransform.fromTranslate(
        -(frame.left + frame.width / 2), -(frame.bottom + frame.height / 2)
    )
    transform *= QTransform.fromScale(-scale if mirrored else scale, -scale)
    transform *= QTransform.fromTranslate(centre.x(), centre.y())
    return transform


def paint_figure(painter: QPainter, box: QRectF, state: FigureState, window: QColor) -> None:
    """Paint the mat and the figure of `state` into `box` on a `window`-coloured background.

    The arrow is left out: the figure itself shows the movement.
    """
    illustration = state.during
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(frame_transform(illustration.frame, box, state.mirrored), True)
    painter.setPen(Qt.PenStyle.NoPen)
    (left, bottom), _, (right, top), _ = mat(illustration.view, illustration.frame).points
    # Blended here rather than by the painter: a see-through fill this big costs a few
    # tenths of a millisecond a frame, an opaque rectangle almost nothing.
    painter.fillRect(QRectF(left, bottom, right - left, top - bottom), _mat_on(window))
    figure = figure_of(state.pose(), illustration.moving, None, illustration.view)
    painter.translate(*figure.offset)
    for layer in figure.layers:
        _paint_layer(painter, layer)
    painter.restore()


def _paint_layer(painter: QPainter, layer: Layer) -> None:
    # Outlines first, then fills, so the layer's own parts merge into one silhouette. Shapes
    # of one colour in a row are filled together: one fill costs far more than one polygon.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillPath(_path([shape.outline for shape in layer if shape.outline]), _OUTLINE)
    # A fill's edge lies on the dark outline, where a smoothed edge cannot be told from a
    # sharp one across the room; sharp, the fills cost a fifth as much (0.1 ms a frame).
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for paint, run in groupby(layer, key=lambda shape: shape.paint):
        painter.fillPath(_path([shape.points for shape in run]), _FILLS[paint])


def _path(polygons: list[tuple[Point, ...]]) -> QPainterPath:
    path = QPainterPath()
    # Overlapping parts of one colour fill as one: winding, not odd-even, decides inside.
    path.setFillRule(Qt.FillRule.WindingFill)
    for (x, y), *rest in polygons:
        # Point by point is twice as fast as building a QPolygonF of QPointFs first.
        path.moveTo(x, y)
        for x, y in rest:
            path.lineTo(x, y)
        path.closeSubpath()
    return path


class FigureWidget(QWidget):
    """The moving figure on screen; it repaints only when what it shows has changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: FigureState | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 60)

    @property
    def state(self) -> FigureState | None:
        """What the figure shows now; None before anything was shown."""
        return self._state

    def show_movement(
        self,
        during: Illustration,
        before: Illustration | None = None,
        progress: float = 1.0,
        dimmed: bool = False,
        mirrored: bool = False,
        description: str = "",
    ) -> None:
        """Show the phase pictured by `during`, `progress` (0..1, not eased) of the way through.

        The figure starts where the movement of `before` (the previous phase's picture, or
        the start position's) ended. With no `before`, the still pose of `during` is shown,
        as for a countdown.
        """
        start = None if before is None else before.ends_in
        state = FigureState(during, start, progress, dimmed, mirrored)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
        if state != self._state:
            self._state = state
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._state is None:
            return
        painter = QPainter(self)
        box = QRectF(self.rect())
        window = self.palette().color(QPalette.ColorRole.Window)
        paint_figure(painter, box, self._state, window)
        if self._state.dimmed:
            veil = QColor(window)
            veil.setAlphaF(0.6)
            painter.fillRect(box, veil)
        painter.end()
