"""How the back went, session by session: what the pain chart draws and what the report for a
physiotherapist says, worked out from the saved sessions.

No Qt and no drawing here: the history window and the PDF report both draw from these facts,
so they cannot tell different stories. A period is whole days, the last four weeks to today by
default, at least two weeks wide so that one session does not fill the chart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from backpain_gui.content.model import Variant
from backpain_gui.session.pain import IT_HURTS
from backpain_gui.session.records import Outcome
from backpain_gui.storage.progress import DayMark, day_marks
from backpain_gui.storage.saved import SessionEntry, SessionStatus

if TYPE_CHECKING:
    from backpain_gui.storage.history import SessionPage

# Four weeks: the two-week plan and what came after it, one page of a report.
REPORT_DAYS = 28
# The chart's narrowest period: a fortnight, however new the history.
SHORTEST_DAYS = 14
# Sessions read from the history at a time, newest first, until the period is covered.
_PAGE = 50


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate (context "PainTrend"); the report says it in the UI language
    (ui/physio_report.py). This layer imports no Qt."""
    return text


# A day's notes in the report: how its sessions that were not plainly finished were left.
STATUS_WORDS = {
    SessionStatus.FINISHED: QT_TRANSLATE_NOOP("PainTrend", "finished"),
    SessionStatus.ENDED: QT_TRANSLATE_NOOP("PainTrend", "ended early"),
    SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("PainTrend", "interrupted"),
}
STOPPED_IT_HURTS = QT_TRANSLATE_NOOP("PainTrend", "stopped: it hurts")


class PagedHistory(Protocol):
    """What the facts read from the history: pages of sessions, newest first, and counts."""

    def page(self, before: int | None, count: int) -> SessionPage: ...

    def count(self) -> int: ...

    def first_day(self) -> date | None: ...


@dataclass(frozen=True, slots=True)
class SessionPoint:
    """One session as the chart shows it: its scores, how much of it was done, and whether it
    was stopped because it hurt."""

    started_at: datetime
    pain_before: int | None
    pain_after: int | None
    exercises_done: int
    exercises_planned: int
    it_hurt: bool

    @property
    def day(self) -> date:
        """The day the session started on."""
        return self.started_at.date()


@dataclass(frozen=True, slots=True)
class PainTrend:
    """The sessions of the days from `first` to `last`, oldest first."""

    first: date
    last: date
    points: tuple[SessionPoint, ...] = ()

    @property
    def days(self) -> int:
        """How many days the period spans, both ends included."""
        return (self.last - self.first).days + 1

    @property
    def scored(self) -> bool:
        """Whether any session of the period has a pain score."""
        return any(p.pain_before is not None or p.pain_after is not None for p in self.points)


def period(today: date, days: int = REPORT_DAYS) -> tuple[date, date]:
    """The first and last day of the `days` days that end today."""
    return today - timedelta(days=max(days, SHORTEST_DAYS) - 1), today


def session_point(session: SessionEntry) -> SessionPoint:
    """What the chart shows of one saved session."""
    done = sum(entry.outcome is Outcome.DONE for entry in session.results)
    return SessionPoint(
        session.started_at,
        session.pain_before,
        session.pain_after,
        done,
        max(session.planned_exercises, done),
        session.stopped_because == IT_HURTS,
    )


def pain_trend(sessions: Iterable[SessionEntry], first: date, last: date) -> PainTrend:
    """The chart of the sessions started from `first` to `last`."""
    points = sorted(
        (session_point(s) for s in sessions if first <= s.day <= last),
        key=lambda point: point.started_at,
    )
    return PainTrend(first, last, tuple(points))


def sessions_since(
    history: PagedHistory, first: date, newest: SessionPage | None = None
) -> list[SessionEntry]:
    """The saved sessions started on `first` or later, oldest first, read a page at a time
    from the newest, so that a long history is not read in full; `newest` is the first page,
    when it has been read already."""
    found: list[SessionEntry] = []
    before: int | None = None
    while True:
        page = newest if newest is not None and before is None else history.page(before, _PAGE)
        recent = [session for session in page.sessions if session.day >= first]
        found.extend(recent)
        if page.before is None or len(recent) < len(page.sessions):
            break
        before = page.before
    found.reverse()
    return found


@dataclass(frozen=True, slots=True)
class ExerciseDone:
    """How often each variant of one exercise was done in full over the period."""

    routine: str
    exercise: str
    times: tuple[tuple[Variant, int], ...]


