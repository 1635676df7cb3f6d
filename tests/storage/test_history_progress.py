"""The two-week plan read from the history: which days count, the streak, the calendar's
marks, the weekly totals, and when the harder variants are suggested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from backpain_gui.content.model import Variant
from backpain_gui.session.records import Outcome
from backpain_gui.storage.history import History
from backpain_gui.storage.progress import (
    DayMark,
    day_marks,
    plan_progress,
    progression_due,
    sessions_of,
    week_totals,
)
from backpain_gui.storage.saved import SessionStatus
from tests.session.session_routines import small_routine
from tests.storage.history_runs import WallClock, saved, sessions_on

TODAY = date(2026, 11, 20)
SKIPPED_ALL = (Outcome.SKIPPED,) * 3


def days_ago(count: int) -> date:
    return TODAY - timedelta(days=count)


def test_only_a_finished_session_with_an_exercise_done_makes_a_day_count() -> None:
    sessions = [
        saved(days_ago(5)),
        saved(days_ago(4), status=SessionStatus.ENDED),
        saved(days_ago(3), status=SessionStatus.INTERRUPTED),
        saved(days_ago(2), outcomes=SKIPPED_ALL),
        saved(days_ago(1), outcomes=(Outcome.DONE, Outcome.PARTIAL, Outcome.SKIPPED)),
    ]
    assert day_marks(sessions) == {
        days_ago(5): DayMark.ALL_DONE,
        days_ago(4): DayMark.STARTED,
        days_ago(3): DayMark.STARTED,
        days_ago(2): DayMark.STARTED,
        days_ago(1): DayMark.COUNTED,
    }
    progress = plan_progress(sessions, TODAY, 14)
    assert (progress.days_done, progress.day_number, progress.done_today) == (2, 3, False)


def test_a_day_shows_its_best_session_and_counts_once() -> None:
    sessions = [
        saved(TODAY, status=SessionStatus.ENDED),
        saved(TODAY),
        saved(TODAY, outcomes=SKIPPED_ALL),
    ]
    assert day_marks(sessions) == {TODAY: DayMark.ALL_DONE}
    progress = plan_progress(sessions, TODAY, 14)
    assert (progress.days_done, progress.day_number, progress.done_today) == (1, 1, True)


def test_a_missed_day_breaks_the_streak_but_keeps_the_days_done() -> None:
    done = [days_ago(count) for count in (9, 8, 7, 5, 4, 3, 2, 1)]
    progress = plan_progress([saved(day) for day in done], TODAY, 14)
    # Today is still to do: yesterday's streak stands until the day is over.
    assert (progress.days_done, progress.streak, progress.day_number) == (8, 5, 9)
    with_today = plan_progress([saved(day) for day in [*done, TODAY]], TODAY, 14)
    assert (with_today.days_done, with_today.streak, with_today.day_number) == (9, 6, 9)
    after_a_gap = plan_progress([saved(day) for day in done], TODAY + timedelta(days=1), 14)
    assert (after_a_gap.days_done, after_a_gap.streak) == (8, 0)


def test_fourteen_days_not_in_a_row_complete_the_plan() -> None:
    every_other_day = [saved(days_ago(2 * count)) for count in range(14)]
    progress = plan_progress(every_other_day, TODAY, 14)
    assert progress.complete
    assert progress.streak == 1
    assert not plan_progress(every_other_day[1:], TODAY, 14).complete


def test_the_progressions_are_suggested_once_the_plan_is_done_unless_declined() -> None:
    routine = small_routine()
    done = plan_progress([saved(days_ago(count)) for count in range(14)], TODAY, 14)
    not_yet = plan_progress([saved(days_ago(count)) for count in range(13)], TODAY, 14)
    # Of tilt, rotation and bridge, only bridge has a progression.
    assert [e.id for e in progression_due(done, routine, {})] == ["bridge"]
    assert progression_due(not_yet, routine, {}) == ()
    assert progression_due(done, routine, {"bridge": Variant.PROGRESSION}) == ()
    assert progression_due(done, routine, {}, declined={"bridge"}) == ()


def test_each_week_totals_its_sessions_monday_to_sunday() -> None:
    monday = date(2026, 11, 16)
    sessions = [
        saved(monday - timedelta(days=1), seconds=300),
        saved(monday, seconds=600),
        saved(monday, status=SessionStatus.ENDED, outcomes=SKIPPED_ALL, seconds=60),
        saved(monday + timedelta(days=6), outcomes=(Outcome.DONE, Outcome.SKIPPED), seconds=400),
    ]
    totals = [
        (week.monday, week.days_counted, week.sessions, week.exercises_done, week.seconds)
        for week in week_totals(sessions)
    ]
    assert totals == [
        (monday - timedelta(days=7), 1, 1, 3, 300),
        (monday, 2, 3, 4, 1060),
    ]


def test_only_the_days_done_with_the_plans_routine_count_toward_it(tmp_path: Path) -> None:
    wall = WallClock(datetime.combine(TODAY, time(20, 0)).astimezone())
    history = History.open(tmp_path, clock=wall)
    stretches = replace(small_routine(), title="Workrave's exercises")
    try:
        sessions_on(history, wall, [days_ago(3), days_ago(1)])
        sessions_on(history, wall, [days_ago(4), days_ago(2), TODAY], stretches)
        saved_sessions = history.sessions()
    finally:
        history.close()
    assert {session.routine for session in saved_sessions} == {
        "Test routine",
        "Workrave's exercises",
    }
    pilates = plan_progress(sessions_of(saved_sessions, "Test routine"), TODAY, 14)
    assert (pilates.days_done, pilates.done_today, pilates.streak) == (2, False, 1)
    desk = plan_progress(sessions_of(saved_sessions, "Workrave's exercises"), TODAY, 14)
    assert (desk.days_done, desk.done_today, desk.streak) == (3, True, 1)
    assert set(day_marks(sessions_of(saved_sessions, "Test routine"))) == {
        days_ago(3),
        days_ago(1),
    }
