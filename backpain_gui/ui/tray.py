"""The tray icon, where the desktop has a tray, and the one-time offer of a daily reminder.

Without a tray (a desktop with neither a StatusNotifier host nor an XEmbed tray) the app works
the same: the window is shown, the reminder still comes; only the icon is missing.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QSystemTrayIcon, QWidget

from backpain_gui.storage.progress import PlanProgress
from backpain_gui.storage.reminder_rules import time_text
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.plan_calendar import plan_day_words, streak_words


def tray_words(progress: PlanProgress) -> str:
    """The icon's tooltip: the plan's day and the streak."""
    return f"backpain-gui\n{plan_day_words(progress)}\n{streak_words(progress)}"


class Tray(QObject):
    """The tray icon and its menu: Start session, Snooze, Settings, Quit.

    Signals: `start_pressed()`, `snooze_pressed()`, `settings_pressed()`, `quit_pressed()`
    from the menu, and `show_pressed()` when the icon itself is clicked.
    """

    start_pressed = Signal()
    snooze_pressed = Signal()
    settings_pressed = Signal()
    quit_pressed = Signal()
    show_pressed = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.start_action = QAction(self.tr("Start session"), self.menu)
        self.snooze_action = QAction(self.tr("Snooze today's reminder 30 min"), self.menu)
        self.settings_action = QAction(self.tr("Settings..."), self.menu)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        for action in (self.start_action, self.snooze_action, self.settings_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.words = "backpain-gui"
        # Asked once: a tray that comes later (the panel restarting) is not looked for.
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setContextMenu(self.menu)
            self.icon.setToolTip(self.words)
        self._connect_signals()

    @property
    def available(self) -> bool:
        """Whether the desktop shows the icon."""
        return self.icon is not None

    def _connect_signals(self) -> None:
        self.start_action.triggered.connect(self.start_pressed)
        self.snooze_action.triggered.connect(self.snooze_pressed)
        self.settings_action.triggered.connect(self.settings_pressed)
        self.quit_action.triggered.connect(self.quit_pressed)
        if self.icon is not None:
            self.icon.activated.connect(self.on_icon_activated)

    def show(self) -> None:
        """Put the icon in the tray, if there is one."""
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        if self.icon is not None:
            self.icon.hide()

    @property
    def shown(self) -> bool:
        """Whether the icon is in the tray now."""
        return self.icon is not None and self.icon.isVisible()

    def tell(self, title: str, words: str) -> None:
        """A message from the icon (a desktop notification, where the tray sends them so)."""
        if self.icon is not None:
            self.icon.showMessage(title, words, QSystemTrayIcon.MessageIcon.Information, 8000)

    def show_progress(self, progress: PlanProgress) -> None:
        """Say the plan's day and the streak in the tooltip."""
        self.words = tray_words(progress)
        if self.icon is not None:
            self.icon.setToolTip(self.words)

    def allow_snooze(self, allowed: bool) -> None:
        """Offer Snooze only when there is a reminder to put off (greyed otherwise)."""
        self.snooze_action.setEnabled(allowed)

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_pressed.emit()


def offered_time(now: datetime) -> time:
    """The time the offer names: now, to the five minutes before."""
    return time(now.hour, now.minute - now.minute % 5)


class ReminderOffer(QWidget):
    """ "Remind me each day at this time?", at the foot of the window, asked once.

    Not a dialog: it waits beside the summary without taking the keyboard, so that Enter and
    Ctrl+Q still do what they did. Signals: `answered(bool)`.
    """

    answered = Signal(bool)

    def __init__(self, at: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.at = at
        at_words = time_text(at)
        self.question = plain_label(
            self.tr("Remind me each day at this time, {time}?").format(time=at_words)
        )
        self.yes_button = QPushButton(self.tr("Yes, remind me at {time}").format(time=at_words))
        self.no_button = QPushButton(self.tr("No, thanks"))
        for button in (self.yes_button, self.no_button):
            button.setAccessibleName(button.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        self.yes_button.clicked.connect(self.on_yes_button_clicked)
        self.no_button.clicked.connect(self.on_no_button_clicked)

    @Slot()
    def on_yes_button_clicked(self) -> None:
        self.hide()
        self.answered.emit(True)

    @Slot()
    def on_no_button_clicked(self) -> None:
        self.hide()
        self.answered.emit(False)
