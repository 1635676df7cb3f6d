"""The daily reminder in the running app: it sends at the chosen time and answers its actions.

The rules (when, not twice, snooze) are storage/reminder_rules.py's; this adapter asks them
every half minute, with the wall clock, and once more at the minute the reminder falls due
when that is nearer, so that it comes at the time the user chose; it sends through a
DesktopNotifier. Its Start and
Snooze are answered for the notification this app sent, and for the one `backpain-gui remind
--now` sent (its id is in the settings).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

from backpain_gui.content.builtin import APP_ID
from backpain_gui.storage.progress import PlanProgress
from backpain_gui.storage.reminder_rules import (
    Verdict,
    next_due,
    reminded,
    snoozed,
    verdict,
    verdict_now,
)
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.mpris import dbus_interface, forget_dbus
from backpain_gui.ui.notifications import (
    ACTIONS,
    SNOOZE_ACTION,
    START_ACTION,
    DesktopNotifier,
)
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from backpain_gui.storage.history import History

# Often enough that a reminder is at most half a minute late, and that a wall clock set
# forward or a laptop woken from sleep is noticed soon.
CHECK_MS = 30_000
SUMMARY = QT_TRANSLATE_NOOP("Reminders", "Time for your back exercises")
# The running app on the session bus, so that `remind --now` has it send the reminder: a
# server tells only the notification's sender which action was picked (ActionInvoked is
# addressed to it), so the app must be the sender to answer Start and Snooze.
REMIND_SERVICE = APP_ID
REMIND_PATH = "/io/github/backpain_gui/Reminder"
REMIND_INTERFACE = "io.github.backpain_gui.Reminder"


def todays_progress(history: History, title: str, plan_days: int, today: date) -> PlanProgress:
    """The plan's progress today, with `done_today` meaning a session of any routine counted."""
    progress = history.progress(title, today, plan_days)
    if not progress.done_today and history.progress(None, today, plan_days).done_today:
        # A day done with another routine is still a day practised: no reminder.
        return PlanProgress(progress.plan_days, progress.days_done, True, progress.streak)
    return progress


def began_today(history: History, today: date) -> bool:
    """Whether a session of any routine was begun today: done, ended early or under way."""
    return bool(history.day_marks(None, today, today))


def reminder_words(progress: PlanProgress) -> str:
    """The reminder's body: the plan's day and the streak, as the plan screen says them."""
    from backpain_gui.ui.plan_calendar import plan_day_words, streak_words

    return f"{plan_day_words(progress)}. {streak_words(progress)}."


def send_reminder(
    store: SettingsStore,
    notifier: DesktopNotifier,
    progress: PlanProgress,
    now: datetime,
    actions: tuple[str, ...] = ACTIONS,
) -> int | None:
    """Send today's reminder now and record it; its id, or None (see `notifier.problem`)."""
    notification_id = notifier.notify(
        translate("Reminders", SUMMARY), reminder_words(progress), actions
    )
    if notification_id is not None:
        store.save_reminder_state(reminded(store.reminder_state(), now))
        store.set_notification_id(notification_id)
    return notification_id


