"""An exercise picture (SVG), scaled to fit its box with its proportions kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class PictureWidget(QWidget):
    """Shows one SVG or PNG picture, mirrored if asked; a broken file shows its name instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._renderer = QSvgRenderer(self)
        self._image = QImage()
        self._mirrored = False
        self._dimmed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 60)

    @property
    def path(self) -> Path | None:
        """The picture file shown now."""
        return self._path

    def show_picture(
        self, path: Path | None, description: str = "", mirrored: bool = False
    ) -> None:
        """Show the picture at `path`, flipped left to right if `mirrored` (read once a file)."""
        self.setAccessibleDescription(description)
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()
        if path == self._path:
            return
        self._path = path
        is_png = path is not None and path.suffix.lower() == ".png"
        self._image = QImage(str(path)) if is_png else QImage()
        self._renderer.load(str(path) if path is not None and not is_png else b"")
        self.update()

    def _natural_size(self) -> QSizeF | None:
        if not self._image.isNull():
            return QSizeF(self._image.size())
        if self._renderer.isValid():
            return self._renderer.defaultSize().toSizeF()
        return None

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
        size = self._natural_size()
        if size is not None:
            scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, scaled.width(), scaled.height())
            target.moveCenter(box.center())
            painter.save()
            if self._mirrored:
                # Workrave draws one side's stretch and flips it for the other side.
                painter.translate(target.center())
                painter.scale(-1, 1)
                painter.translate(-target.center())
            if self._image.isNull():
                self._renderer.render(painter, target)
            else:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, self._image)
            painter.restore()
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
