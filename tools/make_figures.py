"""Draw every exercise picture from its pose file, and the sheets under docs/ that show them.

Run from the repository root: `.venv/bin/python tools/make_figures.py` (or `make figures`;
offscreen always, no display needed, so the sheets come out alike from any session). Each
pose in assets/poses/<exercise>.yaml becomes assets/<exercise>/<pose>.svg; every picture
exercises.yaml names must be among them. Then:

- docs/figures.png, the contact sheet: every still picture, in the routine's order, drawn by
  Qt's SVG renderer as the app draws it, named under it; the pictures drawn for a variant
  the routine does not name yet follow, marked so;
- docs/figures-moving-<exercise>.png: every moving phase of every variant on both sides, as
  the session screen's moving figure paints it at 0, 25, 50, 75 and 100% of the phase, the
  second side mirrored, each row named by its step and instruction.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backpain_gui.content.loader import load_routine
from backpain_gui.content.model import Routine, Variant
from backpain_gui.content.problems import RoutineError
from backpain_gui.figures.catalogue import drawn_pictures, illustration_for_picture
from backpain_gui.figures.illustration import Illustration
from backpain_gui.ui.figure_widget import FigureState, paint_figure

ROOT = Path(__file__).resolve().parent.parent
SHEET = ROOT / "docs" / "figures.png"
MOVING_SHEET = "figures-moving-{}.png"
COLUMNS = 4
CELL_WIDTH, PICTURE_HEIGHT, LABEL_HEIGHT = 400, 300, 70
FRAMES = (0.0, 0.25, 0.5, 0.75, 1.0)
FRAME_WIDTH, FRAME_HEIGHT, ROW_LABEL = 280, 210, 44
# The light theme's window colour: the sheets show the pictures as the app does.
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


def unnamed_pictures(routine: Routine, drawn: dict[Path, str]) -> list[tuple[str, str, str]]:
    """Pictures drawn for a variant the routine does not name yet, by exercise and name."""
    named = {routine.picture_path(p) for p, _, _ in pictures_in_order(routine)}
    names = {exercise.id: exercise.name for exercise in routine.exercises}
    return [
        (
            str(path.relative_to(routine.folder)),
            names.get(path.parent.name, ""),
            "not in the routine yet",
        )
        for path in sorted(drawn)
        if path not in named
    ]


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def contact_sheet(routine: Routine, pictures: list[tuple[str, str, str]]) -> QImage:
    """Every picture drawn from its SVG file, in a grid, named under it: the exercise and
    step, then what the picture shows."""
    rows = -(-len(pictures) // COLUMNS)
    cell_height = PICTURE_HEIGHT + LABEL_HEIGHT
    sheet = QImage(CELL_WIDTH * COLUMNS, cell_height * rows, QImage.Format.Format_RGB32)
    sheet.fill(QColor(BACKGROUND))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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
            painter.setFont(_font(14, bold))
            box = QRectF(left + 6, line_top, CELL_WIDTH - 12, LABEL_HEIGHT)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            used = painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, words)
            line_top = used.bottom() + 2
        painter.setPen(QColor("#c4c4c4"))
        painter.drawRect(QRectF(left, top, CELL_WIDTH, cell_height))
    painter.end()
    # What the sheet names, kept in the PNG as text, so a test can tell a sheet whose words
    # are no longer the routine's (tests/figures/test_sheets.py).
    sheet.setText("Pictures", "\n".join(picture_lines(routine, pictures)))
    return sheet


def picture_lines(routine: Routine, pictures: list[tuple[str, str, str]]) -> list[str]:
    """One line for each picture of the contact sheet: its file, what names it, what it shows."""
    lines = []
    for picture, exercise, step in pictures:
        illustration = illustration_for_picture(routine.picture_path(picture))
        shows = illustration.title if illustration is not None else "(no pose)"
        lines.append(f"{picture}: {exercise} - {step}: {shows}")
    return lines


@dataclass(frozen=True, slots=True)
class Row:
    """One moving phase on the frames sheet: what it is called, where it starts, its picture."""

    label: str
    before: Illustration
    during: Illustration
    mirrored: bool


def _illustration(routine: Routine, picture: str) -> Illustration:
    found = illustration_for_picture(routine.picture_path(picture))
    if found is None:
        raise SystemExit(f"{picture} has no pose in assets/poses/")
    return found


def moving_rows(routine: Routine, exercise_id: str) -> list[Row]:
    """Every phase of every variant of one exercise, on each of its sides, in order."""
    exercise = next(e for e in routine.exercises if e.id == exercise_id)
    rows = []
    for variant in exercise.offered_variants:
        version = exercise.variant(variant)
        pictures = [exercise.start_picture_for(variant), *(p.picture for p in version.phases)]
        texts = [p.instruction for p in version.phases]
        rows += _phase_rows(routine, exercise.name, str(variant), exercise.sides, pictures, texts)
    return rows


def _phase_rows(
    routine: Routine,
    name: str,
    variant: str,
    sides: tuple[object, ...],
    pictures: list[str],
    texts: list[str],
) -> list[Row]:
    rows = []
    for side in sides:
        mirrored = side is not None and side != sides[0]
        side_words = "" if side is None else f", {side} side"
        previous = _illustration(routine, pictures[0])
        for number, (picture, text) in enumerate(zip(pictures[1:], texts, strict=True), start=1):
            during = _illustration(routine, picture)
            label = f"{name} ({variant}{side_words}) - step {number}: {text}"
            rows.append(Row(label, previous, during, mirrored))
            previous = during
    return rows


def unnamed_rows(routine: Routine, drawn: dict[Path, str], exercise_id: str) -> list[Row]:
    """The phases a variant drawn but not yet in the routine would have: its pictures in
    name order, the first its start position."""
    exercise = next(e for e in routine.exercises if e.id == exercise_id)
    unnamed = [p for p, _, _ in unnamed_pictures(routine, drawn) if f"/{exercise_id}/" in p]
    groups: dict[str, list[str]] = {}
    for picture in unnamed:
        groups.setdefault(Path(picture).stem.split("-")[0], []).append(picture)
    rows = []
    for prefix, pictures in groups.items():
        titles = [_illustration(routine, p).title for p in pictures[1:]]
        rows += _phase_rows(
            routine,
            exercise.name,
            f"{prefix}, not in the routine yet",
            exercise.sides,
            pictures,
            titles,
        )
    return rows


def frames_sheet(rows: list[Row]) -> QImage:
    """Each row's phase at 0, 25, 50, 75 and 100%, as the moving figure paints it."""
    row_height = FRAME_HEIGHT + ROW_LABEL
    sheet = QImage(FRAME_WIDTH * len(FRAMES), row_height * len(rows), QImage.Format.Format_RGB32)
    sheet.fill(QColor(BACKGROUND))
    painter = QPainter(sheet)
    window = QColor(BACKGROUND)
    for index, row in enumerate(rows):
        top = index * row_height
        painter.setPen(QColor("#202020"))
        painter.setFont(_font(13, True))
        flags = (
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(
            QRectF(8, top, FRAME_WIDTH * len(FRAMES) - 16, ROW_LABEL), flags, row.label
        )
        for column, progress in enumerate(FRAMES):
            box = QRectF(column * FRAME_WIDTH, top + ROW_LABEL, FRAME_WIDTH, FRAME_HEIGHT)
            state = FigureState(row.during, row.before.ends_in, progress, mirrored=row.mirrored)
            paint_figure(painter, box, state, window)
            painter.setPen(QColor("#606060"))
            painter.setFont(_font(12))
            painter.drawText(box.adjusted(6, 4, 0, 0), f"{round(progress * 100)}%")
            painter.setPen(QColor("#c4c4c4"))
            painter.drawRect(box)
    painter.end()
    sheet.setText("Rows", "\n".join(row.label for row in rows))
    return sheet


def main() -> int:
    """Write the pictures and the sheets; the exit status (1 when a picture has no pose)."""
    # Offscreen always, even from a desktop session: the sheets come out alike wherever they
    # are made (the same fonts at the same pixel sizes, no screen's scale).
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for scaling in ("QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_FONT_DPI"):
        os.environ.pop(scaling, None)
    app = QGuiApplication(sys.argv[:1])
    routine_path = ROOT / "exercises.yaml"
    try:
        # In the routine's own words, whatever language the machine is set to.
        routine = load_routine(routine_path, language="en")
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
    if missing:
        return 1
    SHEET.parent.mkdir(parents=True, exist_ok=True)
    contact_sheet(routine, pictures + unnamed_pictures(routine, drawn)).save(str(SHEET))
    print(f"wrote {SHEET}")
    for exercise in routine.exercises:
        rows = moving_rows(routine, exercise.id) + unnamed_rows(routine, drawn, exercise.id)
        target = SHEET.parent / MOVING_SHEET.format(exercise.id)
        frames_sheet(rows).save(str(target))
        print(f"wrote {target}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
