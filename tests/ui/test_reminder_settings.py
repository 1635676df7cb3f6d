"""The reminder and login autostart in the Settings dialog and the store; the tray where none is."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialogButtonBox

from backpain_gui.content.builtin import APP_ID
from backpain_gui.content.model import Routine
from backpain_gui.storage.progress import PlanProgress
from backpain_gui.storage.reminder_rules import ReminderState
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.settings_dialog import SettingsDialog
from backpain_gui.ui.tray import Tray, offered_time, tray_words

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def open_dialog(qtbot, store: SettingsStore, routine: Routine) -> SettingsDialog:
    dialog = SettingsDialog(store, routine)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget) -> None:
    # A check box takes a click on its box or its words, not on its empty right end.
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, widget.height() // 2))


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_reminder_and_autostart_switched_on_and_off_in_settings(
    qtbot, store: SettingsStore, routine: Routine, config_home: Path
) -> None:
    entry = config_home / "autostart" / f"{APP_ID}.desktop"
    dialog = open_dialog(qtbot, store, routine)
    assert not dialog.reminder_time.isEnabled()
    click(qtbot, dialog.reminder_on)
    assert dialog.reminder_time.isEnabled()
    # In the hours, the whole section selected, as a double click there does.
    qtbot.keyClick(dialog.reminder_time, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.reminder_time, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.reminder_time, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dialog.reminder_time, "07:30")
    click(qtbot, dialog.autostart)
    press_ok(qtbot, dialog)
    state = store.reminder_state()
    assert state.enabled
    assert state.at == time(7, 30)
    assert "--tray" in entry.read_text(encoding="utf-8")

    again = open_dialog(qtbot, store, routine)
    assert again.reminder_on.isChecked()
    assert again.autostart.isChecked()
    click(qtbot, again.autostart)
    click(qtbot, again.reminder_on)
    press_ok(qtbot, again)
    assert not entry.exists()
    assert not store.reminder_state().enabled


def test_the_reminder_state_round_trips_and_bad_values_give_defaults(
    store: SettingsStore,
) -> None:
    state = ReminderState(
        enabled=True,
        at=time(6, 45),
        offered=True,
        snoozed_until=datetime(2026, 12, 1, 18, 30),
        last_reminded=date(2026, 12, 1),
    )
    store.save_reminder_state(state)
    assert store.reminder_state() == state
    for key, value in (
        ("reminder/time", "25:00"),
        ("reminder/snoozed_until", "soon"),
        ("reminder/last_reminded", "yesterday"),
        ("reminder/enabled", "maybe"),
    ):
        store.settings.setValue(key, value)
    assert store.reminder_state() == ReminderState(offered=True)


# The offscreen platform says these when a menu pops up; xcb does not.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", r"This plugin does not support grabbing"
)
def test_without_a_tray_there_is_no_icon_and_the_menu_still_works(qtbot) -> None:
    # Offscreen, like a desktop with neither a StatusNotifier host nor an XEmbed tray.
    tray = Tray(QIcon())
    assert not tray.available
    tray.show()
    tray.show_progress(PlanProgress(14, 4, False, 2))
    assert tray.words == "backpain-gui\nDay 5 of 14\nStreak: 2 days in a row"
    # The menu, as a desktop's tray shows it, clicked where "Start session" is.
    tray.menu.popup(QPoint(0, 0))
    qtbot.waitExposed(tray.menu)
    with qtbot.waitSignal(tray.start_pressed):
        place = tray.menu.actionGeometry(tray.start_action).center()
        qtbot.mouseClick(tray.menu, Qt.MouseButton.LeftButton, pos=place)


def test_words_and_times() -> None:
    assert tray_words(PlanProgress(14, 0, False, 0)).endswith("No streak yet: today can start one")
    assert offered_time(datetime(2026, 12, 1, 18, 47)) == time(18, 45)
