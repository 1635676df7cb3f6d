"""The pain chart, painted into an image and read back by pixel: each session's before ring and
after square at their scores, a bar of the exercises done, a cross where it hurt, words when
there is nothing to draw, and only greys in the ink for paper."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from backpain_gui.storage.pain_trend import PainTrend, SessionPoint, period
from backpain_gui.ui.pain_chart import (
    ACCESSIBLE_NAME,
    ChartInk,
    ChartLayout,
    MarkPlace,
    PainChart,
    chart_layout,
    hurt_place,
    mark_places,
    mark_radius,
    paint_pain_chart,
)

TODAY = date(2026, 12, 3)
SIZE = (900, 320)
# Ink of the app's own hues on a known text colour: a palette read before the application
# exists is not the one it will have.
INK = ChartInk(
    text=QColor("#000000"),
    grid=QColor("#b8b8b8"),
    before=QColor("#3b7dd8"),
    after=QColor("#d9731f"),
    bar=QColor("#7fb58f"),
    bar_frame=QColor("#808080"),
    hurt=QColor("#d0342c"),
)


def point(
    back: int, before: int | None, after: int | None, done: int = 5, hurt: bool = False
) -> SessionPoint:
    started = datetime.combine(TODAY - timedelta(days=back), time(8, 0))
    return SessionPoint(started, before, after, done, 5, hurt)


def trend_of(*points: SessionPoint) -> PainTrend:
    return PainTrend(*period(TODAY), points=points)


def font() -> QFont:
    chosen = QFont()
    chosen.setPixelSize(16)
    return chosen


def painted(trend: PainTrend, ink: ChartInk = INK) -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(font())
    paint_pain_chart(painter, QRectF(image.rect()), trend, ink)
    painter.end()
    return image


def near(colour: QColor, wanted: QColor) -> bool:
    return (
        abs(colour.red() - wanted.red())
        + abs(colour.green() - wanted.green())
        + abs(colour.blue() - wanted.blue())
    ) < 60


def pixels_around(image: QImage, centre: QPointF, reach: float) -> Iterator[QColor]:
    x0, y0, r = round(centre.x()), round(centre.y()), round(reach)
    for y in range(y0 - r, y0 + r + 1):
        for x in range(x0 - r, x0 + r + 1):
            if 0 <= x < image.width() and 0 <= y < image.height():
                yield image.pixelColor(x, y)


def places(trend: PainTrend) -> tuple[ChartLayout, list[MarkPlace], float]:
    layout = chart_layout(QRectF(0, 0, *SIZE), QFontMetricsF(font()))
    return layout, mark_places(trend, layout), mark_radius(trend, layout, QFontMetricsF(font()))


def test_before_is_a_ring_and_after_a_square_at_their_scores() -> None:
    # One session: no line from session to session passes through its marks.
    trend = trend_of(point(1, 4, 2))
    image = painted(trend)
    layout, (yesterday,), radius = places(trend)
    assert yesterday.before is not None
    assert yesterday.after is not None
    # 2 after sits lower than 4 before; both on the scale's lines.
    assert yesterday.before.y() == layout.score_y(4) < yesterday.after.y() == layout.score_y(2)
    # The after square is filled; the before ring is hollow, its colour on its edge.
    assert near(image.pixelColor(yesterday.after.toPoint()), INK.after)
    assert not near(image.pixelColor(yesterday.before.toPoint()), INK.before)
    assert any(near(c, INK.before) for c in pixels_around(image, yesterday.before, radius))


def test_equal_scores_show_both_marks_side_by_side() -> None:
    trend = trend_of(point(0, 7, 7))
    image = painted(trend)
    _layout, (today,), radius = places(trend)
    assert today.before is not None
    assert today.after is not None
    assert today.before.y() == today.after.y()
    assert today.before.x() + radius < today.after.x()
    assert near(image.pixelColor(today.after.toPoint()), INK.after)
    assert any(near(c, INK.before) for c in pixels_around(image, today.before, radius))


def test_the_scores_are_joined_from_session_to_session() -> None:
    trend = trend_of(point(3, 8, 6), point(0, 2, 0))
    image = painted(trend)
    _layout, (first, last), _radius = places(trend)
    assert first.after is not None
    assert last.after is not None
    # Halfway along the solid line of the after scores.
    middle = (first.after + last.after) / 2
    assert any(near(c, INK.after) for c in pixels_around(image, middle, 2))


def test_a_missing_score_draws_no_mark() -> None:
    trend = trend_of(point(0, 5, None))
    image = painted(trend)
    _layout, (today,), radius = places(trend)
    assert today.after is None
    assert today.before is not None
    # Where an after square would be, right of the ring: nothing of the after colour.
    right = QPointF(today.before.x() + 3 * radius, today.before.y())
    assert not any(near(c, INK.after) for c in pixels_around(image, right, radius))


def test_the_bar_under_a_session_is_as_full_as_the_exercises_done() -> None:
    trend = trend_of(point(2, 3, 3, done=5), point(1, 3, 3, done=1))
    image = painted(trend)
    layout, (full, short), _radius = places(trend)
    near_top = layout.bars.top() + layout.bars.height() * 0.1
    near_bottom = layout.bars.bottom() - 2
    assert near(image.pixelColor(round(full.middle), round(near_top)), INK.bar)
    assert near(image.pixelColor(round(short.middle), round(near_bottom)), INK.bar)
    # One of five done: the top of its bar is only its outline, empty inside.
    assert not near(image.pixelColor(round(short.middle), round(near_top)), INK.bar)


def test_a_session_stopped_because_it_hurt_is_crossed() -> None:
    trend = trend_of(point(1, 3, 2), point(0, 4, 6, done=2, hurt=True))
    image = painted(trend)
    layout, (calm, hurt), radius = places(trend)
    assert any(near(c, INK.hurt) for c in pixels_around(image, hurt_place(hurt, layout), radius))
    assert not any(
        near(c, INK.hurt) for c in pixels_around(image, hurt_place(calm, layout), radius)
    )


def test_with_no_scores_the_chart_says_so_in_words() -> None:
    for trend in (trend_of(), trend_of(point(0, None, None))):
        image = painted(trend)
        layout, _found, _radius = places(trend)
        middle = layout.scores.center()
        # Text across the middle of the scale, where the words are; no mark on the scale (the
        # legend above it has one of each).
        words = [
            image.pixelColor(x, round(middle.y()) + dy)
            for x in range(round(layout.scores.left()), round(layout.scores.right()))
            for dy in range(-6, 7)
        ]
        assert sum(near(c, INK.text) for c in words) > 50
        scale = layout.scores.toRect()
        on_scale = [
            image.pixelColor(x, y)
            for x in range(scale.left(), scale.right(), 2)
            for y in range(scale.top(), scale.bottom(), 2)
        ]
        assert not any(near(c, INK.after) or near(c, INK.before) for c in on_scale)


def test_the_paper_ink_prints_in_greys_only() -> None:
    image = painted(
        trend_of(point(2, 6, 4), point(1, 5, 5, done=2, hurt=True), point(0, 3, None)),
        ChartInk.paper(),
    )
    colours = {image.pixel(x, y) for x in range(0, SIZE[0], 3) for y in range(0, SIZE[1], 3)}
    assert len(colours) > 2
    for rgb in colours:
        colour = QColor.fromRgb(rgb)
        assert colour.red() == colour.green() == colour.blue(), colour.name()


def test_the_widget_is_named_and_says_the_chart_in_words(qtbot) -> None:
    chart = PainChart()
    qtbot.addWidget(chart)
    chart.show_trend(trend_of(point(1, 4, 2)))
    assert chart.accessibleName() == ACCESSIBLE_NAME
    assert "Wed 02 Dec, 08:00: pain 4 before, 2 after" in chart.accessibleDescription()
    # It fits the 1024-pixel-wide small laptop screen, with room for the window's frame.
    assert chart.minimumSizeHint().width() < 900
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    chart.render(image)
    ink = ChartInk.of_palette(chart.palette())
    assert any(
        near(image.pixelColor(x, y), ink.after)
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    )
