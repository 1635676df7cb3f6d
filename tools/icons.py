"""Render the app's icon (desktop/icons/hicolor/scalable) into the PNG sizes desktops ask for.

Run: `.venv/bin/python tools/icons.py` after changing the SVG; the PNGs are committed, so an
install needs no renderer.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backpain_gui.content.builtin import APP_ID

HICOLOR = Path(__file__).resolve().parent.parent / "desktop" / "icons" / "hicolor"
SIZES = (48, 128, 256)


def main() -> None:
    """Write one PNG per size beside the scalable icon."""
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(out))
        print(f"wrote {out}")
    del app


if __name__ == "__main__":
    main()
