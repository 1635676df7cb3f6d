"""How is your back right now? One question, 0-10, before a session starts and after it ends.

The numeric rating scale physiotherapists use: 0 no pain, 10 the worst imaginable. Eleven
large buttons read from the mat; a digit key picks 0-9, the arrow keys move the pick up or
down (so 9 and Right is 10), Enter confirms and Esc skips. Enter with nothing picked skips
too: the question never holds a session up for more than one key press. Tab visits the
scores, then Skip and OK; a screen reader hears the question on arrival and each pick.

Signals:
    answered(object): the score picked (an int, 0-10), or None when skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from backpain_gui.ui.announce import announce
from backpain_gui.ui.key_button import KeyButton
from backpain_gui.ui.plain_text import plain_label
from backpain_gui.ui.translation import QT_TRANSLATE_NOOP, translate
from backpain_gui.ui.type_scale import apply_size

# Marked here, translated where shown (`_words`).
BEFORE_QUESTION = QT_TRANSLATE_NOOP("PainScreen", "How is your back right now?")
AFTER_QUESTION = QT_TRANSLATE_NOOP("PainScreen", "How is your back now, after the session?")
SCALE_WORDS = QT_TRANSLATE_NOOP(
    "PainScreen", "0 is no pain at all, 10 the worst pain you can imagine."
)
HOW_TO_ANSWER = QT_TRANSLATE_NOOP(
    "PainScreen", "Press a number (arrows for 10), then Enter. Esc skips the question."
)
_UP_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus)
_DOWN_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus)


class PainScreen(QWidget):
    """The 0-10 question; `ask(before)` shows it, `answered` tells the score (or None)."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = plain_label(_words(BEFORE_QUESTION))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale = plain_label(_words(SCALE_WORDS))
        self.scale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.how = plain_label(_words(HOW_TO_ANSWER))
        self.how.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scores = QButtonGroup(self)
        self.scores.setExclusive(True)
        self.score_buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Pain {score} of 10").format(score=score))
            key = self.tr("9 and Right") if score == 10 else str(score)
            button.setAccessibleDescription(
                self.tr("Pick this score (key: {key}); Enter keeps it").format(key=key)
            )
            # Reached by Tab (Space picks it), never by a click or a digit: the screen keeps
            # the keys, and Enter confirms.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.scores.addButton(button, score)
            self.score_buttons.append(button)
        self.skip = KeyButton(self.tr("Skip"), self.tr("Esc"), self.tr("Go on without a score"))
        self.skip.clicked.connect(self.skip_question)
        self.confirm_button = KeyButton(
            self.tr("OK"), self.tr("Enter"), self.tr("Keep this score and go on")
        )
        self.confirm_button.clicked.connect(self.confirm)
        self.scores.idToggled.connect(self.on_scores_id_toggled)
        self.setAccessibleDescription(f"{_words(SCALE_WORDS)} {_words(HOW_TO_ANSWER)}")
        self._lay_out()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The score picked stands out from across the room, in the highlight colour.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border: 2px solid palette(highlighted-text); }"
        )

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for button in self.score_buttons:
            row.addWidget(button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.skip)
        actions.addWidget(self.confirm_button)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.question)
        column.addWidget(self.scale)
        column.addSpacing(12)
        column.addLayout(row)
        column.addSpacing(12)
        column.addWidget(self.how)
        column.addStretch(1)
        column.addLayout(actions)

    def ask(self, after: bool) -> None:
        """Ask afresh, before a session or after it; nothing picked yet."""
        self.question.setText(_words(AFTER_QUESTION if after else BEFORE_QUESTION))
        self.setAccessibleName(self.question.text())
        announce(self, f"{self.question.text()} {_words(SCALE_WORDS)} {_words(HOW_TO_ANSWER)}")
        checked = self.scores.checkedButton()
        if checked is not None:
            self.scores.setExclusive(False)
            checked.setChecked(False)
            self.scores.setExclusive(True)

    @property
    def score(self) -> int | None:
        """The score picked now, or None."""
        picked = self.scores.checkedId()
        return None if picked < 0 else picked

    def pick(self, score: int) -> None:
        """Pick `score` (0-10), as its button or key does."""
        self.score_buttons[score].setChecked(True)

    def confirm(self) -> None:
        """Keep the score picked (none picked: skip) and go on."""
        self.answered.emit(self.score)

    def skip_question(self) -> None:
        """Go on without a score."""
        self.answered.emit(None)

    @Slot(int, bool)
    def on_scores_id_toggled(self, score: int, checked: bool) -> None:
        if checked:
            announce(self, self.tr("Pain {score} of 10. Enter keeps it.").format(score=score))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.pick(int(text))
            return
        step = 1 if event.key() in _UP_KEYS else -1 if event.key() in _DOWN_KEYS else 0
        if step:
            # From nothing picked, up starts at 0 and down at 10.
            now = self.score
            self.pick((0 if step > 0 else 10) if now is None else min(10, max(0, now + step)))
            return
        super().keyPressEvent(event)

    def rescale(self, window_height: int) -> None:
        """Size the type for a window `window_height` pixels high: read from the mat."""
        apply_size(self.question, "heading", window_height, bold=True)
        apply_size(self.scale, "step", window_height)
        apply_size(self.how, "detail", window_height)
        for button in self.score_buttons:
            apply_size(button, "heading", window_height, bold=True)
            button.setMinimumHeight(max(48, window_height // 8))
            button.setMinimumWidth(40)
        for button in (self.skip, self.confirm_button):
            apply_size(button, "button", window_height)
            button.setMinimumHeight(max(36, window_height // 14))


def _words(marked: str) -> str:
    """One of the marked sentences above, in the UI language."""
    return translate("PainScreen", marked)
