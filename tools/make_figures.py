"""Draw every exercise picture from its pose file, and the contact sheet docs/figures.png.

Run from the repository root: `.venv/bin/python tools/make_figures.py` (offscreen; no display
needed). Each pose in assets/poses/<exercise>.yaml becomes assets/<exercise>/<pose>.svg; every
picture exercises.yaml names must be among them. The contact sheet then shows every picture in
the routine's order, drawn by Qt's SVG renderer as the app draws it, named under it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Routine, Variant
from backpain_gui.content.problems import RoutineError
from backpain_gui.figures.catalogue import drawn_pictures, illustration_for_picture

ROOT = Path(__file__).resolve().parent.parent
SHEET = ROOT / "docs" / "figures.png"
COLUMNS = 4
CELL_WIDTH, PICTURE_HEIGHT, LABEL_HEIGHT = 400, 300, 70
# The light theme's window colour: the sheet shows the pictures as the app does.
BACKGROUND = "#efefef"


def pictures_in_order(routine: Routine) -> list[tuple[str, str, str]]:
    """Every picture the routine names, once, with its exercise and its step."""
    seen: dict[str, tuple[str, str]] = {}
    for exercise in routine.exercises:
        for variant in exercise.offered_variants:
            version = exercise.variant(variant)
            name = exercise.name if variant is Variant.STANDARD else f"{exercise.name} ({variant})"
            seen.setdefault(exercise.start_picture_for(variant), (name, "Start position"))
            count = len(version.phases)
            for number, phase in enumerate(version.phases, start=1):
                seen.setdefault(phase.picture, (name, f"Step {number} of {count}"))
    return [(picture, exercise, step) for picture, (exercise, step) in seen.items()]


def contact_sheet(routine: Routine, pictures: list[tuple[str, str, str]]) -> QImage:
    """Every picture drawn from its SVG file, in a grid, named under it: the exercise and
    step, then what the picture shows."""
    rows = -(-len(pictures) // COLUMNS)
    cell_height = PICTURE_HEIGHT + LABEL_HEIGHT
    sheet = QImage(CELL_WIDTH * COLUMNS, cell_height * rows, QImage.Format.Format_RGB32)
    sheet.fill(QColor(BACKGROUND))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(14)
    for index, (picture, exercise, step) in enumerate(pictures):
        left = (index % COLUMNS) * CELL_WIDTH
        top = (index // COLUMNS) * cell_height
        path = routine.picture_path(picture)
        QSvgRenderer(str(path)).render(painter, QRectF(left, top, CELL_WIDTH, PICTURE_HEIGHT))
        illustration = illustration_for_picture(path)
        shows = illustration.title if illustration is not None else "(no pose)"
        painter.setPen(QColor("#202020"))
        line_top: float = top + PICTURE_HEIGHT + 4
        for words, bold in ((f"{exercise} - {step}", True), (shows, False)):
            font.setBold(bold)
            painter.setFont(font)
            box = QRectF(left + 6, line_top, CELL_WIDTH - 12, LABEL_HEIGHT)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            used = painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, words)
            line_top = used.bottom() + 2
        painter.setPen(QColor("#c4c4c4"))
        painter.drawRect(QRectF(left, top, CELL_WIDTH, cell_height))
    painter.end()
    return sheet


def main() -> int:
    """Write the pictures and the sheet; the exit status (1 when a picture has no pose)."""
    app = QGuiApplication(sys.argv[:1])
    routine_path = ROOT / "exercises.yaml"
    try:
        routine = load_routine(routine_path)
        drawn = drawn_pictures(routine)
    except RoutineError as error:
        print(error, file=sys.stderr)
        return 1
    for path, text in drawn.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(drawn)} pictures under {ROOT / 'assets'}")
    pictures = pictures_in_order(routine)
    missing = [p for p, _, _ in pictures if routine.picture_path(p) not in drawn]
    for picture in missing:
        print(f"{routine_path}: {picture} has no pose in assets/poses/", file=sys.stderr)
    SHEET.parent.mkdir(parents=True, exist_ok=True)
    contact_sheet(routine, pictures).save(str(SHEET))
    print(f"wrote {SHEET}")
    del app
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
