"""The moving figure: the exercise's person, drawn live as they move through the phase.

It paints from its state alone, like the pacer: every frame, the session screen hands it the
phase's illustration, the one before it (where the figure starts from), and how far through
the phase it is. The figure moves with the same eased progress as the breath pacer, so it
rises as the disc grows and settles as it shrinks. It draws the same shapes in the same
colours as the still pictures (backpain_gui/figures/), so switching between the two changes
nothing but the movement.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import groupby

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.figures.camera import Camera
from backpain_gui.figures.colours import FILLS, OPACITY, OUTLINE
from backpain_gui.figures.drawing import (
    OUTLINE_WIDTH,
    Arrow,
    Layer,
    Paint,
    Point,
    Prop,
    arrow_layer,
    figure_of,
)
from backpain_gui.figures.illustration import Frame, Illustration, phase_arrow, pose_during
from backpain_gui.figures.skeleton import Pose
from backpain_gui.ui.pacer import ease

_OUTLINE = QColor(OUTLINE)
_FILLS = {paint: QColor(colour) for paint, colour in FILLS.items()}


def _on(paint: Paint, window: QColor) -> QColor:
    """A see-through paint's colour as it looks over the `window` colour."""
    colour, share = _FILLS[paint], OPACITY.get(paint, 1.0)
    return QColor.fromRgbF(
        *(
            back + (front - back) * share
            for front, back in (
                (colour.redF(), window.redF()),
                (colour.greenF(), window.greenF()),
                (colour.blueF(), window.blueF()),
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
    # The other side of a two-sided exercise: the mirrored pose, seen by the mirrored camera,
    # which is the picture flipped left to right (tests/figures/test_skeleton.py checks it).
    mirrored: bool = False

    def pose(self) -> Pose:
        """The pose to draw now."""
        if self.start is None:
            return self.during.pose
        return pose_during(self.start, self.during, ease(self.progress))

    def arrow(self, box: QRectF) -> Arrow | None:
        """Which way the phase moves, from where it starts to where it ends, standing still
        through the phase, within what painting into `box` shows; None for a still pose, as
        nothing moves."""
        if self.start is None:
            return None
        return phase_arrow(self.start, self.during, shown_part(self.during.moving_box, box))


def frame_transform(frame: Frame, box: QRectF, mirrored: bool = False) -> QTransform:
    """Maps the drawing's `frame` (y up) onto the middle of `box`, its shape kept, y down."""
    scale = min(box.width() / frame.width, box.height() / frame.height)
    centre = box.center()
    # Frame centre to the origin, flip y (and x when mirrored), scale, then to the box centre.
    transform = QTransform.fromTranslate(
        -(frame.left + frame.width / 2), -(frame.bottom + frame.height / 2)
    )
    transform *= QTransform.fromScale(-scale if mirrored else scale, -scale)
    transform *= QTransform.fromTranslate(centre.x(), centre.y())
    return transform


def shown_part(frame: Frame, box: QRectF) -> tuple[float, float, float, float]:
    """What of the drawing painting `frame` into `box` shows, in the drawing's units (left,
    bottom, right, top): the frame, and the room the box has beside or above it."""
    shown = frame_transform(frame, box).inverted()[0].mapRect(box)
    return (shown.left(), shown.top(), shown.right(), shown.bottom())


@dataclass(frozen=True, slots=True)
class _Look:
    """What decides the figure's pixels: two states with the same look paint alike."""

    pose: Pose
    moving: frozenset[str]
    arrow: Arrow | None
    camera: Camera
    frame: Frame
    props: tuple[Prop, ...]
    dimmed: bool
    mirrored: bool


class _Drawing:
    """A figure's filled paths, built once per pose, in the drawing's own units (y up)."""

    def __init__(self, look: _Look) -> None:
        figure = figure_of(look.pose, look.moving, None, look.camera, look.props)
        self.layers = [_layer_paths(layer) for layer in figure.layers]
        if look.arrow is not None:
            self.layers.append(_arrow_paths(look.arrow))
        bounds = QRectF()
        for outline, fills in self.layers:
            for path in (outline, *(path for _, path in fills)):
                bounds = bounds.united(path.boundingRect())
        # Where the figure's pixels can be, so a new pose repaints only the old and new figures.
        self.bounds = bounds


def _scene(look: _Look) -> tuple[object, ...]:
    """What stays the same when only the pose changes: the mat and props, veil and facing."""
    return look.camera, look.frame, look.props, look.dimmed, look.mirrored


def _look_of(state: FigureState, arrow: Arrow | None) -> _Look:
    during = state.during
    return _Look(
        state.pose(),
        during.moving,
        arrow,
        during.camera,
        during.moving_box,
        during.props,
        state.dimmed,
        state.mirrored,
    )


def paint_scene(
    painter: QPainter, box: QRectF, illustration: Illustration, mirrored: bool, window: QColor
) -> None:
    """The still part: `box` in the `window` colour, the mat of `illustration` on it, and the
    box or cushion it stands on."""
    painter.fillRect(box, window)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The mat reaches past the figure; painted into part of a larger picture (a sheet of
    # frames), it stays in its box.
    painter.setClipRect(box)
    transform = frame_transform(illustration.moving_box, box, mirrored)
    painter.setTransform(transform, True)
    painter.setPen(Qt.PenStyle.NoPen)
    for layer in illustration.scene():
        outline, fills = _layer_paths(layer)
        painter.fillPath(outline, _OUTLINE)
        for paint, path in fills:
            # Blended here rather than by the painter: the scene is drawn once, but the
            # colours then match the SVG's see-through mat exactly on either theme.
            painter.fillPath(path, _on(paint, window))
    painter.restore()


def paint_drawing(
    painter: QPainter, box: QRectF, illustration: Illustration, drawing: _Drawing, mirrored: bool
) -> None:
    """The moving part: the figure `drawing` and its arrow, framed as `illustration` into `box`."""
    painter.save()
    painter.setTransform(frame_transform(illustration.moving_box, box, mirrored), True)
    painter.setPen(Qt.PenStyle.NoPen)
    for outline, fills in drawing.layers:
        # Outlines first, then fills, so the layer's own parts merge into one silhouette.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(outline, _OUTLINE)
        # A fill's edge lies on the dark outline, where a smoothed edge cannot be told from a
        # sharp one across the room; sharp, the fills cost a fifth as much (0.1 ms a frame).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for paint, path in fills:
            painter.fillPath(path, _FILLS[paint])
    painter.restore()


def paint_veil(painter: QPainter, box: QRectF, window: QColor) -> None:
    """The paused look: the window's colour laid over everything at 60%."""
    veil = QColor(window)
    veil.setAlphaF(0.6)
    painter.fillRect(box, veil)


def paint_figure(painter: QPainter, box: QRectF, state: FigureState, window: QColor) -> None:
    """Paint `state` into `box` from nothing: the window's colour, the mat, the figure, the veil.

    FigureWidget paints the same pixels from its caches; this is the plain way, kept for the
    tests that check the two agree and for anything that paints a figure once.
    """
    paint_scene(painter, box, state.during, state.mirrored, window)
    paint_drawing(
        painter, box, state.during, _Drawing(_look_of(state, state.arrow(box))), state.mirrored
    )
    if state.dimmed:
        paint_veil(painter, box, window)


def _layer_paths(layer: Layer) -> tuple[QPainterPath, list[tuple[Paint, QPainterPath]]]:
    # Shapes of one colour in a row are filled together: one fill costs far more than one
    # polygon. Every shape of a figure is a filled polygon; the arrow is drawn by _arrow_paths.
    outline = _path([shape.outline for shape in layer if shape.outline])
    fills = [
        (paint, _path([shape.points for shape in run]))
        for paint, run in groupby(layer, key=lambda shape: shape.paint)
    ]
    return outline, fills


@functools.lru_cache(maxsize=8)
def _arrow_paths(arrow: Arrow) -> tuple[QPainterPath, list[tuple[Paint, QPainterPath]]]:
    """The arrow as an outline and a fill, its shaft a thick line with round ends, as in the
    SVG; built once a phase, as the arrow stays put while the figure moves."""
    shaft, head = arrow_layer(arrow)
    line = QPainterPath()
    line.moveTo(*shaft.points[0])
    for point in shaft.points[1:]:
        line.lineTo(*point)
    outline = _stroked(line, shaft.line_width + 2 * OUTLINE_WIDTH).united(_path([head.outline]))
    fill = _stroked(line, shaft.line_width).united(_path([head.points]))
    return outline, [(Paint.ARROW, fill)]


def _stroked(line: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line)


def _path(polygons: list[tuple[Point, ...]]) -> QPainterPath:
    path = QPainterPath()
    # Overlapping parts of one colour fill as one: winding, not odd-even, decides inside.
    path.setFillRule(Qt.FillRule.WindingFill)
    # Point by point is twice as fast as building a QPolygonF of QPointFs first; with the
    # methods looked up once and no list made of each polygon's rest, twice as fast again
    # (a frame's 600 points in 0.12 ms, from 0.24).
    move, line, close = path.moveTo, path.lineTo, path.closeSubpath
    for polygon in polygons:
        points = iter(polygon)
        move(*next(points))
        for point in points:
            line(*point)
        close()
    return path


class FigureWidget(QWidget):
    """The moving figure on screen, opaque; it repaints only where its pose has changed.

    It paints what `paint_figure` paints, pixel for pixel, from three caches: the figure's
    paths (built once per pose), the still background and mat (one pixmap, drawn again only
    for a new size, colour, camera, frame, props or facing), and the rectangle a new pose touches.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: FigureState | None = None
        self._look: _Look | None = None
        self._drawing: _Drawing | None = None
        self._scene = QPixmap()
        self._scene_key: tuple[object, ...] = ()
        self._arrow_key: tuple[Pose | None, Illustration | None, QSize] = (None, None, QSize())
        self._arrow: Arrow | None = None
        # Every pixel is painted (the window's colour, the mat, the figure), so Qt need not
        # paint the screen behind it first: three parents did, 15 times a second.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
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
        if state == self._state:
            return
        self._state = state
        look = _look_of(state, self._arrow_of(state))
        if look == self._look:
            # A hold, or a step too small to move the figure: nothing on screen changes.
            return
        old_look, old_drawing = self._look, self._drawing
        self._look, self._drawing = look, _Drawing(look)
        if old_look is None or old_drawing is None or _scene(old_look) != _scene(look):
            self.update()
        else:
            # The mat and the background stay: only where the old and new figures are.
            self.update(self._on_screen(old_drawing.bounds.united(self._drawing.bounds)))

    def warm_arrow(self, during: Illustration, before: Illustration) -> None:
        """Work out, ahead of time, the arrow of the phase pictured by `during` after `before`
        at this size: the first frame of a phase then finds it made (12-15 ms otherwise, a
        dropped frame on the beat). The session screen calls it during a get-ready or rest."""
        FigureState(during, before.ends_in).arrow(QRectF(self.rect()))

    def _arrow_of(self, state: FigureState) -> Arrow | None:
        """The state's arrow, worked out once a phase and size: the same phase comes with the
        same illustrations each frame, and comparing them would cost a tenth of a frame."""
        start, during, size = self._arrow_key
        if state.start is not start or state.during is not during or self.size() != size:
            self._arrow_key = (state.start, state.during, self.size())
            self._arrow = state.arrow(QRectF(self.rect()))
        return self._arrow

    def _on_screen(self, bounds: QRectF) -> QRect:
        """The widget's pixels that `bounds` (in the drawing's units) covers, smoothed edge too."""
        assert self._state is not None
        transform = frame_transform(
            self._state.during.moving_box, QRectF(self.rect()), self._state.mirrored
        )
        return transform.mapRect(bounds).toAlignedRect().adjusted(-2, -2, 2, 2)

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def _scene_now(self, window: QColor) -> QPixmap:
        """The background and mat, drawn again only when what they are drawn from changed."""
        state = self._state
        assert state is not None
        ratio = self.devicePixelRatioF()
        key = (
            self.size(),
            ratio,
            window.rgba(),
            state.during.camera,
            state.during.moving_box,
            state.during.props,
            state.mirrored,
        )
        if key != self._scene_key:
            self._scene = QPixmap(self.size() * ratio)
            self._scene.setDevicePixelRatio(ratio)
            painter = QPainter(self._scene)
            paint_scene(painter, QRectF(self.rect()), state.during, state.mirrored, window)
            painter.end()
            self._scene_key = key
        return self._scene

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The arrow keeps to what the new size shows of the picture.
        if self._state is not None:
            look = _look_of(self._state, self._arrow_of(self._state))
            if look != self._look:
                self._look, self._drawing = look, _Drawing(look)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        box = QRectF(self.rect())
        window = self.palette().color(QPalette.ColorRole.Window)
        if self._state is None or self._drawing is None:
            painter.fillRect(box, window)
        else:
            # The steps of paint_figure, with the still part copied from its pixmap.
            painter.drawPixmap(0, 0, self._scene_now(window))
            paint_drawing(painter, box, self._state.during, self._drawing, self._state.mirrored)
            if self._state.dimmed:
                paint_veil(painter, box, window)
        painter.end()
