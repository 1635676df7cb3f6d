"""The pain chart: how the back was before and after each session over the days, 0-10, with
how much of each session was done beneath, and the sessions stopped because it hurt marked.

It paints from its trend alone (`paint_pain_chart`), so the history window and the PDF report
draw the same chart, each with its own ink: the window's palette, or black on white for paper.
Marks differ in shape and line as well as colour (before a hollow circle on a dashed line,
after a filled square on a solid one, it hurts a cross), so the chart reads in black and white
and without colour vision. Its words are in the UI language, its dates and numbers QLocale's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.storage.pain_trend import PainTrend, SessionPoint, period
from backpain_gui.ui.pain_trend_words import trend_words
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, translate
from backpain_gui.ui.words import local_date

# The chart's words in English, each looked up in the UI language where it is shown.
ACCESSIBLE_NAME = QT_TRANSLATE_NOOP(
    "PainChart", "Pain before and after each session, with the exercises done"
)
NO_SESSIONS = QT_TRANSLATE_NOOP("PainChart", "No sessions in these weeks yet")
NO_SCORES = QT_TRANSLATE_NOOP(
    "PainChart", "No pain scores yet: each session asks how your back is, before and after"
)
LEGEND = (
    ("before", QT_TRANSLATE_NOOP("PainChart", "Before")),
    ("after", QT_TRANSLATE_NOOP("PainChart", "After")),
    ("bar", QT_TRANSLATE_NOOP("PainChart", "Exercises done")),
    ("hurt", QT_TRANSLATE_NOOP("PainChart", "Stopped: it hurts")),
)
# The share of the plot's height the bars of exercises done take, under the pain scores.
BAR_SHARE = 0.22
# The pain scale's grid lines.
GRID_SCORES = (0, 2, 4, 6, 8, 10)


@dataclass(frozen=True, slots=True)
class ChartInk:
    """The chart's colours: text and grid, each mark, and the bars of exercises done."""

    text: QColor
    grid: QColor
    before: QColor
    after: QColor
    bar: QColor
    bar_frame: QColor
    hurt: QColor

    @classmethod
    def of_palette(cls, palette: QPalette) -> ChartInk:
        """Ink for a window: the palette's text, with hues that read on light and dark."""
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        frame = QColor(text)
        frame.setAlpha(110)
        return cls(
            text=text,
            grid=grid,
            before=QColor("#3b7dd8"),
            after=QColor("#d9731f"),
            bar=QColor("#7fb58f"),
            bar_frame=frame,
            hurt=QColor("#d0342c"),
        )

    @classmethod
    def paper(cls) -> ChartInk:
        """Ink for a report printed in black and white."""
        black = QColor("#000000")
        return cls(
            text=black,
            grid=QColor("#b0b0b0"),
            before=black,
            after=black,
            bar=QColor("#9a9a9a"),
            bar_frame=QColor("#505050"),
            hurt=black,
        )


@dataclass(frozen=True, slots=True)
class ChartLayout:
    """Where the parts of the chart go in its rectangle."""

    legend: QRectF
    scores: QRectF
    bars: QRectF
    dates: QRectF

    @property
    def plot_left(self) -> float:
        """Where the first day's column starts."""
        return self.scores.left()

    def day_width(self, trend: PainTrend) -> float:
        """The width of one day's column."""
        return self.scores.width() / trend.days

    def score_y(self, score: int) -> float:
        """The height of `score` on the pain scale."""
        return self.scores.bottom() - self.scores.height() * score / 10


def date_label(day: date) -> str:
    """A day as the chart's date axis names it: "9 Nov", "9. Nov.", "9 nov."."""
    # The pattern is the translator's: the order of day and month is the language's.
    return local_date(day, translate("PainChart", "d MMM"))


def chart_layout(rect: QRectF, metrics: QFontMetricsF) -> ChartLayout:
    """Split `rect` into the legend (top), the pain scale, the bars and the dates (bottom)."""
    line = metrics.height()
    axis = metrics.horizontalAdvance(QLocale().toString(10)) + line * 0.6
    legend = QRectF(rect.left(), rect.top(), rect.width(), line * 1.4)
    dates = QRectF(rect.left() + axis, rect.bottom() - line * 1.3, rect.width() - axis, line * 1.3)
    # Half a line above 10 and below 0, so the marks there are whole.
    plot_top = legend.bottom() + line * 0.6
    plot = QRectF(rect.left() + axis, plot_top, rect.width() - axis - line * 0.5, 0)
    plot.setBottom(dates.top() - line * 0.3)
    bars_height = plot.height() * BAR_SHARE
    gap = line * 1.6
    scores = QRectF(plot.left(), plot.top(), plot.width(), plot.height() - bars_height - gap)
    bars = QRectF(plot.left(), plot.bottom() - bars_height, plot.width(), bars_height)
    return ChartLayout(legend, scores, bars, dates)


