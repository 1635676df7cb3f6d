"""A saved session as the history reads it back: plain data, no database, so the screens that
show it load without SQLite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from backpain_gui.content.model import Side, Variant
from backpain_gui.session.records import Outcome


class SessionStatus(StrEnum):
    """How a session was left."""

    FINISHED = "finished"
    # The user ended it before the last exercise.
    ENDED = "ended"
    # The app stopped (crash, kill, power cut) before the session was closed.
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class ExerciseEntry:
    """One exercise of a saved session, as it was left."""

    position: int
    exercise_id: str
    name: str
    outcome: Outcome
    variant: Variant
    sides: tuple[Side | None, ...]
    reps_done: tuple[int, ...]
    reps_target: int
    seconds: float
    ended_at: datetime
    # The user went back and did it again: a later entry is the session's result.
    redone: bool


@dataclass(frozen=True, slots=True)
class SessionEntry:
    """One saved session and its exercises, redone attempts included, in the order done."""

    id: int
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    routine: str
    planned_exercises: int
    active_seconds: float | None
    exercises: tuple[ExerciseEntry, ...]
    # How the back was before and after, 0-10; None when not asked or skipped.
    pain_before: int | None = None
    pain_after: int | None = None
    # Why the person stopped it early ("it hurts"), when they said.
    stopped_because: str | None = None

    @property
    def day(self) -> date:
        """The local date the session started on."""
        return self.started_at.date()

    @property
    def results(self) -> tuple[ExerciseEntry, ...]:
        """The session's result: each exercise's last attempt, as the summary showed it."""
        return tuple(entry for entry in self.exercises if not entry.redone)

    @property
    def seconds(self) -> float:
        """Active time: as closed, or for an interrupted session, its exercises' time."""
        if self.active_seconds is not None:
            return self.active_seconds
        return sum(entry.seconds for entry in self.exercises)
