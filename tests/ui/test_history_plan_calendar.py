"""The plan screen's progress panel: the plan day, the streak, the calendar's colours, the
History button, and the suggestion to progress, accepted or declined for good."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from backpain_gui.content.model import Variant
from backpain_gui.session import Session, SessionSettings
from backpain_gui.storage.history import History
from backpain_gui.storage.progress import DAY_RULE, DAY_RULE_SHORT, DayMark
from backpain_gui.storage.recording import SessionRecording
from backpain_gui.ui.plan_calendar import (
    MARK_COLOURS,
    CalendarState,
    PlanCalendar,
    calendar_cells,
    month_labels,
    paint_calendar,
)
from tests.session.session_routines import small_routine
from tests.storage.history_runs import WallClock, sessions_on

TODAY = date(2026, 11, 20)


@pytest.fixture
def wall() -> WallClock:
    return WallClock(datetime.combine(TODAY, time(8, 0)).astimezone())


@pytest.fixture
def history(tmp_path: Path, wall: WallClock) -> Iterator[History]:
    opened = History.open(tmp_path / "history", clock=wall)
    yield opened
    opened.close()


@pytest.fixture
def panel(qtbot, settings: QSettings) -> PlanCalendar:
    made = PlanCalendar(settings, today=lambda: TODAY)
    qtbot.addWidget(made)
    return made


def days_ago(*counts: int) -> list[date]:
    return [TODAY - timedelta(days=count) for count in counts]


def test_a_first_day_shows_day_1_no_streak_and_the_rule(panel: PlanCalendar, history) -> None:
    panel.show_history(history, small_routine(), {})
    assert panel.day.text() == "Day 1 of 14"
    assert panel.streak.text() == "No streak yet: today can start one"
    assert panel.rule.text() == DAY_RULE_SHORT
    assert "need not be in a row" in panel.rule.text()
    # The reason in full, on hover.
    assert panel.rule.toolTip() == DAY_RULE
    assert panel.banner.isHidden()
    assert panel.problem.isHidden()


def test_days_done_and_the_streak_are_counted_from_the_history(
    panel: PlanCalendar, history, wall
) -> None:
    sessions_on(history, wall, days_ago(6, 5, 2, 1, 0))
    panel.show_history(history, small_routine(), {})
    assert panel.day.text() == "Day 5 of 14 - done today"
    assert panel.streak.text() == "Streak: 3 days in a row"


def test_the_calendar_colours_each_day_by_what_was_done(panel: PlanCalendar, history, wall) -> None:
    sessions_on(history, wall, days_ago(3))
    # Yesterday: started, then ended after the first exercise.
    wall.now -= timedelta(days=1)
    session = Session(small_routine(), SessionSettings())
    recording = SessionRecording(history, session.plan, "Test routine")
    recording.on_events(session.start(0.0))
    recording.on_events(session.end(1.0).events)
    wall.now += timedelta(days=1)
    panel.show_history(history, small_routine(), {})

    state = panel.calendar.state
    assert state.marks == {
        TODAY - timedelta(days=3): DayMark.ALL_DONE,
        TODAY - timedelta(days=1): DayMark.STARTED,
    }
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_calendar(painter, QRectF(0, 0, 400, 200), state, QPalette())
    painter.end()
    squares = dict(calendar_cells(QRectF(0, 0, 400, 200), state))
    for day, mark in ((days_ago(3)[0], DayMark.ALL_DONE), (days_ago(1)[0], DayMark.STARTED)):
        centre = squares[day].center().toPoint()
        assert image.pixelColor(centre) == MARK_COLOURS[mark]
    # Days with nothing are neither colour; days after today are not drawn at all.
    empty = image.pixelColor(squares[days_ago(2)[0]].center().toPoint())
    assert empty not in MARK_COLOURS.values()
    assert max(squares) == TODAY
    assert panel.calendar.words_for(days_ago(1)[0]) == "Thu 19 Nov 2026: started, not finished"


def test_months_are_named_over_the_week_of_their_first_day() -> None:
    # Weeks from 12 Oct: the one from 26 Oct holds 1 Nov; Oct has room before it.
    assert month_labels(CalendarState(date(2026, 10, 12), TODAY)) == [(0, "Oct"), (2, "Nov")]
    # From 19 Oct, Nov is named one column on: no room for Oct in front of it.
    assert month_labels(CalendarState(date(2026, 10, 19), TODAY)) == [(1, "Nov")]
    # Weeks within one month still name it.
    assert month_labels(CalendarState(date(2026, 6, 8), date(2026, 6, 20))) == [(0, "Jun")]


def test_after_fourteen_days_the_progression_is_suggested_and_can_be_taken(
    qtbot, panel: PlanCalendar, history, wall
) -> None:
    # Every other day: fourteen days that count, four weeks apart from start to end.
    sessions_on(history, wall, days_ago(*range(26, -1, -2)))
    panel.show_history(history, small_routine(), {})
    assert panel.day.text() == "Day 14 of 14 - done today"
    assert panel.banner.isVisibleTo(panel)
    assert "You have done 14 days of the 14-day plan" in panel.banner.words.text()
    assert "Bridge has a harder version, its progression." in panel.banner.words.text()
    with qtbot.waitSignal(panel.progression_accepted) as accepted:
        panel.banner.accept_button.click()
    assert accepted.args == [["bridge"]]
    panel.show_history(history, small_routine(), {"bridge": Variant.PROGRESSION})
    assert not panel.banner.isVisibleTo(panel)


def test_a_declined_suggestion_is_not_made_again(
    qtbot, panel: PlanCalendar, history, wall, settings: QSettings
) -> None:
    sessions_on(history, wall, days_ago(*range(14)))
    panel.show_history(history, small_routine(), {})
    with qtbot.assertNotEmitted(panel.progression_accepted):
        panel.banner.decline_button.click()
    assert not panel.banner.isVisibleTo(panel)
    later = PlanCalendar(settings, today=lambda: TODAY + timedelta(days=3))
    qtbot.addWidget(later)
    later.show_history(history, small_routine(), {})
    assert not later.banner.isVisibleTo(later)
    assert later.day.text() == "Day 15: the 14-day plan is done"


def test_the_history_button_asks_for_the_history(qtbot, panel: PlanCalendar) -> None:
    assert panel.history_button.text() == "History  (H)"
    with qtbot.waitSignal(panel.history_pressed):
        panel.history_button.click()


def test_history_that_is_off_says_why_on_the_plan(qtbot, panel: PlanCalendar, tmp_path) -> None:
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    off = History.open(tmp_path / "not-a-folder")
    panel.show_history(off, small_routine(), {})
    assert panel.day.text() == "Day 1 of 14"
    assert not panel.problem.isHidden()
    assert str(tmp_path / "not-a-folder") in panel.problem.text()