def session_slots(trend: PainTrend, layout: ChartLayout) -> list[tuple[SessionPoint, float, float]]:
    """Each session with the middle and width of its place: a day's sessions side by side in
    the day's column."""
    width = layout.day_width(trend)
    by_day: dict[date, list[SessionPoint]] = {}
    for point in trend.points:
        by_day.setdefault(point.day, []).append(point)
    slots = []
    for day, points in by_day.items():
        left = layout.plot_left + (day - trend.first).days * width
        share = width / len(points)
        for index, point in enumerate(points):
            slots.append((point, left + share * (index + 0.5), share))
    return slots


@dataclass(frozen=True, slots=True)
class MarkPlace:
    """Where one session's marks go: its middle, and its before and after marks (None: no
    score), before a little left of the middle and after a little right, so they read as a
    step."""

    point: SessionPoint
    middle: float
    before: QPointF | None
    after: QPointF | None


def mark_places(trend: PainTrend, layout: ChartLayout) -> list[MarkPlace]:
    """Each session's marks, oldest first."""
    places = []
    for point, middle, width in session_slots(trend, layout):
        step = min(width * 0.2, layout.scores.height() * 0.08)
        before = after = None
        if point.pain_before is not None:
            before = QPointF(middle - step, layout.score_y(point.pain_before))
        if point.pain_after is not None:
            after = QPointF(middle + step, layout.score_y(point.pain_after))
        places.append(MarkPlace(point, middle, before, after))
    return places


def hurt_place(place: MarkPlace, layout: ChartLayout) -> QPointF:
    """Where the cross of a session stopped because it hurt goes: between the scale and the
    bars, where no score is."""
    return QPointF(place.middle, (layout.scores.bottom() + layout.bars.top()) / 2)


def mark_radius(trend: PainTrend, layout: ChartLayout, metrics: QFontMetricsF) -> float:
    """The half-size of a mark: big enough to see from the mat, small enough to tell apart."""
    return max(3.0, min(layout.day_width(trend) * 0.22, metrics.height() * 0.32))


def _draw_mark(painter: QPainter, kind: str, centre: QPointF, radius: float, ink: ChartInk) -> None:
    pen_width = max(1.5, radius * 0.35)
    if kind == "before":
        painter.setPen(QPen(ink.before, pen_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)
    elif kind == "after":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(ink.after))
        side = radius * 1.8
        painter.drawRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side))
    elif kind == "bar":
        painter.setPen(QPen(ink.bar_frame, 1))
        painter.setBrush(QBrush(ink.bar))
        painter.drawRect(
            QRectF(centre.x() - radius * 0.6, centre.y() - radius, radius * 1.2, 2 * radius)
        )
    else:
        pen = QPen(ink.hurt, pen_width * 1.3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(centre + QPointF(-radius, -radius), centre + QPointF(radius, radius))
        painter.drawLine(centre + QPointF(-radius, radius), centre + QPointF(radius, -radius))


def _paint_legend(painter: QPainter, layout: ChartLayout, radius: float, ink: ChartInk) -> None:
    metrics = QFontMetricsF(painter.font())
    x = layout.scores.left()
    y = layout.legend.center().y()
    for kind, source in LEGEND:
        words = translate("PainChart", source)
        _draw_mark(painter, kind, QPointF(x + radius, y), radius, ink)
        x += radius * 2 + metrics.height() * 0.35
        painter.setPen(ink.text)
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - metrics.descent() / 2), words)
        x += metrics.horizontalAdvance(words) + metrics.height() * 1.1