@dataclass(frozen=True, slots=True)
class StopEntry:
    """A session stopped because it hurt: when, during which exercise, and the scores."""

    started_at: datetime
    routine: str
    exercise: str | None
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True, slots=True)
class DayLine:
    """One day practised, as the report's table lists it."""

    day: date
    sessions: int
    exercises_done: int
    exercises_planned: int
    pain_before: tuple[int, ...]
    pain_after: tuple[int, ...]
    # How its sessions that were not plainly finished were left (STATUS_WORDS, or
    # STOPPED_IT_HURTS, in English for the UI to translate), each with how many.
    notes: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """Everything the report for a physiotherapist says, for the period of `trend`."""

    today: date
    trend: PainTrend
    marks: dict[date, DayMark]
    routines: tuple[tuple[str, int], ...]
    exercises: tuple[ExerciseDone, ...]
    days: tuple[DayLine, ...]
    stops: tuple[StopEntry, ...]
    screening_passed_on: date | None
    sessions_in_all: int
    first_day: date | None

    @property
    def days_practised(self) -> int:
        """Days of the period that count (a session finished with an exercise done)."""
        return sum(mark >= DayMark.COUNTED for mark in self.marks.values())


def _exercises(sessions: Sequence[SessionEntry]) -> tuple[ExerciseDone, ...]:
    counts: dict[tuple[str, str], Counter[Variant]] = {}
    for session in sessions:
        for entry in session.results:
            times = counts.setdefault((session.routine, entry.name), Counter())
            if entry.outcome is Outcome.DONE:
                times[entry.variant] += 1
    order = list(Variant)
    return tuple(
        ExerciseDone(
            routine,
            name,
            tuple((variant, times[variant]) for variant in order if times[variant]),
        )
        for (routine, name), times in counts.items()
    )


def _stop(session: SessionEntry) -> StopEntry:
    # The exercise it hurt in: the last one the session reached.
    last = session.exercises[-1].name if session.exercises else None
    return StopEntry(
        session.started_at, session.routine, last, session.pain_before, session.pain_after
    )


def _day_lines(sessions: Sequence[SessionEntry]) -> tuple[DayLine, ...]:
    by_day: dict[date, list[SessionEntry]] = {}
    for session in sessions:
        by_day.setdefault(session.day, []).append(session)
    lines = []
    for day, those in sorted(by_day.items()):
        points = [session_point(session) for session in those]
        notes = Counter(
            STOPPED_IT_HURTS if point.it_hurt else STATUS_WORDS[session.status]
            for session, point in zip(those, points, strict=True)
            if point.it_hurt or session.status is not SessionStatus.FINISHED
        )
        lines.append(
            DayLine(
                day,
                len(those),
                sum(point.exercises_done for point in points),
                sum(point.exercises_planned for point in points),
                tuple(p.pain_before for p in points if p.pain_before is not None),
                tuple(p.pain_after for p in points if p.pain_after is not None),
                tuple(notes.items()),
            )
        )
    return tuple(lines)


def report_facts(
    sessions: Sequence[SessionEntry],
    today: date,
    screening_passed_on: date | None,
    sessions_in_all: int,
    first_day: date | None,
    days: int = REPORT_DAYS,
) -> ReportFacts:
    """The report on the `days` days to `today`, from the saved `sessions` (any older ones are
    left out)."""
    first, last = period(today, days)
    shown = [session for session in sessions if first <= session.day <= last]
    routines = Counter(session.routine for session in shown)
    return ReportFacts(
        today=today,
        trend=pain_trend(shown, first, last),
        marks=day_marks(shown),
        routines=tuple(routines.most_common()),
        exercises=_exercises(shown),
        days=_day_lines(shown),
        stops=tuple(_stop(session) for session in shown if session.stopped_because == IT_HURTS),
        screening_passed_on=screening_passed_on,
        sessions_in_all=sessions_in_all,
        first_day=first_day,
    )


def gather_report(
    history: PagedHistory,
    today: date,
    screening_passed_on: date | None,
    days: int = REPORT_DAYS,
) -> ReportFacts:
    """The report on the last `days` days, read from `history`."""
    first, _last = period(today, days)
    sessions = sessions_since(history, first)
    return report_facts(
        sessions,
        today,
        screening_passed_on,
        history.count(),
        history.first_day(),
        days,
    )
