"""`backpain-gui remind`: today's reminder from the command line, for scripts, timers and tests.

`remind` sends it when the rules say it is due (the chosen time passed, not sent today);
`remind --now` at once. Neither sends when reminders are off or today's session is done:
each prints why and exits 0. Qt's core and D-Bus only, no display.
"""

from __future__ import annotations

import sys
from datetime import datetime

from backpain_gui.content.model import Routine

# Where the window keeps its settings: QSettings() under the names ui/app.py gives the app.
SETTINGS_NAMES = ("backpain-gui", "backpain-gui")


def remind(routine: Routine, now_at_once: bool) -> int:
    """Send today's reminder if it is due (or at once); print what was done. Exit status 0."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    from backpain_gui.storage.history import History
    from backpain_gui.storage.reminder_rules import Verdict, verdict, verdict_now
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
        print(f"No reminder sent: {said.value}.")
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
            print(f"No reminder sent: {answer}.")
        else:
            print(f"Sent today's reminder: {summary}. {words}")
        return 0
    notifier = DesktopNotifier(bus)
    notification_id = send_reminder(store, notifier, progress, now, actions=())
    notifier.close()
    if notification_id is None:
        print(f"No reminder sent: {notifier.problem}.")
        return 0
    print(f"Sent today's reminder: {summary}. {words}")
    print("backpain-gui is not running, so the reminder has no Start button.")
    return 0
