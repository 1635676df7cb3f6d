"""The settings dialog: the session's pace and pauses, the exercises, sound and display.

Large controls, each with a plain label; the session's length is shown as the values change.
OK saves through the SettingsStore (which then emits `settings_changed`); Cancel keeps what was
saved; "Restore defaults" puts every control back to its default, saved on OK.

For a screen reader each field is tied to its label (`setBuddy`, which also gives the Alt key
of its underlined letter), named by the words beside it and described by what it does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from itertools import pairwise

from PySide6.QtCore import QObject, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.app.autostart import is_autostarted, set_autostart
from backpain_gui.app.desktop_files import this_command
from backpain_gui.audio.cues import Volume
from backpain_gui.content.model import Exercise, Routine, Variant
from backpain_gui.session.schedule import plan_session
from backpain_gui.session.settings import (
    GET_READY_RANGE,
    REPS_RANGE,
    REST_RANGE,
    SWITCH_SIDES_RANGE,
    TEMPO_RANGE,
)
from backpain_gui.ui.app_settings import (
    AppSettings,
    ExerciseChoice,
    SettingsStore,
    Theme,
    choices_for,
    session_settings_for,
    with_choices,
)
from backpain_gui.ui.plain_text import literal_mnemonic, plain_label
from backpain_gui.ui.plan_screen import VARIANT_NAMES
from backpain_gui.ui.sound_check import VOLUME_NAMES
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords, counted, translate
from backpain_gui.ui.type_scale import apply_size
from backpain_gui.ui.window_size import fit_dialog
from backpain_gui.ui.words import minutes_text

THEME_NAMES = TranslatedWords(
    "SettingsDialog",
    {
        Theme.SYSTEM: QT_TRANSLATE_NOOP("SettingsDialog", "Same as the desktop"),
        Theme.LIGHT: QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
        Theme.DARK: QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    },
)
TEMPO_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "1.00\u00d7 is the routine's pace; above 1 breathes slower, below 1 faster."
)
# Tall enough to hit without looking twice, and for type the size of the plan screen's.
CONTROL_HEIGHT = 40
TICK_STYLE = "QCheckBox::indicator { width: 22px; height: 22px; }"
# QSettings: whether to ask how the back is before and after each session (bool, on); the
# main window reads the same key.
ASK_PAIN_KEY = "pain/ask"
ASK_PAIN_WORDS = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Ask how my back is before and after a session"
)


def _labelled(words: str, field: QWidget, description: str = "") -> QLabel:
    """A label for `field` (`&` before the letter of its Alt key), naming it for screen readers."""
    label = QLabel(words)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(field)
    field.setAccessibleName(words.replace("&", ""))
    if description:
        field.setAccessibleDescription(description)
    return label


def _seconds_box(bounds: tuple[float, float]) -> QSpinBox:
    box = QSpinBox()
    box.setRange(int(bounds[0]), int(bounds[1]))
    box.setSuffix(translate("SettingsDialog", " s"))
    return box


class _ExerciseRow(QObject):
    """One exercise's controls: do it or not, its reps, its variant, and moving it up or down."""

    def __init__(self, exercise: Exercise, parent: QObject) -> None:
        super().__init__(parent)
        self.exercise = exercise
        # The name is the routine's text: its `&` shown, not taken as a shortcut marker.
        self.included = QCheckBox(literal_mnemonic(exercise.name))
        self.included.setAccessibleName(exercise.name)
        self.included.setAccessibleDescription(
            self.tr("Do {exercise} in the session").format(exercise=exercise.name)
        )
        self.reps = QSpinBox()
        self.reps.setRange(*REPS_RANGE)
        self.reps.setAccessibleName(self.tr("Reps of {exercise}").format(exercise=exercise.name))
        self.reps.setAccessibleDescription(
            self.tr("How many times to do {exercise}").format(exercise=exercise.name)
        )
        self.reps.valueChanged.connect(self.on_reps_value_changed)
        self.on_reps_value_changed(self.reps.value())
        self.variant = QComboBox()
        self.variant.setAccessibleName(
            self.tr("Variant of {exercise}").format(exercise=exercise.name)
        )
        self.variant.setAccessibleDescription(
            self.tr("The version of {exercise} to do").format(exercise=exercise.name)
        )
        for variant in exercise.offered_variants:
            self.variant.addItem(VARIANT_NAMES[variant], variant.value)
        self.variant.setEnabled(len(exercise.offered_variants) > 1)
        # Named with the word they show ("Up"), and the exercise they move.
        self.up = QPushButton(self.tr("Up"))
        self.up.setAccessibleName(self.tr("Move {exercise} up").format(exercise=exercise.name))
        self.up.setAccessibleDescription(
            self.tr("Do {exercise} one place earlier").format(exercise=exercise.name)
        )
        self.down = QPushButton(self.tr("Down"))
        self.down.setAccessibleName(self.tr("Move {exercise} down").format(exercise=exercise.name))
        self.down.setAccessibleDescription(
            self.tr("Do {exercise} one place later").format(exercise=exercise.name)
        )

    @Slot(int)
    def on_reps_value_changed(self, reps: int) -> None:
        # The words after the number in the box, which follow it: " rep", " reps each side".
        if self.exercise.two_sided:
            suffix = self.tr(" rep(s) each side", "", reps)
        else:
            suffix = self.tr(" rep(s)", "", reps)
        self.reps.setSuffix(counted(suffix, reps))

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        """The row's controls, left to right."""
        return (self.included, self.reps, self.variant, self.up, self.down)

    def show_choice(self, choice: ExerciseChoice) -> None:
        """Set the controls to `choice`."""
        self.included.setChecked(choice.included)
        self.reps.setValue(choice.reps)
        self.variant.setCurrentIndex(self.variant.findData(choice.variant.value))

    def choice(self) -> ExerciseChoice:
        """What the controls say."""
        return ExerciseChoice(
            exercise_id=self.exercise.id,
            included=self.included.isChecked(),
            reps=self.reps.value(),
            variant=Variant(self.variant.currentData()),
        )


