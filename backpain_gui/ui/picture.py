"""An exercise picture (SVG), scaled to fit its box with its proportions kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class PictureWidget(QWidget):
    """Shows one SVG picture; a missing or broken file shows its name instead of nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._renderer = QSvgRenderer(self)
        self._dimmed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 60)

    @property
    def path(self) -> Path | None:
        """The picture file shown now."""
        return self._path

    def show_picture(self, path: Path | None, description: str = "") -> None:
        """Show the picture at `path` (re-reads only when the file changes)."""
        self.setAccessibleDescription(description)
        if path == self._path:
            return
        self._path = path
        if path is None:
            self._renderer.load(b"")
        else:
            self._renderer.load(str(path))
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Grey the picture out, as on a paused screen."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect())
        if self._renderer.isValid():
            size = self._renderer.defaultSize().toSizeF()
            scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, scaled.width(), scaled.height())
            target.moveCenter(box.center())
            self._renderer.render(painter, target)
        elif self._path is not None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                box, Qt.AlignmentFlag.AlignCenter, f"(picture missing: {self._path.name})"
            )
        if self._dimmed:
            veil = QColor(self.palette().color(QPalette.ColorRole.Window))
            veil.setAlphaF(0.6)
            painter.fillRect(box, veil)
        painter.end()
