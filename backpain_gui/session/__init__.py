"""The session engine: a pure state machine over an injected clock. No Qt, no I/O."""

from backpain_gui.session.engine import BACK_WINDOW_SECONDS, Command, CommandResult, Session
from backpain_gui.session.events import Event, EventKind
from backpain_gui.session.position import SessionState
from backpain_gui.session.records import ExerciseRecord, Outcome
from backpain_gui.session.schedule import (
    ExercisePlan,
    PhasePlan,
    SessionPlan,
    plan_exercise,
    plan_session,
)
from backpain_gui.session.settings import SessionSettings
from backpain_gui.session.snapshot import Snapshot

__all__ = [
    "BACK_WINDOW_SECONDS",
    "Command",
    "CommandResult",
    "Event",
    "EventKind",
    "ExercisePlan",
    "ExerciseRecord",
    "Outcome",
    "PhasePlan",
    "Session",
    "SessionPlan",
    "SessionSettings",
    "SessionState",
    "Snapshot",
    "plan_exercise",
    "plan_session",
]
