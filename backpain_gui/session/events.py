"""What happened in a session, as one stream the UI, sound, history and event log all read."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum, StrEnum

from backpain_gui.content.model import Breath, Side, Variant
from backpain_gui.session.records import Outcome


class EventKind(StrEnum):
    """What an event reports."""

    SESSION_STARTED = "session_started"
    GET_READY_STARTED = "get_ready_started"
    # Get-ready is over and the first rep begins.
    EXERCISE_STARTED = "exercise_started"
    PHASE_STARTED = "phase_started"
    REP_COMPLETED = "rep_completed"
    # The switch-sides pause begins; `side` is the side about to be done.
    SIDE_SWITCHED = "side_switched"
    REST_STARTED = "rest_started"
    EXERCISE_COMPLETED = "exercise_completed"
    # Left before all its reps were done (skip or end); `outcome` says skipped or partial.
    EXERCISE_SKIPPED = "exercise_skipped"
    # Back or restart: the exercise starts over from its get-ready.
    EXERCISE_RESTARTED = "exercise_restarted"
    # Emitted when the new variant takes effect, not when it was asked for.
    VARIANT_CHANGED = "variant_changed"
    PAUSED = "paused"
    # Resume was pressed: the resume countdown begins (`seconds` long).
    RESUMING = "resuming"
    # The countdown is over and the interrupted period continues where it stopped.
    RESUMED = "resumed"
    SESSION_FINISHED = "session_finished"
    SESSION_ENDED = "session_ended"


@dataclass(frozen=True, slots=True)
class Event:
    """One thing that happened, stamped with when it was due on the clock and in session time."""

    kind: EventKind
    # The monotonic clock time (seconds) the event was due, even when reported late.
    at: float
    # Active (pause-excluded) seconds since the session started.
    session_time: float
    exercise_index: int | None = None
    exercise_id: str | None = None
    variant: Variant | None = None
    side: Side | None = None
    # 1-based rep number, and the reps per side.
    rep: int | None = None
    reps: int | None = None
    # 0-based phase index within the rep, and how many phases a rep has.
    phase_index: int | None = None
    phase_count: int | None = None
    breath: Breath | None = None
    # The length of the period this event starts (phase, get-ready, switch, rest, countdown).
    seconds: float | None = None
    # Reps done per side, for rep completed, exercise completed/skipped/restarted.
    reps_done: tuple[int, ...] | None = None
    outcome: Outcome | None = None
    # The exercise a rest previews.
    next_exercise_index: int | None = None
    next_exercise_id: str | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict: enums as their string values, fields that are None left out."""
        result: dict[str, object] = {}
        for spec in fields(self):
            value = getattr(self, spec.name)
            if value is None:
                continue
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, tuple):
                value = list(value)
            result[spec.name] = value
        return result
