"""After a crash or a power cut: offer to continue today's session where it stopped.

The history keeps a session the app never closed as interrupted, with every exercise that
was left before the stop. The exercise in progress then was the next one in the plan, so
the offer is to start again from the beginning of that exercise and do the rest. Only a
session begun today is offered (yesterday's warm-up is cold by now), only while the
routine still plans the same exercises first, and one the user declined is not offered again.
A session continued so says which one it carries on (`ContinuedSettings`), and the history
saves it into that session's row: the day keeps one session, with the work of both parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime

from PySide6.QtCore import QLocale, QSettings, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from backpain_gui.content.model import Routine
from backpain_gui.session.schedule import plan_session
from backpain_gui.session.settings import SessionSettings
from backpain_gui.storage.saved import SessionEntry, SessionStatus
from backpain_gui.ui.plain_text import ask_plain_question
from backpain_gui.ui.translation import translate

# The id of the interrupted session the user chose not to continue.
DECLINED_SETTING = "session/declined_to_continue"


@dataclass(frozen=True, slots=True)
class InterruptedSession:
    """A session the app never closed: when it began, and the exercises left before the stop."""

    id: int
    started_at: datetime
    routine: str
    # Ids of the exercises saved before the stop (done, partial or skipped), in plan order.
    exercises_done: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ContinuedSettings(SessionSettings):
    """The settings of a session that carries on an interrupted one: the rest of its exercises."""

    # The saved session's id; the history goes on saving into it.
    continues: int = field(kw_only=True)


def interrupted_session(sessions: Sequence[SessionEntry], today: date) -> InterruptedSession | None:
    """The latest saved session, if the app never closed it and it began today."""
    if not sessions:
        return None
    latest = sessions[-1]
    if latest.status is not SessionStatus.INTERRUPTED or latest.day != today:
        return None
    done = tuple(entry.exercise_id for entry in latest.results)
    return InterruptedSession(latest.id, latest.started_at, latest.routine, done)


def exercises_to_continue(
    interrupted: InterruptedSession, routine: Routine, settings: SessionSettings
) -> tuple[str, ...]:
    """The exercises still to do, the one in progress first; () when it cannot go on.

    It cannot when the routine is another one, no longer plans the same exercises first, or
    has none after them.
    """
    planned = tuple(plan.exercise.id for plan in plan_session(routine, settings).exercises)
    done = interrupted.exercises_done
    if interrupted.routine != routine.title or planned[: len(done)] != done:
        return ()
    return planned[len(done) :]


class ContinueDialog:
    """Asks whether to continue an interrupted session; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, started_at: datetime, exercise_name: str) -> bool:
        """True when the user wants to continue from the start of `exercise_name`."""
        # The exercise's name is the routine's text, shown literally.
        return ask_plain_question(
            parent,
            translate("ContinueDialog", "Continue today's session?"),
            translate(
                "ContinueDialog",
                "Today's session, begun at {time}, stopped during {exercise}. "
                "Continue from the start of {exercise}?",
            ).format(time=_clock_time(started_at), exercise=exercise_name),
            QMessageBox.StandardButton.Yes,
        )


def _clock_time(moment: datetime) -> str:
    """The time of day of `moment` as the UI language writes it (14:05, 2:05 PM)."""
    time = QTime(moment.hour, moment.minute)
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def offer_to_continue(
    parent: QWidget,
    sessions: Sequence[SessionEntry],
    routine: Routine,
    settings: SessionSettings,
    app_settings: QSettings,
    today: date,
) -> SessionSettings | None:
    """Offer to continue today's interrupted session; the settings to start it with, if yes."""
    interrupted = interrupted_session(sessions, today)
    if interrupted is None or str(app_settings.value(DECLINED_SETTING)) == str(interrupted.id):
        return None
    rest = exercises_to_continue(interrupted, routine, settings)
    if not rest:
        return None
    in_progress = next(exercise.name for exercise in routine.exercises if exercise.id == rest[0])
    if ContinueDialog.ask(parent, interrupted.started_at, in_progress):
        chosen = {each.name: getattr(settings, each.name) for each in fields(SessionSettings)}
        return ContinuedSettings(**{**chosen, "exercises": rest}, continues=interrupted.id)
    app_settings.setValue(DECLINED_SETTING, interrupted.id)
    return None
