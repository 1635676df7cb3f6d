"""The plan screen's progress panel: the plan day, the streak, the calendar's colours, the
History button, and the suggestion to progress, accepted or declined for good."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSettings, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Variant
from backpain_gui.session import Session, SessionSettings
from backpain_gui.storage.history import History
from backpain_gui.storage.progress import DAY_RULE, DAY_RULE_SHORT, DayMark
from backpain_gui.storage.recording import SessionRecording
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.plan_calendar import (
    MARK_COLOURS,
    CalendarState,
    PlanCalendar,
    calendar_cells,
    cell_size,
    month_labels,
    paint_calendar,
)
from backpain_gui.ui.voice import Voice
from tests.session.session_routines import small_routine
from tests.storage.history_runs import WallClock, sessions_on
from tests.ui.fake_player import FakePlayer

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
    assert panel.streak.text() == "No streak yet: today can start one. No days practised yet"
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
    # Two days missed between the first day and today: said, not hidden behind the streak.
    assert panel.streak.text() == "Streak: 3 days in a row. 5 days practised, 2 missed"


def test_days_done_with_another_routine_do_not_count_toward_this_plan(
    panel: PlanCalendar, history, wall
) -> None:
    sessions_on(history, wall, days_ago(6, 5))
    other = replace(small_routine(), title="Workrave's exercises")
    sessions_on(history, wall, days_ago(2, 1, 0), other)
    panel.show_history(history, small_routine(), {})
    assert panel.day.text() == "Day 3 of 14"
    panel.show_history(history, other, {})
    assert panel.day.text() == "Day 3 of 14 - done today"


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
    with qtbot.waitSignal(panel.variants_accepted) as accepted:
        panel.banner.accept_button.click()
    assert accepted.args == [{"bridge": "progression"}]
    panel.show_history(history, small_routine(), {"bridge": Variant.PROGRESSION})
    assert not panel.banner.isVisibleTo(panel)


def test_a_declined_suggestion_is_not_made_again(
    qtbot, panel: PlanCalendar, history, wall, settings: QSettings
) -> None:
    sessions_on(history, wall, days_ago(*range(14)))
    panel.show_history(history, small_routine(), {})
    with qtbot.assertNotEmitted(panel.variants_accepted):
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


def _plan_window(qtbot, settings: QSettings, engine: str | None, size: QSize) -> MainWindow:
    """The window as the app opens it, at `size`: the built-in routine, the sound check and
    the voice's settings (with no voice, `engine` None, the longest they get: they say how to
    install one)."""
    window = MainWindow(
        load_routine(builtin_routine_path()), settings=settings, player=FakePlayer()
    )
    qtbot.addWidget(window)
    window.attach_voice(Voice(settings, engine=lambda: engine, threaded=False))
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    "size",
    [
        QSize(1366, 768),
        # The same laptop's screen less a desktop panel and a title bar.
        QSize(1350, 700),
    ],
)
def test_all_five_exercises_show_without_scrolling_on_a_laptop_screen(
    qtbot, settings: QSettings, size: QSize
) -> None:
    # As the app opens it: the built-in routine, the sound check and the voice's settings
    # (with no voice on the machine, the longest they get: they say how to install one).
    window = _plan_window(qtbot, settings, None, size)
    plan = window.plan_screen
    assert len(plan.variant_boxes) == 5

    def rows_outside_the_view() -> list[int]:
        viewport = plan.rows_area.viewport()
        # Each row's picture, name, detail, time and variant.
        shown = plan._row_widgets
        assert len(shown) == 5 * 5
        return [
            index
            for index, widget in enumerate(shown)
            if not viewport.rect().contains(
                QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            )
        ]

    # Once the layout has settled after the window's resize.
    qtbot.waitUntil(lambda: not rows_outside_the_view(), timeout=2000)
    assert plan.rows_area.verticalScrollBar().maximum() == 0
    # The room for them: the sound check and the voice stand beside them.
    assert plan.tools_beside
    viewport = plan.rows_area.viewport()
    assert viewport.mapTo(window, QPoint(0, viewport.height())).y() <= window.height()


@pytest.mark.parametrize("engine", ["mock", None], ids=["a voice", "no voice"])
def test_on_the_small_laptop_screen_all_five_and_good_to_know_show_beside_the_tools(
    qtbot, settings: QSettings, engine: str | None
) -> None:
    window = _plan_window(qtbot, settings, engine, QSize(1024, 600))
    routine = window.routine
    plan = window.plan_screen
    qtbot.waitUntil(lambda: plan.tools_beside, timeout=2000)
    qtbot.waitUntil(lambda: plan.rows_area.verticalScrollBar().maximum() == 0, timeout=2000)
    viewport = plan.rows_area.viewport()
    for widget in plan._row_widgets:
        assert viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))
    # Day 1's piece of the advice after the first, whole, above Start.
    assert plan.good_to_know.isVisible()
    assert plan.good_to_know.text() == routine.advice[1]
    label = plan.good_to_know
    assert label.heightForWidth(label.width()) <= label.height()
    foot = label.mapTo(window, QPoint(0, label.height())).y()
    assert foot <= plan.start.mapTo(window, QPoint(0, 0)).y()


# The offscreen platform says this for the first window shown; xcb does not.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_weekday_letters_are_big_bold_and_in_the_text_colour(panel: PlanCalendar) -> None:
    # The calendar as the plan screen sizes it in a 1366x768 window.
    panel.rescale(768)
    panel.resize(1348, 400)
    panel.show()
    size = panel.calendar.size()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    painter = QPainter(image)
    rect = QRectF(0, 0, size.width(), size.height())
    paint_calendar(painter, rect, panel.calendar.state, palette)
    painter.end()
    # The "M" in the label column's Monday row: its ink, top to bottom.
    cell = round(cell_size(rect, panel.calendar.state))
    inked = [
        y
        for y in range(cell, 2 * cell)
        if any(image.pixelColor(x, y).lightness() < 128 for x in range(cell))
    ]
    assert inked, "no weekday letter painted"
    # A capital 9 px and more high: a 12 px letter at least, where 8 px ones were unreadable.
    assert inked[-1] - inked[0] + 1 >= 9
    darkest = min(image.pixelColor(x, y).lightness() for x in range(cell) for y in inked)
    assert darkest < 40, "the letters are not in the text colour"


def test_on_a_narrow_screen_the_tools_go_under_the_exercises(qtbot, settings: QSettings) -> None:
    # A window half as wide as a laptop's screen: the exercises scroll, nothing is cut.
    window = _plan_window(qtbot, settings, None, QSize(800, 560))
    plan = window.plan_screen
    qtbot.waitUntil(lambda: not plan.tools_beside, timeout=2000)
    rows_foot = plan.rows_area.mapTo(plan, QPoint(0, plan.rows_area.height())).y()
    for tool in plan._tool_widgets:
        assert tool.mapTo(plan, QPoint(0, 0)).y() >= rows_foot
        assert tool.mapTo(plan, QPoint(tool.width(), 0)).x() <= plan.width()
    assert plan.rows_area.horizontalScrollBar().maximum() == 0


def _session_on(history: History, day: date) -> int:
    found = [session.id for session in history.sessions() if session.day == day]
    assert found, f"no session on {day}"
    return found[-1]


def test_after_fourteen_days_a_back_worse_this_week_says_why_the_harder_versions_wait(
    qtbot, panel: PlanCalendar, history, wall
) -> None:
    sessions_on(history, wall, days_ago(*range(14)))
    three_days_ago = _session_on(history, days_ago(3)[0])
    history.record_pain(three_days_ago, "before", 3)
    history.record_pain(three_days_ago, "after", 6)
    panel.show_history(history, small_routine(), {})
    assert panel.banner.isVisibleTo(panel)
    words = panel.banner.words.text()
    assert "You have done 14 days of the 14-day plan, but not the harder versions yet." in words
    assert "worse after the session on Tuesday 17 November (3 to 6 of 10)" in words
    # Nothing to accept: the harder versions are not offered, only the reason said.
    assert not panel.banner.accept_button.isVisibleTo(panel)
    assert not panel.banner.decline_button.isVisibleTo(panel)


def test_after_a_session_that_left_the_back_worse_the_gentler_versions_are_one_click(
    qtbot, panel: PlanCalendar, history, wall, settings: QSettings
) -> None:
    sessions_on(history, wall, days_ago(1, 0))
    today = _session_on(history, TODAY)
    history.record_pain(today, "before", 2)
    history.record_pain(today, "after", 5)
    panel.show_history(history, small_routine(), {"bridge": Variant.PROGRESSION})
    assert panel.banner.isVisibleTo(panel)
    words = panel.banner.words.text()
    assert words.startswith("Your back went from 2 to 5 of 10 during your last session.")
    assert "Bridge in its modification" in words
    assert panel.banner.accept_button.text() == "Use the gentler versions"
    with qtbot.waitSignal(panel.variants_accepted) as accepted:
        panel.banner.accept_button.click()
    assert accepted.args == [dict.fromkeys(("tilt", "rotation", "bridge"), "modification")]


def test_not_now_to_the_gentler_versions_is_remembered_for_that_session_only(
    qtbot, panel: PlanCalendar, history, wall, settings: QSettings
) -> None:
    sessions_on(history, wall, days_ago(1))
    yesterday = _session_on(history, days_ago(1)[0])
    history.record_stop(yesterday, "it hurts")
    panel.show_history(history, small_routine(), {})
    assert "stopped because it hurt" in panel.banner.words.text()
    with qtbot.assertNotEmitted(panel.variants_accepted):
        panel.banner.decline_button.click()
    panel.show_history(history, small_routine(), {})
    assert not panel.banner.isVisibleTo(panel)
    # Today's session hurts too: a new session, so the offer is made again.
    sessions_on(history, wall, [TODAY])
    history.record_stop(_session_on(history, TODAY), "it hurts")
    panel.show_history(history, small_routine(), {})
    assert panel.banner.isVisibleTo(panel)
