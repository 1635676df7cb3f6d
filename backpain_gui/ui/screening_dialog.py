"""Before the first session, and every 90 days: the red flags, asked in plain words.

Every sign is a box to tick; none ticked is an answer too ("None of these apply to me"). An
emergency sign gets the emergency advice and no session. Any other sign gets "see a GP or
physiotherapist first", and the session waits until the person ticks that they were told they
may exercise. The date of a clear answer is kept in QSettings `safety/screening_passed_on`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backpain_gui.session.screening import (
    EMERGENCY_ADVICE,
    RED_FLAGS,
    SEE_FIRST_ADVICE,
    Outcome,
    outcome,
    read_date,
    screening_due,
)
from backpain_gui.ui.announce import announce
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import translate
from backpain_gui.ui.type_scale import apply_size
from backpain_gui.ui.window_size import fit_dialog

PASSED_KEY = "safety/screening_passed_on"


def screening_needed(settings: QSettings, today: date) -> bool:
    """Whether to ask the red flags before today's session."""
    return screening_due(read_date(settings.value(PASSED_KEY)), today)


class ScreeningDialog(QDialog):
    """The red-flag questions; accepted when the person may start (clear, or cleared)."""

    def __init__(
        self,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._today = today
        self.setWindowTitle(self.tr("Before you start"))
        apply_size(self, "body", 768)
        self.intro = plain_label(
            self.tr(
                "These exercises are for mild low back pain. Before you start, do any of these"
                " apply to you? Tick every one that does."
            )
        )
        self.intro.setWordWrap(True)
        self.flags: dict[str, QCheckBox] = {}
        for flag in RED_FLAGS:
            question = translate("Screening", flag.question)
            box = QCheckBox(question)
            box.setAccessibleName(question)
            box.setAccessibleDescription(self.tr("Tick it if this applies to you"))
            box.toggled.connect(self._show_answer)
            self.flags[flag.key] = box
        self.advice = plain_label()
        self.advice.setWordWrap(True)
        self.advice.hide()
        self.cleared = QCheckBox(
            self.tr("A doctor or physiotherapist has told me I may do these exercises")
        )
        self.cleared.setAccessibleDescription(self.tr("Tick it once they have said yes"))
        self.cleared.toggled.connect(self._show_answer)
        self.cleared.hide()
        self.go_on = QPushButton()
        self.go_on.setDefault(True)
        self.go_on.clicked.connect(self.on_go_on_clicked)
        self.not_now = QPushButton(self.tr("Not now"))
        self.not_now.setAccessibleDescription(self.tr("Close without starting; Esc does the same"))
        self.not_now.clicked.connect(self.reject)
        # What a screen reader was last told the answers mean.
        self._told = Outcome.CLEAR
        self._lay_out()
        # Tab as it reads: the signs, the doctor's yes when asked, then Not now and Continue.
        order = [*self.flags.values(), self.cleared, self.not_now, self.go_on]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show_answer()
        fit_dialog(self)

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        for box in self.flags.values():
            column.addWidget(box)
        column.addWidget(self.advice)
        column.addWidget(self.cleared)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.not_now)
        buttons.addWidget(self.go_on)
        column.addLayout(buttons)

    @property
    def outcome(self) -> Outcome:
        """What the boxes ticked now mean."""
        return outcome({key for key, box in self.flags.items() if box.isChecked()})

    def _show_answer(self) -> None:
        found = self.outcome
        if found is not self._told and found is not Outcome.CLEAR:
            # The advice that matters most: said at once, whatever the reader is saying.
            emergency = found is Outcome.EMERGENCY
            advice = EMERGENCY_ADVICE if emergency else SEE_FIRST_ADVICE
            announce(self, translate("Screening", advice), urgent=emergency)
        self._told = found
        self.advice.setVisible(found is not Outcome.CLEAR)
        self.cleared.setVisible(found is Outcome.SEE_FIRST)
        if found is Outcome.EMERGENCY:
            self.advice.setText(translate("Screening", EMERGENCY_ADVICE))
            self.go_on.setText(self.tr("Close"))
        elif found is Outcome.SEE_FIRST:
            self.advice.setText(translate("Screening", SEE_FIRST_ADVICE))
            self.go_on.setText(
                self.tr("Continue") if self.cleared.isChecked() else self.tr("Close")
            )
        else:
            self.go_on.setText(self.tr("None of these apply to me: continue"))
        self.go_on.setAccessibleName(self.go_on.text())
        self.go_on.setAccessibleDescription(
            self.tr("Go on to the session; Enter does the same")
            if self.may_start()
            else self.tr("Close without starting; Enter does the same")
        )
        _bold(self.advice, found is not Outcome.CLEAR)

    def may_start(self) -> bool:
        """Whether the answers given let a session start."""
        found = self.outcome
        return found is Outcome.CLEAR or (found is Outcome.SEE_FIRST and self.cleared.isChecked())

    def on_go_on_clicked(self) -> None:
        if self.may_start():
            self.settings.setValue(PASSED_KEY, self._today().isoformat())
            self.settings.sync()
            self.accept()
        else:
            self.reject()


def _bold(label: QLabel, bold: bool) -> None:
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
