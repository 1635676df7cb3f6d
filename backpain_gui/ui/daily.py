"""What brings the user back each day, wired to the window: the tray, the reminder, the offer.

Start (on the tray's menu or on the reminder) brings the window forward and starts today's
session; Snooze asks for the reminder again in 30 minutes; Settings and Quit are the window's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from backpain_gui.storage.progress import PlanProgress
from backpain_gui.ui.announce import announce
from backpain_gui.ui.notifications import DesktopNotifier
from backpain_gui.ui.reminders import ReminderService, began_today, todays_progress
from backpain_gui.ui.tray import ReminderOffer, Tray, offered_time

if TYPE_CHECKING:
    from collections.abc import Callable

    from backpain_gui.storage.history import History
    from backpain_gui.ui.main_window import MainWindow
    from backpain_gui.ui.session_driver import SessionDriver


class DailyCoach(QObject):
    """The tray icon, the daily reminder and the one-time offer, for one window."""

    def __init__(
        self,
        window: MainWindow,
        bus: QDBusConnection,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._bus = bus
        self._now = now
        self.notifier = DesktopNotifier(bus, self)
        self.reminders = ReminderService(
            window.store, self.notifier, self.progress, now, self, began=self.began_today
        )
        self.tray = Tray(window.windowIcon(), self)
        self.offer: ReminderOffer | None = None
        # Whether the window was first shown from the icon, after a quiet start in the tray.
        self._shown_from_tray = False
        # Whether the person was told, once, that closing the window leaves the app in the tray.
        self._told_still_here = False
        self._connect_signals()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's close button, with the icon in the tray and no session under way, hides
        # the window: the app stays in the tray to remind tomorrow, as break timers do. Quit
        # (the tray's menu, Ctrl+Q) closes it for good; a close mid-session asks, as before.
        if (
            watched is self.window
            and isinstance(event, QCloseEvent)
            and event.spontaneous()
            and self.tray.shown
            and not (self.window.driver is not None and self.window.driver.running)
        ):
            event.ignore()
            self.window.hide()
            if not self._told_still_here:
                self._told_still_here = True
                self.tray.tell(
                    "backpain-gui is still in the tray",
                    "It will remind you to practise. Quit from its menu.",
                )
            return True
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self.reminders.start_asked.connect(self.start_session)
        self.reminders.checked.connect(self.on_reminders_checked)
        # Reminders switched on or off in Settings: Snooze follows at once.
        self.window.store.settings_changed.connect(self.on_store_settings_changed)
        self.tray.start_pressed.connect(self.start_session)
        self.tray.snooze_pressed.connect(self.reminders.snooze)
        self.tray.settings_pressed.connect(self.on_tray_settings_pressed)
        self.tray.quit_pressed.connect(self.on_tray_quit_pressed)
        self.tray.show_pressed.connect(self.on_tray_show_pressed)
        self.window.session_created.connect(self.on_window_session_created)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def start(self) -> None:
        """Show the tray icon and start keeping the reminder."""
        self.tray.show()
        self.reminders.serve(self._bus)
        self.reminders.start()

    @Slot()
    def close(self) -> None:
        """Leave the tray and the bus (on quit)."""
        self.tray.hide()
        self.reminders.close()
        self.notifier.close()

    def progress(self) -> PlanProgress:
        """Today's progress on the window's routine, read from the history."""
        history = self._history()
        routine = self.window.routine
        return todays_progress(history, routine.title, routine.plan_days, self._now().date())

    def began_today(self) -> bool:
        """Whether a session was begun today (done, ended early or under way)."""
        return began_today(self._history(), self._now().date())

    def _history(self) -> History:
        self.window.open_history()
        assert self.window.history is not None
        return self.window.history

    @Slot()
    def bring_forward(self) -> None:
        """Show the window in front, out of the taskbar if minimised."""
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def on_tray_show_pressed(self) -> None:
        first_time = not self.window.isVisible() and not self._shown_from_tray
        self.bring_forward()
        if first_time:
            # Started quietly at login, the question about a session broken off (a crash)
            # waited for the window: it is here now.
            self._shown_from_tray = True
            QTimer.singleShot(0, self.window.offer_to_continue)

    @Slot()
    def start_session(self) -> None:
        """Start today's session (from the summary, through the plan); one under way goes on."""
        self.bring_forward()
        if self.window.stack.currentWidget() is self.window.summary_screen:
            self.window.show_plan()
        self.window.on_start_pressed()

    @Slot()
    def on_tray_settings_pressed(self) -> None:
        self.bring_forward()
        self.window.on_settings_pressed()

    @Slot()
    def on_tray_quit_pressed(self) -> None:
        # The window's Quit asks first during a session; a hidden window's close does not end
        # the app by itself, so it is told to.
        if self.window.ask_to_end_session():
            self.window.close()
            QApplication.quit()

    @Slot(object)
    def on_window_session_created(self, driver: SessionDriver) -> None:
        driver.session_over.connect(self.on_session_over)
        # However it was started, the session is what the reminder asked for.
        self.reminders.withdraw()
        # An offer left unanswered goes with the summary it was asked on: the session screen
        # is read from the mat, and shows the session alone. It was asked; it is not again.
        if self.offer is not None and self.offer.isVisible():
            self.offer.hide()
            self._hide_status_bar()

    @Slot(object)
    def on_reminders_checked(self, progress: PlanProgress) -> None:
        self.tray.show_progress(progress)
        self.tray.allow_snooze(self.reminders.snoozable(progress))

    @Slot()
    def on_store_settings_changed(self) -> None:
        self.tray.allow_snooze(self.reminders.snoozable(self.progress()))

    @Slot()
    def on_session_over(self) -> None:
        self.on_reminders_checked(self.progress())
        state = self.window.store.reminder_state()
        if state.offered or state.enabled or self.offer is not None:
            return
        # Not beside "Stopped because it hurts": the summary says what to do about the pain,
        # and the question waits for a session that did not hurt.
        if self.window.stopped_because_it_hurts:
            return
        self.window.store.save_reminder_state(replace(state, offered=True))
        self.offer = ReminderOffer(offered_time(self._now()))
        self.offer.answered.connect(self.on_offer_answered)
        self.window.statusBar().addPermanentWidget(self.offer)
        self.window.statusBar().show()
        # It does not take the focus, so a screen reader is told it is there.
        announce(self.offer, f"{self.offer.question.text()} Yes or No, at the foot of the window.")

    @Slot(bool)
    def on_offer_answered(self, yes: bool) -> None:
        if yes and self.offer is not None:
            state = self.window.store.reminder_state()
            self.window.store.save_reminder_state(replace(state, enabled=True, at=self.offer.at))
        self._hide_status_bar()

    def _hide_status_bar(self) -> None:
        # The foot of the window stays while it has a notice to show.
        if not self.window.notice.text():
            self.window.statusBar().hide()
