"""The contact sheets under docs/ name each picture and moving phase as the routine does now:
a sheet left behind by an edit of exercises.yaml or a pose file shows a physiotherapist old
instructions beside the pictures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from backpain_gui.content.builtin import builtin_routine_path
from backpain_gui.content.loader import load_routine
from backpain_gui.figures.catalogue import drawn_pictures

ROOT = Path(__file__).resolve().parents[2]


def _make_figures() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_figures", ROOT / "tools" / "make_figures.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_figures"] = module
    spec.loader.exec_module(module)
    return module


MAKE = _make_figures()
ROUTINE = load_routine(builtin_routine_path(), language="en")


def _stored(sheet: Path, key: str) -> list[str]:
    image = QImage(str(sheet))
    assert not image.isNull(), f"{sheet} cannot be read"
    return image.text(key).split("\n")


@pytest.mark.usefixtures("qapp")
def test_the_contact_sheet_names_every_picture_as_the_routine_does() -> None:
    drawn = drawn_pictures(ROUTINE)
    pictures = MAKE.pictures_in_order(ROUTINE) + MAKE.unnamed_pictures(ROUTINE, drawn)
    expected = MAKE.picture_lines(ROUTINE, pictures)
    assert _stored(MAKE.SHEET, "Pictures") == expected, "run make figures"


@pytest.mark.usefixtures("qapp")
def test_each_moving_sheet_names_its_phases_by_the_routine_s_instructions() -> None:
    drawn = drawn_pictures(ROUTINE)
    for exercise in ROUTINE.exercises:
        rows = MAKE.moving_rows(ROUTINE, exercise.id) + MAKE.unnamed_rows(
            ROUTINE, drawn, exercise.id
        )
        sheet = MAKE.SHEET.parent / MAKE.MOVING_SHEET.format(exercise.id)
        stored = _stored(sheet, "Rows")
        assert stored == [row.label for row in rows], f"{sheet.name}: run make figures"
        # Every instruction of the exercise is on its sheet.
        for variant in exercise.offered_variants:
            for phase in exercise.variant(variant).phases:
                assert any(line.endswith(phase.instruction) for line in stored), phase.instruction
