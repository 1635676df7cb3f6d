"""The settings dialog: what the user changes is what is stored, and restore defaults restores."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from backpain_gui.audio.cues import Volume
from backpain_gui.content.model import Routine, Variant
from backpain_gui.ui.app_settings import AppSettings, SettingsStore, Theme
from backpain_gui.ui.settings_dialog import SettingsDialog

Button = QDialogButtonBox.StandardButton

# The offscreen platform says this when a dialog is shown; xcb does not.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def store(ini: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(ini), QSettings.Format.IniFormat))


@pytest.fixture
def open_dialog(qtbot, store: SettingsStore, routine: Routine):
    """Opens the dialog on the test routine (bridge, then two-sided twist)."""

    def open_() -> SettingsDialog:
        dialog = SettingsDialog(store, routine)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def press(qtbot, dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def type_into(qtbot, box, text: str) -> None:
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_a_slower_tempo_typed_in_is_stored_on_ok(qtbot, open_dialog, store, ini: Path) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.tempo, "1.50")
    with qtbot.waitSignal(store.settings_changed):
        press(qtbot, dialog, Button.Ok)
    assert store.load().tempo == 1.5
    assert float(QSettings(str(ini), QSettings.Format.IniFormat).value("session/tempo")) == 1.5
    assert not dialog.isVisible()


def test_the_session_length_follows_the_values_as_they_change(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    # Bridge 5 + 2 x 9 + 15 s, then twist 5 + 9 + 5 + 9 s: 66 s at the routine's own pace.
    assert dialog.session_length.text() == "This session: about 1 min"
    type_into(qtbot, dialog.tempo, "2.00")
    assert dialog.session_length.text() == "This session: about 2 min"
    # Without twist, bridge is last and has no rest after it: 5 + 2 x 18 s.
    dialog.rows[1].included.click()
    assert dialog.session_length.text() == "This session: about 41 s"


def test_cancel_keeps_what_was_saved(qtbot, open_dialog, store: SettingsStore) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.tempo, "0.80")
    dialog.sound_on.click()
    with qtbot.assertNotEmitted(store.settings_changed):
        press(qtbot, dialog, Button.Cancel)
    assert store.load() == AppSettings()


def test_pauses_sound_and_display_are_stored_as_shown(
    qtbot, open_dialog, store: SettingsStore
) -> None:
    dialog = open_dialog()
    type_into(qtbot, dialog.get_ready, "8")
    type_into(qtbot, dialog.switch_sides, "12")
    type_into(qtbot, dialog.rest, "40")
    dialog.sound_on.click()
    dialog.volume.setCurrentIndex(dialog.volume.findText("Loud"))
    dialog.still_pictures.click()
    dialog.theme.setCurrentIndex(dialog.theme.findText("Dark"))
    dialog.start_fullscreen.click()
    press(qtbot, dialog, Button.Ok)
    assert store.load() == AppSettings(
        get_ready_seconds=8.0,
        switch_sides_seconds=12.0,
        rest_seconds=40.0,
        muted=True,
        volume=Volume.LOUD,
        still_pictures=True,
        theme=Theme.DARK,
        start_fullscreen=True,
        order=("bridge", "twist"),
    )
    assert not dialog.volume.isEnabled()


def test_exercises_reordered_left_out_and_retuned_make_the_session(
    qtbot, open_dialog, store: SettingsStore, routine: Routine
) -> None:
    dialog = open_dialog()
    bridge, twist = dialog.rows
    qtbot.mouseClick(bridge.down, Qt.MouseButton.LeftButton)
    assert [row.exercise.id for row in dialog.rows] == ["twist", "bridge"]
    assert (twist.up.isEnabled(), bridge.down.isEnabled()) == (False, False)
    type_into(qtbot, twist.reps, "3")
    assert twist.reps.text() == "3 reps each side"
    bridge.variant.setCurrentIndex(bridge.variant.findData(Variant.MODIFICATION.value))
    press(qtbot, dialog, Button.Ok)
    session = store.session_settings(routine)
    assert session.exercises == ("twist", "bridge")
    assert (session.reps_for("twist", 1), session.variant_for("bridge")) == (
        3,
        Variant.MODIFICATION,
    )


def test_the_last_ticked_exercise_cannot_be_unticked(open_dialog) -> None:
    dialog = open_dialog()
    bridge, twist = dialog.rows
    bridge.included.click()
    assert not twist.included.isEnabled()
    assert twist.included.isChecked()
    bridge.included.click()
    assert twist.included.isEnabled()


def test_restore_defaults_puts_back_every_default_for_this_routine(
    qtbot, open_dialog, store: SettingsStore
) -> None:
    store.save(
        AppSettings(
            tempo=1.7,
            rest_seconds=60.0,
            order=("twist", "bridge", "roll-down"),
            left_out=frozenset({"bridge"}),
            reps={"twist": 4, "roll-down": 9},
            variants={"bridge": Variant.MODIFICATION},
            muted=True,
            theme=Theme.LIGHT,
        )
    )
    dialog = open_dialog()
    assert dialog.tempo.value() == 1.7
    assert [row.exercise.id for row in dialog.rows] == ["twist", "bridge"]
    press(qtbot, dialog, Button.RestoreDefaults)
    assert (dialog.tempo.value(), dialog.rest.value(), dialog.sound_on.isChecked()) == (
        1.0,
        15,
        True,
    )
    assert [row.exercise.id for row in dialog.rows] == ["bridge", "twist"]
    assert all(row.included.isChecked() for row in dialog.rows)
    press(qtbot, dialog, Button.Ok)
    # Another routine's exercise keeps what was chosen for it.
    assert store.load() == replace(
        AppSettings(), order=("bridge", "twist", "roll-down"), reps={"roll-down": 9}
    )


def test_edit_returns_true_when_the_user_presses_ok(
    qtbot, store: SettingsStore, routine: Routine
) -> None:
    def press_ok() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, SettingsDialog)
        type_into(qtbot, shown.tempo, "1.25")
        press(qtbot, shown, Button.Ok)

    QTimer.singleShot(0, press_ok)
    assert SettingsDialog.edit(store, routine) is True
    assert store.load().tempo == 1.25


def global_rect(widget: QWidget) -> QRect:
    """Where `widget` is on the screen."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_the_dialog_opens_inside_its_screen_with_every_button_on_it(open_dialog) -> None:
    dialog = open_dialog()
    # The offscreen screen is 800 wide: less than the 1000 the dialog would like.
    available = QApplication.primaryScreen().availableGeometry()
    assert available.contains(dialog.frameGeometry())
    for button in dialog.buttons.buttons():
        assert available.contains(global_rect(button)), button.text()


def test_on_a_small_screen_the_settings_scroll_and_ok_and_cancel_stay_in_sight(
    qtbot, open_dialog
) -> None:
    dialog = open_dialog()
    # The dialog's own minimum, on a 1024x600 screen's worth of room and less.
    dialog.resize(480, 360)
    qtbot.waitUntil(lambda: dialog.size() == QSize(480, 360))
    for button in (dialog.buttons.button(Button.Ok), dialog.buttons.button(Button.Cancel)):
        assert button.isVisible()
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
    assert dialog.session_length.isVisible()
    # What does not fit is a scroll away: the last exercise's Down, the last tick box.
    viewport = dialog.scroll_area.viewport()
    for control in (dialog.rows[-1].down, dialog.start_fullscreen):
        dialog.scroll_area.ensureWidgetVisible(control)
        assert viewport.rect().contains(
            QRect(control.mapTo(viewport, QPoint(0, 0)), control.size())
        )