def _paint_axes(painter: QPainter, trend: PainTrend, layout: ChartLayout, ink: ChartInk) -> None:
    metrics = QFontMetricsF(painter.font())
    locale = QLocale()
    painter.setPen(QPen(ink.grid, 1))
    for score in GRID_SCORES:
        y = layout.score_y(score)
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(layout.scores.left(), y), QPointF(layout.scores.right(), y))
        painter.setPen(ink.text)
        label = QRectF(
            0,
            y - metrics.height() / 2,
            layout.scores.left() - metrics.height() * 0.3,
            metrics.height(),
        )
        painter.drawText(
            label,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            locale.toString(score),
        )
    painter.setPen(QPen(ink.grid, 1))
    painter.drawLine(layout.bars.bottomLeft(), layout.bars.bottomRight())
    # The dates: as many as fit side by side, counted back from the last day so that today has one.
    width = layout.day_width(trend)
    days = [trend.first + timedelta(days=offset) for offset in range(trend.days)]
    labels = {day: date_label(day) for day in days}
    # As wide as the widest of them, which month names decide.
    widest = max((metrics.horizontalAdvance(label) for label in labels.values()), default=0.0)
    label_width = widest + metrics.height() * 0.8
    step = max(1, math.ceil(label_width / width))
    painter.setPen(ink.text)
    day = trend.last
    while day >= trend.first:
        middle = layout.plot_left + ((day - trend.first).days + 0.5) * width
        # Kept inside the chart: the last day's date ends at its right edge.
        left = min(middle - label_width / 2, layout.dates.right() - label_width)
        box = QRectF(left, layout.dates.top(), label_width, layout.dates.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, labels[day])
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(
            QPointF(middle, layout.bars.bottom()),
            QPointF(middle, layout.bars.bottom() + metrics.height() * 0.2),
        )
        painter.setPen(ink.text)
        day -= timedelta(days=step)


def _paint_bars(painter: QPainter, trend: PainTrend, layout: ChartLayout, ink: ChartInk) -> None:
    for point, middle, width in session_slots(trend, layout):
        bar_width = max(2.0, min(width * 0.6, layout.bars.height()))
        planned = QRectF(middle - bar_width / 2, layout.bars.top(), bar_width, layout.bars.height())
        share = point.exercises_done / point.exercises_planned if point.exercises_planned else 0.0
        done = QRectF(planned)
        done.setTop(planned.bottom() - planned.height() * share)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(ink.bar))
        painter.drawRect(done)
        # The whole bar's outline: what was planned, so a short bar reads as a session cut short.
        painter.setPen(QPen(ink.bar_frame, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(planned)


def _paint_lines(
    painter: QPainter,
    places: list[MarkPlace],
    radius: float,
    ink: ChartInk,
) -> None:
    width = max(1.0, radius * 0.3)
    befores = [place.before for place in places if place.before is not None]
    afters = [place.after for place in places if place.after is not None]
    for found, colour, style in (
        (befores, ink.before, Qt.PenStyle.DashLine),
        (afters, ink.after, Qt.PenStyle.SolidLine),
    ):
        if len(found) < 2:
            continue
        path = QPainterPath(found[0])
        for centre in found[1:]:
            path.lineTo(centre)
        painter.setPen(QPen(colour, width, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


def paint_pain_chart(painter: QPainter, rect: QRectF, trend: PainTrend, ink: ChartInk) -> None:
    """Paint the chart of `trend` into `rect` with `ink`, in the painter's font."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    layout = chart_layout(rect, metrics)
    radius = mark_radius(trend, layout, metrics)
    _paint_legend(painter, layout, metrics.height() * 0.32, ink)
    _paint_axes(painter, trend, layout, ink)
    _paint_bars(painter, trend, layout, ink)
    if not trend.scored:
        painter.setPen(ink.text)
        words = translate("PainChart", NO_SCORES if trend.points else NO_SESSIONS)
        painter.drawText(
            layout.scores, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, words
        )
    places = mark_places(trend, layout)
    _paint_lines(painter, places, radius, ink)
    for place in places:
        before, after = place.before, place.after
        if before is not None and after is not None:
            # The step from before to after, thin: the marks are what is read.
            painter.setPen(QPen(ink.grid, max(1.0, radius * 0.25)))
            painter.drawLine(before, after)
        if before is not None:
            _draw_mark(painter, "before", before, radius, ink)
        if after is not None:
            _draw_mark(painter, "after", after, radius, ink)
        if place.point.it_hurt:
            _draw_mark(painter, "hurt", hurt_place(place, layout), radius, ink)
    painter.restore()


class PainChart(QWidget):
    """The chart of pain before and after, and the exercises done, over the last weeks.

    Its accessible description is the chart in words (`trend_words`), for a screen reader.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first, last = period(date.today())
        self.trend = PainTrend(first, last)
        self.setAccessibleName(translate("PainChart", ACCESSIBLE_NAME))
        self.setAccessibleDescription(trend_words(self.trend))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_trend(self, trend: PainTrend) -> None:
        """Show `trend`, and say it in words to a screen reader."""
        self.trend = trend
        self.setAccessibleDescription(trend_words(trend))
        self.update()

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        # The legend, the dates, and a pain scale whose 0-10 marks tell apart.
        return QSize(round(line * 24), round(line * 11))

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(round(line * 40), round(line * 13))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_pain_chart(
            painter, QRectF(self.rect()), self.trend, ChartInk.of_palette(self.palette())
        )
        painter.end()
