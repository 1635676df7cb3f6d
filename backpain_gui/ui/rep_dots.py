"""The rep counter's row of dots: filled for reps done, ringed for the one under way."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.ui.contrast import standing_out


def dot_colour(palette: QPalette) -> QColor:
    """The theme's highlight, made to stand 3:1 apart from the window where it does not."""
    window = palette.color(QPalette.ColorRole.Window)
    return standing_out(palette.color(QPalette.ColorRole.Highlight), window)


class RepDots(QWidget):
    """`reps` dots in a row; the first `done` filled, the current one outlined boldly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._done = 0
        self._reps = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(16)
        # The rep label beside the dots says the same in words ("Rep 2 of 8").
        self.setAccessibleName("Reps")

    @property
    def counts(self) -> tuple[int, int]:
        """(reps done, reps in all), as shown."""
        return self._done, self._reps

    def show_counts(self, done: int, reps: int) -> None:
        """Show `done` of `reps` reps."""
        if (done, reps) != (self._done, self._reps):
            self._done, self._reps = done, reps
            self.setAccessibleDescription(f"{done} of {reps} done" if reps else "")
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 28)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._reps <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = dot_colour(self.palette())
        # Dots share the width but never grow past the widget's height.
        step = min(self.width() / self._reps, self.height() * 1.6)
        diameter = min(step * 0.7, self.height() * 0.9)
        left = (self.width() - step * self._reps) / 2
        for index in range(self._reps):
            # The first rep at the reading start: the left, or the right in Arabic or Hebrew.
            place = self._reps - 1 - index if self.isRightToLeft() else index
            box = QRectF(0, 0, diameter, diameter)
            box.moveCenter(QRectF(left + place * step, 0, step, self.height()).center())
            if index < self._done:
                painter.setPen(QPen(colour, 1))
                painter.setBrush(colour)
            else:
                width = max(2.0, diameter / 6) if index == self._done else max(1.0, diameter / 12)
                painter.setPen(QPen(colour, width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
        painter.end()
