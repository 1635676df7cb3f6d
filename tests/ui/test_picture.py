"""Pictures fitted to their box, mirrored when asked; one the window may not draw, a placeholder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from backpain_gui.ui.picture import MISSING, PictureWidget
from tests.content.png_files import png_bytes


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


# -- pictures the window refuses to draw: a placeholder that says why, never a hang ---------

GOOD_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"/>'


def _shown(qtbot, path: Path) -> PictureWidget:
    widget = PictureWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 200)
    widget.show_picture(path, "a test picture")
    return widget


def _has_ink(image: QImage) -> bool:
    """Whether anything but the background was painted: the placeholder's frame and words."""
    background = image.pixelColor(200, 100)
    return any(
        image.pixelColor(x, y) != background for x in range(0, 400, 2) for y in range(0, 200, 2)
    )


def test_an_svg_that_shows_a_file_from_outside_its_folder_gets_a_placeholder(
    qtbot, tmp_path: Path
) -> None:
    # The secret is a real, drawable, all-red picture beside the routine's folder.
    _half_red_png(tmp_path / "secret.png")
    (tmp_path / "routine").mkdir()
    svg = tmp_path / "routine" / "peek.svg"
    svg.write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">'
        b'<image href="../secret.png" width="40" height="20"/></svg>'
    )
    widget = _shown(qtbot, svg)
    assert widget.problem is not None
    assert "'../secret.png'" in widget.problem
    assert "picture not shown" in widget.accessibleDescription()
    image = widget.grab().toImage()
    # Nothing of the secret's red reaches the screen.
    reds = [
        (x, y)
        for x in range(0, 400, 4)
        for y in range(0, 200, 4)
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80
    ]
    assert reds == []
    assert _has_ink(image)


def test_a_fifo_in_place_of_a_picture_is_refused_without_blocking(qtbot, tmp_path: Path) -> None:
    # Opening a FIFO for reading waits for a writer that never comes: the test would hang.
    os.mkfifo(tmp_path / "pipe.png")
    widget = _shown(qtbot, tmp_path / "pipe.png")
    assert widget.problem == "is not a regular file"
    assert _has_ink(widget.grab().toImage())


def test_a_6_mb_picture_is_refused_before_it_is_decoded(qtbot, tmp_path: Path) -> None:
    huge = tmp_path / "huge.svg"
    huge.write_bytes(GOOD_SVG[:-2] + b">" + b" " * (6 * 1000 * 1000) + b"</svg>")
    widget = _shown(qtbot, huge)
    assert widget.problem == "is 5.7 MiB; a picture may be at most 4 MiB"
    assert _has_ink(widget.grab().toImage())


def test_a_png_of_too_many_pixels_is_refused(qtbot, tmp_path: Path) -> None:
    wide = tmp_path / "wide.png"
    wide.write_bytes(png_bytes(5000, 1))
    widget = _shown(qtbot, wide)
    assert widget.problem == "is 5000 x 1 pixels; a picture may be at most 4096 pixels a side"


def test_a_png_cut_short_is_refused(qtbot, tmp_path: Path) -> None:
    cut = tmp_path / "cut.png"
    cut.write_bytes(png_bytes(4, 4)[:40])
    widget = _shown(qtbot, cut)
    assert widget.problem is not None
    assert widget.problem.startswith("is cut short")


def test_a_missing_picture_says_so(qtbot, tmp_path: Path) -> None:
    widget = _shown(qtbot, tmp_path / "gone.svg")
    assert widget.problem == MISSING


def test_a_good_svg_is_drawn_with_no_placeholder(qtbot, tmp_path: Path) -> None:
    (tmp_path / "fine.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20">'
        b'<rect width="40" height="20" fill="#00ff00"/></svg>'
    )
    widget = _shown(qtbot, tmp_path / "fine.svg")
    assert widget.problem is None
    assert widget.grab().toImage().pixelColor(200, 100).green() > 200
