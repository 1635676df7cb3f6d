"""In a right-to-left layout (Arabic, Hebrew; Qt's -reverse) the painted parts mirror as the
laid-out ones do: the rep dots fill from the right, the calendar's weeks run right to left
with the weekday letters at the right, and its words stay readable, not mirrored."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from backpain_gui.storage.progress import DayMark
from backpain_gui.ui.plan_calendar import (
    MARK_COLOURS,
    CalendarState,
    DayCalendar,
    calendar_cells,
    paint_calendar,
)
from backpain_gui.ui.rep_dots import RepDots, dot_colour

TODAY = date(2026, 11, 20)


def _dots(qtbot, direction: Qt.LayoutDirection) -> QImage:
    dots = RepDots()
    qtbot.addWidget(dots)
    dots.setLayoutDirection(direction)
    dots.resize(300, 28)
    dots.show_counts(1, 5)
    return dots.grab().toImage()


def _filled_at(image: QImage, x: float, colour: QColor) -> bool:
    found = image.pixelColor(round(x), 14)
    return abs(found.red() - colour.red()) + abs(found.blue() - colour.blue()) < 40


def test_the_rep_dots_fill_from_the_right_in_a_right_to_left_layout(qtbot) -> None:
    colour = dot_colour(QPalette())
    step = 28 * 1.6
    first, last = 150 - 2 * step, 150 + 2 * step
    left_to_right = _dots(qtbot, Qt.LayoutDirection.LeftToRight)
    assert _filled_at(left_to_right, first, colour)
    assert not _filled_at(left_to_right, last, colour)
    right_to_left = _dots(qtbot, Qt.LayoutDirection.RightToLeft)
    assert _filled_at(right_to_left, last, colour)
    assert not _filled_at(right_to_left, first, colour)


def test_the_calendar_runs_right_to_left_with_its_letters_at_the_right() -> None:
    first = TODAY - timedelta(days=TODAY.weekday(), weeks=3)
    state = CalendarState(first, TODAY, {TODAY - timedelta(days=7): DayMark.ALL_DONE})
    rect = QRectF(0, 0, 400, 200)
    left = dict(calendar_cells(rect, state))
    right = dict(calendar_cells(rect, state, right_to_left=True))
    # The first week is the leftmost column, or the rightmost; each square mirrored.
    assert right[first].center().x() > right[TODAY].center().x()
    assert left[first].center().x() < left[TODAY].center().x()
    for day, square in left.items():
        assert right[day].center().x() == rect.width() - square.center().x()
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_calendar(painter, rect, state, QPalette(), right_to_left=True)
    painter.end()
    marked = right[TODAY - timedelta(days=7)].center().toPoint()
    assert image.pixelColor(marked) == MARK_COLOURS[DayMark.ALL_DONE]
    # The weekday letters' column is inked at the right edge, not the left.
    cell = rect.height() / 8

    def inked(x0: float) -> int:
        return sum(
            image.pixelColor(x, y).lightness() < 128
            for x in range(round(x0), round(x0 + cell))
            for y in range(round(cell), round(8 * cell))
        )

    assert inked(rect.width() - cell) > 0
    assert inked(0) == 0


def test_a_hover_over_a_mirrored_square_names_its_day(qtbot) -> None:
    calendar = DayCalendar(TODAY)
    qtbot.addWidget(calendar)
    calendar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    calendar.resize(400, 200)
    squares = dict(calendar_cells(QRectF(calendar.rect()), calendar.state, right_to_left=True))
    assert calendar.day_at(QPointF(squares[TODAY].center())) == TODAY
