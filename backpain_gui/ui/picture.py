"""An exercise picture (SVG or PNG), scaled to fit its box with its proportions kept.

The file is read once, through content.pictures.read_picture: never a FIFO or a device, never
more than its byte bound, and only a picture within the pixel bound that refers to nothing
outside itself. Qt then draws those bytes, never the path, so the file it checked is the file
it draws. Anything refused shows a placeholder saying why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from backpain_gui.content.pictures import PictureRefused, read_picture

MISSING = "there is no such file"
UNDRAWABLE = "cannot be drawn"


class PictureWidget(QWidget):
    """Shows one SVG or PNG picture, mirrored if asked; one it cannot show, a placeholder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._problem: str | None = None
        self._renderer: QSvgRenderer | None = None
        self._image = QImage()
        self._mirrored = False
        self._dimmed = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(80, 60)

    @property
    def path(self) -> Path | None:
        """The picture file shown now."""
        return self._path

    @property
    def problem(self) -> str | None:
        """Why the picture is not shown (the placeholder says so), or None when it is."""
        return self._problem

    def show_picture(
        self, path: Path | None, description: str = "", mirrored: bool = False
    ) -> None:
        """Show the picture at `path`, flipped left to right if `mirrored` (read once a file)."""
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()
        if path != self._path:
            self._path = path
            self._load(path)
            self.update()
        if self._problem is not None:
            description = f"{description} (picture not shown: {self._problem})".lstrip()
        self.setAccessibleDescription(description)

    def _load(self, path: Path | None) -> None:
        self._image = QImage()
        if self._renderer is not None:
            self._renderer.deleteLater()
            self._renderer = None
        self._problem = None
        if path is None:
            return
        try:
            data = read_picture(path)
        except FileNotFoundError:
            self._problem = MISSING
            return
        except PictureRefused as refused:
            self._problem = refused.reason
            return
        if path.suffix.lower() == ".png":
            self._image = QImage.fromData(data)
            drawn = not self._image.isNull()
        else:
            self._renderer = QSvgRenderer(QByteArray(data), self)
            drawn = self._renderer.isValid()
        if not drawn:
            self._problem = UNDRAWABLE

    def _natural_size(self) -> QSizeF | None:
        if not self._image.isNull():
            return QSizeF(self._image.size())
        if self._renderer is not None and self._renderer.isValid():
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
            self._paint_picture(painter, box, size)
        elif self._path is not None:
            self._paint_placeholder(painter, box)
        if self._dimmed:
            veil = QColor(self.palette().color(QPalette.ColorRole.Window))
            veil.setAlphaF(0.6)
            painter.fillRect(box, veil)
        painter.end()

    def _paint_picture(self, painter: QPainter, box: QRectF, size: QSizeF) -> None:
        scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, scaled.width(), scaled.height())
        target.moveCenter(box.center())
        painter.save()
        if self._mirrored:
            # Workrave draws one side's stretch and flips it for the other side.
            painter.translate(target.center())
            painter.scale(-1, 1)
            painter.translate(-target.center())
        if self._renderer is not None:
            self._renderer.render(painter, target)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
        painter.restore()

    def _paint_placeholder(self, painter: QPainter, box: QRectF) -> None:
        """A dashed frame with the file's name and why it is not shown, as plain text."""
        assert self._path is not None
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        frame = box.adjusted(4, 4, -4, -4)
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(frame, 8, 8)
        font = QFont(self.font())
        # Large enough to read across a room in a big box, still fitting in a thumbnail.
        font.setPixelSize(max(10, min(28, round(frame.height() / 10))))
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        inside = frame.adjusted(8, 8, -8, -8)
        text = f"Picture not shown\n{self._path.name}: {self._problem}"
        # A thumbnail has no room for the reason: its name, then, and the rest in the
        # accessible description.
        if not inside.contains(painter.boundingRect(inside, flags, text)):
            text = f"Picture not shown\n{self._path.name}"
        painter.drawText(inside, flags, text)
