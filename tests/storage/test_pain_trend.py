"""What the pain chart and the report are drawn from: each session's scores and how much of it
was done, the last four weeks read a page at a time, the variants done, the days practised and
the sessions stopped because it hurt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from backpain_gui.content.model import Variant
from backpain_gui.session.pain import IT_HURTS
from backpain_gui.session.records import Outcome
from backpain_gui.storage.history import SessionPage
from backpain_gui.storage.pain_trend import (
    gather_report,
    pain_trend,
    period,
    report_facts,
    sessions_since,
)
from backpain_gui.storage.progress import DayMark
from backpain_gui.storage.saved import SessionEntry, SessionStatus
from tests.storage.history_runs import saved

TODAY = date(2026, 12, 3)


def scored(
    day: date, before: int | None, after: int | None, session_id: int = 1, **changes: Any
) -> SessionEntry:
    """A finished session of three exercises done on `day`, with its pain scores."""
    return replace(
        saved(day, session_id=session_id), pain_before=before, pain_after=after, **changes
    )


class PagesOf:
    """A history that gives `sessions` in pages, newest first, counting the pages read."""

    def __init__(self, sessions: list[SessionEntry]) -> None:
        self.newest_first = sorted(sessions, key=lambda s: s.id, reverse=True)
        self.reads: list[int | None] = []

    def page(self, before: int | None, count: int) -> SessionPage:
        self.reads.append(before)
        older = [s for s in self.newest_first if before is None or s.id < before]
        shown = older[:count]
        return SessionPage(shown, shown[-1].id if len(older) > count else None)

    def count(self) -> int:
        return len(self.newest_first)

    def first_day(self) -> date | None:
        return min((s.day for s in self.newest_first), default=None)


def test_the_period_is_the_last_four_weeks_to_today_and_never_under_two() -> None:
    assert period(TODAY) == (date(2026, 11, 6), TODAY)
    assert period(TODAY, days=3) == (TODAY - timedelta(days=13), TODAY)


def test_each_session_keeps_its_scores_what_was_done_and_whether_it_hurt() -> None:
    hurt = scored(
        TODAY,
        6,
        None,
        stopped_because=IT_HURTS,
        status=SessionStatus.ENDED,
        exercises=saved(TODAY, outcomes=(Outcome.DONE, Outcome.PARTIAL)).exercises,
    )
    trend = pain_trend([scored(TODAY - timedelta(days=1), 4, 2), hurt], *period(TODAY))
    (yesterday, today) = trend.points
    assert (yesterday.pain_before, yesterday.pain_after, yesterday.it_hurt) == (4, 2, False)
    assert (yesterday.exercises_done, yesterday.exercises_planned) == (3, 3)
    assert (today.pain_before, today.pain_after, today.it_hurt) == (6, None, True)
    assert (today.exercises_done, today.exercises_planned) == (1, 3)
    assert trend.scored


def test_sessions_outside_the_period_are_left_out() -> None:
    trend = pain_trend(
        [scored(TODAY - timedelta(days=28), 9, 9), scored(TODAY, 3, 3)], *period(TODAY)
    )
    assert [point.pain_before for point in trend.points] == [3]


def test_only_the_pages_that_reach_into_the_period_are_read() -> None:
    days = [TODAY - timedelta(days=back) for back in range(200, -1, -1)]
    history = PagesOf([scored(day, 3, 2, session_id=n + 1) for n, day in enumerate(days)])
    found = sessions_since(history, TODAY - timedelta(days=27))
    assert [s.day for s in found] == days[-28:]
    # 201 sessions, 50 a page: the first page holds the period and goes past its start.
    assert len(history.reads) == 1


def test_the_report_counts_variants_days_and_stops() -> None:
    modified = saved(TODAY - timedelta(days=2), session_id=2).exercises
    modified = tuple(
        replace(entry, variant=Variant.MODIFICATION) if entry.position == 1 else entry
        for entry in modified
    )
    sessions = [
        scored(TODAY - timedelta(days=40), 8, 8, session_id=1),
        scored(TODAY - timedelta(days=2), 5, 4, session_id=2, exercises=modified),
        scored(TODAY - timedelta(days=1), 4, 3, session_id=3),
        scored(
            TODAY,
            3,
            5,
            session_id=4,
            stopped_because=IT_HURTS,
            status=SessionStatus.ENDED,
            exercises=saved(TODAY, outcomes=(Outcome.DONE, Outcome.PARTIAL)).exercises,
        ),
    ]
    facts = gather_report(PagesOf(sessions), TODAY, date(2026, 11, 1))
    assert facts.screening_passed_on == date(2026, 11, 1)
    assert (facts.sessions_in_all, facts.first_day) == (4, TODAY - timedelta(days=40))
    assert facts.routines == (("Test routine", 3),)
    assert facts.days_practised == 2
    assert facts.marks[TODAY] is DayMark.STARTED
    times = {done.exercise: dict(done.times) for done in facts.exercises}
    assert times == {
        "Exercise 1": {Variant.STANDARD: 3},
        "Exercise 2": {Variant.STANDARD: 1, Variant.MODIFICATION: 1},
        "Exercise 3": {Variant.STANDARD: 2},
    }
    (stop,) = facts.stops
    assert (stop.started_at.date(), stop.exercise, stop.pain_before, stop.pain_after) == (
        TODAY,
        "Exercise 2",
        3,
        5,
    )
    assert [(line.day, line.pain_before, line.pain_after, line.notes) for line in facts.days] == [
        (TODAY - timedelta(days=2), (5,), (4,), ()),
        (TODAY - timedelta(days=1), (4,), (3,), ()),
        (TODAY, (3,), (5,), (("stopped: it hurts", 1),)),
    ]


def test_a_report_of_nothing_is_still_a_report() -> None:
    facts = report_facts([], TODAY, None, 0, None)
    assert facts.trend.points == ()
    assert facts.days_practised == 0
    assert (facts.exercises, facts.stops, facts.days) == ((), (), ())
