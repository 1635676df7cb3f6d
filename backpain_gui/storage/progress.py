"""The two-week plan read from the history: which days count, the streak, the calendar's
marks, the totals per week, and when to suggest the harder variants.

The rule for a day: it counts when a session started that day was finished (gone through to
the last exercise, not ended early or interrupted) with at least one exercise done in full.
The days need not be in a row. The seed's aim is a daily habit, and a missed day should not
throw away the days already done: it breaks the streak, never the plan.

A plan is a routine's: only days done with that routine count toward it (`sessions_of`), so
a day of Workrave's desk stretches is no day of the Pilates plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from backpain_gui.content.model import Exercise, Routine, Variant
from backpain_gui.session.records import Outcome
from backpain_gui.storage.saved import SessionEntry, SessionStatus


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate (context "Progress"); the screens say it in the UI language
    (`translate("Progress", DAY_RULE)`). This layer imports no Qt."""
    return text


# The rule in one line, for the plan screen, where room is short; DAY_RULE says why in full.
DAY_RULE_SHORT = QT_TRANSLATE_NOOP(
    "Progress", "A day counts when you finish a session; the days need not be in a row."
)
DAY_RULE = QT_TRANSLATE_NOOP(
    "Progress",
    "A day counts when you finish a session with at least one exercise done in full. The days "
    "need not be in a row: the aim is a daily habit, and a missed day breaks your streak but "
    "never undoes the days already done.",
)


class DayMark(IntEnum):
    """What was done on a day, least to most; a day shows the best of its sessions."""

    NOTHING = 0
    # Sessions, but none that counts: ended early, interrupted, or every exercise skipped.
    STARTED = 1
    # A finished session with at least one exercise done in full.
    COUNTED = 2
    # A finished session with every exercise done in full.
    ALL_DONE = 3


def sessions_of(sessions: Iterable[SessionEntry], routine: str) -> list[SessionEntry]:
    """The sessions done with the routine titled `routine`: those its plan is made of."""
    return [session for session in sessions if session.routine == routine]


def day_mark(session: SessionEntry) -> DayMark:
    """What this one session makes of its day."""
    results = session.results
    done = [entry.outcome is Outcome.DONE for entry in results]
    if session.status is not SessionStatus.FINISHED or not any(done):
        return DayMark.STARTED
    return DayMark.ALL_DONE if all(done) else DayMark.COUNTED


def day_marks(sessions: Iterable[SessionEntry]) -> dict[date, DayMark]:
    """Each day with a session, marked by the best session of that day."""
    marks: dict[date, DayMark] = {}
    for session in sessions:
        marks[session.day] = max(marks.get(session.day, DayMark.NOTHING), day_mark(session))
    return marks


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """How far along the plan the user is, as of `today`."""

    plan_days: int
    # Days that count, today included when it does.
    days_done: int
    done_today: bool
    # Days in a row that count, up to today (or yesterday, while today is still to do).
    streak: int
    # Days without one that counts, from the first day that did to yesterday (today is not
    # missed while it can still be done).
    days_missed: int = 0

    @property
    def day_number(self) -> int:
        """The plan day the user is on: today's, done or still to do."""
        return self.days_done if self.done_today else self.days_done + 1

    @property
    def complete(self) -> bool:
        """Whether every day of the plan is done."""
        return self.days_done >= self.plan_days


def plan_progress(sessions: Iterable[SessionEntry], today: date, plan_days: int) -> PlanProgress:
    """The plan's progress from the saved sessions."""
    counted = {
        day for day, mark in day_marks(sessions).items() if mark >= DayMark.COUNTED and day <= today
    }
    done_today = today in counted
    day = today if done_today else today - timedelta(days=1)
    streak = 0
    while day in counted:
        streak += 1
        day -= timedelta(days=1)
    missed = days_missed(min(counted), today, len(counted), done_today) if counted else 0
    return PlanProgress(plan_days, len(counted), done_today, streak, missed)


def days_missed(first: date, today: date, days_done: int, done_today: bool) -> int:
    """The days with none that counts, from `first` (the first that did) to yesterday, or to
    today when today is done: `days_done` of them counted."""
    last = today if done_today else today - timedelta(days=1)
    return max(0, (last - first).days + 1 - days_done)


def progression_due(
    progress: PlanProgress,
    routine: Routine,
    chosen: Mapping[str, Variant],
    declined: Iterable[str] = (),
) -> tuple[Exercise, ...]:
    """The exercises to suggest the progression of: once the plan is done, those that have one,
    are not already doing it, and whose suggestion the user has not declined."""
    if not progress.complete:
        return ()
    declined = set(declined)
    return tuple(
        exercise
        for exercise in routine.exercises
        if Variant.PROGRESSION in exercise.offered_variants
        and chosen.get(exercise.id) is not Variant.PROGRESSION
        and exercise.id not in declined
    )


@dataclass(frozen=True, slots=True)
class WeekTotal:
    """One week's sessions, Monday to Sunday."""

    monday: date
    days_counted: int
    sessions: int
    exercises_done: int
    seconds: float


def week_totals(sessions: Sequence[SessionEntry]) -> list[WeekTotal]:
    """The totals of each week with a session, oldest first."""
    weeks: dict[date, list[SessionEntry]] = {}
    for session in sessions:
        monday = session.day - timedelta(days=session.day.weekday())
        weeks.setdefault(monday, []).append(session)
    return [
        WeekTotal(
            monday=monday,
            days_counted=sum(mark >= DayMark.COUNTED for mark in day_marks(week).values()),
            sessions=len(week),
            exercises_done=sum(
                entry.outcome is Outcome.DONE for session in week for entry in session.results
            ),
            seconds=sum(session.seconds for session in week),
        )
        for monday, week in sorted(weeks.items())
    ]
