"""The plan screen's voice settings: guidance on or off, the voice, its pace and volume, a test.

Before lying down, the user picks a voice they understand at a pace they can follow, and
hears it with "Test voice". Every change is kept (QSettings under `voice/`) at once.

For a screen reader each control is named by the words it shows, its label tied to it
(`setBuddy`), and described by what it does.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QWidget,
)

from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, TranslatedWords
from backpain_gui.ui.type_scale import apply_size
from backpain_gui.ui.voice import Voice, VoiceSettings

# Sliders count in tenths of Qt's scales (rate -1..1, volume 0..1).
STEPS = 10
DEFAULT_VOICE = QT_TRANSLATE_NOOP("VoiceSettingsPanel", "System voice")
OPENING_TEXT = QT_TRANSLATE_NOOP("VoiceSettingsPanel", "Looking for voices...")
REP_EVERY_CHOICES = TranslatedWords(
    "VoiceSettingsPanel",
    {
        1: QT_TRANSLATE_NOOP("VoiceSettingsPanel", "Every rep"),
        2: QT_TRANSLATE_NOOP("VoiceSettingsPanel", "Every 2nd rep"),
        5: QT_TRANSLATE_NOOP("VoiceSettingsPanel", "Every 5th rep"),
    },
)


class VoiceSettingsPanel(QWidget):
    """Voice guidance on or off, the voice, how fast and loud it speaks, rep counting, a test."""

    def __init__(self, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        self.enabled = QCheckBox(self.tr("Voice guidance"))
        self.enabled.setAccessibleDescription(self.tr("Speak the session's guidance"))
        self.names = QComboBox()
        self.names.setAccessibleName(self.tr("Voice"))
        self.names.setAccessibleDescription(self.tr("The voice that speaks the guidance"))
        self.rate = _slider(-STEPS, STEPS)
        self.volume = _slider(0, STEPS)
        self.rep_every = QComboBox()
        for count, name in REP_EVERY_CHOICES.items():
            self.rep_every.addItem(name, count)
        self.test = QPushButton(self.tr("Test voice"))
        self.test.setAccessibleDescription(self.tr("Say a sample of the guidance"))
        self.status = QLabel(self.tr(OPENING_TEXT))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The fix (a command to install a voice) takes four lines, which a laptop's plan
        # cannot spare: one line says what is wrong, this button shows how to fix it.
        self.how_to_fix = QPushButton(self.tr("How to get a voice..."))
        self.how_to_fix.setAccessibleName(self.tr("How to get a voice"))
        self.how_to_fix.setAccessibleDescription(self.tr("Show the command that installs a voice"))
        self.how_to_fix.hide()
        self.fix_box: QMessageBox | None = None
        # Two rows, to sit beside Start on the plan screen: voice and test; pace, volume, reps.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.enabled, 0, 0, 1, 2)
        grid.addWidget(self.names, 0, 2, 1, 2)
        grid.addWidget(self.test, 0, 4, 1, 2)
        labelled = (
            (self.tr("Pace"), self.rate, self.tr("How fast the voice speaks")),
            (self.tr("Volume"), self.volume, self.tr("How loud the voice speaks")),
            (self.tr("Count"), self.rep_every, self.tr("How often the rep number is said")),
        )
        self.labels: list[QLabel] = []
        for column, (words, control, description) in enumerate(labelled):
            label = QLabel(words)
            label.setBuddy(control)
            control.setAccessibleName(words)
            control.setAccessibleDescription(description)
            self.labels.append(label)
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(control, 1, column * 2 + 1)
        grid.addWidget(self.status, 2, 0, 1, 4)
        grid.addWidget(self.how_to_fix, 2, 4, 1, 2)
        # Tab as the panel reads: the first row, then the second, then the fix.
        for first, second in pairwise(self.tab_order()):
            QWidget.setTabOrder(first, second)
        # Its line kept when hidden: "Looking for voices..." going once the voice opens made
        # the panel shorter a second after the first paint, and the plan's rows jump.
        policy = self.status.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.status.setSizePolicy(policy)
        self.status.hide()
        self._show(voice.voice_settings)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.voice.changed.connect(self.on_voice_changed)
        self.enabled.toggled.connect(self.on_control_changed)
        self.names.activated.connect(self.on_control_changed)
        self.rate.valueChanged.connect(self.on_control_changed)
        self.volume.valueChanged.connect(self.on_control_changed)
        self.rep_every.activated.connect(self.on_control_changed)
        self.test.clicked.connect(self.on_test_clicked)
        self.how_to_fix.clicked.connect(self.on_how_to_fix_clicked)

    def chosen(self) -> VoiceSettings:
        """The settings the controls show."""
        name = self.names.currentData()
        return VoiceSettings(
            enabled=self.enabled.isChecked(),
            name=name if isinstance(name, str) else "",
            rate=self.rate.value() / STEPS,
            volume=self.volume.value() / STEPS,
            rep_every=int(self.rep_every.currentData()),
        )

    @Slot()
    def on_control_changed(self) -> None:
        self.voice.apply(self.chosen())
        self._show_state()

    @Slot()
    def on_test_clicked(self) -> None:
        self.voice.test()

    @Slot()
    def on_how_to_fix_clicked(self) -> None:
        box = self.fix_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("How to get a voice"), "", parent=self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.voice.problem or "")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    @Slot()
    def on_voice_changed(self) -> None:
        self._show(self.voice.voice_settings)

    def _show(self, settings: VoiceSettings) -> None:
        # Showing the settings is not choosing them: no control may report a change here.
        blockers = [QSignalBlocker(control) for control in self._controls()]
        self.enabled.setChecked(settings.enabled)
        self.names.clear()
        self.names.addItem(self.tr(DEFAULT_VOICE), "")
        for name in self.voice.voices:
            self.names.addItem(name, name)
        self.names.setCurrentIndex(max(0, self.names.findData(settings.name)))
        self.rate.setValue(round(settings.rate * STEPS))
        self.volume.setValue(round(settings.volume * STEPS))
        self.rep_every.setCurrentIndex(max(0, self.rep_every.findData(settings.rep_every)))
        del blockers
        self._show_state()

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them: as they read, row by row."""
        return [
            self.enabled,
            self.names,
            self.test,
            self.rate,
            self.volume,
            self.rep_every,
            self.how_to_fix,
        ]

    def _controls(self) -> tuple[QWidget, ...]:
        return (self.enabled, self.names, self.rate, self.volume, self.rep_every)

    def _show_state(self) -> None:
        working = self.voice.problem is None and bool(self.voice.voices)
        for control in (*self._controls()[1:], self.test):
            control.setEnabled(working and self.enabled.isChecked())
        problem = self.voice.problem
        if problem is not None:
            what, _, fix = problem.partition(". ")
            self.status.setText(f"{what}." if fix else problem)
            self.status.setToolTip(problem)
            self.how_to_fix.setVisible(bool(fix))
        elif working:
            self.status.setText("")
            self.how_to_fix.hide()
        self.status.setVisible(bool(self.status.text()))

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high."""
        for widget in (*self._controls(), self.test, self.status, self.how_to_fix, *self.labels):
            apply_size(widget, "detail", window_height)


def _slider(low: int, high: int) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setPageStep(1)
    return slider