class SettingsDialog(QDialog):
    """Every setting in one window, for the routine in use; OK saves, Cancel does not."""

    def __init__(
        self, store: SettingsStore, routine: Routine, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.routine = routine
        self._saved = store.load()
        self.setWindowTitle(self.tr("Settings"))
        apply_size(self, "body", 768)
        self.tempo = QDoubleSpinBox()
        self.tempo.setRange(*TEMPO_RANGE)
        self.tempo.setSingleStep(0.05)
        self.tempo.setDecimals(2)
        self.tempo.setSuffix("\u00d7")
        self.get_ready = _seconds_box(GET_READY_RANGE)
        self.switch_sides = _seconds_box(SWITCH_SIDES_RANGE)
        self.rest = _seconds_box(REST_RANGE)
        self.ask_pain = QCheckBox(self.tr(ASK_PAIN_WORDS))
        self.ask_pain.setAccessibleDescription(
            self.tr("A 0 to 10 question, kept in your history; off, sessions start at once")
        )
        self.rows = [_ExerciseRow(exercise, self) for exercise in routine.exercises]
        self.sound_on = QCheckBox(self.tr("&Sound cues"))
        self.sound_on.setAccessibleDescription(
            self.tr("A tone for each breath, rep, side and exercise")
        )
        self.volume = QComboBox()
        for volume, name in VOLUME_NAMES.items():
            self.volume.addItem(name, volume.value)
        self.still_pictures = QCheckBox(self.tr("Still &pictures instead of moving figures"))
        self.still_pictures.setAccessibleDescription(self.tr("Show a still picture of each step"))
        self.theme = QComboBox()
        for theme, name in THEME_NAMES.items():
            self.theme.addItem(name, theme.value)
        self.start_fullscreen = QCheckBox(self.tr("Start in &full screen"))
        self.start_fullscreen.setAccessibleDescription(
            self.tr("Fill the screen when backpain-gui opens")
        )
        self.reminder_on = QCheckBox(self.tr("Re&mind me each day at"))
        self.reminder_on.setAccessibleDescription(
            self.tr("A notification each day you have not done a session yet")
        )
        self.reminder_time = QTimeEdit()
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setAccessibleDescription(
            self.tr("When the daily reminder comes, hours:minutes")
        )
        self.autostart = QCheckBox(self.tr("Start at &login, quietly in the tray"))
        self.autostart.setAccessibleDescription(self.tr("So that the daily reminder can come"))
        # Alt keys: none on O, C or D, which some desktops give OK, Cancel and Defaults.
        self.labels = {
            "tempo": _labelled(self.tr("Breathing p&ace"), self.tempo, self.tr(TEMPO_HINT)),
            "get_ready": _labelled(
                self.tr("&Get ready"),
                self.get_ready,
                self.tr("Seconds to get into position before an exercise"),
            ),
            "switch_sides": _labelled(
                self.tr("S&witch sides"), self.switch_sides, self.tr("Seconds to change sides")
            ),
            "rest": _labelled(
                self.tr("&Rest between exercises"),
                self.rest,
                self.tr("Seconds of rest after each exercise"),
            ),
            "volume": _labelled(
                self.tr("Cue &volume"), self.volume, self.tr("How loud the tones are")
            ),
            "theme": _labelled(
                self.tr("Colo&urs"), self.theme, self.tr("Light, dark or the desktop's colours")
            ),
        }
        self.session_length = plain_label()
        self.session_length.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self._rows_grid = QGridLayout()
        self._lay_out()
        self.show_settings(self._saved)
        self._connect_signals()

    @classmethod
    def edit(cls, store: SettingsStore, routine: Routine, parent: QWidget | None = None) -> bool:
        """Show the dialog until OK or Cancel; True when the settings were saved."""
        return cls(store, routine, parent).exec() == QDialog.DialogCode.Accepted

    # -- layout -------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        session = QGridLayout()
        fields = ("tempo", "get_ready", "switch_sides", "rest")
        for index, name in enumerate(fields):
            session.addWidget(self.labels[name], index // 2, index % 2 * 2)
            session.addWidget(self.labels[name].buddy(), index // 2, index % 2 * 2 + 1)
        hint = plain_label(self.tr(TEMPO_HINT))
        hint.setWordWrap(True)
        session.addWidget(hint, 2, 0, 1, 4)
        session.addWidget(self.ask_pain, 3, 0, 1, 4)
        session_box = QGroupBox(self.tr("Session"))
        session_box.setLayout(session)

        self._rows_grid.setColumnStretch(0, 1)
        self._place_rows()
        exercises_box = QGroupBox(self.tr("Exercises: tick those to do, in the order to do them"))
        exercises_box.setLayout(self._rows_grid)

        other = QGridLayout()
        other.addWidget(self.sound_on, 0, 0)
        other.addWidget(self.labels["volume"], 0, 1)
        other.addWidget(self.volume, 0, 2)
        other.addWidget(self.still_pictures, 1, 0)
        other.addWidget(self.labels["theme"], 1, 1)
        other.addWidget(self.theme, 1, 2)
        other.addWidget(self.start_fullscreen, 2, 0)
        other_box = QGroupBox(self.tr("Sound and display"))
        other_box.setLayout(other)

        reminder = QGridLayout()
        reminder.addWidget(self.reminder_on, 0, 0)
        reminder.addWidget(self.reminder_time, 0, 1)
        reminder.addWidget(self.autostart, 0, 2, 1, 2)
        hint = plain_label(
            self.tr("Only on days without a session yet; Snooze asks again 30 min later.")
        )
        hint.setWordWrap(True)
        reminder.addWidget(hint, 1, 0, 1, 4)
        reminder_box = QGroupBox(self.tr("Daily reminder"))
        reminder_box.setLayout(reminder)

        # Everything but the session's length and the buttons scrolls, so that on a small
        # screen OK and Cancel stay in sight however tall the settings are.
        settings = QWidget()
        stacked = QVBoxLayout(settings)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(session_box)
        stacked.addWidget(exercises_box)
        stacked.addWidget(other_box)
        stacked.addWidget(reminder_box)
        stacked.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(settings)
        bottom = QHBoxLayout()
        bottom.addWidget(self.session_length, 1)
        bottom.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(bottom)
        for control in self.findChildren(QWidget):
            if isinstance(control, QAbstractButton | QComboBox | QSpinBox | QDoubleSpinBox):
                control.setMinimumHeight(CONTROL_HEIGHT)
            if isinstance(control, QCheckBox):
                # A tick box the size of the text beside it, easy to see and to hit.
                control.setStyleSheet(TICK_STYLE)
        fit_dialog(self)

    def _place_rows(self) -> None:
        """Put the rows in the grid in their current order, the first unable to go up."""
        for row in self.rows:
            for widget in row.widgets:
                self._rows_grid.removeWidget(widget)
        for line, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets):
                self._rows_grid.addWidget(widget, line, column)
            row.up.setEnabled(line > 0)
            row.down.setEnabled(line < len(self.rows) - 1)

    def _order_tabs(self) -> None:
        """Tab goes as the dialog reads, row by row, the exercises in their order now."""
        order: list[QWidget] = [
            self.tempo,
            self.get_ready,
            self.switch_sides,
            self.rest,
            self.ask_pain,
            *(widget for row in self.rows for widget in row.widgets),
            self.sound_on,
            self.volume,
            self.still_pictures,
            self.theme,
            self.start_fullscreen,
            self.reminder_on,
            self.reminder_time,
            self.autostart,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.on_restore_defaults_clicked)
        for box in (self.tempo, self.get_ready, self.switch_sides, self.rest):
            box.valueChanged.connect(self.on_value_changed)
        for row in self.rows:
            row.included.toggled.connect(self.on_value_changed)
            row.reps.valueChanged.connect(self.on_value_changed)
            row.variant.currentIndexChanged.connect(self.on_value_changed)
            row.up.clicked.connect(lambda _checked=False, r=row: self.move_exercise(r, -1))
            row.down.clicked.connect(lambda _checked=False, r=row: self.move_exercise(r, +1))
        self.sound_on.toggled.connect(self.volume.setEnabled)
        self.reminder_on.toggled.connect(self.reminder_time.setEnabled)

    # -- values -------------------------------------------------------------------------------

    def show_settings(self, chosen: AppSettings) -> None:
        """Set every control to `chosen`, the exercises in its order."""
        self.tempo.setValue(chosen.tempo)
        self.get_ready.setValue(round(chosen.get_ready_seconds))
        self.switch_sides.setValue(round(chosen.switch_sides_seconds))
        self.rest.setValue(round(chosen.rest_seconds))
        by_id = {row.exercise.id: row for row in self.rows}
        choices = choices_for(chosen, self.routine)
        self.rows = [by_id[choice.exercise_id] for choice in choices]
        for row, choice in zip(self.rows, choices, strict=True):
            row.show_choice(choice)
        self._place_rows()
        self._order_tabs()
        self.sound_on.setChecked(not chosen.muted)
        self.volume.setEnabled(not chosen.muted)
        self.volume.setCurrentIndex(self.volume.findData(chosen.volume.value))
        self.still_pictures.setChecked(chosen.still_pictures)
        self.theme.setCurrentIndex(self.theme.findData(chosen.theme.value))
        self.start_fullscreen.setChecked(chosen.start_fullscreen)
        # Not in AppSettings: the pain question is the main window's, kept under its own key;
        # its default is on.
        asks = chosen is not self._saved or self.store.settings.value(ASK_PAIN_KEY, True, bool)
        self.ask_pain.setChecked(bool(asks))
        self.reminder_on.setChecked(chosen.reminder_on)
        self.reminder_time.setEnabled(chosen.reminder_on)
        at = chosen.reminder_time
        self.reminder_time.setTime(QTime(at.hour, at.minute))
        # Not a stored setting: the autostart entry itself says whether it is on.
        self.autostart.setChecked(chosen is self._saved and is_autostarted())
        self.on_value_changed()

    def chosen(self) -> AppSettings:
        """The settings as the controls show them (other routines' exercises as saved)."""
        shown = replace(
            self._saved,
            tempo=self.tempo.value(),
            get_ready_seconds=float(self.get_ready.value()),
            switch_sides_seconds=float(self.switch_sides.value()),
            rest_seconds=float(self.rest.value()),
            muted=not self.sound_on.isChecked(),
            volume=Volume(self.volume.currentData()),
            still_pictures=self.still_pictures.isChecked(),
            theme=Theme(self.theme.currentData()),
            start_fullscreen=self.start_fullscreen.isChecked(),
            reminder_on=self.reminder_on.isChecked(),
            reminder_time=time(
                self.reminder_time.time().hour(), self.reminder_time.time().minute()
            ),
        )
        return with_choices(shown, self.routine, [row.choice() for row in self.rows])

    def move_exercise(self, row: _ExerciseRow, step: int) -> None:
        """Move an exercise one place earlier (-1) or later (+1) in the session."""
        index = self.rows.index(row)
        target = index + step
        if 0 <= target < len(self.rows):
            self.rows[index], self.rows[target] = self.rows[target], self.rows[index]
            self._place_rows()
            self._order_tabs()
            self.on_value_changed()

    @Slot()
    def on_value_changed(self) -> None:
        """Show the session's new length, and keep at least one exercise ticked."""
        ticked = [row for row in self.rows if row.included.isChecked()]
        for row in self.rows:
            row.included.setEnabled(ticked != [row])
        plan = plan_session(self.routine, session_settings_for(self.chosen(), self.routine))
        self.session_length.setText(
            self.tr("This session: about {time}").format(time=minutes_text(plan.total_seconds))
        )

    @Slot()
    def on_restore_defaults_clicked(self) -> None:
        self.show_settings(AppSettings())

    def accept(self) -> None:
        self.store.settings.setValue(ASK_PAIN_KEY, self.ask_pain.isChecked())
        self.store.save(self.chosen())
        wanted = self.autostart.isChecked()
        if wanted != is_autostarted():
            try:
                set_autostart(wanted, this_command())
            except OSError as error:
                title = self.tr("Start at login")
                box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.setText(
                    self.tr("Cannot change {file}: {reason}").format(
                        file=error.filename, reason=error.strerror
                    )
                )
                box.exec()
        super().accept()
