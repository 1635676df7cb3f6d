"""When the daily reminder is sent: the rules alone, with the time and the day passed in.

The rules, in one place:
- Nothing is sent while reminders are off, or on a day with a session already begun (done,
  ended early, or under way: no reminder follows "It hurts" or breaks into a session).
- One reminder a day, at the time the user chose, or as soon after it as the app is running
  (started late, or woken from sleep): the day is then marked as reminded.
- A missed day is never brought up again: a day that passed without the app running gets no
  reminder later, and the next day has its one reminder at its own time, no more.
- Snooze asks for one more reminder that day, 30 minutes on. Asked before the day's
  reminder came (the tray's Snooze in the morning), it puts that one off 30 minutes past its
  time: never sooner than the time chosen. A snooze is the day's it was asked on: one that
  would fall on the next day is dropped at midnight.
- `backpain-gui remind --now` sends today's reminder whatever the time, still not when
  reminders are off or the day's session is done.
No Qt and no I/O here: the settings store reads and writes the state, the UI sends.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import Enum

SNOOZE = timedelta(minutes=30)
# Before the user picks one: the evening, after work, when the laptop is likely open.
DEFAULT_TIME = time(18, 0)


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What the reminder is set to, and what it has done so far."""

    enabled: bool = False
    at: time = DEFAULT_TIME
    # Whether "Remind me each day at this time?" was asked (it is asked once).
    offered: bool = False
    snoozed_until: datetime | None = None
    # The last day a reminder was sent (or its time passed with reminders on).
    last_reminded: date | None = None


class Verdict(Enum):
    """Whether a reminder goes out now, and if not, why not, in the user's words."""

    SEND = "it is time"
    OFF = "reminders are off (turn them on in Settings)"
    PRACTISED = "you already practised today"
    NOT_YET = "it is not yet the time you chose"
    REMINDED = "today's reminder was already sent"
    SNOOZED = "the reminder is snoozed"


def _snooze_counts(state: ReminderState, today: date) -> bool:
    return (
        state.snoozed_until is not None
        and state.last_reminded == today
        and state.snoozed_until.date() == today
    )


def verdict(state: ReminderState, now: datetime, practised_today: bool) -> Verdict:
    """Whether the daily reminder is due at `now` (local wall-clock time)."""
    if not state.enabled:
        return Verdict.OFF
    if practised_today:
        return Verdict.PRACTISED
    today = now.date()
    if _snooze_counts(state, today):
        assert state.snoozed_until is not None
        return Verdict.SEND if now >= state.snoozed_until else Verdict.SNOOZED
    if state.last_reminded == today:
        return Verdict.REMINDED
    if now.time() < state.at:
        return Verdict.NOT_YET
    return Verdict.SEND


def verdict_now(state: ReminderState, practised_today: bool) -> Verdict:
    """Whether `remind --now` sends: at once, unless reminders are off or today is done."""
    if not state.enabled:
        return Verdict.OFF
    return Verdict.PRACTISED if practised_today else Verdict.SEND


def reminded(state: ReminderState, now: datetime) -> ReminderState:
    """The state once a reminder went out at `now`: today is reminded, a snooze is used up."""
    return replace(state, last_reminded=now.date(), snoozed_until=None)


def snoozed(state: ReminderState, now: datetime) -> ReminderState:
    """The state after Snooze at `now`: one more reminder today, 30 minutes on (or 30 minutes
    past the chosen time, when today's reminder is still to come)."""
    due_today = datetime.combine(now.date(), state.at)
    still_to_come = state.last_reminded != now.date() and now < due_today
    until = (due_today if still_to_come else now) + SNOOZE
    return replace(state, last_reminded=now.date(), snoozed_until=until)


def next_due(state: ReminderState, now: datetime, practised_today: bool) -> datetime | None:
    """When the reminder is next due, after `now`; None when it is off."""
    if not state.enabled:
        return None
    today = now.date()
    if not practised_today:
        if _snooze_counts(state, today):
            assert state.snoozed_until is not None
            return max(now, state.snoozed_until)
        if state.last_reminded != today:
            return max(now, datetime.combine(today, state.at))
    return datetime.combine(today + timedelta(days=1), state.at)


def parse_time(text: str) -> time | None:
    """'18:30' as a time; None for anything else."""
    hours, colon, minutes = text.strip().partition(":")
    if not colon or not (hours.isdigit() and minutes.isdigit()) or len(minutes) != 2:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return time(int(hours), int(minutes))


def time_text(at: time) -> str:
    """A time as the settings keep it and the user reads it: '18:30'."""
    return f"{at.hour:02d}:{at.minute:02d}"
