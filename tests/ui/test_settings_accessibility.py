"""Settings, voice and plan for a screen reader and the keyboard: labels tied to their fields,
names that say what is shown, Tab in reading order; and the pain question switched off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QSlider,
    QWidget,
)

from backpain_gui.content.model import Routine
from backpain_gui.ui.app_settings import SettingsStore
from backpain_gui.ui.main_window import MainWindow
from backpain_gui.ui.settings_dialog import ASK_PAIN_KEY, ASK_PAIN_WORDS, SettingsDialog
from backpain_gui.ui.voice import Voice
from backpain_gui.ui.voice_settings import VoiceSettingsPanel
from tests.ui.test_pain_question import asking_window

# The voice on a fake speaker, as the voice's own tests make it.
from tests.ui.test_voice import make_voice, speaker, voice  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def dialog(qtbot, settings: QSettings, routine: Routine) -> SettingsDialog:
    shown = SettingsDialog(SettingsStore(settings), routine)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _label_of(widget: QWidget) -> QLabel:
    found = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    assert len(found) == 1, f"{widget.accessibleName()!r} has {len(found)} labels"
    return found[0]


def test_each_setting_is_named_by_its_label_and_its_alt_key_goes_there(
    qtbot, dialog: SettingsDialog
) -> None:
    fields = {
        dialog.tempo: ("Breathing pace", Qt.Key.Key_A),
        dialog.get_ready: ("Get ready", Qt.Key.Key_G),
        dialog.switch_sides: ("Switch sides", Qt.Key.Key_W),
        dialog.rest: ("Rest between exercises", Qt.Key.Key_R),
        dialog.volume: ("Cue volume", Qt.Key.Key_V),
        dialog.theme: ("Colours", Qt.Key.Key_U),
    }
    for field, (words, key) in fields.items():
        assert _label_of(field).text().replace("&", "") == words
        assert field.accessibleName() == words
        assert field.accessibleDescription()
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field, words


def test_tick_boxes_and_buttons_are_named_by_the_words_they_show(dialog: SettingsDialog) -> None:
    for box in dialog.findChildren(QCheckBox):
        shown = box.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        assert box.accessibleName() in ("", shown), shown
    for row in dialog.rows:
        assert row.up.text().lower() in row.up.accessibleName().lower()
        assert row.down.text().lower() in row.down.accessibleName().lower()
        assert row.included.accessibleDescription() == f"Do {row.exercise.name} in the session"


def _tab_order(qtbot, start: QWidget, count: int) -> list[QWidget | None]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget | None] = [start]
    for _ in range(count - 1):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_reads_the_settings_row_by_row_with_the_exercises_in_their_order(
    qtbot, dialog: SettingsDialog
) -> None:
    dialog.move_exercise(dialog.rows[1], -1)
    rows = [widget for row in dialog.rows for widget in row.widgets if widget.isEnabled()]
    expected = [
        dialog.tempo,
        dialog.get_ready,
        dialog.switch_sides,
        dialog.rest,
        dialog.ask_pain,
        *rows,
        dialog.sound_on,
        dialog.volume,
        dialog.still_pictures,
        dialog.theme,
        dialog.start_fullscreen,
        dialog.reminder_on,
        dialog.reminder_time,
        dialog.autostart,
    ]
    # A control that is off (the reminder's time, with the reminder off) is passed over.
    expected = [widget for widget in expected if widget.isEnabled()]
    assert rows[0] is dialog.rows[0].included
    assert dialog.rows[0].exercise.id == "twist"
    assert _tab_order(qtbot, dialog.tempo, len(expected)) == expected


def test_clicking_ask_off_stops_the_pain_question(
    qtbot, routine: Routine, settings: QSettings, clock, tmp_path: Path
) -> None:
    window = asking_window(qtbot, routine, settings, clock)
    dialog = SettingsDialog(window.store, window.routine, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ask_pain.text() == ASK_PAIN_WORDS
    assert dialog.ask_pain.isChecked()
    box = dialog.ask_pain
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert not box.isChecked()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert settings.value(ASK_PAIN_KEY, True, bool) is False
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.session_screen


def test_ask_is_on_when_never_set_and_restore_defaults_turns_it_on(
    qtbot, settings: QSettings, routine: Routine
) -> None:
    settings.remove(ASK_PAIN_KEY)
    first = SettingsDialog(SettingsStore(settings), routine)
    qtbot.addWidget(first)
    assert first.ask_pain.isChecked()
    settings.setValue(ASK_PAIN_KEY, False)
    second = SettingsDialog(SettingsStore(settings), routine)
    qtbot.addWidget(second)
    assert not second.ask_pain.isChecked()
    restore = second.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert second.ask_pain.isChecked()


def test_the_voice_controls_are_named_by_their_labels(qtbot, voice: Voice) -> None:  # noqa: F811
    panel = VoiceSettingsPanel(voice)
    qtbot.addWidget(panel)
    for control, words in ((panel.rate, "Pace"), (panel.volume, "Volume")):
        assert _label_of(control).text() == words
        assert control.accessibleName() == words
        assert control.accessibleDescription().startswith("How ")
    assert _label_of(panel.rep_every).text() == "Count"
    for button in (panel.test, panel.enabled):
        # Named by the words shown (no other name set), described by what it does.
        assert button.accessibleName() == ""
        assert button.accessibleDescription()


def test_tab_reads_the_plan_as_it_is_laid_out(qtbot, window: MainWindow) -> None:
    plan = window.plan_screen
    # Twist has one version: its box is greyed out, and Tab passes it over.
    boxes = [box for box in plan.variant_boxes.values() if box.isEnabled()]
    seen = _tab_order(qtbot, plan.about_button, 12)
    assert seen[0] is plan.about_button
    # The plan's progress (its history button) before the exercises, Settings and Start last.
    history = seen.index(boxes[0]) - 1
    before = seen[history]
    assert before is not None
    assert before.accessibleName() == "Open your session history"
    after = history + 1 + len(boxes)
    assert seen[history + 1 : after] == boxes
    assert seen[after : after + 2] == [plan.settings_button, plan.start]


def test_each_variant_is_labelled_by_its_exercise(window: MainWindow) -> None:
    plan = window.plan_screen
    for exercise_id, box in plan.variant_boxes.items():
        assert _label_of(box) is plan.name_labels[exercise_id]
        assert box.accessibleDescription().startswith("The version of ")


def _undescribed(root: QWidget) -> list[str]:
    """The controls under `root` that Tab reaches and that say nothing of what they do."""
    skip = QDialogButtonBox
    return [
        control.accessibleName() or control.objectName() or type(control).__name__
        for control in root.findChildren(QWidget)
        if control.focusPolicy() & Qt.FocusPolicy.TabFocus
        and isinstance(control, QAbstractButton | QComboBox | QAbstractSpinBox | QSlider)
        and not isinstance(control.parent(), skip)
        and not control.accessibleDescription()
    ]


def test_every_setting_and_voice_control_says_what_it_does(
    dialog: SettingsDialog,
    voice: Voice,  # noqa: F811
) -> None:
    assert _undescribed(dialog) == []
    assert _undescribed(VoiceSettingsPanel(voice)) == []


def test_every_control_of_the_plan_session_summary_and_pain_question_says_what_it_does(
    window: MainWindow,
) -> None:
    for screen in (window.session_screen, window.summary_screen, window.pain_screen):
        assert _undescribed(screen) == [], type(screen).__name__
    plan = window.plan_screen
    assert _undescribed(plan.rows_area) == []
    for button in (plan.about_button, plan.settings_button, plan.start):
        assert button.accessibleDescription()
