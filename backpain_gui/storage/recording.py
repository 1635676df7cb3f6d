"""One session written to the history as its events arrive, mirroring the engine's records.

The engine keeps one record per exercise left, and drops the record of an exercise the user
goes back to, and of every later one (they will be redone). The history keeps those rows
but marks them redone rather than deleting them: the attempt was real exercise the user did,
and nothing the user did is lost; the rows not redone are exactly the engine's records.

A session that continues an interrupted one (the user took the offer after a crash) is saved
into the interrupted session's row: one session, its exercises numbered on from those saved
before the stop, and its time added to theirs when it is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.records import ExerciseRecord
from backpain_gui.session.schedule import SessionPlan
from backpain_gui.storage.history import History
from backpain_gui.storage.saved import ExerciseEntry, SessionStatus


class SessionRecording:
    """Writes one session's rows as its events happen; does nothing when history is off.

    `continues` is the id of the interrupted session that this one carries on, if any.
    """

    def __init__(
        self, history: History, plan: SessionPlan, routine: str, continues: int | None = None
    ) -> None:
        self.history = history
        self.plan = plan
        self.routine = routine
        self.continues = continues
        # The saved session's id, once it has started and while history works.
        self.session_id: int | None = None
        # Continuing an interrupted session: the exercises it saved, and their seconds.
        self._first_position = 0
        self._earlier_seconds = 0.0
        # The exercises the interrupted session had left before its stop, if this continues one.
        self.earlier: tuple[ExerciseEntry, ...] = ()
        # Session time each exercise's latest attempt began (its get-ready), by position.
        self._attempt_started: dict[int, float] = {}
        self._handlers: dict[EventKind, Callable[[Event], None]] = {
            EventKind.SESSION_STARTED: self._on_started,
            EventKind.GET_READY_STARTED: self._on_get_ready,
            EventKind.EXERCISE_COMPLETED: self._on_exercise_left,
            EventKind.EXERCISE_SKIPPED: self._on_exercise_left,
            EventKind.EXERCISE_RESTARTED: self._on_restarted,
            EventKind.SESSION_FINISHED: self._on_closed,
            EventKind.SESSION_ENDED: self._on_closed,
        }

    def on_events(self, events: Iterable[Event]) -> None:
        """Save what these events change, each write committed before the next event."""
        for event in events:
            handler = self._handlers.get(event.kind)
            if handler is not None:
                handler(event)

    def _on_started(self, event: Event) -> None:
        continued = None
        if self.continues is not None and self.history.writable:
            continued = self.history.session(self.continues)
        # Closed meanwhile (by another copy of the app): this is a session of its own.
        if continued is None or continued.status is not SessionStatus.INTERRUPTED:
            self.session_id = self.history.start_session(self.routine, len(self.plan.exercises))
            return
        self.session_id = continued.id
        self._first_position = len(continued.results)
        self._earlier_seconds = continued.seconds
        self.earlier = continued.results

    def _on_get_ready(self, event: Event) -> None:
        if event.exercise_index is not None:
            self._attempt_started[event.exercise_index] = event.session_time

    def _on_exercise_left(self, event: Event) -> None:
        index = event.exercise_index
        if self.session_id is None or index is None or event.outcome is None:
            return
        plan = self.plan.exercises[index]
        record = ExerciseRecord(
            # Its place in the saved session, which a continued one began before this run.
            exercise_index=self._first_position + index,
            exercise_id=plan.exercise.id,
            outcome=event.outcome,
            variant=event.variant or plan.variant,
            sides=plan.sides,
            reps_done=event.reps_done or (0,) * len(plan.sides),
            # Reps and sides are the exercise's whatever the variant; only the variant changes.
            reps_target=plan.reps,
            seconds=event.session_time - self._attempt_started.get(index, event.session_time),
        )
        self.history.record_exercise(self.session_id, record, plan.exercise.name)

    def _on_restarted(self, event: Event) -> None:
        if self.session_id is not None and event.exercise_index is not None:
            self.history.redo_from(self.session_id, self._first_position + event.exercise_index)

    def _on_closed(self, event: Event) -> None:
        if self.session_id is None:
            return
        finished = event.kind is EventKind.SESSION_FINISHED
        status = SessionStatus.FINISHED if finished else SessionStatus.ENDED
        seconds = self._earlier_seconds + event.session_time
        self.history.close_session(self.session_id, status, seconds)
