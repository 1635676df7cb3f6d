"""A label that keeps its height whatever it shows: a long text shrinks, it does not grow.

On the session screen the words sit under the picture and the pacer. A label that grew by a
line when an instruction wrapped pushed both up and down by ten or twenty pixels at every
step, which from a mat three metres away looks like a stutter. This label is always `lines`
lines of its full type size high; a text that needs more room is set smaller, down to a
floor, and only below the floor (a routine's own very long text) is it cut at the bottom.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Room beyond the lines themselves: QLabel's wrapping and QFontMetrics' can differ by a pixel.
_SLACK_PIXELS = 2


class FittedLabel(QLabel):
    """Plain, wrapped text in a fixed `lines`-line box, set smaller when it would not fit.

    `smallest` is the floor, as a share of the full size. Routine text is shown literally,
    never as markup (see plain_text).
    """

    def __init__(self, lines: int, smallest: float = 0.6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lines = lines
        self.smallest = smallest
        self.full_pixels = 0
        self._fitted_for: tuple[str, int] | None = None

    def set_full_size(self, pixels: int, bold: bool = False) -> None:
        """Use type `pixels` high when the text fits, and keep `lines` lines of it as room."""
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        self.full_pixels = pixels
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).lineSpacing() * self.lines + _SLACK_PIXELS)
        self._fitted_for = None
        self._fit()

    def set_bold(self, bold: bool) -> None:
        """Bold or not, the room kept; the text is fitted again."""
        font = QFont(self.font())
        font.setBold(bold)
        self.setFont(font)
        self._fitted_for = None
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def fits(self, pixels: int) -> bool:
        """Whether the text, set `pixels` high, fits the label's box."""
        font = QFont(self.font())
        font.setPixelSize(pixels)
        box = self.contentsRect()
        needed = QFontMetrics(font).boundingRect(
            QRect(0, 0, box.width(), 1 << 20), Qt.TextFlag.TextWordWrap, self.text()
        )
        return needed.height() + _SLACK_PIXELS <= box.height()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if not self.full_pixels or width <= 0 or self._fitted_for == (self.text(), width):
            return
        self._fitted_for = (self.text(), width)
        floor = max(1, round(self.full_pixels * self.smallest))
        pixels = self.full_pixels
        while pixels > floor and not self.fits(pixels):
            pixels -= 1
        if pixels != self.font().pixelSize():
            font = QFont(self.font())
            font.setPixelSize(pixels)
            self.setFont(font)
