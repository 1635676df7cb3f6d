"""A large button that follows one rule for the keyboard, on every screen.

The rule: a button the user has moved to with Tab takes Space and Enter, and both press it;
with no button focused, the window's keys apply (Space pauses, Enter starts). A click does
not give a button the focus, so after clicking Pause, Space still pauses, as it did before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from backpain_gui.ui.plain_text import literal_mnemonic, literal_tooltip

_PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyButton(QPushButton):
    """A push button for a screen read from across the room, pressed by Space or Enter.

    `key` is the key that does the same from anywhere on the screen, shown after the words
    ("Pause  (Space)") unless a row of buttons is too narrow for it (`show_key`), and left out
    of the accessible name, which says only what it shows in words; the accessible
    description says what it does and names the key.
    """

    def __init__(
        self, words: str, key: str = "", description: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._words = words
        self._key_shown = True
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoDefault(False)
        self.set_words(words, description)

    @property
    def words(self) -> str:
        """What the button says it does, without its key."""
        return self.accessibleName()

    def set_words(self, words: str, description: str | None = None) -> None:
        """Say `words` (and the key) on the button, in its accessible name and tooltip."""
        self._words = words
        self.setText(self._text(self._key_shown))
        self.setAccessibleName(words)
        if description is not None:
            described = description
            if self._key and description:
                described = self.tr("{description}. Key: {key}").format(
                    description=description, key=self._key
                )
            self.setAccessibleDescription(described)
            self.setToolTip(literal_tooltip(description))

    def _text(self, with_key: bool) -> str:
        shown = literal_mnemonic(self._words)
        return f"{shown}  ({self._key})" if self._key and with_key else shown

    def show_key(self, shown: bool) -> None:
        """Show the key after the words, or only the words (the key stays in the description)."""
        if shown != self._key_shown:
            self._key_shown = shown
            self.setText(self._text(shown))

    def width_for(self, with_key: bool) -> int:
        """How wide the button must be to show its words, with the key or without."""
        metrics = self.fontMetrics()
        frame = self.sizeHint().width() - metrics.horizontalAdvance(self.text())
        return frame + metrics.horizontalAdvance(self._text(with_key))

    def event(self, event: QEvent) -> bool:
        # Space and Enter on a focused button press the button, before any window shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _PRESS_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)
