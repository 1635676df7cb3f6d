"""The tray's menu, the reminder offer and the reminder itself in German: the desktop's own
parts of the app speak the UI language too."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon

from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.notifications import ACTIONS, DesktopNotifier, _in_ui_language
from backpain_gui.ui.reminders import send_reminder
from backpain_gui.ui.tray import ReminderOffer, Tray
from tests.ui.test_reminders import DAY_ONE, FakeNotifier


def test_the_tray_menu_and_the_offer_are_german(qtbot, speak) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    tray = Tray(QIcon())
    assert [action.text() for action in tray.menu.actions() if action.text()] == [
        "Sitzung starten",
        "Heutige Erinnerung um 30 Min. verschieben",
        "Einstellungen …",
        "Beenden",
    ]
    offer = ReminderOffer(time(18, 0))
    qtbot.addWidget(offer)
    assert offer.question.text().startswith("Soll ich Sie jeden Tag um diese Zeit erinnern")
    assert offer.no_button.text() == "Nein, danke"


def test_the_reminder_is_sent_in_german(speak, tmp_path: Path) -> None:
    speak({"LANG": "de_DE.UTF-8"})
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    notifier = FakeNotifier()
    send_reminder(store, cast(DesktopNotifier, notifier), DAY_ONE, datetime(2026, 12, 3, 18))
    assert notifier.shown[0].startswith("Zeit für Ihre Rückenübungen: Tag 1 von 14")
    # The buttons' labels in German, their keys as the server answers them.
    assert _in_ui_language(ACTIONS) == ["start", "Starten", "snooze", "In 30 Min. erinnern"]