class ReminderService(QObject):
    """Sends the daily reminder when the rules say, and answers Start and Snooze.

    Signals: `start_asked()` when the user picks Start on a reminder; `sent(int)` with the id
    of each reminder sent; `checked(PlanProgress)` with the progress read at each check.

    The reminder is for a day with no session yet: `began` says whether one was begun today
    (none after "It hurts", none in the middle of a session); without it, a day whose session
    counted is the only day practised.
    """

    start_asked = Signal()
    sent = Signal(int)
    checked = Signal(object)

    def __init__(
        self,
        store: SettingsStore,
        notifier: DesktopNotifier,
        progress: Callable[[], PlanProgress],
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
        began: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.notifier = notifier
        self._progress = progress
        self._began = began
        self._now = now
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        # A Qt timer counts the monotonic clock: woken at the wall clock's due time, the check
        # finds it early only if the clock was set meanwhile, and then waits again.
        self._when_due = QTimer(self)
        self._when_due.setSingleShot(True)
        self._when_due.setTimerType(Qt.TimerType.PreciseTimer)
        self._served_on: QDBusConnection | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.check)
        self._when_due.timeout.connect(self.check)
        self.notifier.action_invoked.connect(self.on_notifier_action_invoked)

    def start(self) -> None:
        """Listen to the notification server and check from now on, the first time at once."""
        self.notifier.listen()
        self._timer.start()
        QTimer.singleShot(0, self.check)

    @Slot()
    def check(self) -> Verdict:
        """Send the reminder if it is due now; what the rules said."""
        progress = self._progress()
        now = self._now()
        practised = self._practised(progress)
        said = verdict(self.store.reminder_state(), now, practised)
        self.checked.emit(progress)
        if said is Verdict.SEND:
            notification_id = send_reminder(self.store, self.notifier, progress, now)
            if notification_id is not None:
                self.sent.emit(notification_id)
        self._wake_when_due(now, practised)
        return said

    def snoozable(self, progress: PlanProgress) -> bool:
        """Whether today has a reminder to put off: reminders on, and no session begun."""
        return self.store.reminder_state().enabled and not self._practised(progress)

    def _practised(self, progress: PlanProgress) -> bool:
        return progress.done_today or (self._began is not None and self._began())

    def _wake_when_due(self, now: datetime, practised_today: bool) -> None:
        due = next_due(self.store.reminder_state(), now, practised_today)
        wait_ms = CHECK_MS if due is None else (due - now).total_seconds() * 1000
        # Due now and not sent (no notification server): the half-minute check tries again.
        if 0 < wait_ms < CHECK_MS:
            self._when_due.start(math.ceil(wait_ms))
        else:
            self._when_due.stop()

    def remind_now(self) -> str:
        """Send today's reminder at once (for `remind --now`); "" when sent, else why not."""
        progress = self._progress()
        said = verdict_now(self.store.reminder_state(), self._practised(progress))
        if said is not Verdict.SEND:
            return said.value
        notification_id = send_reminder(self.store, self.notifier, progress, self._now())
        if notification_id is None:
            return self.notifier.problem
        self.sent.emit(notification_id)
        return ""

    def serve(self, bus: QDBusConnection) -> bool:
        """Take `remind --now`'s calls on `bus`; whether the app is on it."""
        if not bus.isConnected():
            return False
        _RemindAdaptor(self)
        if not bus.registerObject(REMIND_PATH, self):
            return False
        self._served_on = bus
        return bus.registerService(REMIND_SERVICE)

    def close(self) -> None:
        """Leave the bus (on quit)."""
        if self._served_on is not None:
            self._served_on.unregisterService(REMIND_SERVICE)
            self._served_on.unregisterObject(REMIND_PATH)
            self._served_on = None
            forget_dbus(self)

    @Slot()
    def snooze(self) -> None:
        """One more reminder today, 30 minutes from now (the tray's Snooze, or the action)."""
        self.store.save_reminder_state(snoozed(self.store.reminder_state(), self._now()))
        self.withdraw()

    @Slot()
    def withdraw(self) -> None:
        """Take the reminder off the screen, if one is there (snoozed, or a session began)."""
        shown = self.store.notification_id()
        if shown is not None:
            self.notifier.withdraw(shown)
            self.store.set_notification_id(None)

    @Slot(int, str)
    def on_notifier_action_invoked(self, notification_id: int, action: str) -> None:
        # Other programs' notifications have actions too: only the reminder's are answered.
        if notification_id != self.store.notification_id():
            return
        if action == START_ACTION:
            self.store.set_notification_id(None)
            self.start_asked.emit()
        elif action == SNOOZE_ACTION:
            self.snooze()


@dbus_interface(REMIND_INTERFACE)
class _RemindAdaptor(QDBusAbstractAdaptor):
    """io.github.backpain_gui.Reminder: RemindNow() sends today's reminder, says why not."""

    def __init__(self, service: ReminderService) -> None:
        super().__init__(service)
        self._service = service

    # D-Bus names its methods so.
    @Slot(result=str)
    def RemindNow(self) -> str:
        return self._service.remind_now()
