"""Pictures: SVG drawings and PNG pictures, fitted to their box, mirrored when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from backpain_gui.ui.picture import PictureWidget


def _half_red_png(path: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    for x in range(20):
        for y in range(20):
            image.setPixelColor(x, y, QColor("#ff0000"))
    image.save(str(path))
    return path


def _grab(qtbot, picture: Path, mirrored: bool) -> QImage:
    widget = PictureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.show_picture(picture, "a test picture", mirrored=mirrored)
    return widget.grab().toImage()


def test_a_png_picture_is_drawn_and_its_mirror_swaps_left_and_right(qtbot, tmp_path) -> None:
    png = _half_red_png(tmp_path / "half.png")
    plain = _grab(qtbot, png, mirrored=False)
    mirrored = _grab(qtbot, png, mirrored=True)
    assert plain.pixelColor(100, 100).red() > 200
    assert plain.pixelColor(100, 100).green() < 50
    assert plain.pixelColor(300, 100).green() > 200
    assert mirrored.pixelColor(300, 100).red() > 200
    assert mirrored.pixelColor(300, 100).green() < 50
    assert mirrored.pixelColor(100, 100).green() > 200
