"""`backpain-gui remind`: today's reminder from the command line, for scripts, timers and tests.

`remind` sends it when the rules say it is due (the chosen time passed, not sent today);
`remind --now` at once. Neither sends when reminders are off or today's session is done:
each prints why and exits 0. Qt's core and D-Bus only, no display.
"""

from __future__ import annotations

import sys
from datetime import datetime

from backpain_gui.app.cli_words import Words
from backpain_gui.content.model import Routine
from backpain_gui.storage.reminder_rules import Verdict

# Where the window keeps its settings: QSettings() under the names ui/app.py gives the app.
SETTINGS_NAMES = ("backpain-gui", "backpain-gui")


class ReminderLines(Words):
    """What `remind` says it did, in the user's language (the context translators see)."""

    def not_sent(self, why: str) -> str:
        return self.tr("No reminder sent: {why}.").format(why=why)

    def sent(self, summary: str, words: str) -> str:
        return self.tr("Sent today's reminder: {summary}. {words}").format(
            summary=summary, words=words
        )

    def no_start_button(self) -> str:
        return self.tr("backpain-gui is not running, so the reminder has no Start button.")

    def verdict(self, said: Verdict) -> str:
        """Why none was sent: the rule's own words (storage.reminder_rules), translated."""
        return {
            Verdict.SEND: self.tr("it is time"),
            Verdict.OFF: self.tr("reminders are off (turn them on in Settings)"),
            Verdict.PRACTISED: self.tr("you already practised today"),
            Verdict.NOT_YET: self.tr("it is not yet the time you chose"),
            Verdict.REMINDED: self.tr("today's reminder was already sent"),
            Verdict.SNOOZED: self.tr("the reminder is snoozed"),
        }[said]


def remind(routine: Routine, now_at_once: bool) -> int:
    """Send today's reminder if it is due (or at once); print what was done. Exit status 0."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    from backpain_gui.storage.history import History
    from backpain_gui.storage.reminder_rules import verdict, verdict_now
    from backpain_gui.ui.app_settings import SettingsStore
    from backpain_gui.ui.notifications import DesktopNotifier
    from backpain_gui.ui.reminders import (
        REMIND_INTERFACE,
        REMIND_PATH,
        REMIND_SERVICE,
        SUMMARY,
        began_today,
        reminder_words,
        send_reminder,
        todays_progress,
    )
    from backpain_gui.ui.translation import translate

    # QtDBus needs an application object for its connection's thread.
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    store = SettingsStore(QSettings(*SETTINGS_NAMES))
    words_of = ReminderLines()
    now = datetime.now()
    history = History.open()
    try:
        progress = todays_progress(history, routine.title, routine.plan_days, now.date())
        # A session begun today, even one ended because it hurt, is no day to remind on: the
        # rule the running app follows (ReminderService, began_today).
        begun = progress.done_today or began_today(history, now.date())
    finally:
        history.close()
    state = store.reminder_state()
    said = verdict_now(state, begun) if now_at_once else verdict(state, now, begun)
    if said is not Verdict.SEND:
        print(words_of.not_sent(words_of.verdict(said)))
        return 0
    bus = QDBusConnection.sessionBus()
    words = reminder_words(progress)
    summary = translate("Reminders", SUMMARY)
    # Start and Snooze are told to the notification's sender only: the running app sends it,
    # so that it hears them. Without the app they would do nothing, so there are none.
    app = QDBusInterface(REMIND_SERVICE, REMIND_PATH, REMIND_INTERFACE, bus)
    if bus.isConnected() and app.isValid():
        reply = app.call("RemindNow")
        answer = reply.arguments()[0] if reply.arguments() else reply.errorMessage()
        if answer:
            print(words_of.not_sent(answer))
        else:
            print(words_of.sent(summary, words))
        return 0
    notifier = DesktopNotifier(bus)
    notification_id = send_reminder(store, notifier, progress, now, actions=())
    notifier.close()
    if notification_id is None:
        print(words_of.not_sent(notifier.problem))
        return 0
    print(words_of.sent(summary, words))
    print(words_of.no_start_button())
    return 0
